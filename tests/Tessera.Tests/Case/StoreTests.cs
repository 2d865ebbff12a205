using Tessera.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>The SQLite store: re-assessing changes nothing, a changed source is replaced, a failure keeps what was read before it.</summary>
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
    public void A_bad_source_fails_the_assessment_keeps_what_was_read_before_it_and_the_run_after_its_fix_reads_only_the_rest()
    {
        // The contract since reading is stored in batches (before it, a bad file rolled back every source of the run): the
        // sources read before the bad one are stored, each whole, and the case is marked as read only in part.
        using var dir = SmallCase();
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        dir.Write("one.txt", "The army returned for good.");
        File.WriteAllBytes(Path.Combine(dir.Path, "two.md"), [0x00, 0x01, 0x02]);
        var run = CliRunner.Invoke("assess", dir.Path, "--db", db, "--out", Path.Combine(dir.Path, "brief.html"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("two.md", run.Err);
        Assert.Single(run.Err.Trim().Split('\n'));
        using (var store = CaseStore.OpenSqlite(db).Value!)
        {
            var claims = store.Claims(Fixtures.Bundled.Stance.Bands).Select(c => c.Text).ToList();
            Assert.Contains("The army returned for good.", claims);
            Assert.DoesNotContain("The army withdrew.", claims);
            // The bad file's source is as it was stored before.
            Assert.Contains("- Guards reportedly fired.", claims);
            Assert.True(store.ReadingUnfinished());
        }

        // A query never presents the half-read case: it reads what is left first, and fails on the same file.
        var query = CliRunner.Invoke("export", dir.Path, "--db", db, "--what", "claims", "--format", "csv");
        Assert.Equal(2, query.Exit);
        Assert.Contains("two.md", query.Err);
        Assert.Equal("", query.Out);

        dir.Write("two.md", "# Notes\n\n- Guards reportedly fired twice.");
        var fixedRun = CliRunner.Invoke("assess", dir.Path, "--db", db, "--out", Path.Combine(dir.Path, "brief.html"));
        Assert.True(fixedRun.Exit == 0, fixedRun.Err);
        Assert.Contains("resuming: 1 of 2 sources already stored", fixedRun.Err);
        Assert.Contains("(0 new, 1 changed, 1 unchanged, 0 removed)", System.Text.RegularExpressions.Regex.Replace(fixedRun.Out, @"\s+", " "));
        using (var store = CaseStore.OpenSqlite(db).Value!) Assert.False(store.ReadingUnfinished());
    }

    [Fact]
    public void A_batch_of_sources_is_stored_whole_and_the_reading_is_unfinished_until_its_last_batch()
    {
        using var dir = SmallCase();
        var (assessed, _) = Assess(dir.Path, Path.Combine(dir.Path, "first.db"));
        var sources = assessed.Sources.Select(s => new AssessedSource(s.Id, s.Fingerprint, s.Stamp, Stored(dir.Path, "first.db", s.Id))).ToList();
        var db = Path.Combine(dir.Path, "second.db");

        using (var store = CaseStore.OpenSqlite(db).Value!)
        {
            var reading = store.BeginReading(unchanged: 0);
            reading.Commit([sources[0]]);
            // Another connection sees the batch whole, the source with its document and claims (a store is opened by writing, so
            // it is read as a plain database here).
            using var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
            reader.Open();
            long Count(string table)
            {
                using var count = reader.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM {table}";
                return (long)count.ExecuteScalar()!;
            }
            Assert.Equal((1L, 1L), (Count("sources"), Count("documents")));
            Assert.Equal(sources[0].Document!.Claims.Count, Count("claims"));
            Assert.True(store.ReadingUnfinished());

            var change = reading.Finish([sources[1]], sources.Select(s => s.Id).ToHashSet(), "Small case");
            Assert.Equal((2, 0, 0, 0), (change.Added, change.Replaced, change.Unchanged, change.Removed));
            Assert.False(store.ReadingUnfinished());
        }
        Assert.Equal(Counts(Path.Combine(dir.Path, "first.db")), Counts(db));
    }

    [Theory]
    [InlineData(null, 200)]
    [InlineData("", 200)]
    [InlineData("1", 1)]
    [InlineData("50", 50)]
    public void The_reading_batch_is_the_default_or_the_number_of_sources_the_variable_gives(string? value, int sources)
    {
        var batch = Tessera.Cli.AssessCommand.Batch(value);
        Assert.Equal(sources, batch.Value!.Sources);
        Assert.Equal(ReadingBatch.Default.Time, batch.Value.Time);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void A_reading_batch_that_is_not_a_whole_number_of_sources_is_refused(string value) =>
        Assert.Equal("TSR617", Tessera.Cli.AssessCommand.Batch(value).Problem!.Code);

    [Theory]
    [InlineData(1, 0.0, false)]
    [InlineData(199, 1.9, false)]
    [InlineData(200, 0.0, true)]
    [InlineData(3, 2.0, true)]
    public void A_batch_is_stored_once_it_holds_enough_sources_or_has_waited_long_enough(int count, double seconds, bool full) =>
        Assert.Equal(full, ReadingBatch.Default.Full(count, TimeSpan.FromSeconds(seconds)));

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
