using Npgsql;
using Tessera.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>Several assess workers sharing the reading of one case through the PostgreSQL work queue, against the real server
/// (TESSERA_TEST_POSTGRES, a database of each test's own): every document read once, none lost when a worker dies or hangs,
/// analysis run once.</summary>
public sealed class SharedReadingTests : IDisposable
{
    private readonly ScratchDatabase? _database = ScratchDatabase.Server is null ? null : new ScratchDatabase();
    private string ConnectionString => _database!.ConnectionString;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public void Dispose() => _database?.Dispose();

    private bool Skipped()
    {
        if (_database is not null) return false;
        Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        return true;
    }

    /// <summary>A case of <paramref name="count"/> short reports, each naming its own town so no two are alike.</summary>
    private static TempFolder Reports(int count)
    {
        var dir = Fixtures.TempFolder();
        var yaml = new System.Text.StringBuilder("title: Border reports\nsources:\n");
        for (var i = 1; i <= count; i++)
        {
            var id = $"r{i:00}";
            dir.Write(id + ".txt", $"Militia units left Varesk-{i} overnight. A spokesman said the crossing at Varesk-{i} will reopen. Residents reportedly heard {i} shots.");
            yaml.Append($"  - id: {id}\n    file: {id}.txt\n");
        }
        dir.Write("case.yaml", yaml.ToString());
        return dir;
    }

