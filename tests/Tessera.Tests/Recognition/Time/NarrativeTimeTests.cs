using Tessera.Recognition.Time;

namespace Tessera.Tests.Recognition.Time;

/// <summary>How the story's time runs through a document: a passage without a time of its own inherits the last one named,
/// until a heading returns to the document's date.</summary>
public class NarrativeTimeTests
{
    private static readonly DocumentDate March10 = new(DateRange.Day(new DateOnly(2023, 3, 10)), DateSource.CaseFile, "case.yaml", 0, 0);

    private static IReadOnlyList<PassageTimes> Walk(params string[] passages)
    {
        var offset = 0;
        var list = new List<Passage>();
        foreach (var p in passages)
        {
            var heading = p.StartsWith('#');
            var text = heading ? p[1..] : p;
            list.Add(new Passage(text, offset, heading));
            offset += text.Length + 2;
        }
        return NarrativeTime.Walk(list, March10, Fixtures.Bundled.Time);
    }

    [Fact]
    public void A_passage_without_a_time_inherits_the_last_one()
    {
        var t = Walk("On 2 March the strike began.", "Dockers joined it.", "Two days later the port closed.", "Ships turned back.");
        Assert.Equal("2023-03-02", t[1].When?.Range?.ToString());
        Assert.Equal("2 March", t[1].Inherited?.Text);
        Assert.Equal("2023-03-04", t[2].Main?.Range?.ToString());
        Assert.Equal("2023-03-04", t[3].When?.Range?.ToString());
    }

    [Fact]
    public void A_heading_returns_the_story_to_the_document_date()
    {
        var t = Walk("On 2 March the strike began.", "#Outlook", "Talks are stalled.");
        Assert.Equal("2023-03-10", t[2].When?.Range?.ToString());
        Assert.Equal(TimeBasis.Document, t[2].Inherited?.Basis);
    }

    [Fact]
    public void A_dated_heading_sets_the_time_of_its_section()
    {
        var t = Walk("#Week 9 of 2023", "The unions walked out.");
        Assert.Equal("2023-W09", t[1].When?.Range?.ToString());
    }

    [Fact]
    public void A_time_after_the_document_date_is_a_forecast_and_leaves_the_story_where_it_was()
    {
        var t = Walk("On 8 March the port reopened.", "Talks are set for next week.", "Ships queued outside.");
        Assert.Equal("2023-W11", t[1].Main?.Range?.ToString());
        Assert.Equal("2023-03-08", t[2].When?.Range?.ToString());
    }

    [Theory]
    [InlineData("MARCH 2 – Workers in Apapa, a port where police fired on strikers in 2012, walk out.", "2023-03-02")]
    [InlineData("As talks failed in February 2023, the union struck in March 2023.", "2023-03")]
    [InlineData("The lab has run since 2013 and was attacked on 3 March.", "2023-03-03")]
    public void The_main_time_is_not_in_a_subordinate_clause_nor_a_bound(string passage, string expected)
    {
        var t = Walk(passage);
        Assert.Equal(expected, t[0].Main?.Range?.ToString());
    }

    [Fact]
    public void Spans_are_in_document_coordinates()
    {
        var t = Walk("Quiet.", "It rained on 4 March.");
        var e = Assert.Single(t[1].Own);
        Assert.Equal(8 + "It rained on ".Length, e.Start);
    }
}
