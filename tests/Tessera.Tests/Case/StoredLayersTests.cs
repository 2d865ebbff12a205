using System.Text.Json;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Events.Causes;
using Tessera.Events.Imported;
using Tessera.Pipeline;
using Tessera.Reading;
using Tessera.Recognition.Time;
using Tessera.Tests.Pipeline;

namespace Tessera.Tests.Case;

/// <summary>The JSON the store keeps a document's tokens and layers in: the same bytes stores of this schema already hold, and
/// read back into the same document.</summary>
public class StoredLayersTests
{
    private const string Text = "Troops left the city. The army said 12 people died.";

    /// <summary>Two claims from the pipeline, and a hand-made value in every field of every layer, nulls and all.</summary>
    private static AnnotatedDocument Every()
    {
        var made = new DocumentPipeline(Fixtures.Bundled).Run(Fixtures.Text(Text, "wire"), new DateHints(new DateOnly(2022, 1, 10), null));
        var (first, second) = (made.Claims[0], made.Claims[1]);
        var day = DateRange.Day(new DateOnly(2022, 1, 9));
        var week = new DateRange(new DateOnly(2022, 1, 3), new DateOnly(2022, 1, 9), TimePrecision.Week);
        var dated = new TimeExpression(0, 6, "Sunday", day, TimePrecision.Day, TimeBasis.Document) { Anchor = week };
        var duration = new TimeExpression(7, 11, "left", null, TimePrecision.Span, TimeBasis.Absolute) { Kind = TimeKind.Duration, Timex = "P3Y", IsBound = true };
        var cameo = new CameoCode("190", "19", "Use \"conventional\" force", QuadClass.MaterialConflict, -10, false);
        return made with
        {
            Source = made.Source with { Map = SourceMap.FromRuns([0, 3, 22, 40]) },
            Date = new DocumentDate(day, DateSource.Dateline, "ALMATY, Jan 9 –", 0, 15),
            DateProblem = new Problem("TSR201", "wire.txt", "no date’s words") { Kind = ProblemKind.Conflict },
            Times = [new PassageTimes([dated, duration], dated, null), new PassageTimes([], null, dated, true)],
            Events =
            [
                new ActorEvent(first.Id, "wire", "Army", "left", null, cameo, null, null, 7, 11, false, true, false, EvidenceStatus.Unverified),
                new ActorEvent(second.Id, "wire", "Army", "said", "Troops", cameo with { Reciprocal = true, Goldstein = 3.4 },
                    new EventTime(duration, EventTimeSource.Story), "Almaty", 26, 30, true, false, true, EvidenceStatus.Attributed)
                { Imported = new EventProvenance(EventDataset.Polecat, "p-1", null) },
            ],
            Figures = [new FigureClaim("death toll", 12, "12", second, false), new FigureClaim("troops", null, "dozens", first, true)],
            Outcomes = [new OutcomeEntry("Army", OutcomeDirection.Loss, "died", second)],
            Causes =
            [
                new CausalClaim(second, "The army", 22, 30, null, -1, -1, true, false, true, ["said", "died"], first),
                new CausalClaim(first, "Troops", 0, 6, "the city", 12, 20, false, true, false, []),
            ],
        };
    }

    [Fact]
    public void Layers_are_written_as_the_stores_of_this_schema_hold_them()
    {
        Assert.Equal(ExpectedLayers, StoredLayers.Layers(Every()));
        Assert.Equal(ExpectedUnits, StoredLayers.Units(Every()));
    }

