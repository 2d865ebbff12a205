using Microsoft.Data.Sqlite;
using Tessera.Case;
using Tessera.Tests.Pipeline;

namespace Tessera.Tests.Case;

/// <summary>Opening a store: an empty database gets the tables, an older Tessera store is upgraded in place, anything else
/// is refused and left as it was.</summary>
public class StoreSchemaTests
{
    private static void Sql(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static string Scalar(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Theory]
    [InlineData("CREATE TABLE sources (id, imp); INSERT INTO sources VALUES ('keep', 'me');", "sources")]
    [InlineData("CREATE TABLE invoices (id); INSERT INTO invoices VALUES (1);", "invoices")]
    [InlineData("CREATE TABLE meta (key, value); INSERT INTO meta VALUES ('owner', 'someone else');", "meta")]
    public void A_database_that_is_not_a_Tessera_store_is_refused_and_left_untouched(string setup, string table)
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "other.db");
        Sql(db, setup);
        var before = File.ReadAllBytes(db);

        var opened = CaseStore.OpenSqlite(db);

        Assert.False(opened.Ok);
        Assert.Equal("TSR050", opened.Problem!.Code);
        Assert.Contains(table, opened.Problem.Message);
        Assert.DoesNotContain('\n', opened.Problem.ToString());
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Equal("1", Scalar(db, $"SELECT COUNT(*) FROM {table}"));
    }

    [Fact]
    public void A_store_from_a_newer_Tessera_is_refused_naming_both_versions()
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "case.db");
        var newer = (CaseStore.SchemaVersion + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Sql(db, $"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '{newer}');");

        var opened = CaseStore.OpenSqlite(db);

        Assert.Equal("TSR051", opened.Problem!.Code);
        Assert.Contains($"schema {newer}", opened.Problem.Message);
        Assert.Contains($"reads {CaseStore.SchemaVersion}", opened.Problem.Message);
        Assert.Equal(newer, Scalar(db, "SELECT value FROM meta WHERE key = 'schema'"));
    }

    [Fact]
    public void A_schema_2_store_is_upgraded_in_place_and_its_sources_read_again()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Old case\nsources:\n  - id: one\n    file: one.txt\n    date: 2022-01-05\n");
        dir.Write("one.txt", "On 4 January the army withdrew. Officials said 40 people had died.");
        var db = Path.Combine(dir.Path, "case.db");
        // The tables as schema 2 wrote them: claims without the document, its tokens or its layers.
        Sql(db, """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta VALUES ('schema', '2'), ('title', 'Old case');
            CREATE TABLE sources (id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
                published TEXT, grade TEXT NOT NULL, fingerprint TEXT NOT NULL, format TEXT NOT NULL);
            CREATE TABLE claims (id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
                speakers TEXT NOT NULL, hedged INTEGER NOT NULL, boosted INTEGER NOT NULL, band TEXT, prediction INTEGER NOT NULL,
                likelihood DOUBLE PRECISION, unverified INTEGER NOT NULL, status TEXT NOT NULL);
            CREATE TABLE mentions (claim_id TEXT NOT NULL, seq INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
                text TEXT NOT NULL, canonical TEXT NOT NULL, kind TEXT NOT NULL);
            CREATE TABLE cues (claim_id TEXT NOT NULL, seq INTEGER NOT NULL, flag TEXT NOT NULL, family TEXT NOT NULL,
                start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL);
            INSERT INTO sources VALUES ('one', 'one.txt', '', '', '2022-01-05', 'Unknown', 'old-fingerprint', 'Text');
            INSERT INTO claims VALUES ('one#1', 'one', 0, 0, 31, 'On 4 January the army withdrew.', 'Sentence', '[]', 0, 0, NULL, 0, NULL, 0, 'Asserted');
            """);

        using (var store = CaseStore.OpenSqlite(db).Value!)
        {
            Assert.Equal(CaseStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ReadMeta("schema"));
            Assert.Equal(0, store.Counts()["documents"]);
            var run = Assessment.Run(CaseYaml.Load(dir.Path).Value!, store, Fixtures.Bundled);
            Assert.True(run.Ok, run.Problem?.ToString());
            Assert.Equal(1, run.Value.Change.Replaced);
            var doc = Assert.Single(run.Value.Case.Documents);
            Assert.Equal(2, doc.Claims.Count);
            Assert.Contains(doc.Figures, f => f.Value == 40);
            Assert.Contains(doc.Times.SelectMany(t => t.Own), t => t.Range?.From == new DateOnly(2022, 1, 4));
        }
    }

    [Fact]
    public void Layers_read_back_from_the_store_equal_the_ones_the_pipeline_made()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Layers\nsources:\n  - id: wire\n    file: wire.txt\n    date: 2022-01-10\n");
        dir.Write("wire.txt", """
            ALMATY, Jan 9 – Protesters stormed the mayor's office on Wednesday. Officials said 164 people had died.
            Kazakhstan asked Russia for help. "Our men are ready," the commander said. Tokayev emerged from the crisis stronger.
            """);
        var db = Path.Combine(dir.Path, "case.db");
        var file = CaseYaml.Load(dir.Path).Value!;
        var made = new Tessera.Pipeline.DocumentPipeline(Fixtures.Bundled).Run(
            Tessera.Reading.DocumentReader.Read(file.Sources[0].File, file.Sources[0].Info).Value!, new Tessera.Pipeline.DateHints(file.Sources[0].Date, null));
        using var store = CaseStore.OpenSqlite(db).Value!;
        Assert.True(Assessment.Run(file, store, Fixtures.Bundled).Ok);

        var stored = Assert.Single(store.Documents(Fixtures.Bundled.Stance.Bands));

        Assert.Equal(Canonical.Of(made), Canonical.Of(stored));
        Assert.NotEmpty(made.Times.SelectMany(t => t.Own));
        Assert.NotEmpty(made.Events);
        Assert.NotEmpty(made.Figures);
        Assert.NotEmpty(made.Outcomes);
    }
}
