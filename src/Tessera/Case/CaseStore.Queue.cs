using System.Data.Common;
using Npgsql;

namespace Tessera.Case;

/// <summary>Where a shared reading stands for one worker: how many of its sources wait to be read (or are being read by another
/// worker), and which could not be read and why.</summary>
public sealed record QueueState(int Waiting, IReadOnlyList<(string Id, string Problem)> Failed);

/// <summary>One row of the reading queue as a worker last left it: how often its source was stored from the queue and by whom.</summary>
public sealed record QueuedSource(string Id, string State, int Reads, string? ClaimedBy, string? Problem);

/// <summary>The work queue through which several `assess --worker` processes share the reading of one case in PostgreSQL.</summary>
/// <remarks>A claim is a row lock (<c>FOR UPDATE SKIP LOCKED</c>) held by an open transaction for as long as its source is read,
/// and the source is stored and the row marked read in that same transaction. So a document is stored exactly once, and a
/// worker that dies gives its claim back the moment its connection drops: the server rolls its transaction back. The lease
/// (<c>idle_in_transaction_session_timeout</c>) covers the worker that hangs instead of dying: the server ends a session whose
/// transaction has waited longer than the lease, and the row is free again.</remarks>
public sealed partial class CaseStore
{
    /// <summary>The queue of sources to read (one row per source, its state, who stored it and how often) and the analysis
    /// rounds, one row per round, whose primary key lets exactly one worker run each round's analysis (schema 8).</summary>
    private const string QueueTables = """
        CREATE TABLE IF NOT EXISTS reading_queue (
            source_id TEXT PRIMARY KEY, stamp TEXT NOT NULL, state TEXT NOT NULL, claimed_by TEXT, claimed_at TEXT,
            reads INTEGER NOT NULL DEFAULT 0, problem TEXT);
        CREATE TABLE IF NOT EXISTS analysis_runs (round INTEGER PRIMARY KEY, worker TEXT NOT NULL, started_at TEXT NOT NULL);
        """;

    private const long QueueLock = 7419267;

    /// <summary>Another connection to this PostgreSQL store, so that one worker can read several sources at once.</summary>
    public Result<CaseStore> Another() =>
        _postgres && _opened is not null ? OpenPostgres(_opened, _options) : Messages.WorkerNeedsPostgres(Location);