    [Fact]
    public void The_sqlite_store_keeps_the_bytes_the_writer_gives_and_each_value_in_its_storage_class()
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "case.db");
        var made = Every();
        // One claim with a likelihood and a band, one without: a fraction is stored as a real, an absent value as NULL.
        var estimated = new DocumentPipeline(Fixtures.Bundled).Run(Fixtures.Text("The army will very likely withdraw.", "wire"), new DateHints(new DateOnly(2022, 1, 10), null));
        var document = made with { Claims = [made.Claims[0], estimated.Claims[0] with { Index = 1, Start = made.Claims[1].Start }] };
        using (var store = CaseStore.OpenSqlite(db).Value!)
            store.Apply([new AssessedSource("wire", "fingerprint", "stamp", document)], "Wire");

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT units, layers FROM documents WHERE source_id = 'wire'";
        using (var r = read.ExecuteReader())
        {
            Assert.True(r.Read());
            Assert.Equal(StoredLayers.Units(document), r.GetString(0));
            Assert.Equal(StoredLayers.Layers(document), r.GetString(1));
        }
        read.CommandText = "SELECT typeof(idx), typeof(start_at), typeof(hedged), typeof(speakers), typeof(band), typeof(likelihood), likelihood FROM claims ORDER BY idx";
        var rows = new List<string>();
        using (var r = read.ExecuteReader())
            while (r.Read()) rows.Add(string.Join(' ', Enumerable.Range(0, 6).Select(r.GetString)) + " " + (r.IsDBNull(6) ? "-" : r.GetDouble(6).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, rows.Count);
        Assert.Equal("integer integer integer text null null -", rows[0]);
        Assert.Equal($"integer integer integer text text real {estimated.Claims[0].Likelihood!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}", rows[1]);
    }

    [Fact]
    public void Every_field_reads_back_as_written()
    {
        var written = Every();
        var read = StoredLayers.Read(written.Source with { Map = null }, written.Claims, StoredLayers.Units(written), StoredLayers.Layers(written));

        Assert.Equal(Canonical.Of(written), Canonical.Of(read));
        Assert.Equal(ProblemKind.Conflict, read.DateProblem!.Kind);
        Assert.Equal(EventDataset.Polecat, read.Events[1].Imported!.Dataset);
        Assert.Same(written.Claims[0], read.Causes[0].LeadIn);
        Assert.Equal(40, read.Source.Map!.ToFile(22));
    }

    [Fact]
    public void Fields_in_another_order_and_fields_this_version_does_not_know_are_read()
    {
        var written = Every();
        const string layers = """{"unknown":{"a":[1,{"b":null}]},"outcomes":[],"figures":[{"claim":1,"words":"12","kind":"death toll","retracted":false}],"events":[],"times":[]}""";

        var read = StoredLayers.Read(written.Source, written.Claims, StoredLayers.Units(written), layers);

        Assert.Null(read.Date);
        Assert.Empty(read.Causes);
        var figure = Assert.Single(read.Figures);
        Assert.Null(figure.Value);
        Assert.Same(written.Claims[1], figure.Claim);
    }

    [Theory]
    [InlineData("""{"times":[{"own":[{"start":"zero"}]}]}""")]
    [InlineData("""{"date":{"range":{"from":"2022-01-09","to":"2022-01-08","precision":"Day"}}}""")]
    [InlineData("""{"events":[{"status":"Rumoured"}]}""")]
    [InlineData("""{"times":[""")]
    [InlineData("""[]""")]
    public void A_damaged_value_is_refused_as_unreadable_JSON(string layers)
    {
        var written = Every();
        Assert.ThrowsAny<JsonException>(() => StoredLayers.Read(written.Source, written.Claims, StoredLayers.Units(written), layers));
    }

    // Written by the source-generated serializer of schema 10 before the hand-written writer replaced it.
    private const string ExpectedUnits = """
        {"blocks":[0,0],"tokens":[[0,6,0,7,4,0,12,3,0,16,4,0,20,1,2],[22,3,0,26,4,0,31,4,0,36,2,1,39,6,0,46,4,0,50,1,2]]}
        """;

    private const string ExpectedLayers = """
        {"date":{"range":{"from":"2022-01-09","to":"2022-01-09","precision":"Day"},"source":"Dateline","evidence":"ALMATY, Jan 9 \u2013","start":0,"end":15},"date_problem":{"code":"TSR201","file":"wire.txt","message":"no date\u2019s words","kind":"Conflict"},"times":[{"own":[{"start":0,"end":6,"text":"Sunday","range":{"from":"2022-01-09","to":"2022-01-09","precision":"Day"},"precision":"Day","basis":"Document","is_bound":false,"kind":"Date","anchor":{"from":"2022-01-03","to":"2022-01-09","precision":"Week"}},{"start":7,"end":11,"text":"left","precision":"Span","basis":"Absolute","is_bound":true,"kind":"Duration","timex":"P3Y"}],"main":{"start":0,"end":6,"text":"Sunday","range":{"from":"2022-01-09","to":"2022-01-09","precision":"Day"},"precision":"Day","basis":"Document","is_bound":false,"kind":"Date","anchor":{"from":"2022-01-03","to":"2022-01-09","precision":"Week"}},"inherited_from_document":false},{"own":[],"inherited":{"start":0,"end":6,"text":"Sunday","range":{"from":"2022-01-09","to":"2022-01-09","precision":"Day"},"precision":"Day","basis":"Document","is_bound":false,"kind":"Date","anchor":{"from":"2022-01-03","to":"2022-01-09","precision":"Week"}},"inherited_from_document":true}],"events":[{"claim_id":"wire#1","document_id":"wire","source":"Army","action":"left","cameo":{"code":"190","root":"19","name":"Use \u0022conventional\u0022 force","quad":"MaterialConflict","goldstein":-10,"reciprocal":false},"start":7,"end":11,"hedged":false,"unverified":true,"future":false,"status":"Unverified"},{"claim_id":"wire#2","document_id":"wire","source":"Army","action":"said","target":"Troops","cameo":{"code":"190","root":"19","name":"Use \u0022conventional\u0022 force","quad":"MaterialConflict","goldstein":3.4,"reciprocal":true},"time":{"expression":{"start":7,"end":11,"text":"left","precision":"Span","basis":"Absolute","is_bound":true,"kind":"Duration","timex":"P3Y"},"source":"Story"},"place":"Almaty","start":26,"end":30,"hedged":true,"unverified":false,"future":true,"status":"Attributed","imported":{"dataset":"Polecat","record_id":"p-1"}}],"figures":[{"kind":"death toll","value":12,"words":"12","claim":1,"retracted":false},{"kind":"troops","words":"dozens","claim":0,"retracted":true}],"outcomes":[{"actor":"Army","direction":"Loss","cue":"died","claim":1}],"source_map":[0,3,22,40],"causes":[{"claim":1,"cause_start":22,"cause_end":30,"effect_start":-1,"effect_end":-1,"about_crisis":true,"denied":false,"trigger":true,"cues":["said","died"],"lead_in":0},{"claim":0,"cause_start":0,"cause_end":6,"effect_start":12,"effect_end":20,"about_crisis":false,"denied":true,"trigger":false,"cues":[],"lead_in":-1}]}
        """;
}
