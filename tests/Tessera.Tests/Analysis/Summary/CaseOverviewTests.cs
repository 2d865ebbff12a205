using Tessera.Analysis.Summary;

namespace Tessera.Tests.Analysis.Summary;

/// <summary>The overview `assess` stores beside the brief: the JSON earlier versions stored, and read back whole.</summary>
public class CaseOverviewTests
{
    private static readonly CaseOverview Overview = new("Harbour “dispute”", 7,
        [
            new OverviewSource("wire", "Coast Wire", new DateOnly(2024, 3, 4), "B2", 5, 1, 2, 1, 0),
            new OverviewSource("council", "<Town> council", null, "Unknown", 2, 0, 0, 0, 1),
        ],
        3, 2, 1, 1, 2,
        [new OverviewActor("Harbour authority", 4)],
        [new OverviewPrediction(0.85, "The port will reopen.", "wire#3"), new OverviewPrediction(null, "Talks may resume.", "council#1")]);

    // Written by the source-generated serializer (snake_case, nulls written) before the hand-written writer replaced it.
    private const string Stored = """
        {"title":"Harbour \u201Cdispute\u201D","claims":7,"sources":[{"id":"wire","publisher":"Coast Wire","published":"2024-03-04","grade":"B2","claims":5,"hedged":1,"unverified":2,"predictions":1,"vague":0},{"id":"council","publisher":"\u003CTown\u003E council","published":null,"grade":"Unknown","claims":2,"hedged":0,"unverified":0,"predictions":0,"vague":1}],"asserted":3,"attributed":2,"hedged":1,"unverified":1,"predictions":2,"actors":[{"actor":"Harbour authority","claims":4}],"top_predictions":[{"likelihood":0.85,"text":"The port will reopen.","id":"wire#3"},{"likelihood":null,"text":"Talks may resume.","id":"council#1"}]}
        """;

    [Fact]
    public void The_overview_is_stored_as_earlier_versions_stored_it()
    {
        Assert.Equal(Stored, Overview.ToJson());
    }

    [Fact]
    public void The_stored_overview_reads_back_field_for_field()
    {
        var read = CaseOverview.FromJson(Stored)!;

        Assert.Equal(Overview with { Sources = [], Actors = [], TopPredictions = [] }, read with { Sources = [], Actors = [], TopPredictions = [] });
        Assert.Equal(Overview.Sources, read.Sources);
        Assert.Equal(Overview.Actors, read.Actors);
        Assert.Equal(Overview.TopPredictions, read.TopPredictions);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"claims":"many"}""")]
    [InlineData("""{"sources":[{"published":"the fifth"}]}""")]
    [InlineData("""{"title":"a"} {"title":"b"}""")]
    public void A_stored_overview_that_cannot_be_read_is_made_again(string json)
    {
        Assert.Null(CaseOverview.FromJson(json));
    }
}
