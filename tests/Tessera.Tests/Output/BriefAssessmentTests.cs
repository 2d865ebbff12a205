using System.Security.Cryptography;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Events.Imported;
using Tessera.Output;
using Tessera.Output.Brief;
using Tessera.Tests.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output;

/// <summary>Incremental assessment: an unchanged case reuses its stored analysis and writes nothing; any change to what the
/// analysis reads (a source, case.yaml, the resources, imported events) analyses again, and gives what a fresh run gives.</summary>
public class BriefAssessmentTests
{
    private const string Yaml = """
        title: Harbour dispute
        sources:
          - id: wire
            file: wire.txt
            publisher: Coast Wire
            date: 2024-03-04
            grade: B2
          - id: council
            file: council.txt
            publisher: Town council
            date: 2024-03-05
            grade: C3
        hypotheses:
          - id: H1
            statement: The strike is about pay.
          - id: H2
            statement: The strike is organised from abroad.
        forecasts:
          - claim: wire#2
            probability: 0.7
            outcome: true
        """;

    private static TempFolder SmallCase()
    {
        var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", "Dockworkers at Lindport walked out on Monday. The union said the strike will last a week. Police detained six pickets, the union said.");
        dir.Write("council.txt", "The council said the strike will last a week. Officials claimed foreign money paid the pickets.");
        return dir;
    }

    /// <summary>One assessment into the store at <paramref name="db"/> (which writes the brief files), the write transactions it
    /// committed, and the HTML brief as the file holds it afterwards.</summary>
    private static (AssessedBrief Brief, int Writes, string Html) Assess(string folder, string db, LanguageResources? resources = null, List<Problem>? warnings = null)
    {
        var file = CaseYaml.Load(folder).Value!;
        var spec = AnalysisInputs.Read(file).Value!;
        using var store = CaseStore.Open(db).Value!;
        var run = BriefAssessment.Run(file, spec, store, resources ?? Fixtures.Bundled, Path.Combine(folder, "brief.html"),
            Path.Combine(folder, "brief.md"), w => warnings?.Add(w));
        Assert.True(run.Ok, run.Problem?.ToString());
        foreach (var o in run.Value!.Outputs) Assert.Equal(OutputFile.DigestOf(o.Path)! with { Rewritten = o.Bytes.Rewritten }, o.Bytes);
        return (run.Value!, store.Writes, File.ReadAllText(Path.Combine(folder, "brief.html")));
    }

    /// <summary>The brief a first assessment into a new store makes of the case as it now is.</summary>
    private static string Fresh(string folder, LanguageResources? resources = null)
    {
        using var other = Fixtures.TempFolder();
        var (brief, _, html) = Assess(folder, Path.Combine(other.Path, "fresh.db"), resources);
        Assert.False(brief.Reused);
        return html;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void An_unchanged_case_reuses_its_stored_analysis_and_writes_neither_store_nor_brief()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, firstWrites, firstHtml) = Assess(dir.Path, db);
        Assert.False(first.Reused);
        Assert.True(firstWrites > 0);

        var brief = Path.Combine(dir.Path, "brief.html");
        var long_ago = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(brief, long_ago);
        var store = Hash(db);

