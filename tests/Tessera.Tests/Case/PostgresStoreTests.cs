using Npgsql;
using Tessera.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>The same store against a real PostgreSQL server, as a team would share a case. CI starts the server and sets
/// TESSERA_TEST_POSTGRES; without it these tests say so and are skipped.</summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly ScratchDatabase? _database = ScratchDatabase.Server is null ? null : new ScratchDatabase();
    private string ConnectionString => _database!.ConnectionString;

    public void Dispose() => _database?.Dispose();

    private bool Skipped()
    {
        if (_database is not null) return false;
        Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        return true;
    }

    private static TempFolder SmallCase()
    {
        var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Shared case\nsources:\n  - id: one\n    file: one.txt\n    grade: B2\n  - id: two\n    file: two.txt\n");
        dir.Write("one.txt", "The army withdrew. Officials said the border will reopen.");
        dir.Write("two.txt", "Guards reportedly fired. The talks may resume.");
        return dir;
    }

    private long Count(string table)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", c);
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void A_case_assessed_into_postgres_twice_is_stored_once_and_reads_back_like_sqlite()
    {
        if (Skipped()) return;
        using var dir = SmallCase();
        var first = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--out", Path.Combine(dir.Path, "pg.html"));
        Assert.Equal(0, first.Exit);
        var claims = Count("claims");
        var second = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "--out", Path.Combine(dir.Path, "pg.html"));
        Assert.Equal(0, second.Exit);
        Assert.Contains("2 unchanged", second.Out);
        Assert.Equal(claims, Count("claims"));
        Assert.Equal(2, Count("sources"));

        var sqlite = CliRunner.Invoke("assess", dir.Path, "--db", Path.Combine(dir.Path, "case.db"), "--out", Path.Combine(dir.Path, "sqlite.html"));
        Assert.Equal(0, sqlite.Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(dir.Path, "sqlite.html")), File.ReadAllText(Path.Combine(dir.Path, "pg.html")));
    }

    [Fact]
    public void A_correction_is_stored_and_read_back_whole_and_a_stale_version_is_refused_on_postgres()
    {
        if (Skipped()) return;
        CorrectionTests.RoundTrip(ConnectionString);
    }

    [Fact]
    public void A_failed_assessment_keeps_the_sources_read_before_the_bad_one_and_the_bad_one_as_it_was()
    {
        // The contract since reading is stored in batches (before it, the whole run was rolled back): each source is stored whole
        // or not at all, and what was read before the bad file stays stored for the run after its fix.
        if (Skipped()) return;
        using var dir = SmallCase();
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "-q", "--out", Path.Combine(dir.Path, "b.html")).Exit);
        using var store = CaseStore.Open(ConnectionString).Value!;
        var twoBefore = store.Claims(Fixtures.Bundled.Stance.Bands).Where(c => c.DocumentId == "two").Select(c => c.Text).ToList();
        dir.Write("one.txt", "Everything changed.");
        File.WriteAllBytes(Path.Combine(dir.Path, "two.txt"), [0xFF, 0xFE, 0x00]);
        var failed = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "-q", "--out", Path.Combine(dir.Path, "b.html"));
        Assert.Equal(2, failed.Exit);
        Assert.Contains("two.txt", failed.Err);
        var claims = store.Claims(Fixtures.Bundled.Stance.Bands);
        Assert.Equal(["Everything changed."], claims.Where(c => c.DocumentId == "one").Select(c => c.Text));
        Assert.Equal(twoBefore, claims.Where(c => c.DocumentId == "two").Select(c => c.Text));
        Assert.Equal(2, Count("sources"));
        Assert.Equal(Count("sources"), Count("documents"));
        Assert.True(store.ReadingUnfinished());
    }

    [Fact]
    public void A_database_holding_someone_elses_tables_is_refused_and_left_untouched()
    {
        if (Skipped()) return;
        using (var c = new NpgsqlConnection(ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("CREATE TABLE sources (id TEXT, imp TEXT); INSERT INTO sources VALUES ('keep', 'me');", c);
            cmd.ExecuteNonQuery();
        }
        using var dir = SmallCase();

        var run = CliRunner.Invoke("assess", dir.Path, "--db", ConnectionString, "-q", "--out", Path.Combine(dir.Path, "b.html"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR050", run.Err);
        Assert.Equal(1, Count("sources"));
        Assert.False(File.Exists(Path.Combine(dir.Path, "b.html")));
    }

    [Fact]
    public void An_unreachable_server_is_a_one_line_problem_that_hides_the_password()
    {
        var run = CliRunner.Invoke("assess", Fixtures.ExampleCase, "--db", "Host=127.0.0.1;Port=1;Username=x;Password=hunter2;Timeout=2", "-q", "--out", Path.Combine(Path.GetTempPath(), "never.html"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR017", run.Err);
        Assert.DoesNotContain("hunter2", run.Err);
    }
}
