using Tessera.Analysis;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>An analyst's corrections: kept in the store beside the claims, laid over the reader's claims after each assessment,
/// found again by their words when the source moves them, and reported when the words are gone.</summary>
public class CorrectionTests
{
    private const string Yaml = "title: Corrections\nsources:\n  - id: wire\n    file: wire.txt\n    date: 2022-01-10\n";
    private const string Wire = "Crowds gathered near the station. The interior ministry said the curfew would end on Friday. Prices rose sharply.";
    private const string Quote = "The interior ministry said the curfew would end on Friday.";

    private static readonly CorrectionTerms Terms = new(Fixtures.Bundled.Stance.Bands, Fixtures.Bundled.Cameo);

    private static OpenedCase Assess(string folder, string db)
    {
        var opened = CaseInput.Open([folder], db, Fixtures.Bundled);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        return opened.Value!;
    }

    private static Claim Holding(OpenedCase opened, string words) => opened.Case.Claims.Single(c => c.Text == words);

    private static Correction Speaker(Claim claim, string after, int version = 1) =>
        new(ClaimAnchor.Of(claim), "speaker", string.Join("; ", claim.Speakers), after, "analyst:ada", new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero).AddMinutes(version), version);

    private static void Store(string db, Correction correction)
    {
        using var store = CaseStore.Open(db).Value!;
        Assert.True(store.AddCorrection(correction));
    }

    /// <summary>What the store gives back is what was put in, on SQLite here and on PostgreSQL in <see cref="PostgresStoreTests"/>.</summary>
    internal static void RoundTrip(string db)
    {
        var claim = Fixtures.ClaimStarting(Wire, "The interior");
        var first = Speaker(claim, "Border guards");
        var second = Speaker(claim, "Border guards; Reuters", 2) with { Before = "Border guards", Author = "analyst:bo" };
        var flag = new Correction(ClaimAnchor.Of(claim), "hedged", "false", "true", "analyst:ada", first.Made.AddHours(1), 1);
        using (var store = CaseStore.Open(db).Value!)
        {
            Assert.True(store.AddCorrection(first));
            Assert.True(store.AddCorrection(second));
            Assert.True(store.AddCorrection(flag));
            // A form that showed version 1 of the speaker is stale once version 2 is stored: refused, nothing written.
            Assert.False(store.AddCorrection(Speaker(claim, "Someone else", 2)));
        }
        using var reopened = CaseStore.Open(db).Value!;
        Assert.Equal([first, second, flag], reopened.Corrections());
    }

    [Fact]
    public void A_correction_is_stored_and_read_back_whole_and_a_stale_version_is_refused_on_sqlite()
    {
        using var dir = Fixtures.TempFolder();
        RoundTrip(Path.Combine(dir.Path, "case.db"));
    }

    [Fact]
    public void A_schema_7_store_gains_the_corrections_table_and_keeps_its_claims()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE corrections; UPDATE meta SET value = '7' WHERE key = 'schema';";
            cmd.ExecuteNonQuery();
        }
        using var store = CaseStore.Open(db).Value!;
        Assert.Equal(CaseStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ReadMeta("schema"));
        Assert.Equal(3, store.Counts()["claims"]);
        Assert.Empty(store.Corrections());
        Assert.True(store.AddCorrection(Speaker(Fixtures.ClaimStarting(Wire, "The interior"), "Border guards")));
    }

    [Fact]
    public void A_corrected_speaker_holds_after_the_source_gains_a_sentence_before_the_claim()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        var reader = Holding(Assess(dir.Path, db), Quote);
        Assert.Equal("wire#2", reader.Id);
        Store(db, Speaker(reader, "Border guards"));

        var corrected = Holding(Assess(dir.Path, db), Quote);
        Assert.Equal(["Border guards"], corrected.Speakers);
        Assert.Equal([new CorrectedField("speaker", string.Join("; ", reader.Speakers))], corrected.Corrected);

        dir.Write("wire.txt", "Shops stayed shut all morning. " + Wire);
        var moved = Assess(dir.Path, db);
        var claim = Holding(moved, Quote);
        Assert.Equal("wire#3", claim.Id);
        Assert.Equal(["Border guards"], claim.Speakers);
        Assert.Empty(moved.Warnings);
        Assert.Equal("wire#3", Assert.Single(moved.Case.Corrections).ClaimId);
        // The store keeps the reader's own extraction; only what leaves it is corrected.
        using var store = CaseStore.Open(db).Value!;
        Assert.Equal(reader.Speakers, store.Claims(Fixtures.Bundled.Stance.Bands).Single(c => c.Text == Quote).Speakers);
    }

    [Fact]
    public void A_lightly_edited_sentence_keeps_its_correction_and_a_removed_one_is_reported_with_its_source_and_words()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        Store(db, Speaker(Holding(Assess(dir.Path, db), Quote), "Border guards"));

        dir.Write("wire.txt", Wire.Replace("would end on Friday", "would end on Friday evening"));
        var edited = Assess(dir.Path, db);
        Assert.Empty(edited.Warnings);
        Assert.Equal(["Border guards"], edited.Case.Claim("wire#2")!.Speakers);

        dir.Write("wire.txt", "Crowds gathered near the station. Prices rose sharply.");
        var gone = Assess(dir.Path, db);
        var warning = Assert.Single(gone.Warnings);
        Assert.Equal("TSR735", warning.Code);
        Assert.Equal("wire", warning.File);
        Assert.Contains(Quote, warning.Message);
        Assert.True(Assert.Single(gone.Case.Corrections).Lost);
        Assert.DoesNotContain(gone.Case.Claims, c => c.Corrected.Count > 0);
    }

    private static Claim Apply(Claim claim, string field, string after)
    {
        var doc = Fixtures.Bundled.Claims.Extract(Fixtures.Text(Wire));
        var annotated = Tessera.Pipeline.AnnotatedDocument.Of(Fixtures.Text(Wire)) with { Claims = [.. doc] };
        var correction = new Correction(ClaimAnchor.Of(claim), field, "", after, "analyst:ada", DateTimeOffset.UnixEpoch, 1);
        var result = Corrections.Apply([annotated], [correction], Terms);
        return result.Documents[0].Claims.Single(c => c.Text == claim.Text);
    }

    [Theory]
    [InlineData("hedged", "true")]
    [InlineData("boosted", "true")]
    [InlineData("unverified", "true")]
    [InlineData("prediction", "true")]
    [InlineData("vaguely_sourced", "true")]
    [InlineData("speaker", "")]
    [InlineData("actors", "Border guards; Reuters")]
    [InlineData("band", "likely")]
    public void Each_field_takes_the_analyst_s_value_and_remembers_the_reader_s(string field, string after)
    {
        var reader = Fixtures.ClaimStarting(Wire, "The interior");
        var before = Corrections.ValueOf(reader, [], field);
        Assert.NotEqual(after, before);
        var corrected = Apply(reader, field, after);
        Assert.Equal(after, Corrections.ValueOf(corrected, [], field));
        Assert.Equal([new CorrectedField(field, before)], corrected.Corrected);
    }

    [Fact]
    public void A_claim_marked_irrelevant_is_no_claim_and_a_flag_turned_off_loses_its_cues()
    {
        var text = "Officials said the strike may spread.";
        var reader = Fixtures.Claim(text);
        Assert.True(reader.Hedged);
        var annotated = Tessera.Pipeline.AnnotatedDocument.Of(Fixtures.Text(text)) with { Claims = [reader] };
        Correction Make(string field, string after) => new(ClaimAnchor.Of(reader), field, "", after, "a", DateTimeOffset.UnixEpoch, 1);
        var result = Corrections.Apply([annotated], [Make("hedged", "false"), Make("irrelevant", "true")], Terms).Documents[0].Claims[0];
        Assert.False(result.Hedged);
        Assert.DoesNotContain(result.Cues, c => c.Flag == Tessera.Stance.Flag.Hedged);
        Assert.False(result.IsClaim);
        Assert.Equal(["hedged", "irrelevant"], result.Corrected.Select(f => f.Field));
    }

    [Fact]
    public void A_corrected_event_code_recodes_the_claim_s_events_and_leaves_others_alone()
    {
        const string text = "Russia accused Ukraine of shelling the border. The government of Kazakhstan asked Russia for military help.";
        var annotated = new Tessera.Pipeline.DocumentPipeline(Fixtures.Bundled).Run(Fixtures.Text(text));
        var first = annotated.Claims[0];
        var events = annotated.Events.Where(e => e.ClaimId == first.Id).ToList();
        Assert.NotEmpty(events);
        var others = annotated.Events.Where(e => e.ClaimId != first.Id).ToList();
        var code = events[0].Cameo.Code == "111" ? "112" : "111";
        var correction = new Correction(ClaimAnchor.Of(first), "event", Corrections.ValueOf(first, events, "event"), code, "a", DateTimeOffset.UnixEpoch, 1);
        var result = Corrections.Apply([annotated], [correction], Terms).Documents[0];
        Assert.All(result.Events.Where(e => e.ClaimId == first.Id), e => Assert.Equal(code, e.Cameo.Code));
        Assert.Equal(others, result.Events.Where(e => e.ClaimId != first.Id));
        Assert.Equal("event", Assert.Single(result.Claims[0].Corrected).Field);
    }

    [Theory]
    [InlineData("mood", "calm", "TSR736")]
    [InlineData("hedged", "maybe", "TSR737")]
    [InlineData("band", "quite sure", "TSR737")]
    [InlineData("event", "999x", "TSR737")]
    public void A_value_a_field_cannot_take_is_refused_with_its_code(string field, string value, string code) =>
        Assert.Equal(code, Corrections.Read(field, value, Terms).Problem?.Code);

    [Theory]
    [InlineData("hedged", " Yes ", "true")]
    [InlineData("speaker", " Reuters ;; Border guards ", "Reuters; Border guards")]
    [InlineData("band", "LIKELY", "likely")]
    [InlineData("band", "", "")]
    public void What_an_analyst_types_is_read_into_the_stored_form(string field, string value, string stored) =>
        Assert.Equal(stored, Corrections.Read(field, value, Terms).Value);

    [Fact]
    public void Assess_warns_of_lost_words_and_export_writes_corrections_as_gold_that_eval_reads_back()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        var reader = Holding(Assess(dir.Path, db), Quote);
        Store(db, Speaker(reader, "Border guards"));

        var gold = Path.Combine(dir.Path, "gold.jsonl");
        var export = CliRunner.Invoke("export", dir.Path, "--db", db, "--what", "corrections", "--out", gold);
        Assert.Equal(0, export.Exit);
        var line = Assert.Single(File.ReadAllLines(gold));
        using (var json = System.Text.Json.JsonDocument.Parse(line))
        {
            Assert.Equal("wire#2", json.RootElement.GetProperty("id").GetString());
            Assert.Equal("Border guards", json.RootElement.GetProperty("speaker").GetString());
            Assert.Equal("speaker", Assert.Single(json.RootElement.GetProperty("corrected").EnumerateArray()).GetString());
        }
        // The reader still finds its own speaker, so eval, reading the analyst's gold, counts that one disagreement.
        var eval = CliRunner.Invoke("eval", gold, Path.Combine(dir.Path, "wire.txt"), "--errors");
        Assert.Equal(0, eval.Exit);
        var disagreements = eval.Out.Split('\n').Where(l => l.StartsWith("wire#2\t", StringComparison.Ordinal)).ToList();
        Assert.Equal("speaker", Assert.Single(disagreements).Split('\t')[1]);

        var audit = CliRunner.Invoke("export", dir.Path, "--db", db, "--what", "corrections", "--format", "csv");
        Assert.Equal(0, audit.Exit);
        Assert.Equal("made,author,source,quote,claim,field,before,after,version,lost", audit.Out.Split("\r\n")[0]);
        Assert.Contains(",analyst:ada,wire,", audit.Out);
        Assert.Contains(",wire#2,speaker,", audit.Out);

        var show = CliRunner.Invoke("show", dir.Path, "wire#2", "--db", db, "--format", "json");
        Assert.Equal(0, show.Exit);
        using (var json = System.Text.Json.JsonDocument.Parse(show.Out))
        {
            var field = Assert.Single(json.RootElement.GetProperty("corrected").EnumerateArray());
            Assert.Equal("speaker", field.GetProperty("field").GetString());
            Assert.Equal(string.Join("; ", reader.Speakers), field.GetProperty("reader").GetString());
        }

        var brief = Path.Combine(dir.Path, "brief.html");
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--db", db, "--out", brief).Exit);
        Assert.Contains("corrected: speaker (reader: ", File.ReadAllText(brief));

        var stix = CliRunner.Invoke("export", dir.Path, "--db", db, "--format", "stix");
        Assert.Equal(0, stix.Exit);
        using (var bundle = System.Text.Json.JsonDocument.Parse(stix.Out))
        {
            var notes = bundle.RootElement.GetProperty("objects").EnumerateArray()
                .Where(o => o.GetProperty("type").GetString() == "note" && o.TryGetProperty("labels", out _))
                .ToDictionary(o => o.GetProperty("external_references")[0].GetProperty("external_id").GetString()!,
                    o => o.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList());
            Assert.Contains("corrected-speaker", notes["wire#2"]);
            Assert.DoesNotContain(notes.Where(n => n.Key != "wire#2"), n => n.Value.Any(l => l!.StartsWith("corrected-", StringComparison.Ordinal)));
        }

        dir.Write("wire.txt", "Prices rose sharply.");
        var assess = CliRunner.Invoke("assess", dir.Path, "--db", db, "--out", brief);
        Assert.Equal(0, assess.Exit);
        Assert.Contains("[TSR735]", assess.Err);
    }
}