        var (again, writes, againHtml) = Assess(dir.Path, db);
        Assert.True(again.Reused);
        Assert.Equal(0, writes);
        Assert.Equal(new StoreChange(0, 0, 2, 0), again.Change);
        Assert.Equal(Digests(first), Digests(again));
        Assert.All(again.Outputs, o => Assert.False(o.Bytes.Rewritten));
        Assert.Equal(firstHtml, againHtml);
        Assert.Equal(first.Overview.ToJson(), again.Overview.ToJson());
        Assert.Equal(long_ago, File.GetLastWriteTimeUtc(brief));
        Assert.Equal(store, Hash(db));
    }

    private static IEnumerable<(string, long)> Digests(AssessedBrief brief) => brief.Outputs.Select(o => (o.Bytes.Sha256, o.Bytes.Bytes));

    /// <summary>What the store keeps of each brief: its hash and length, a short line whatever the brief's size.</summary>
    private static Dictionary<string, string> StoredBriefs(string db)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name, content FROM analysis_results WHERE name LIKE 'brief.%'";
        using var r = cmd.ExecuteReader();
        var stored = new Dictionary<string, string>();
        while (r.Read()) stored[r.GetString(0)] = r.GetString(1);
        return stored;
    }

    [Fact]
    public void The_store_keeps_each_briefs_hash_and_length_not_its_text()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, html) = Assess(dir.Path, db);
        var stored = StoredBriefs(db);
        Assert.Equal(["brief.html", "brief.md"], stored.Keys.Order(StringComparer.Ordinal));
        var digest = OutputFile.DigestOf(Path.Combine(dir.Path, "brief.html"))!;
        Assert.Equal($"sha256:{digest.Sha256} bytes:{digest.Bytes}", stored["brief.html"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(html))), digest.Sha256);
        Assert.DoesNotContain("Lindport", stored["brief.md"]);
        Assert.All(first.Outputs, o => Assert.True(o.Bytes.Rewritten));
    }

    [Theory]
    [InlineData("brief.html", null, "TSR615")]
    [InlineData("brief.md", null, "TSR615")]
    [InlineData("brief.html", "<p>My own notes</p>", "TSR616")]
    [InlineData("brief.md", "# Edited by hand\n", "TSR616")]
    public void A_deleted_or_hand_edited_brief_is_said_and_written_again_from_the_stored_case(string name, string? edit, string code)
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, firstHtml) = Assess(dir.Path, db);
        var path = Path.Combine(dir.Path, name);
        var before = File.ReadAllBytes(path);
        var other = Path.Combine(dir.Path, name == "brief.md" ? "brief.html" : "brief.md");
        var kept = new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(other, kept);
        if (edit is null) File.Delete(path);
        else File.WriteAllText(path, edit);

        var warnings = new List<Problem>();
        var (again, _, againHtml) = Assess(dir.Path, db, warnings: warnings);

        var said = Assert.Single(warnings);
        Assert.Equal(code, said.Code);
        Assert.Equal(path, said.File);
        Assert.False(again.Reused);
        // No source was read again: both are unchanged in the store, and the brief comes from the stored documents.
        Assert.Equal(new StoreChange(0, 0, 2, 0), again.Change);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(firstHtml, againHtml);
        Assert.True(again.Outputs.Single(o => o.Path == path).Bytes.Rewritten);
        // The other output held its bytes: left alone, its time as it was.
        Assert.False(again.Outputs.Single(o => o.Path == other).Bytes.Rewritten);
        Assert.Equal(kept, File.GetLastWriteTimeUtc(other));
        Assert.Equal(Digests(first), Digests(again));
        // Written again and as stored: the next run reuses the analysis and says nothing.
        warnings.Clear();
        Assert.True(Assess(dir.Path, db, warnings: warnings).Brief.Reused);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_brief_of_the_same_length_changed_by_hand_is_found_by_its_hash()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (_, _, html) = Assess(dir.Path, db);
        var path = Path.Combine(dir.Path, "brief.html");
        Assert.Contains("Lindport", html);
        File.WriteAllText(path, html.Replace("Lindport", "Lindhafn", StringComparison.Ordinal));
        Assert.Equal(new FileInfo(path).Length, System.Text.Encoding.UTF8.GetByteCount(html));

        var warnings = new List<Problem>();
        var (again, _, againHtml) = Assess(dir.Path, db, warnings: warnings);
        Assert.Equal("TSR616", Assert.Single(warnings).Code);
        Assert.Equal(html, againHtml);
    }

    [Fact]
    public void A_changed_source_is_read_again_and_the_brief_is_what_a_fresh_run_makes()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, firstHtml) = Assess(dir.Path, db);
        dir.Write("council.txt", "The council said the strike will last a week. Officials claimed that Vesnar paid the pickets. The mayor resigned.");

        var (changed, _, changedHtml) = Assess(dir.Path, db);
        Assert.False(changed.Reused);
        Assert.Equal(new StoreChange(0, 1, 1, 0), changed.Change);
        Assert.NotEqual(firstHtml, changedHtml);
        Assert.Contains("The mayor resigned.", changedHtml);
        Assert.Equal(Fresh(dir.Path), changedHtml);
        Assert.Equal(changedHtml, File.ReadAllText(Path.Combine(dir.Path, "brief.html")));
    }

    [Theory]
    [InlineData("statement: The strike is organised from abroad.", "statement: The strike is a bargaining tactic.", "bargaining tactic")]
    [InlineData("title: Harbour dispute", "title: Lindport harbour dispute", "Lindport harbour dispute")]
    [InlineData("    outcome: true", "    outcome: false", null)]
    public void A_changed_case_yaml_analyses_again(string before, string after, string? shown)
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, firstHtml) = Assess(dir.Path, db);
        dir.Write("case.yaml", Yaml.Replace(before, after, StringComparison.Ordinal));

        var (changed, _, changedHtml) = Assess(dir.Path, db);
        Assert.False(changed.Reused);
        Assert.Equal(0, changed.Change.Replaced);
        Assert.NotEqual(firstHtml, changedHtml);
        if (shown is not null) Assert.Contains(shown, changedHtml);
        Assert.Equal(Fresh(dir.Path), changedHtml);
    }

    [Fact]
    public void Other_resources_from_a_lexicon_folder_analyse_again()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, firstHtml) = Assess(dir.Path, db);
        using var lexicon = Fixtures.Lexicon(("hedges.tsv", "# What: a test's extra hedge\nwalked out\tappearance\n"));

        var (changed, _, changedHtml) = Assess(dir.Path, db, lexicon.Resources);
        Assert.False(changed.Reused);
        Assert.NotEqual(first.Overview.Hedged, changed.Overview.Hedged);
        Assert.Equal(Fresh(dir.Path, lexicon.Resources), changedHtml);
        // And back to the bundled resources: analysed again, not the lexicon's result.
        var (back, _, backHtml) = Assess(dir.Path, db);
        Assert.False(back.Reused);
        Assert.Equal(Digests(first), Digests(back));
        Assert.Equal(firstHtml, backHtml);
    }

    [Fact]
    public void Imported_events_analyse_again()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        using (var store = CaseStore.Open(db).Value!)
            store.Import([new ImportedEvent(new EventProvenance(EventDataset.Acled, "LND1", null), new DateOnly(2024, 3, 4), "Police", "Police (Lindport)",
                "Protesters", "Protesters (Lindport)", Fixtures.Bundled.Cameo.Code("173")!, -5, "Lindport", "Bulgaria", null, null)]);
        Assert.False(Assess(dir.Path, db).Brief.Reused);
        Assert.True(Assess(dir.Path, db).Brief.Reused);
    }

    [Fact]
    public void An_analysts_correction_analyses_again_and_the_brief_shows_it()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _, firstHtml) = Assess(dir.Path, db);
        using (var store = CaseStore.Open(db).Value!)
        {
            var claim = store.Documents(Fixtures.Bundled.Stance.Bands, id => id == "council").Single().Claims[0];
            Assert.True(store.AddCorrection(new Correction(ClaimAnchor.Of(claim), "speaker", claim.Speakers.Count > 0 ? claim.Speakers[0] : "", "Harbour Master Ilse Varga",
                "amira", DateTimeOffset.UnixEpoch, 1)));
        }

        var (corrected, _, correctedHtml) = Assess(dir.Path, db);

        Assert.False(corrected.Reused);
        Assert.DoesNotContain("Ilse Varga", firstHtml);
        Assert.Contains("Ilse Varga", correctedHtml);
        Assert.True(Assess(dir.Path, db).Brief.Reused);
    }

    [Fact]
    public void A_reused_analysis_gives_the_warnings_of_the_run_that_made_it()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        // A sentence above the cited claim moves its id: the analysis warns, and a re-run of the unchanged case warns the same.
        dir.Write("wire.txt", "Pickets gathered at dawn. " + File.ReadAllText(Path.Combine(dir.Path, "wire.txt")));
        var moved = new List<Problem>();
        Assert.False(Assess(dir.Path, db, warnings: moved).Brief.Reused);
        var again = new List<Problem>();
        var (reused, writes, reusedHtml) = Assess(dir.Path, db, warnings: again);
        Assert.True(reused.Reused);
        Assert.Equal(0, writes);
        Assert.Equal("TSR111", Assert.Single(moved).Code);
        Assert.Equal(moved, again);
    }

    [Fact]
    public void A_store_of_schema_7_is_upgraded_and_analyses_once_before_it_reuses()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE analysis_results; UPDATE meta SET value = '7' WHERE key = 'schema';";
            cmd.ExecuteNonQuery();
        }
        var (upgraded, _, upgradedHtml) = Assess(dir.Path, db);
        Assert.False(upgraded.Reused);
        Assert.Equal(new StoreChange(0, 0, 2, 0), upgraded.Change);
        Assert.True(Assess(dir.Path, db).Brief.Reused);
    }

    [Fact]
    public void A_store_of_schema_10_holding_the_briefs_text_is_upgraded_never_misread_and_analyses_once()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (_, _, html) = Assess(dir.Path, db);
        var markdown = File.ReadAllText(Path.Combine(dir.Path, "brief.md"));
        // As schema 10 left it: the brief's text under its format's name, beside the overview and warnings of the same hash.
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE analysis_results SET content = @html WHERE name = 'brief.html'; UPDATE analysis_results SET content = @md WHERE name = 'brief.md'; " +
                              "UPDATE meta SET value = '10' WHERE key = 'schema';";
            cmd.Parameters.AddWithValue("@html", html);
            cmd.Parameters.AddWithValue("@md", markdown);
            cmd.ExecuteNonQuery();
        }
        File.SetLastWriteTimeUtc(Path.Combine(dir.Path, "brief.html"), new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        var warnings = new List<Problem>();
        var (upgraded, writes, upgradedHtml) = Assess(dir.Path, db, warnings: warnings);
        Assert.False(upgraded.Reused);
        Assert.Empty(warnings);
        Assert.True(writes > 0);
        Assert.Equal(new StoreChange(0, 0, 2, 0), upgraded.Change);
        Assert.Equal(html, upgradedHtml);
        // The same bytes were in place: the analysis ran, and the file was left alone.
        Assert.Equal(new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(Path.Combine(dir.Path, "brief.html")));
        Assert.All(StoredBriefs(db).Values, v => Assert.StartsWith("sha256:", v, StringComparison.Ordinal));
        using (var store = CaseStore.Open(db).Value!) Assert.Equal("11", store.ReadMeta("schema"));
        Assert.True(Assess(dir.Path, db).Brief.Reused);
    }

    [Fact]
    public void On_PostgreSQL_an_unchanged_case_writes_nothing_and_a_changed_one_matches_a_fresh_run()
    {
        if (ScratchDatabase.Server is null) Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        using var database = new ScratchDatabase();
        using var dir = SmallCase();
        var (first, _, firstHtml) = Assess(dir.Path, database.ConnectionString);
        var (again, writes, againHtml) = Assess(dir.Path, database.ConnectionString);
        Assert.True(again.Reused);
        Assert.Equal(0, writes);
        Assert.Equal(Digests(first), Digests(again));
        Assert.Equal(firstHtml, againHtml);
        dir.Write("wire.txt", "Dockworkers at Lindport walked out on Tuesday. The union said the strike will last a month.");
        var (changed, _, changedHtml) = Assess(dir.Path, database.ConnectionString);
        Assert.False(changed.Reused);
        Assert.Equal(Fresh(dir.Path), changedHtml);
    }
}
