using Tessera.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>The SQLite store: re-assessing changes nothing, a changed source is replaced, a failure loses nothing.</summary>
public class StoreTests
{
    private static TempFolder SmallCase()
    {
        var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", """
            title: Small case
            sources:
              - id: one
                file: one.txt
                publisher: Wire
                date: 2022-01-05
                grade: B2
              - id: two
                file: two.md
                grade: C3
            """);
        dir.Write("one.txt", "The army withdrew. Officials said the border will reopen.");
        dir.Write("two.md", "# Notes\n\n- Guards reportedly fired.\n- The talks may resume.");
        return dir;
    }

    private static (AssessedCase Case, StoreChange Change) Assess(string folder, string db)
    {
        using var store = CaseStore.OpenSqlite(db).Value!;
        var result = Assessment.Run(CaseYaml.Load(folder).Value!, store, Fixtures.Bundled);
        Assert.True(result.Ok, result.Problem?.ToString());
        return (result.Value.Case, result.Value.Change);
    }

    private static IReadOnlyDictionary<string, long> Counts(string db)
    {
        using var store = CaseStore.OpenSqlite(db).Value!;
        return store.Counts();
    }

    [Fact]
    public void Assessing_an_unchanged_case_again_changes_nothing()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, change1) = Assess(dir.Path, db);
        var before = Counts(db);
        var (second, change2) = Assess(dir.Path, db);
        Assert.Equal((2, 0, 0, 0), (change1.Added, change1.Replaced, change1.Unchanged, change1.Removed));
        Assert.Equal((0, 0, 2, 0), (change2.Added, change2.Replaced, change2.Unchanged, change2.Removed));
        Assert.Equal(before, Counts(db));
        Assert.Equal(first.Claims.Select(c => (c.Id, c.Text, c.Hedged, string.Join(";", c.Speakers))), second.Claims.Select(c => (c.Id, c.Text, c.Hedged, string.Join(";", c.Speakers))));
    }

    [Fact]
    public void An_assessed_case_holds_its_documents_compact_whether_just_read_or_read_back()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (fresh, _) = Assess(dir.Path, db);
        File.AppendAllText(Path.Combine(dir.Path, "one.txt"), " Talks resumed.");
        var (mixed, change) = Assess(dir.Path, db);

        Assert.Equal((1, 1), (change.Replaced, change.Unchanged));
        Assert.All(fresh.Documents.Concat(mixed.Documents), d => Assert.IsType<Tessera.Language.CompactUnits>(d.Units));
        // The words of a claim read back are those the pipeline gave it.
        var claim = mixed.Claims.First(c => c.DocumentId == "two" && c.IsClaim);
        Assert.Equal(fresh.TokensOf(fresh.Claim(claim.Id)!)!.Lower, mixed.TokensOf(claim)!.Lower);
        Assert.Contains("reportedly", mixed.TokensOf(claim)!.Lower);
    }

    [Fact]
    public void A_source_whose_file_and_entry_are_as_stored_is_not_read_again()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        var (first, _) = Assess(dir.Path, db);
        var one = Path.Combine(dir.Path, "one.txt");
        var written = File.GetLastWriteTimeUtc(one);
        // Same size, same time, bytes no reader accepts: reading it would fail the assessment.
        File.WriteAllBytes(one, Enumerable.Repeat((byte)0, (int)new FileInfo(one).Length).ToArray());
        File.SetLastWriteTimeUtc(one, written);

        var (second, change) = Assess(dir.Path, db);

        Assert.Equal((0, 2), (change.Replaced, change.Unchanged));
        Assert.Equal(first.ClaimsOf("one").Select(c => c.Text), second.ClaimsOf("one").Select(c => c.Text));
    }

    [Fact]
    public void A_file_written_again_is_read_and_compared_by_its_content()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        var one = Path.Combine(dir.Path, "one.txt");
        File.SetLastWriteTimeUtc(one, File.GetLastWriteTimeUtc(one).AddMinutes(5));
        var (_, touched) = Assess(dir.Path, db);
        File.WriteAllText(one, "The army returned. Officials said the border will close.");
        var (changed, edited) = Assess(dir.Path, db);

        Assert.Equal((0, 2), (touched.Replaced, touched.Unchanged));
        Assert.Equal((1, 1), (edited.Replaced, edited.Unchanged));
        Assert.Equal("The army returned.", changed.ClaimsOf("one").First().Text);
    }

    [Fact]
    public void Stored_claims_come_back_as_the_extractor_made_them()
    {
        using var dir = SmallCase();
        var (assessed, _) = Assess(dir.Path, Path.Combine(dir.Path, "case.db"));
        var fresh = Fixtures.Bundled.Claims.Extract(Tessera.Reading.DocumentReader.Read(Path.Combine(dir.Path, "two.md")).Value!);
        var stored = assessed.ClaimsOf("two").ToList();
        Assert.Equal(fresh.Select(c => (c.Start, c.End, c.Hedged, c.Unverified, c.Prediction, c.Cues.Count, c.Mentions.Count)),
                     stored.Select(c => (c.Start, c.End, c.Hedged, c.Unverified, c.Prediction, c.Cues.Count, c.Mentions.Count)));
    }

    [Fact]
    public void A_changed_source_is_read_again_and_its_old_claims_replaced()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        dir.Write("one.txt", "The army returned. Nobody spoke. Talks failed.");
        var (assessed, change) = Assess(dir.Path, db);
        Assert.Equal((1, 1), (change.Replaced, change.Unchanged));
        Assert.Equal(["The army returned.", "Nobody spoke.", "Talks failed."], assessed.ClaimsOf("one").Select(c => c.Text));
        Assert.Equal(3, assessed.ClaimsOf("one").Count());
    }

    [Fact]
    public void A_source_dropped_from_the_case_is_removed_with_its_claims()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        dir.Write("case.yaml", "title: Small case\nsources:\n  - id: one\n    file: one.txt\n");
        var (assessed, change) = Assess(dir.Path, db);
        Assert.Equal(1, change.Removed);
        Assert.DoesNotContain(assessed.Claims, c => c.DocumentId == "two");
        Assert.Equal(1, Counts(db)["sources"]);
    }

    [Fact]
    public void A_bad_source_fails_the_assessment_and_loses_nothing_already_stored()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        var before = Counts(db);
        dir.Write("one.txt", "The army returned for good.");
        File.WriteAllBytes(Path.Combine(dir.Path, "two.md"), [0x00, 0x01, 0x02]);
        var run = CliRunner.Invoke("assess", dir.Path, "--db", db, "--out", Path.Combine(dir.Path, "brief.html"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("two.md", run.Err);
        Assert.Equal(before, Counts(db));
        using var store = CaseStore.OpenSqlite(db).Value!;
        Assert.Contains(store.Claims(Fixtures.Bundled.Stance.Bands), c => c.Text == "The army withdrew.");
    }

    [Fact]
    public void Sources_written_one_at_a_time_are_kept_only_when_the_assessment_commits()
    {
        using var dir = SmallCase();
        var (assessed, _) = Assess(dir.Path, Path.Combine(dir.Path, "first.db"));
        var sources = assessed.Sources.Select(s => new AssessedSource(s.Id, s.Fingerprint, s.Stamp, Stored(dir.Path, "first.db", s.Id))).ToList();
        var db = Path.Combine(dir.Path, "second.db");

        using (var store = CaseStore.OpenSqlite(db).Value!)
        using (var writing = store.Begin())
        {
            writing.Add(sources[0]);
            // Another connection sees nothing of an assessment still being written (a store is opened by writing, so it is read
            // as a plain database here).
            using var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
            reader.Open();
            using var count = reader.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM sources";
            Assert.Equal(0L, (long)count.ExecuteScalar()!);
        }
        Assert.Equal(0, Counts(db)["claims"]);

        using (var store = CaseStore.OpenSqlite(db).Value!)
        using (var writing = store.Begin())
        {
            foreach (var source in sources) writing.Add(source);
            var change = writing.Commit("Small case");
            Assert.Equal((2, 0, 0, 0), (change.Added, change.Replaced, change.Unchanged, change.Removed));
        }
        Assert.Equal(Counts(Path.Combine(dir.Path, "first.db")), Counts(db));
    }

    [Fact]
    public void Documents_read_back_in_pieces_are_those_read_back_at_once()
    {
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        using var store = CaseStore.OpenSqlite(db).Value!;
        var bands = Fixtures.Bundled.Stance.Bands;

        var whole = store.Documents(bands);
        var inPieces = store.Documents(bands, null, null, 1);
        var onlyTwo = store.Documents(bands, id => id == "two", null, 1);

        string Shown(Tessera.Pipeline.AnnotatedDocument d) => d.Id + ":" + d.Source.Text + ":" + StoredLayers.Units(d) + StoredLayers.Layers(d) + string.Join("|", d.Claims.Select(c => c.Id + c.Text + string.Join(",", c.Mentions) + string.Join(",", c.Cues)));
        Assert.Equal(["one", "two"], inPieces.Select(d => d.Id));
        Assert.Equal(whole.Select(Shown), inPieces.Select(Shown));
        Assert.Equal([Shown(whole[1])], onlyTwo.Select(Shown));
        Assert.NotEmpty(whole[1].Claims.SelectMany(c => c.Mentions.Cast<object>().Concat(c.Cues)));
    }

    private static Tessera.Pipeline.AnnotatedDocument Stored(string folder, string db, string id)
    {
        using var store = CaseStore.OpenSqlite(Path.Combine(folder, db)).Value!;
        return store.Documents(Fixtures.Bundled.Stance.Bands, s => s == id).Single();
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_a_problem_not_a_crash()
    {
        using var dir = SmallCase();
        var db = dir.Write("case.db", "this is not sqlite, just text that happens to be long enough to look like a header......");
        var run = CliRunner.Invoke("assess", dir.Path, "--db", db);
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR017", run.Err);
    }
}
