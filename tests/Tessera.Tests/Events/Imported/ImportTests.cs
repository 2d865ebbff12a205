using Microsoft.Data.Sqlite;
using Tessera.Case;
using Tessera.Events.Imported;
using Tessera.Tests.Cli;
using Tessera.Tests.Output.Snapshots;

namespace Tessera.Tests.Events.Imported;

/// <summary>`tessera import` on sample files of each data set (samples/, written for these tests): what is kept, what is skipped
/// and why, and how imported events join the timeline, the network and the brief.</summary>
public class ImportTests
{
    private static string Sample(string name) => Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Events", "Imported", "samples", name);

    /// <summary>A copy of the snapshot fixture case (the invented Varna strike, March 2024), whose policy note has Russia accuse
    /// Bulgaria and Bulgaria ask Romania for help, both dated 9 March 2024.</summary>
    private static string CopyCase(TempFolder dir)
    {
        var to = Path.Combine(dir.Path, "strike");
        foreach (var file in Directory.GetFiles(Snapshot.FixtureCase, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(Snapshot.FixtureCase, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    [Theory]
    [InlineData("gdelt", "gdelt-events.tsv", 8, 2, 4, 0, 1, 1, new long[] { 3, 4, 5, 6 })]
    [InlineData("acled", "acled-export.csv", 7, 2, 2, 1, 1, 1, new long[] { 4, 5, 9 })]
    [InlineData("icews", "icews-events.tab", 4, 1, 3, 0, 0, 0, new long[] { 3, 4, 5 })]
    [InlineData("polecat", "polecat-events.tsv", 4, 2, 2, 0, 0, 0, new long[] { 4, 5 })]
    public void Each_format_keeps_the_case_s_events_and_reports_every_skipped_row_by_line(string format, string file, int rows, int kept,
        int malformed, int noCameo, int outsidePeriod, int outsideRegion, long[] reportedLines)
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);

        var run = CliRunner.Invoke("import", folder, Sample(file), "--format", format, "--country", "Bulgaria");

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains($"{rows} rows read; {kept} events imported ({kept} new, 0 replaced); skipped {malformed} malformed, {noCameo} without a CAMEO equivalent, " +
                        $"{outsidePeriod} outside the period, {outsideRegion} outside the region (Bulgaria)", run.Out);
        var warnings = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(reportedLines.Select(l => $"line {l}:"), warnings.Select(w => w[(w.IndexOf("line ", StringComparison.Ordinal))..(w.IndexOf(':', w.IndexOf("line ", StringComparison.Ordinal)) + 1)]));
        Assert.All(warnings, w => Assert.Contains("TSR510", w));
        using var store = CaseStore.OpenSqlite(CaseStore.DefaultPath(folder)).Value!;
        Assert.Equal(kept, store.Counts()["imported_events"]);
    }

    [Fact]
    public void Empty_cells_past_the_header_as_some_POLECAT_files_have_them_are_no_fault()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        var lines = File.ReadAllLines(Sample("polecat-events.tsv"));
        var padded = Path.Combine(dir.Path, "padded.tsv");
        File.WriteAllLines(padded, lines.Take(1).Concat(lines.Skip(1).Select(l => l + "\t\t")));

        var run = CliRunner.Invoke("import", folder, padded, "--format", "polecat", "--country", "Bulgaria");

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("4 rows read; 2 events imported", run.Out);
    }

    [Fact]
    public void An_imported_event_keeps_its_provenance_codes_actors_goldstein_and_place()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        CliRunner.Invoke("import", folder, Sample("gdelt-events.tsv"), "--format", "gdelt", "--country", "Bulgaria");

        using var store = CaseStore.OpenSqlite(CaseStore.DefaultPath(folder)).Value!;
        var events = store.ImportedEvents(Fixtures.Bundled.Cameo);

        var accusation = events.Single(e => e.Provenance.RecordId == "1100000001");
        Assert.Equal(new EventProvenance(EventDataset.Gdelt, "1100000001", "https://example.invalid/news/russia-accuses-bulgaria"), accusation.Provenance);
        Assert.Equal((new DateOnly(2024, 3, 9), "Russia", "RUSSIA", "Bulgaria", "112", -2.0), (accusation.Date, accusation.Source, accusation.SourceAsCoded, accusation.Target, accusation.Cameo.Code, accusation.Goldstein));
        Assert.Equal(("Varna, Varna, Bulgaria", "Bulgaria", 43.2167, 27.9167), (accusation.Place, accusation.Country, accusation.Latitude!.Value, accusation.Longitude!.Value));
    }

