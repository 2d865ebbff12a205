using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Tessera.Case;

namespace Tessera.Tests.Case;

/// <summary>Real processes writing one store at once, and killed while they write: every run succeeds or keeps whole batches of
/// whole sources, the next run finishes the reading, and the store holds the rows of one run, never a corrupt or doubled one.</summary>
public sealed class ConcurrentWritersTests : IDisposable
{
    private readonly TempFolder _dir = Fixtures.TempFolder();

    public void Dispose() => _dir.Dispose();

    /// <summary>A case of a dozen short reports, enough for an assessment to take a moment.</summary>
    private string MakeCase(int sources = 8)
    {
        var yaml = new System.Text.StringBuilder("title: Busy case\nsources:\n");
        for (var i = 1; i <= sources; i++)
        {
            _dir.Write($"case/s{i}.txt", string.Join(" ", Enumerable.Range(0, 20).Select(k =>
                $"On {1 + (i + k) % 28} January officials said {10 * i + k} people had been detained in Almaty, and the minister may resign.")));
            yaml.Append($"  - id: s{i}\n    file: s{i}.txt\n    date: 2022-01-{10 + i % 18:00}\n");
        }
        _dir.Write("case/case.yaml", yaml.ToString());
        return Path.Combine(_dir.Path, "case");
    }

    private static Process Start(params string[] args) => Start(null, args);