    /// <summary>Puts the sources a worker found unread on the queue and drops what the case no longer lists; returns the round of
    /// the reading they belong to and how many stored sources were removed.</summary>
    /// <remarks>A round whose analysis has run is closed: a worker that brings something new to read (or a source to remove)
    /// after it opens the next round; any other worker joins the latest round, open or closed, and so never analyses the same
    /// store twice. A row is put back to waiting only when it failed or was read with another stamp, never when another worker
    /// has read it since this one looked, so a late joiner does not make anyone read a document again.</remarks>
    public (int Round, int Removed) Enqueue(IReadOnlyList<(string Id, string Stamp)> unread, IReadOnlyCollection<string> caseIds, string title)
    {
        var removed = Retrying(() =>
        {
            // Removal writes sources, so it takes the writers' lock, in a transaction of its own: the queue's below must never
            // hold that lock while it waits for a row a reading worker holds (which takes the writers' lock to store).
            using var tx = _connection.BeginTransaction();
            Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
            var gone = Sources(tx).Keys.Where(id => !caseIds.Contains(id)).ToList();
            foreach (var id in gone) Execute("DELETE FROM sources WHERE id = @id", tx, ("@id", id));
            Execute("DELETE FROM reading_queue WHERE NOT (source_id = ANY(@ids))", tx, ("@ids", caseIds.ToArray()));
            if (ReadMeta("title", tx) != title)
            {
                Execute("DELETE FROM meta WHERE key = 'title'", tx);
                Execute("INSERT INTO meta (key, value) VALUES ('title', @v)", tx, ("@v", title));
            }
            tx.Commit();
            return gone.Count;
        });
        var round = Retrying(() =>
        {
            using var tx = _connection.BeginTransaction();
            Execute($"SELECT pg_advisory_xact_lock({QueueLock})", tx);
            // New sources are added; a row another worker holds is never waited for (it is being read right now), only a
            // free one that failed or was read with another stamp is put back to waiting.
            using var insert = Command("""
                INSERT INTO reading_queue (source_id, stamp, state, reads) VALUES (@id, @stamp, 'waiting', 0) ON CONFLICT (source_id) DO NOTHING
                """, tx, ("@id", ""), ("@stamp", ""));
            using var reset = Command("""
                UPDATE reading_queue SET stamp = @stamp, state = 'waiting', problem = NULL
                WHERE source_id = (SELECT source_id FROM reading_queue WHERE source_id = @id
                                   AND (state = 'failed' OR (state = 'read' AND stamp <> @stamp)) FOR UPDATE SKIP LOCKED)
                """, tx, ("@id", ""), ("@stamp", ""));
            var queued = removed;
            foreach (var (id, stamp) in unread)
            {
                Set(insert, id, stamp);
                Set(reset, id, stamp);
                queued += insert.ExecuteNonQuery() + reset.ExecuteNonQuery();
            }
            var current = int.TryParse(ReadMeta("queue_round", tx), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 0;
            if (current == 0 || (queued > 0 && AnalysedBy(current, tx) is not null))
            {
                current++;
                Execute("DELETE FROM meta WHERE key = 'queue_round'", tx);
                Execute("INSERT INTO meta (key, value) VALUES ('queue_round', @v)", tx, ("@v", current.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            tx.Commit();
            return current;
        });
        return (round, removed);
    }

    /// <summary>Claims the next waiting source of <paramref name="known"/> that no other worker holds, or null when none is free.
    /// The claim is an open transaction: dispose it without storing and the source goes back to the queue.</summary>
    public QueueClaim? Claim(string worker, IReadOnlyCollection<string> known, TimeSpan lease)
    {
        var tx = _connection.BeginTransaction();
        try
        {
            Execute($"SET LOCAL idle_in_transaction_session_timeout = {(long)lease.TotalMilliseconds}", tx);
            using var pick = Command("""
                SELECT source_id FROM reading_queue WHERE state = 'waiting' AND source_id = ANY(@ids)
                ORDER BY source_id LIMIT 1 FOR UPDATE SKIP LOCKED
                """, tx, ("@ids", known.ToArray()));
            if (pick.ExecuteScalar() is not string id)
            {
                tx.Dispose();
                return null;
            }
            // The row is only locked, not written, until the source is stored: a written row would make every other worker's
            // enqueue wait for this transaction, where a locked one lets them pass.
            return new QueueClaim(this, tx, id, worker, DateTime.UtcNow);
        }
        catch
        {
            tx.Dispose();
            throw;
        }
    }

    /// <summary>Stores what the claimed source's worker read and marks the row read, in the claim's transaction; says whether the
    /// source was added, replaced or left unchanged (a text read again and found the same only gets its new stamp).</summary>
    internal StoreOutcome StoreClaimed(DbTransaction tx, AssessedSource source, string worker, DateTime claimedAt)
    {
        Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
        using var exists = Command("SELECT COUNT(*) FROM sources WHERE id = @id", tx, ("@id", source.Id));
        var isStored = Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        var outcome = StoreOutcome.Unchanged;
        if (source.Document is null)
            Execute("UPDATE sources SET stamp = @stamp WHERE id = @id", tx, ("@stamp", source.Stamp), ("@id", source.Id));
        else
            outcome = Write(source, isStored, tx) ? StoreOutcome.Replaced : StoreOutcome.Added;
        Execute("UPDATE reading_queue SET state = 'read', reads = reads + 1, stamp = @stamp, problem = NULL, claimed_by = @w, claimed_at = @t WHERE source_id = @id", tx,
            ("@stamp", source.Stamp), ("@w", worker), ("@t", Instant(claimedAt)), ("@id", source.Id));
        tx.Commit();
        return outcome;
    }

    /// <summary>Marks the claimed source as one that could not be read, with the problem, so every worker stops and says why.</summary>
    internal void FailClaimed(DbTransaction tx, string id, string problem, string worker, DateTime claimedAt)
    {
        Execute("UPDATE reading_queue SET state = 'failed', problem = @p, claimed_by = @w, claimed_at = @t WHERE source_id = @id", tx,
            ("@p", problem), ("@w", worker), ("@t", Instant(claimedAt)), ("@id", id));
        tx.Commit();
    }

    /// <summary>How many of <paramref name="known"/> still wait (claimed ones included: their claims are not yet committed) and
    /// which failed.</summary>
    public QueueState State(IReadOnlyCollection<string> known)
    {
        var waiting = 0;
        var failed = new List<(string, string)>();
        using var cmd = Command("SELECT source_id, state, problem FROM reading_queue WHERE source_id = ANY(@ids) AND state <> 'read'", null, ("@ids", known.ToArray()));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (r.GetString(1) == "failed") failed.Add((r.GetString(0), r.IsDBNull(2) ? "" : r.GetString(2)));
            else waiting++;
        failed.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new QueueState(waiting, failed);
    }

    /// <summary>Every queue row, by source id: for the tests and for anyone checking that no document was read twice.</summary>
    public IReadOnlyList<QueuedSource> Queue()
    {
        var rows = new List<QueuedSource>();
        using var cmd = Command("SELECT source_id, state, reads, claimed_by, problem FROM reading_queue");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new QueuedSource(r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return rows.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Makes <paramref name="worker"/> the one that analyses <paramref name="round"/> unless another already is; returns
    /// the worker that analyses it. The round's row is the election: its primary key admits one.</summary>
    public string Elect(int round, string worker) => Retrying(() =>
    {
        using var tx = _connection.BeginTransaction();
        Execute("INSERT INTO analysis_runs (round, worker, started_at) VALUES (@r, @w, @t) ON CONFLICT (round) DO NOTHING", tx,
            ("@r", round), ("@w", worker), ("@t", Instant(DateTime.UtcNow)));
        var analyst = AnalysedBy(round, tx)!;
        tx.Commit();
        return analyst;
    });

    /// <summary>How many analyses have run, one per round: for the tests.</summary>
    public IReadOnlyList<(int Round, string Worker)> AnalysisRuns()
    {
        var runs = new List<(int, string)>();
        using var cmd = Command("SELECT round, worker FROM analysis_runs ORDER BY round");
        using var r = cmd.ExecuteReader();
        while (r.Read()) runs.Add((r.GetInt32(0), r.GetString(1)));
        return runs;
    }

    private static string Instant(DateTime utc) => utc.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private string? AnalysedBy(int round, DbTransaction tx)
    {
        using var cmd = Command("SELECT worker FROM analysis_runs WHERE round = @r", tx, ("@r", round));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Whether a failure of a worker's connection means the server ended its session: the lease ran out, or the
    /// server or network went away, and the claim went back to the queue with the rolled-back transaction.</summary>
    public static bool SessionLost(Exception e) => e switch
    {
        PostgresException p => p.SqlState is "25P03" or "57P01" or "57P02" or "57P03",
        NpgsqlException => true,
        InvalidOperationException => true,
        _ => false,
    };
}

/// <summary>What storing one claimed source did.</summary>
public enum StoreOutcome { Added, Replaced, Unchanged }

/// <summary>A source claimed from the reading queue: an open transaction holding its row, committed when the source is stored or
/// marked failed, rolled back (and the source freed for another worker) when disposed without either.</summary>
public sealed class QueueClaim(CaseStore store, DbTransaction transaction, string sourceId, string worker, DateTime claimedAt) : IDisposable
{
    public string SourceId { get; } = sourceId;

    public StoreOutcome Store(AssessedSource source) => store.StoreClaimed(transaction, source, worker, claimedAt);

    public void Fail(string problem) => store.FailClaimed(transaction, SourceId, problem, worker, claimedAt);

    public void Dispose() => transaction.Dispose();
}