    /// <summary>Terminal output as one line of words, whatever the console width wrapped.</summary>
    private static string Words(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");

    private CaseStore Store() => CaseStore.Open(ConnectionString).Value!;

    private static CaseFile Load(TempFolder dir) => CaseYaml.Load(dir.Path).Value!;

    private static QueueWorker Worker(string name, double leaseSeconds = 300) => new(name, TimeSpan.FromSeconds(leaseSeconds));

    /// <summary>Progress that, after the worker's first stored source, waits until the other worker has stored one too: both
    /// then surely take part, however the machine schedules them.</summary>
    private sealed class Rendezvous(CountdownEvent both) : IProgress<AssessmentProgress>
    {
        private bool _arrived;

        public void Report(AssessmentProgress value)
        {
            if (_arrived) return;
            _arrived = true;
            both.Signal();
            Assert.True(both.Wait(Patience), "the other worker never stored a source");
        }
    }

    [Fact]
    public async Task Two_workers_read_every_document_of_a_case_exactly_once_and_one_of_them_analyses()
    {
        if (Skipped()) return;
        using var dir = Reports(12);
        var file = Load(dir);
        var both = new CountdownEvent(2);
        var turns = new[] { "alpha", "beta" }.Select(name => Task.Run(() =>
        {
            using var store = Store();
            return SharedReading.Run(file, store, Fixtures.Bundled, Worker(name), new Rendezvous(both));
        }, TestContext.Current.CancellationToken)).ToArray();
        var done = await Task.WhenAll(turns).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.All(done, t => Assert.True(t.Ok, t.Problem?.ToString()));
        using var shared = Store();
        var queue = shared.Queue();
        Assert.Equal(12, queue.Count);
        Assert.All(queue, q => Assert.Equal(("read", 1), (q.State, q.Reads)));
        Assert.Equal(["alpha", "beta"], queue.Select(q => q.ClaimedBy!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(12, done.Sum(t => t.Value!.Read));
        Assert.Equal(12, done.Sum(t => t.Value!.Change.Added));

        // One analyst, agreed on by both, and one analysis recorded.
        Assert.Single(done, t => t.Value!.Analyses);
        Assert.Single(done.Select(t => t.Value!.Analyst).Distinct());
        Assert.Single(shared.AnalysisRuns());

        // What the two stored together is what one assessment on its own stores.
        using var alone = CaseStore.OpenSqlite(StoreFile.InMemory).Value!;
        Assert.True(Assessment.Run(file, alone, Fixtures.Bundled).Ok);
        Assert.Equal(alone.Claims(Fixtures.Bundled.Stance.Bands).Select(c => (c.Id, c.Text, c.Kind)),
            shared.Claims(Fixtures.Bundled.Stance.Bands).Select(c => (c.Id, c.Text, c.Kind)));
    }

    [Fact]
    public async Task A_worker_that_dies_holding_a_claim_loses_nothing_and_the_other_reads_its_source()
    {
        if (Skipped()) return;
        using var dir = Reports(6);
        var file = Load(dir);
        var ids = file.Sources.Select(s => s.Id).ToList();
        var dying = Store();
        dying.Enqueue(ids.Select(id => (id, "stamp")).ToList(), ids, file.Title);
        var claim = dying.Claim("dying", ids, TimeSpan.FromSeconds(300));
        Assert.Equal("r01", claim!.SourceId);

        var survivor = Task.Run(() =>
        {
            using var store = Store();
            return SharedReading.Run(file, store, Fixtures.Bundled, Worker("survivor"));
        }, TestContext.Current.CancellationToken);
        using var shared = Store();
        Assert.True(SpinWait.SpinUntil(() => shared.Queue().Count(q => q.State == "read") == 5, Patience));
        // The survivor has read everything else, and waits for the claimed source rather than finishing without it.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.False(survivor.IsCompleted);

        // The worker dies: its connection closes mid-transaction, the server rolls the claim back.
        dying.Dispose();
        var turn = await survivor.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(turn.Ok, turn.Problem?.ToString());
        Assert.Equal((6, true), (turn.Value!.Read, turn.Value.Analyses));
        Assert.All(shared.Queue(), q => Assert.Equal(("read", 1, "survivor"), (q.State, q.Reads, q.ClaimedBy)));
        Assert.Equal(6, shared.Counts()["sources"]);
    }

    [Fact]
    public async Task A_worker_process_killed_mid_run_loses_nothing_and_the_other_worker_finishes_the_case()
    {
        if (Skipped()) return;
        using var dir = Reports(20);
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tessera.dll"), "assess", dir.Path, "--db", ConnectionString, "--worker", "--jobs", "1", "-q" })
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var child = System.Diagnostics.Process.Start(info)!;
        var output = Task.WhenAll(child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken), child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        using var shared = Store();
        long Stored() => shared.Queue().Count(q => q.State == "read");
        // The child is killed as soon as it has stored a source, mid-run: on a fast machine it reads twenty reports in
        // well under a second, so waiting for another worker to join first let it finish the case before the kill.
        Assert.True(SpinWait.SpinUntil(() => child.HasExited || Stored() >= 1, Patience), "the worker process stored nothing");
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;
        Assert.True(Stored() < 20, "the worker process read the whole case before it could be killed");

        var survivor = Task.Run(() =>
        {
            using var store = Store();
            return SharedReading.Run(Load(dir), store, Fixtures.Bundled, Worker("survivor"));
        }, TestContext.Current.CancellationToken);
        var turn = await survivor.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(turn.Ok, turn.Problem?.ToString());
        var queue = shared.Queue();
        Assert.Equal(20, queue.Count);
        Assert.All(queue, q => Assert.Equal(("read", 1), (q.State, q.Reads)));
        Assert.Equal(20, shared.Counts()["sources"]);
        Assert.Equal(shared.Counts()["sources"], shared.Counts()["documents"]);
        Assert.Contains(queue, q => q.ClaimedBy != "survivor");
        Assert.Contains(queue, q => q.ClaimedBy == "survivor");
        Assert.Single(shared.AnalysisRuns());
    }

    [Fact]
    public void A_worker_that_hangs_past_its_lease_loses_its_claim_to_another_and_cannot_store_it_late()
    {
        if (Skipped()) return;
        using var dir = Reports(3);
        var file = Load(dir);
        var ids = file.Sources.Select(s => s.Id).ToList();
        using var hung = Store();
        hung.Enqueue(ids.Select(id => (id, "stamp")).ToList(), ids, file.Title);
        var claim = hung.Claim("hung", ids, TimeSpan.FromSeconds(1))!;

        using (var store = Store())
        {
            var turn = SharedReading.Run(file, store, Fixtures.Bundled, Worker("other"));
            Assert.True(turn.Ok, turn.Problem?.ToString());
            Assert.Equal(3, turn.Value!.Read);
        }

        // The hung worker wakes up and tries to store what it claimed: the server ended its session, so nothing is written.
        var late = Record.Exception(() => claim.Store(new AssessedSource(claim.SourceId, "late", "late", null)));
        Assert.NotNull(late);
        Assert.True(CaseStore.SessionLost(late));
        using var shared = Store();
        Assert.All(shared.Queue(), q => Assert.Equal((1, "other"), (q.Reads, q.ClaimedBy)));
    }

    [Fact]
    public async Task Two_assess_workers_on_the_command_line_write_one_brief_and_the_other_names_the_analyst()
    {
        if (Skipped()) return;
        using var dir = Reports(4);
        var runs = new[] { "a", "b" }.Select(name => Task.Run(() =>
            CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--worker", "--jobs", "1", "--out", Path.Combine(dir.Path, name + ".html")),
            TestContext.Current.CancellationToken)).ToArray();
        var results = await Task.WhenAll(runs).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.All(results, r => Assert.True(r.Exit == 0, r.Err));

        var briefs = new[] { "a", "b" }.Where(name => File.Exists(Path.Combine(dir.Path, name + ".html"))).ToList();
        Assert.Single(briefs);
        var other = results[briefs[0] == "a" ? 1 : 0];
        Assert.Contains("analyses round 1 and writes the brief", Words(other.Out));
        using var shared = Store();
        Assert.Single(shared.AnalysisRuns());

        // A worker that comes later, with nothing new to read, joins that round: it reads nothing and analyses nothing.
        var late = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--worker", "--out", Path.Combine(dir.Path, "late.html"));
        Assert.Equal(0, late.Exit);
        Assert.Contains("read 0 sources", Words(late.Out));
        Assert.False(File.Exists(Path.Combine(dir.Path, "late.html")));
        Assert.Single(shared.AnalysisRuns());

        // One changed source opens the next round: read once more, analysed once more.
        dir.Write("r03.txt", "A convoy reached Varesk-3 at dawn.");
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--worker", "-q", "--out", Path.Combine(dir.Path, "next.html")).Exit);
        Assert.True(File.Exists(Path.Combine(dir.Path, "next.html")));
        Assert.Equal([1, 2], shared.AnalysisRuns().Select(r => r.Round));
        Assert.Equal([1, 1, 2, 1], shared.Queue().Select(q => q.Reads));
    }

    [Fact]
    public void A_source_that_cannot_be_read_stops_the_workers_with_its_problem_and_keeps_the_others()
    {
        if (Skipped()) return;
        using var dir = Reports(3);
        File.WriteAllBytes(Path.Combine(dir.Path, "r02.txt"), [0xFF, 0xFE, 0x00]);
        var first = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--worker", "-q", "--jobs", "1");
        Assert.Equal(2, first.Exit);
        Assert.Contains("r02.txt", first.Err);
        using var shared = Store();
        Assert.Equal(["r01", "r03"], shared.Sources().Keys);
        Assert.Equal("failed", shared.Queue().Single(q => q.Id == "r02").State);
        Assert.Empty(shared.AnalysisRuns());

        // Fixed, it is read on the next run; the others are not read again.
        dir.Write("r02.txt", "A convoy reached Varesk-2.");
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--worker", "-q", "--out", Path.Combine(dir.Path, "b.html")).Exit);
        Assert.All(shared.Queue(), q => Assert.Equal(("read", 1), (q.State, q.Reads)));
    }

    [Fact]
    public void Worker_needs_a_postgres_store_and_says_so()
    {
        using var dir = Reports(1);
        var run = CliRunner.Invoke("assess", dir.Path, "--db", Path.Combine(dir.Path, "case.db"), "--worker", "-q");
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR602", run.Err);
        Assert.False(File.Exists(Path.Combine(dir.Path, "case.db")));

        using var sqlite = CaseStore.OpenSqlite(StoreFile.InMemory).Value!;
        Assert.Equal("TSR602", SharedReading.Run(Load(dir), sqlite, Fixtures.Bundled, Worker("alone")).Problem?.Code);
        Assert.Empty(sqlite.Sources());
    }
}