    /// <param name="batch">The reading's batch (TESSERA_READ_BATCH) for this process alone; the default when null.</param>
    private static Process Start(int? batch, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (batch is { } n) info.Environment[Tessera.Cli.AssessCommand.BatchVariable] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tessera.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info)!;
    }

    private static (int Exit, string Err, string Out) Finish(Process p)
    {
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); return (-1, "timed out", output); }
        return (p.ExitCode, err.Result, output);
    }

    /// <summary>Row counts and claim ids of a store, to compare with a single run's.</summary>
    private static string Contents(string db)
    {
        using var store = CaseStore.Open(db).Value!;
        var counts = string.Join(" ", store.Counts().Select(kv => $"{kv.Key}={kv.Value}"));
        return counts + "\n" + string.Join(",", store.Claims(Fixtures.Bundled.Stance.Bands).Select(c => c.Id));
    }

    private void Writers(int n, string db)
    {
        var folder = MakeCase();
        var reference = Path.Combine(_dir.Path, "reference.db");
        Assert.Equal(0, Finish(Start("assess", folder, "--db", reference, "--out", Path.Combine(_dir.Path, "reference.html"))).Exit);

        var runs = Enumerable.Range(0, n).Select(i => Start("assess", folder, "--db", db, "--out", Path.Combine(_dir.Path, $"brief{i}.html"))).ToList();
        var results = runs.Select(Finish).ToList();

        Assert.All(results, r => Assert.True(r.Exit == 0, r.Err));
        Assert.Equal(Contents(reference), Contents(db));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Concurrent_assessments_into_one_SQLite_store_all_succeed_and_leave_one_runs_rows(int writers) =>
        Writers(writers, Path.Combine(_dir.Path, "shared.db"));

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Concurrent_assessments_into_one_PostgreSQL_store_all_succeed_and_leave_one_runs_rows(int writers)
    {
        if (ScratchDatabase.Server is null) Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        using var database = new ScratchDatabase();
        Writers(writers, database.ConnectionString);
    }

    [Fact]
    public void An_assessment_killed_at_random_points_never_leaves_a_corrupt_store()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var folder = MakeCase(sources: 20);
        var db = Path.Combine(_dir.Path, "killed.db");
        for (var round = 0; round < 6; round++)
        {
            var p = Start("assess", folder, "--db", db, "--out", Path.Combine(_dir.Path, "killed.html"));
            Thread.Sleep(random.Next(200, 2000));
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            if (!File.Exists(db)) continue;
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            c.Open();
            using var check = c.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.True((string)check.ExecuteScalar()! == "ok", $"store corrupt after kill {round + 1} (seed {seed})");
            // Whatever was committed reads back whole: every stored source has its document and its layers.
            using var opened = CaseStore.OpenSqlite(db).Value!;
            Assert.True(opened.Counts()["sources"] == opened.Counts()["documents"], $"a source without its document after kill {round + 1} (seed {seed})");
        }
        var reference = Path.Combine(_dir.Path, "reference.db");
        Assert.Equal(0, Finish(Start("assess", folder, "--db", reference, "--out", Path.Combine(_dir.Path, "reference.html"))).Exit);
        var last = Finish(Start("assess", folder, "--db", db, "--out", Path.Combine(_dir.Path, "killed.html")));
        Assert.True(last.Exit == 0, last.Err);
        Assert.Equal(Contents(reference), Contents(db));
    }

    /// <summary>An assessment killed while it reads, a source to a batch, once a few sources are stored; the next run says it
    /// resumes, reads only the sources not stored, and leaves the store a single whole run leaves.</summary>
    private void KilledWhileReadingThenResumed(string db, Func<long> storedSources, Func<bool> unfinished)
    {
        const int sources = 40;
        var folder = MakeCase(sources);
        var killed = Start(1, "assess", folder, "--db", db, "--out", Path.Combine(_dir.Path, "killed.html"), "--jobs", "1");
        var waited = Stopwatch.StartNew();
        while (storedSources() < 3 && !killed.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(5);
        killed.Kill(entireProcessTree: true);
        killed.WaitForExit();
        var stored = storedSources();
        Assert.InRange(stored, 3, sources - 1);
        Assert.True(unfinished(), "a reading killed half-way is not marked unfinished");

        var resumed = Finish(Start("assess", folder, "--db", db, "--out", Path.Combine(_dir.Path, "resumed.html")));
        Assert.True(resumed.Exit == 0, resumed.Err);
        Assert.Contains($"resuming: {stored} of {sources} sources already stored", resumed.Err);
        Assert.Contains($"({sources - stored} new, 0 changed, {stored} unchanged, 0 removed)", System.Text.RegularExpressions.Regex.Replace(resumed.Out, @"\s+", " "));
        Assert.False(unfinished());

        var reference = Path.Combine(_dir.Path, "reference.db");
        Assert.Equal(0, Finish(Start("assess", folder, "--db", reference, "--out", Path.Combine(_dir.Path, "reference.html"))).Exit);
        Assert.Equal(Contents(reference), Contents(db));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir.Path, "reference.html")), File.ReadAllBytes(Path.Combine(_dir.Path, "resumed.html")));
    }

    [Fact]
    public void An_assessment_killed_while_reading_into_SQLite_keeps_its_batches_and_the_next_run_reads_only_the_rest()
    {
        var db = Path.Combine(_dir.Path, "resumed.db");
        long Stored()
        {
            if (!File.Exists(db)) return 0;
            try
            {
                using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                c.Open();
                using var count = c.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM sources";
                return (long)count.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                return 0; // not yet a store with its tables
            }
        }
        bool Unfinished()
        {
            using var store = CaseStore.OpenSqlite(db).Value!;
            return store.ReadingUnfinished();
        }
        KilledWhileReadingThenResumed(db, Stored, Unfinished);
    }

    [Fact]
    public void An_assessment_killed_while_reading_into_PostgreSQL_keeps_its_batches_and_the_next_run_reads_only_the_rest()
    {
        if (ScratchDatabase.Server is null) Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        using var database = new ScratchDatabase();
        long Stored()
        {
            try
            {
                using var c = new Npgsql.NpgsqlConnection(database.ConnectionString);
                c.Open();
                using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM sources", c);
                return (long)count.ExecuteScalar()!;
            }
            catch (Npgsql.PostgresException)
            {
                return 0; // not yet a store with its tables
            }
        }
        bool Unfinished()
        {
            using var store = CaseStore.Open(database.ConnectionString).Value!;
            return store.ReadingUnfinished();
        }
        KilledWhileReadingThenResumed(database.ConnectionString, Stored, Unfinished);
    }

    [Fact]
    public void A_store_another_writer_keeps_locked_is_a_one_line_conflict_with_its_own_exit_code()
    {
        var db = Path.Combine(_dir.Path, "locked.db");
        using (CaseStore.OpenSqlite(db).Value!) { }
        using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        holder.Open();
        using (var begin = holder.CreateCommand()) { begin.CommandText = "BEGIN EXCLUSIVE"; begin.ExecuteNonQuery(); }

        var opened = CaseStore.OpenSqlite(db, new StoreOptions(TimeSpan.FromSeconds(1), Attempts: 2, FirstWait: TimeSpan.FromMilliseconds(10)));

        Assert.Equal("TSR052", opened.Problem!.Code);
        Assert.Equal(ProblemKind.Conflict, opened.Problem.Kind);
        Assert.DoesNotContain('\n', opened.Problem.ToString());
        Assert.Equal(Tessera.Cli.Cli.Conflict, Tessera.Cli.Cli.Fail(TextWriter.Null, opened.Problem));
        Assert.Equal(Tessera.Cli.Cli.BadInput, Tessera.Cli.Cli.Fail(TextWriter.Null, Messages.EmptyFile("x.txt")));
    }
}
