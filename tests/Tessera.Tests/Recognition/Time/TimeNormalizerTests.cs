using System.Globalization;
using Tessera.Recognition.Time;

namespace Tessera.Tests.Recognition.Time;

/// <summary>How time expressions are found and normalised: each row is a sentence, the document's date, the words that
/// should be recognised and the dates they stand for (ISO 8601: a day, 2022-W02, 2022-03, 2022, or from/to for a span).</summary>
public class TimeNormalizerTests
{
    private static IReadOnlyList<TimeExpression> Run(string text, string? anchor, string? focus = null)
    {
        DateRange? a = anchor is null ? null : DateRange.Day(DateOnly.Parse(anchor, CultureInfo.InvariantCulture));
        DateRange? f = focus is null ? null : DateRange.Day(DateOnly.Parse(focus, CultureInfo.InvariantCulture));
        return Fixtures.Bundled.Time.Normalize(text, 0, text.Length, a, f);
    }

    private static TimeExpression Find(string text, string? anchor, string words, string? focus = null)
    {
        var found = Run(text, anchor, focus);
        return found.SingleOrDefault(t => t.Text == words)
            ?? throw new Xunit.Sdk.XunitException($"'{words}' not found; found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("The ferry sank on 14 March 2019 off the coast.", "14 March 2019", "2019-03-14")]
    [InlineData("Talks resumed on March 14, 2019, in the capital.", "March 14, 2019", "2019-03-14")]
    [InlineData("The ceasefire was signed 2019-03-14 at noon.", "2019-03-14", "2019-03-14")]
    [InlineData("Filed 2019/03/14 by the clerk.", "2019/03/14", "2019-03-14")]
    [InlineData("Dated 14.03.2019 and stamped.", "14.03.2019", "2019-03-14")]
    [InlineData("The 3rd of April 2020 was quiet.", "3rd of April 2020", "2020-04-03")]
    [InlineData("Voting ran on 9–10 June 2024 across the region.", "9–10 June 2024", "2024-06-09/2024-06-10")]
    [InlineData("Shelling was reported between 2 and 5 May 2023.", "2 and 5 May 2023", "2023-05-02/2023-05-05")]
    [InlineData("Inflation peaked in October 2022 before easing.", "October 2022", "2022-10")]
    [InlineData("The mine closed in 1998 after the strike.", "1998", "1998")]
    [InlineData("The border stayed shut during 2014–2016 for trade.", "2014–2016", "2014-01-01/2016-12-31")]
    [InlineData("Fighting flared in week 7 of 2023 near the river.", "week 7 of 2023", "2023-W07")]
    [InlineData("Tuesday, 9 July 2024 brought the vote.", "Tuesday, 9 July 2024", "2024-07-09")]
    public void Absolute_dates_need_no_anchor(string text, string words, string expected)
    {
        var t = Find(text, anchor: null, words);
        Assert.Equal(expected, t.Range?.ToString());
        Assert.Equal(TimeBasis.Absolute, t.Basis);
    }

    [Theory]
    [InlineData("Rebels entered the town on Feb. 3.", "2021-02-10", "Feb. 3", "2021-02-03")]
    [InlineData("FEB. 3 – Rebels enter the town.", "2021-02-10", "FEB. 3", "2021-02-03")]
    [InlineData("The talks began on 28 December.", "2021-01-04", "28 December", "2020-12-28")]
    [InlineData("The minister resigned in August.", "2021-09-15", "August", "2021-08")]
    [InlineData("Flights stopped in week 2.", "2021-01-20", "week 2", "2021-W02")]
    public void A_date_without_a_year_takes_the_year_nearest_the_document(string text, string anchor, string words, string expected)
    {
        var t = Find(text, anchor, words);
        Assert.Equal(expected, t.Range?.ToString());
        Assert.Equal(TimeBasis.Document, t.Basis);
    }

    [Theory]
    // 2021-02-10 is a Wednesday.
    [InlineData("The envoy arrived yesterday.", "2021-02-10", "yesterday", "2021-02-09", TimePrecision.Day)]
    [InlineData("Polls open today.", "2021-02-10", "today", "2021-02-10", TimePrecision.Day)]
    [InlineData("The convoy was stopped on Monday.", "2021-02-10", "Monday", "2021-02-08", TimePrecision.Day)]
    [InlineData("The court will rule on Friday.", "2021-02-10", "Friday", "2021-02-12", TimePrecision.Day)]
    [InlineData("He spoke last Wednesday.", "2021-02-10", "last Wednesday", "2021-02-03", TimePrecision.Day)]
    [InlineData("Growth slowed last year.", "2021-02-10", "last year", "2020", TimePrecision.Year)]
    [InlineData("Prices rose this month.", "2021-02-10", "this month", "2021-02", TimePrecision.Month)]
    [InlineData("Next week's summit is in doubt.", "2021-02-10", "Next week", "2021-W07", TimePrecision.Week)]
    [InlineData("The dam was finished three years ago.", "2021-02-10", "three years ago", "2018", TimePrecision.Year)]
    [InlineData("Aid groups grew in the past five years.", "2021-02-10", "the past five years", "2016-02-10/2021-02-10", TimePrecision.Span)]
    [InlineData("More arrests are expected in the coming days.", "2021-02-10", "the coming days", "2021-02-10/2021-02-13", TimePrecision.Span)]
    [InlineData("A report is due within a month.", "2021-02-10", "within a month", "2021-02-10/2021-03-10", TimePrecision.Span)]
    [InlineData("The bridge will reopen in two days.", "2021-02-10", "in two days", "2021-02-12", TimePrecision.Day)]
    [InlineData("Gas shortages began in early February.", "2021-02-25", "early February", "2021-02-01/2021-02-09", TimePrecision.Span)]
    [InlineData("Elections are planned before the end of March.", "2021-02-10", "the end of March", "2021-03-21/2021-03-31", TimePrecision.Span)]
    public void Deictic_times_count_from_the_document_date(string text, string anchor, string words, string expected, TimePrecision precision)
    {
        var t = Find(text, anchor, words);
        Assert.Equal(expected, t.Range?.ToString());
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("Troops crossed on 4 May. Two days later the town fell.", "Two days later", "2020-05-06")]
    [InlineData("Troops crossed on 4 May. The town fell the next day.", "the next day", "2020-05-05")]
    [InlineData("Troops crossed on 4 May. Late that night the town fell.", "that night", "2020-05-04")]
    [InlineData("Troops crossed on 4 May and took the town within hours.", "within hours", "2020-05-04/2020-05-05")]
    [InlineData("On 4 May the mayor said the siege would end in three days.", "in three days", "2020-05-07")]
    [InlineData("In week 19 of 2020 the army said it would leave in the next few days.", "the next few days", "2020-05-04/2020-05-13")]
    public void Anaphoric_times_count_from_the_time_last_named(string text, string words, string expected)
    {
        var t = Find(text, anchor: "2020-05-20", words);
        Assert.Equal(expected, t.Range?.ToString());
        Assert.Equal(TimeBasis.Narrative, t.Basis);
    }

    [Fact]
    public void The_focus_carries_into_a_text_without_its_own_date()
    {
        var t = Find("The shelling stopped two days later.", anchor: "2020-05-20", "two days later", focus: "2020-05-04");
        Assert.Equal("2020-05-06", t.Range?.ToString());
    }

    [Theory]
    [InlineData("The lab has operated since 2013 in the city.", "2013", "2013")]
    [InlineData("The curfew lasts until 12 April.", "12 April", "2022-04-12")]
    [InlineData("Aid will arrive within two days.", "within two days", "2022-01-10/2022-01-12")]
    public void Bounds_are_normalised_but_do_not_move_the_story(string text, string words, string expected)
    {
        var t = Find(text, anchor: "2022-01-10", words);
        Assert.True(t.IsBound);
        Assert.Equal(expected, t.Range?.ToString());
        // The passage after a bound is still at the time before it: the document's date here.
        var story = NarrativeTime.Walk([new Passage(text, 0, false), new Passage("Then it rained.", text.Length + 1, false)],
            new DocumentDate(DateRange.Day(new DateOnly(2022, 1, 10)), DateSource.CaseFile, "case.yaml", 0, 0), Fixtures.Bundled.Time);
        Assert.Equal(TimeBasis.Document, story[1].Inherited?.Basis);
    }

    [Theory]
    [InlineData("The mayor met them on Tuesday.", "Tuesday", TimePrecision.Day)]
    [InlineData("It happened two days later.", "two days later", TimePrecision.Day)]
    [InlineData("Markets fell last year.", "last year", TimePrecision.Year)]
    public void Without_an_anchor_relative_times_stay_unresolved_but_keep_their_precision(string text, string words, TimePrecision precision)
    {
        var t = Find(text, anchor: null, words);
        Assert.Null(t.Range);
        Assert.Equal(TimeBasis.Unresolved, t.Basis);
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("She may return to the talks.")]
    [InlineData("Supporters march to the square every week.")]
    [InlineData("The force numbered about 2,030 troops and 19 members of staff.")]
    [InlineData("Jan Kubis led the mission.")]
    [InlineData("The talks will last about a week.", "a week")]
    public void Ordinary_words_and_numbers_are_not_times(string text, string? duration = null)
    {
        Assert.Equal(duration is null ? [] : [duration], Run(text, "2022-01-10").Select(t => t.Text));
    }

    [Theory]
    [InlineData("Article 4 of the treaty applies for 180 days.", "180 days", "P180D", TimeKind.Duration)]
    [InlineData("Ten days after residents protested, the price fell.", "Ten days", "P10D", TimeKind.Duration)]
    [InlineData("A 45-year-old man was held.", "45-year-old", "P45Y", TimeKind.Duration)]
    [InlineData("The suspect, aged 62, was released.", "aged 62", "P62Y", TimeKind.Duration)]
    [InlineData("A two-week truce began.", "two-week", "P2W", TimeKind.Duration)]
    [InlineData("He spent two decades in exile.", "two decades", "P20Y", TimeKind.Duration)]
    [InlineData("The quarrel dates back to the 1990s at least.", "1990s", "199", TimeKind.Era)]
    public void Durations_ages_and_decades_are_valued_but_date_no_event(string text, string words, string value, TimeKind kind)
    {
        var t = Find(text, "2022-01-10", words);
        Assert.Equal(value, t.Value);
        Assert.Equal(kind, t.Kind);
        Assert.False(t.IsEventDate);
    }

    [Theory]
    [InlineData("The siege lasted from 5 March to 9 April 2022; aid came on 2 May 2022.")]
    [InlineData("Yesterday, Jan. 6, the minister resigned; on Jan. 7 his deputy followed.")]
    public void Spans_point_into_the_text_in_order(string text)
    {
        var found = Run(text, "2022-06-01");
        Assert.NotEmpty(found);
        var last = -1;
        foreach (var t in found)
        {
            Assert.True(t.Start > last && t.End > t.Start, $"{t} out of order");
            Assert.Equal(t.Text, text[t.Start..t.End]);
            last = t.End;
        }
    }

    [Theory]
    // Counted from the last day the calendar holds, or the first: there is no year 10000, nor a day before 1 January 1.
    [InlineData("The talks resume next year.", "9999-12-31", "next year")]
    [InlineData("The envoy left tomorrow.", "9999-12-31", "tomorrow")]
    [InlineData("Prices fell yesterday.", "0001-01-01", "yesterday")]
    public void A_time_beyond_the_edge_of_the_calendar_is_found_but_left_unresolved(string text, string anchor, string words)
    {
        var t = Find(text, anchor, words);
        Assert.Equal((null, TimeBasis.Unresolved), (t.Range, t.Basis));
    }

    [Theory]
    [InlineData("Filed 2010-03-00 by the clerk.", "2010-03")]
    [InlineData("Filed 2010-02-30 by the clerk.", "2010-02")]
    [InlineData("Filed 31.02.2010 by the clerk.", "")]
    [InlineData("Filed 00.00.2010 by the clerk.", "")]
    public void Numbers_that_name_no_day_give_no_day(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", Run(text, "2022-01-10").Select(t => t.Range?.ToString())));

    [Fact]
    public void The_static_form_takes_a_plain_date()
    {
        var text = "Prices doubled yesterday.";
        var t = Assert.Single(Fixtures.Bundled.Time.Normalize(text, 0, text.Length, new DateOnly(2022, 1, 3)));
        Assert.Equal(new DateOnly(2022, 1, 2), t.From);
    }

    [Fact]
    public void Random_text_never_throws_and_spans_stay_inside()
    {
        var rng = new Random(7);
        string[] pieces = ["on", "Jan.", "7", "2022", "week", "two", "days", "later", "the", "next", "-", "–", "/", ",", "May", "in", "within", "last", "first", "of", "31", "02", "1990", "s", "Tuesday", "early", "end", "ago"];
        for (var n = 0; n < 500; n++)
        {
            var text = string.Join(rng.Next(3) == 0 ? "" : " ", Enumerable.Range(0, rng.Next(1, 12)).Select(_ => pieces[rng.Next(pieces.Length)]));
            foreach (var t in Run(text, rng.Next(2) == 0 ? null : "2022-01-10"))
                Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End, text);
        }
    }

    [Theory]
    // A case of 840 real articles, each dated 2016-06-01, ended in an internal error: "mid" of a single day began after it ended.
    [InlineData("Lobbyists wander in, in the middle of the day even.", "2016-06-01", "the middle of the day", "2016-06-01")]
    [InlineData("Counting went on until the end of the day.", "2016-06-01", "the end of the day", "2016-06-01")]
    [InlineData("Counting began at the start of the day.", "2016-06-01", "the start of the day", "2016-06-01")]
    public void A_part_of_a_period_too_short_for_thirds_is_the_whole_period(string text, string anchor, string words, string expected) =>
        Assert.Equal(expected, Find(text, anchor, words).Range?.ToString());

    [Theory]
    [InlineData("early")]
    [InlineData("mid")]
    [InlineData("late")]
    public void No_part_of_a_period_runs_backwards_or_past_its_ends(string part)
    {
        var day = new DateOnly(2016, 6, 1);
        for (var days = 1; days <= 40; days++)
        {
            var period = DateRange.Span(day, day.AddDays(days - 1));
            var p = TimeNormalizer.Part(period, part);
            Assert.True(period.Contains(p), $"{part} of {period} is {p}");
        }
    }
}
