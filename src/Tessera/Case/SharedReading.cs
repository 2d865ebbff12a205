using Tessera.Reading;
using Tessera.Pipeline;

namespace Tessera.Case;

/// <summary>One assess worker of a shared reading: the name its claims and analysis are recorded under, and its lease (how
/// long it may hold one claim before the server ends its session and the source goes back to the queue).</summary>
public sealed record QueueWorker(string Name, TimeSpan Lease)
{
    /// <summary>The default lease: far longer than any one document takes to read, short enough that a hung worker's claim
    /// does not wait for an operator.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(300);

    /// <summary>A worker of this process, named by machine and process id so the rows say where each source was read, and by a
    /// few random letters, since the name decides which worker analyses and two workers may share a process.</summary>
    public static QueueWorker ThisProcess(TimeSpan lease) =>
        new($"{Environment.MachineName}:{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..4]}", lease);
}

/// <summary>What one worker did in a shared reading: what it changed in the store, the round it took part in, and the worker
/// that analyses that round (this one or another).</summary>
public sealed record WorkerTurn(StoreChange Change, int Read, int Round, string Analyst, bool Analyses);

/// <summary>Reads a case together with other workers through the store's reading queue (PostgreSQL): each worker claims
/// sources no other holds, reads and stores each in a transaction of its own, helps until the queue is empty, and then one
/// worker of the round is elected to analyse.</summary>
public static class SharedReading
{
    /// <summary>How long a worker with nothing to claim waits before looking again for sources another worker gave back.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <param name="jobs">How many sources this worker reads at once, each on a connection of its own.</param>
    public static Result<WorkerTurn> Run(CaseFile file, CaseStore store, LanguageResources resources, QueueWorker worker,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null, int jobs = 1)
    {
        if (!store.Shared) return Messages.WorkerNeedsPostgres(store.Location);
        if (file.Sources.Count == 0) return Messages.NoSources(file.Folder);
        var (version, stored, stamps, toRead) = Assessment.Plan(file, store, resources, fallbackDate);
        var index = file.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        int round, removed;
        try
        {
            (round, removed) = store.Enqueue(toRead.Select(i => (file.Sources[i].Id, stamps[i])).ToList(), index.Keys, file.Title);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (System.Data.Common.DbException e)
        {
            return Messages.Store(store.Location, e.Message);
        }

        var pipeline = new Lazy<DocumentPipeline>(() => new DocumentPipeline(resources, file.Actors), LazyThreadSafetyMode.ExecutionAndPublication);
        var tally = new Tally(toRead.Count, progress);
        var readers = new List<CaseStore> { store };
        try
        {
            for (var k = 1; k < jobs; k++)
            {
                var another = store.Another();
                if (!another.Ok) return another.Problem!;
                readers.Add(another.Value!);
            }
            var problems = new Problem?[readers.Count];
            Parallel.For(0, readers.Count, new ParallelOptions { MaxDegreeOfParallelism = readers.Count },
                k => problems[k] = Drain(readers[k], file, index, stored, stamps, version, pipeline, fallbackDate, resources.Reading, worker, tally));
            if (problems.FirstOrDefault(p => p is not null) is { } problem) return problem;
        }
        finally
        {
            foreach (var reader in readers.Skip(1)) reader.Dispose();
        }

        var change = new StoreChange(tally.Added, tally.Replaced, file.Sources.Count - tally.Added - tally.Replaced, removed);
        try
        {
            var analyst = store.Elect(round, worker.Name);
            return new WorkerTurn(change, tally.Read, round, analyst, analyst == worker.Name);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    /// <summary>Claims, reads and stores sources until none of this case waits: a worker with nothing left to claim keeps looking
    /// while others hold claims, so that a claim given back by a worker that died is read here. A source that cannot be read is
    /// marked failed and the worker goes on with the rest, so one bad file does not hold up the reading of thousands; the
    /// problem is returned once the queue is empty.</summary>
    private static Problem? Drain(CaseStore store, CaseFile file, IReadOnlyDictionary<string, int> index, IReadOnlyDictionary<string, StoredSource> stored,
        string[] stamps, string version, Lazy<DocumentPipeline> pipeline, DateOnly? fallbackDate, ReadingLimits limits, QueueWorker worker, Tally tally)
    {
        string? reading = null;
        Problem? failed = null;
        var known = index.Keys.ToList();
        try
        {
            while (true)
            {
                using var claim = store.Claim(worker.Name, known, worker.Lease);
                if (claim is null)
                {
                    var state = store.State(known);
                    if (state.Waiting == 0)
                        return failed ?? (state.Failed.Count > 0 ? Messages.QueueFailed(store.Location, state.Failed[0].Id, state.Failed[0].Problem) : null);
                    Thread.Sleep(Poll);
                    continue;
                }
                reading = claim.SourceId;
                var i = index[claim.SourceId];
                var read = Assessment.ReadSource(file, i, stored, version, pipeline, fallbackDate, limits);
                if (!read.Ok)
                {
                    claim.Fail(read.Problem!.ToString());
                    failed ??= read.Problem;
                    reading = null;
                    continue;
                }
                var (fingerprint, annotated) = read.Value;
                tally.Stored(claim.Store(new AssessedSource(claim.SourceId, fingerprint, stamps[i], annotated)), claim.SourceId);
                reading = null;
            }
        }
        catch (Exception e) when (reading is not null && CaseStore.SessionLost(e))
        {
            return Messages.LeaseLost(store.Location, reading, worker.Lease, e.Message.Split('\n')[0]);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (System.Data.Common.DbException e)
        {
            return Messages.Store(store.Location, e.Message);
        }
    }

    /// <summary>What the worker's readers stored, counted across their threads, and the progress it makes.</summary>
    private sealed class Tally(int total, IProgress<AssessmentProgress>? progress)
    {
        private readonly Lock _lock = new();
        public int Added { get; private set; }
        public int Replaced { get; private set; }
        public int Read { get; private set; }

        public void Stored(StoreOutcome outcome, string id)
        {
            lock (_lock)
            {
                Read++;
                if (outcome == StoreOutcome.Added) Added++;
                else if (outcome == StoreOutcome.Replaced) Replaced++;
                progress?.Report(new AssessmentProgress(Read, Math.Max(total, Read), id, "reading"));
            }
        }
    }
}