    [Fact]
    public void Imported_events_join_the_timeline_the_network_and_the_brief_and_confirm_the_text_events_they_agree_with()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        CliRunner.Invoke("import", folder, Sample("gdelt-events.tsv"), "--format", "gdelt", "--country", "Bulgaria");

        var timeline = CliRunner.Invoke("timeline", folder, "--format", "jsonl").Out;
        var network = CliRunner.Invoke("actors", folder, "--network", "--format", "jsonl").Out;
        CliRunner.Invoke("assess", folder, "--quiet", "--markdown", Path.Combine(folder, "brief.md"));
        var brief = File.ReadAllText(Path.Combine(folder, "brief.md"));

        Assert.Contains("\"type\":\"imported\",\"when\":\"2024-03-09\"", timeline);
        Assert.Contains("\"dataset\":\"GDELT\",\"record\":\"1100000001\"", timeline);
        Assert.Contains("gdelt:1100000001", network);
        Assert.Contains("Imported event data", brief);
        Assert.Contains("2 agree with an event a source reports", brief);
        Assert.Matches(@"GDELT 1100000001.*policy-note\\?#4", brief);
        Assert.Matches(@"GDELT 1100000002.*policy-note\\?#5", brief);
    }

    [Fact]
    public void A_data_set_that_codes_a_claims_event_is_an_independent_origin_of_the_claim()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        var before = CliRunner.Invoke("corroborate", folder, "--format", "jsonl").Out;
        CliRunner.Invoke("import", folder, Sample("gdelt-events.tsv"), "--format", "gdelt", "--country", "Bulgaria");

        var after = CliRunner.Invoke("corroborate", folder, "--format", "jsonl").Out;
        CliRunner.Invoke("assess", folder, "--quiet", "--markdown", Path.Combine(folder, "brief.md"));
        var brief = File.ReadAllText(Path.Combine(folder, "brief.md"));

        string Line(string output, string claim) => output.Split('\n').Single(l => l.Contains($"\"{claim}\"", StringComparison.Ordinal) && l.Contains("credibility", StringComparison.Ordinal));
        Assert.DoesNotContain("GDELT event data", Line(before, "policy-note#4"));
        Assert.Contains("GDELT event data", Line(after, "policy-note#4"));
        Assert.Contains("\"credibility\":1", Line(after, "policy-note#4"));
        // The key judgments weigh the data set as they weigh any origin, and the timeline marks what was imported.
        Assert.Contains("say that: Russia accused Bulgaria", brief);
        Assert.Contains("Origins: Russia \\[B3\\], GDELT event data", brief);
        Assert.Contains("| 9 March 2024 | imported: GDELT 1100000001 | Russia → Bulgaria: Accuse \\(imported\\) |", brief);
    }

    [Fact]
    public void A_confirmation_needs_the_same_day_the_same_actors_and_the_same_root()
    {
        var accuse = Fixtures.Bundled.Cameo.Code("112")!;
        ImportedEvent Coded(string id, DateOnly day, string source, string target, string code) =>
            new(new EventProvenance(EventDataset.Icews, id, null), day, source, source, target, target, Fixtures.Bundled.Cameo.Code(code)!, -2, null, null, null, null);
        var text = Coded("text", new DateOnly(2024, 3, 9), "Russia", "Bulgaria", "112").AsActorEvent() with { Imported = null, ClaimId = "note#4", DocumentId = "note" };
        var events = new Tessera.Analysis.Events.CaseEvents([], new[]
        {
            text,
            Coded("same", new DateOnly(2024, 3, 9), "Russia", "Bulgaria", "111").AsActorEvent(),
            Coded("next-day", new DateOnly(2024, 3, 10), "Russia", "Bulgaria", "112").AsActorEvent(),
            Coded("reversed", new DateOnly(2024, 3, 9), "Bulgaria", "Russia", "112").AsActorEvent(),
            Coded("other-root", new DateOnly(2024, 3, 9), "Russia", "Bulgaria", "120").AsActorEvent(),
        });

        var confirmation = Assert.Single(events.Confirmations);

        Assert.Equal(("icews:same", "note#4"), (confirmation.Imported.ClaimId, confirmation.Text.ClaimId));
        Assert.Equal("11", accuse.Root);
    }

    [Fact]
    public void Imported_events_round_trip_through_postgres_as_through_sqlite()
    {
        Assert.SkipWhen(Tessera.Tests.Case.ScratchDatabase.Server is null, "TESSERA_TEST_POSTGRES is not set");
        using var database = new Tessera.Tests.Case.ScratchDatabase();
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);

        var pg = CliRunner.Invoke("import", folder, Sample("icews-events.tab"), "--format", "icews", "--db", database.ConnectionString);
        CliRunner.Invoke("import", folder, Sample("icews-events.tab"), "--format", "icews");

        Assert.True(pg.Exit == 0, pg.Err);
        using var fromPg = CaseStore.Open(database.ConnectionString).Value!;
        using var fromSqlite = CaseStore.OpenSqlite(CaseStore.DefaultPath(folder)).Value!;
        var expected = fromSqlite.ImportedEvents(Fixtures.Bundled.Cameo);
        Assert.Single(expected);
        Assert.Equal(expected, fromPg.ImportedEvents(Fixtures.Bundled.Cameo));
    }

    [Fact]
    public void Importing_a_file_again_replaces_its_records_instead_of_adding_them_twice()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        CliRunner.Invoke("import", folder, Sample("polecat-events.tsv"), "--format", "polecat");

        var again = CliRunner.Invoke("import", folder, Sample("polecat-events.tsv"), "--format", "polecat");

        Assert.Contains("2 events imported (0 new, 2 replaced)", again.Out);
        using var store = CaseStore.OpenSqlite(CaseStore.DefaultPath(folder)).Value!;
        Assert.Equal(2, store.Counts()["imported_events"]);
    }

    [Fact]
    public void A_file_whose_header_lacks_a_column_the_format_needs_is_refused_and_nothing_is_stored()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyCase(dir);
        var file = dir.Write("icews.tab", "Event ID\tEvent Date\tSource Name\n1\t2024-03-05\tBulgaria\n");

        var run = CliRunner.Invoke("import", folder, file, "--format", "icews");

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR511", run.Err);
        Assert.Contains("CAMEO Code", run.Err);
        Assert.False(File.Exists(CaseStore.DefaultPath(folder)) && Count(folder) > 0);
    }

    [Fact]
    public void A_quoted_csv_cell_may_hold_commas_quotes_and_line_breaks_and_an_unclosed_quote_costs_one_row()
    {
        var records = DelimitedRecords.Csv(new StringReader("a,b\n1,\"x, \"\"y\"\"\nz\"\n2,\"never closed\n3,c\n")).ToList();

        Assert.Equal(["1", "x, \"y\"\nz"], records[1].Cells);
        Assert.Equal(2, records[1].Line);
        Assert.Equal((4L, "a quoted cell is never closed"), (records[2].Line, records[2].Error!));
        Assert.Equal(5, records[3].Line);
        Assert.Equal(["3", "c"], records[3].Cells);
    }

    [Fact]
    public void A_schema_4_store_gains_the_table_of_imported_events_and_keeps_what_it_held()
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "case.db");
        CaseStore.OpenSqlite(db).Value!.Dispose();
        Sql(db, "DROP TABLE imported_events; DROP TABLE claim_pins; ALTER TABLE claims DROP COLUMN origin; UPDATE meta SET value = '4' WHERE key = 'schema'; INSERT INTO meta VALUES ('title', 'Kept');");

        using var store = CaseStore.OpenSqlite(db).Value!;

        Assert.Equal(CaseStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ReadMeta("schema"));
        Assert.Equal("Kept", store.ReadMeta("title"));
        Assert.Equal(0, store.Counts()["imported_events"]);
    }

    private static long Count(string folder)
    {
        using var store = CaseStore.OpenSqlite(CaseStore.DefaultPath(folder)).Value!;
        return store.Counts()["imported_events"];
    }

    private static void Sql(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static RecordResult Row(LanguageResources resources, EventDataset dataset, string text) =>
        resources.EventRecords.Read(new StringReader(text), dataset, "sample").Single();

    [Fact]
    [Overrides("cameo/acled-cameo.tsv")]
    public void An_acled_row_gives_a_sub_event_type_a_CAMEO_code_it_had_none_of()
    {
        var csv = string.Join(",", EventRecords.Required[EventDataset.Acled]) + "\nX1,2024-03-07,Strategic developments,Headquarters or base established,Dockers Union,,Bulgaria,Varna,,\n";
        Assert.True(Row(Fixtures.Bundled, EventDataset.Acled, csv).NoCameo);

        using var lex = Fixtures.Lexicon(("acled-cameo.tsv", "# our desk reads a new base as a show of force\nStrategic developments\tHeadquarters or base established\t150\n"));

        Assert.Equal("150", Row(lex.Resources, EventDataset.Acled, csv).Record!.Cameo.Code);
    }

    [Fact]
    [Overrides("cameo/plover-cameo.tsv")]
    public void A_plover_row_gives_a_mode_its_own_CAMEO_code()
    {
        var tsv = string.Join("\t", EventRecords.Required[EventDataset.Polecat].Append("Event Mode")) + "\nP1\t2024-03-07\tCOERCE\tDock workers\tBulgaria\tBulgaria\t\t\tcensor\n";
        Assert.Equal("170", Row(Fixtures.Bundled, EventDataset.Polecat, tsv).Record!.Cameo.Code);

        using var lex = Fixtures.Lexicon(("plover-cameo.tsv", "COERCE\tcensor\t1721\n"));

        Assert.Equal("1721", Row(lex.Resources, EventDataset.Polecat, tsv).Record!.Cameo.Code);
    }

    /// <summary>The columns of a POLECAT weekly file as the dataset publishes them, in their order: a file written this way
    /// reads with no column missing, whatever Tessera does not use.</summary>
    private static readonly string[] PublishedPolecatHeader =
    [
        "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country",
        "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
        "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
        "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
        "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
        "Language", "Version",
    ];

    [Fact]
    public void A_polecat_file_with_the_published_columns_reads_its_intensity_from_the_column_it_names_Intensity()
    {
        var cells = PublishedPolecatHeader.ToDictionary(c => c, _ => "");
        cells["Event ID"] = "P9"; cells["Event Date"] = "2024-03-07"; cells["Event Type"] = "PROTEST"; cells["Event Mode"] = "demo";
        cells["Intensity"] = "-4.5"; cells["Actor Name"] = "Dock workers"; cells["Recipient Name"] = "Bulgaria";
        cells["Placename"] = "Varna"; cells["Country"] = "Bulgaria"; cells["Latitude"] = "43.2"; cells["Longitude"] = "27.9";
        var tsv = string.Join("\t", PublishedPolecatHeader) + "\n" + string.Join("\t", PublishedPolecatHeader.Select(c => cells[c])) + "\n";

        var record = Row(Fixtures.Bundled, EventDataset.Polecat, tsv).Record!;

        Assert.Equal(-4.5, record.Goldstein);
        Assert.Equal("Varna", record.Place);
        Assert.Equal("P9", record.RecordId);

        var bad = tsv.Replace("\t-4.5\t", "\tsevere\t");
        Assert.Equal("Intensity 'severe' is not a number from -10 to 10", Row(Fixtures.Bundled, EventDataset.Polecat, bad).Error);
    }
}
