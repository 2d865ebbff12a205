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

    /// <summary>One assessment into the store at <paramref name="db"/>, its outputs written as `assess` writes them, and the write
    /// transactions it committed.</summary>
    private static (AssessedBrief Brief, int Writes) Assess(string folder, string db, LanguageResources? resources = null, List<Problem>? warnings = null)
    {
        var file = CaseYaml.Load(folder).Value!;
        var spec = AnalysisInputs.Read(file).Value!;
        using var store = CaseStore.Open(db).Value!;
        var run = BriefAssessment.Run(file, spec, store, resources ?? Fixtures.Bundled, Path.Combine(folder, "brief.html"),
            Path.Combine(folder, "brief.md"), w => warnings?.Add(w));
        Assert.True(run.Ok, run.Problem?.ToString());
        foreach (var (path, content) in run.Value!.Outputs) Assert.Null(OutputFile.WriteIfChanged(path, content));
        return (run.Value!, store.Writes);
    }

    /// <summary>The brief a first assessment into a new store makes of the case as it now is.</summary>
    private static string Fresh(string folder, LanguageResources? resources = null)
    {
        using var other = Fixtures.TempFolder();
        var (brief, _) = Assess(folder, Path.Combine(other.Path, "fresh.db"), resources);
        Assert.False(brief.Reused);
        return brief.Outputs[0].Content;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void An_unchanged_case_reuses_its_stored_analysis_and_writes_neither_store_nor_brief()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, firstWrites) = Assess(dir.Path, db);
        Assert.False(first.Reused);
        Assert.True(firstWrites > 0);

        var brief = Path.Combine(dir.Path, "brief.html");
        var long_ago = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(brief, long_ago);
        var store = Hash(db);

        var (again, writes) = Assess(dir.Path, db);
        Assert.True(again.Reused);
        Assert.Equal(0, writes);
        Assert.Equal(new StoreChange(0, 0, 2, 0), again.Change);
        Assert.Equal(first.Outputs, again.Outputs);
        Assert.Equal(first.Overview.ToJson(), again.Overview.ToJson());
        Assert.Equal(long_ago, File.GetLastWriteTimeUtc(brief));
        Assert.Equal(store, Hash(db));
    }

    [Fact]
    public void A_deleted_brief_is_written_again_from_the_stored_result()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _) = Assess(dir.Path, db);
        File.Delete(Path.Combine(dir.Path, "brief.html"));
        var (again, writes) = Assess(dir.Path, db);
        Assert.True(again.Reused);
        Assert.Equal(0, writes);
        Assert.Equal(first.Outputs[0].Content, File.ReadAllText(Path.Combine(dir.Path, "brief.html")));
    }

    [Fact]
    public void A_changed_source_is_read_again_and_the_brief_is_what_a_fresh_run_makes()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _) = Assess(dir.Path, db);
        dir.Write("council.txt", "The council said the strike will last a week. Officials claimed that Vesnar paid the pickets. The mayor resigned.");

        var (changed, _) = Assess(dir.Path, db);
        Assert.False(changed.Reused);
        Assert.Equal(new StoreChange(0, 1, 1, 0), changed.Change);
        Assert.NotEqual(first.Outputs[0].Content, changed.Outputs[0].Content);
        Assert.Contains("The mayor resigned.", changed.Outputs[0].Content);
        Assert.Equal(Fresh(dir.Path), changed.Outputs[0].Content);
        Assert.Equal(changed.Outputs[0].Content, File.ReadAllText(Path.Combine(dir.Path, "brief.html")));
    }

    [Theory]
    [InlineData("statement: The strike is organised from abroad.", "statement: The strike is a bargaining tactic.", "bargaining tactic")]
    [InlineData("title: Harbour dispute", "title: Lindport harbour dispute", "Lindport harbour dispute")]
    [InlineData("    outcome: true", "    outcome: false", null)]
    public void A_changed_case_yaml_analyses_again(string before, string after, string? shown)
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _) = Assess(dir.Path, db);
        dir.Write("case.yaml", Yaml.Replace(before, after, StringComparison.Ordinal));

        var (changed, _) = Assess(dir.Path, db);
        Assert.False(changed.Reused);
        Assert.Equal(0, changed.Change.Replaced);
        Assert.NotEqual(first.Outputs[0].Content, changed.Outputs[0].Content);
        if (shown is not null) Assert.Contains(shown, changed.Outputs[0].Content);
        Assert.Equal(Fresh(dir.Path), changed.Outputs[0].Content);
    }

    [Fact]
    public void Other_resources_from_a_lexicon_folder_analyse_again()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _) = Assess(dir.Path, db);
        using var lexicon = Fixtures.Lexicon(("hedges.tsv", "# What: a test's extra hedge\nwalked out\tappearance\n"));

        var (changed, _) = Assess(dir.Path, db, lexicon.Resources);
        Assert.False(changed.Reused);
        Assert.NotEqual(first.Overview.Hedged, changed.Overview.Hedged);
        Assert.Equal(Fresh(dir.Path, lexicon.Resources), changed.Outputs[0].Content);
        // And back to the bundled resources: analysed again, not the lexicon's result.
        var (back, _) = Assess(dir.Path, db);
        Assert.False(back.Reused);
        Assert.Equal(first.Outputs, back.Outputs);
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
        var (first, _) = Assess(dir.Path, db);
        using (var store = CaseStore.Open(db).Value!)
        {
            var claim = store.Documents(Fixtures.Bundled.Stance.Bands, id => id == "council").Single().Claims[0];
            Assert.True(store.AddCorrection(new Correction(ClaimAnchor.Of(claim), "speaker", claim.Speakers.Count > 0 ? claim.Speakers[0] : "", "Harbour Master Ilse Varga",
                "amira", DateTimeOffset.UnixEpoch, 1)));
        }

        var (corrected, _) = Assess(dir.Path, db);

        Assert.False(corrected.Reused);
        Assert.DoesNotContain("Ilse Varga", first.Outputs[0].Content);
        Assert.Contains("Ilse Varga", corrected.Outputs[0].Content);
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
        var (reused, writes) = Assess(dir.Path, db, warnings: again);
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
        var (upgraded, _) = Assess(dir.Path, db);
        Assert.False(upgraded.Reused);
        Assert.Equal(new StoreChange(0, 0, 2, 0), upgraded.Change);
        Assert.True(Assess(dir.Path, db).Brief.Reused);
    }

    [Fact]
    public void On_PostgreSQL_an_unchanged_case_writes_nothing_and_a_changed_one_matches_a_fresh_run()
    {
        if (ScratchDatabase.Server is null) Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        using var database = new ScratchDatabase();
        using var dir = SmallCase();
        var (first, _) = Assess(dir.Path, database.ConnectionString);
        var (again, writes) = Assess(dir.Path, database.ConnectionString);
        Assert.True(again.Reused);
        Assert.Equal(0, writes);
        Assert.Equal(first.Outputs, again.Outputs);
        dir.Write("wire.txt", "Dockworkers at Lindport walked out on Tuesday. The union said the strike will last a month.");
        var (changed, _) = Assess(dir.Path, database.ConnectionString);
        Assert.False(changed.Reused);
        Assert.Equal(Fresh(dir.Path), changed.Outputs[0].Content);
    }
}
