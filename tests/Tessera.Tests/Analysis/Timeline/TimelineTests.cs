using Tessera.Events;
using Tessera.Analysis.Events;
using Tessera.Analysis.Timeline;
using Tessera.Tests.Analysis.Events;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;

namespace Tessera.Tests.Analysis.Timeline;

/// <summary>Events and dated claims in time order, grouped by day, with disagreements side by side.</summary>
public class TimelineTests
{
    private static TimelineOf Timeline(CaseEvents events) => TimelineOf.Build(events);

    private static readonly DateOnly Report = new(2023, 3, 20);

    [Fact]
    public void Dated_claims_and_events_are_ordered_by_time_and_grouped_by_day()
    {
        var t = Timeline(Texts.Case(("wire", "MARCH 6 – Chad expelled France. MARCH 2 – Protests began in N'Djamena. On 2 March Niger criticized Chad.", Report)));
        Assert.Equal(["2023-03-02", "2023-03-06"], t.Groups.Select(g => g.When.ToString()));
        Assert.Equal(2, t.Groups[0].Entries.Count);
        Assert.Equal("Niger|111|Chad", string.Join(",", t.Groups[0].Entries.SelectMany(e => e.Events).Select(e => $"{e.Source}|{e.CameoCode}|{e.Target}")));
    }

    [Fact]
    public void Each_entry_keeps_its_precision_and_the_words_it_came_from()
    {
        var t = Timeline(Texts.Case(("brief", "Unrest spread in week 9 of 2023. Talks are planned for April.", Report)));
        Assert.Equal(["2023-W09", "2023-04"], t.Groups.Select(g => g.When.ToString()));
        Assert.Equal([Tessera.Recognition.Time.TimePrecision.Week, Tessera.Recognition.Time.TimePrecision.Month], t.Groups.Select(g => g.When.Precision));
        Assert.Equal("week 9 of 2023", t.Groups[0].Entries[0].Time.Text);
        Assert.Equal("week 9 of 2023 (27 February – 5 March)", t.Groups[0].Label);
    }

    [Fact]
    public void Entries_follow_the_weeks_they_name_not_the_order_the_text_tells_them()
    {
        var t = TimelineOf.Build(Texts.Case(("brief", "Week 2 of 2023 brought the announcement: ECOWAS announced that its troops would leave Mali. " +
                                                      "Mali had asked ECOWAS for military help in week 1 of 2023.", Report)));
        Assert.Equal(["2023-W01", "2023-W02"], t.Groups.Select(g => g.When.ToString()));
        Assert.Equal(["brief#2", "brief#1"], t.Groups.Select(g => g.Entries.Single().Claim.Id));
        Assert.Contains(t.Groups[0].Entries[0].Events, e => (e.Source, e.Target) == ("Mali", "ECOWAS"));
    }

    [Fact]
    public void An_event_the_text_does_not_date_is_placed_by_the_story_or_the_report_and_says_so()
    {
        var t = Timeline(Texts.Case(("wire", "MARCH 6 – Protests grew. Chad expelled France.\n\nNiger criticized Chad.", Report)));
        var expel = t.Groups.SelectMany(g => g.Entries).Single(e => e.Events.Any(x => x.CameoCode == "166"));
        Assert.Equal(EventTimeSource.Story, expel.How);
        Assert.Equal("2023-03-06", expel.When.ToString());
    }

    [Fact]
    public void Figures_sources_disagree_on_stand_side_by_side_with_their_sources()
    {
        var t = Timeline(Texts.Case(
            ("ministry", "Officials said 120 people died in the floods.", Report),
            ("agency", "At least 180 people died, volunteers said. The figure of 95 dead was corrected within the hour.", Report)));
        var d = Assert.Single(t.Disagreements, x => x.Kind == "figure");
        Assert.Equal("death toll", d.Topic);
        Assert.Equal(["95", "120", "At least 180"], d.Sides.Select(s => s.Value));
        Assert.True(d.Sides[0].Retracted);
        Assert.Equal(["ministry"], d.Sides[1].SourceIds);
    }

    [Theory]
    [InlineData("Police detained 40 protesters.", "detained", 40.0)]
    [InlineData("The number detained is given as about 1,200.", "detained", 1200.0)]
    [InlineData("Officials put the toll at 31 and then 34.", "death toll", 34.0)]
    public void A_figure_is_read_with_what_it_counts(string text, string kind, double last)
    {
        var figures = Fixtures.Bundled.Figures.Read(Texts.Claims(text));
        Assert.Equal(kind, figures[^1].Kind);
        Assert.Equal(last, figures[^1].Value);
    }

    [Theory]
    [InlineData("The report draws on 41 interviews with detainees.")]
    [InlineData("Riots broke out on 9 January.")]
    [InlineData("The toll includes 12 officers, including 3 soldiers killed.")]
    public void Numbers_that_count_something_else_are_not_figures(string text)
    {
        var figures = Texts.Document(text, date: Report).Figures;
        Assert.DoesNotContain(figures, f => f.Value is 41 or 9 or 3);
    }

    [Fact]
    public void A_number_too_long_for_any_count_is_no_figure()
    {
        // Four hundred digits parse as infinity, which no count is and no store or JSON can hold.
        var doc = Texts.Document(new string('9', 400) + " people died in the floods. Officials said 12 people died.", date: Report);
        Assert.Equal([12.0], doc.Figures.Select(f => f.Value));
    }

    [Fact]
    public void The_same_act_dated_differently_by_two_sources_is_a_disagreement()
    {
        var t = Timeline(Texts.Case(
            ("wire", "On 4 March Chad expelled France.", Report),
            ("ministry", "On 6 March Chad expelled France.", Report)));
        var d = Assert.Single(t.Disagreements, x => x.Kind == "date");
        Assert.Equal(["4 March 2023", "6 March 2023"], d.Sides.Select(s => s.Value));
        Assert.Equal(["wire"], d.Sides[0].SourceIds);
    }
}
