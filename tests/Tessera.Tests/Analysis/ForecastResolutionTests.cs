using System.Globalization;
using Tessera.Analysis.Forecasts;
using Tessera.Case;
using Tessera.Language;

namespace Tessera.Tests.Analysis;

/// <summary>A prediction takes its deadline from its own words, counted from the day it was made, and later reporting in the
/// case proposes how it came out: the claims behind the proposal and the reason are given, and nothing counts until accepted.</summary>
public class ForecastResolutionTests
{
    private static readonly DateOnly Made = new(2022, 1, 10);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static DeadlineReading DeadlineOf(string sentence) =>
        Fixtures.Bundled.ForecastReaders.Deadlines.Of(TokenizedUnit.Sentence(sentence), Made);

    [Theory]
    [InlineData("The troops will leave within three days.", "2022-01-13", "within three days")]
    [InlineData("The withdrawal will begin in two days.", "2022-01-12", "in two days")]
    [InlineData("Talks will go on over the next ten days.", "2022-01-20", "over the next ten days")]
    [InlineData("The plan will be ready before the end of March.", "2022-03-31", "before the end of March")]
    [InlineData("The vote will take place next month.", "2022-02-28", "next month")]
    [InlineData("Parliament will pass the law by the summer.", "2022-08-31", "by the summer")]
    [InlineData("The curfew will stay until January 19.", "2022-01-19", "until January 19")]
    [InlineData("The economy will grow this year.", "2022-12-31", "this year")]
    [InlineData("Elections will be held before March.", "2022-02-28", "before March")]
    [InlineData("Fuel prices will stay frozen for 180 days.", "2022-07-09", "for 180 days")]
    [InlineData("In two days the pullout will begin, and it will take no more than ten days.", "2022-01-22", "In two days … no more than ten days")]
    public void A_deadline_comes_from_the_words_counted_from_the_day_the_prediction_was_made(string sentence, string deadline, string words)
    {
        var read = DeadlineOf(sentence);
        Assert.Equal(Day(deadline), read.Date);
        Assert.Equal(words, read.Words);
    }

    [Theory]
    [InlineData("The minister will resign soon.", "soon")]
    [InlineData("Peace will eventually return to the valley.", "eventually")]
    [InlineData("The peacekeepers will leave once their mission is complete.", "once")]
    public void An_open_ended_prediction_gets_no_deadline_and_says_why(string sentence, string words)
    {
        var read = DeadlineOf(sentence);
        Assert.Null(read.Date);
        Assert.Contains($"open-ended ('{words}')", read.Note);
    }

    [Fact]
    public void A_time_already_past_when_the_prediction_was_made_sets_no_deadline()
    {
        var read = DeadlineOf("The toll published on 9 January was wrong, and the final toll will be announced later.");
        Assert.Null(read.Date);
        Assert.Equal("no time words set a deadline", read.Note);
    }

    [Fact]
    public void The_analysts_deadline_wins_and_the_words_reading_stays_beside_it()
    {
        var assessed = AnalysisKit.MakeCase(("s", "Ministry", Made, "The troops will leave within three days."));
        var f = Assert.Single(ForecastBuilder.Build(assessed, [new ForecastOverride("s#1", null, null, Day("2022-01-20"), null)], Fixtures.Bundled.ForecastReaders));
        Assert.Equal(Day("2022-01-20"), f.Deadline);
        Assert.Equal("within three days", f.DeadlineWords);
        Assert.Equal("set in case.yaml (the words give 2022-01-13)", f.DeadlineNote);
    }

    /// <summary>The forecasts of a case of dated documents, each (id, date, text), with their proposed outcomes.</summary>
    private static IReadOnlyList<Forecast> Forecasts(params (string Id, string Date, string Text)[] documents) =>
        ForecastBuilder.Build(AnalysisKit.MakeCase(documents.Select(d => (d.Id, d.Id + " desk", (DateOnly?)Day(d.Date), d.Text)).ToArray()), [],
            Fixtures.Bundled.ForecastReaders);

    private static Forecast Made10(IReadOnlyList<Forecast> forecasts) => Assert.Single(forecasts, f => f.SourceId == "first");

    [Fact]
    public void A_commitment_reported_done_before_its_deadline_is_proposed_kept()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "The ministry announced that its troops will withdraw from Aktau within five days."),
            ("later", "2022-01-14", "The troops completed their withdrawal from Aktau on 13 January.")));
        Assert.Equal(ForecastKind.Commitment, f.Kind);
        Assert.Equal(Day("2022-01-15"), f.Deadline);
        var p = f.Proposal!;
        Assert.True(p.Outcome);
        Assert.Equal(["later#1"], p.ResolvedBy);
        Assert.Equal("later#1 reports it on 13 January 2022, before the deadline of 15 January 2022", p.Reason);
    }

    [Fact]
    public void A_commitment_still_not_done_after_its_deadline_is_proposed_broken()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "The ministry announced that its troops will withdraw from Aktau within five days."),
            ("later", "2022-01-20", "The troops had still not withdrawn from Aktau by 20 January.")));
        Assert.Equal(ForecastKind.Commitment, f.Kind);
        Assert.False(f.Proposal!.Outcome);
        Assert.Equal(["later#1"], f.Proposal.ResolvedBy);
        Assert.Equal("later#1 says on 20 January 2022 that it had not happened, after the deadline of 15 January 2022", f.Proposal.Reason);
    }

    [Fact]
    public void A_forecast_that_came_true_only_after_its_deadline_is_proposed_false()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "Analysts expect that the finance minister will resign within a week."),
            ("later", "2022-01-26", "The finance minister resigned on 25 January.")));
        Assert.Equal(ForecastKind.Forecast, f.Kind);
        Assert.False(f.Proposal!.Outcome);
        Assert.Equal("later#1 reports it only on 25 January 2022, after the deadline of 17 January 2022", f.Proposal.Reason);
    }

    [Fact]
    public void A_forecast_no_later_report_speaks_to_is_left_open_and_says_so()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "The northern border crossing will reopen within two days."),
            ("later", "2022-01-20", "Farmers protested against grain prices in the capital on 18 January.")));
        Assert.Null(f.Proposal!.Outcome);
        Assert.Empty(f.Proposal.ResolvedBy);
        Assert.Contains("no later report speaks to it, though the deadline of 12 January 2022 passed", f.Proposal.Reason);
    }

    [Fact]
    public void Later_reports_that_contradict_each_other_leave_it_open_and_name_both()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "The ministry announced that its troops will withdraw from Aktau within five days."),
            ("early", "2022-01-14", "The troops completed their withdrawal from Aktau on 13 January."),
            ("late", "2022-01-20", "The troops had still not withdrawn from Aktau by 20 January.")));
        Assert.Null(f.Proposal!.Outcome);
        Assert.Equal(["early#1", "late#1"], f.Proposal.ResolvedBy);
        Assert.StartsWith("later reports disagree: early#1 reports it on 13 January 2022", f.Proposal.Reason);
    }

    [Fact]
    public void A_report_from_before_the_prediction_resolves_nothing()
    {
        var f = Made10(Forecasts(
            ("older", "2022-01-08", "The troops completed their withdrawal from Aktau on 7 January."),
            ("first", "2022-01-10", "The ministry announced that its troops will withdraw from Aktau within five days.")));
        Assert.Null(f.Proposal!.Outcome);
    }

    [Fact]
    public void A_prediction_that_something_lasts_is_belied_by_a_report_that_it_ended_before_the_deadline()
    {
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "It is very unlikely that the foreign troops will stay in Aktau beyond February."),
            ("later", "2022-01-20", "The foreign troops completed their withdrawal from Aktau on 19 January.")));
        Assert.Equal(Day("2022-02-28"), f.Deadline);
        Assert.False(f.Proposal!.Outcome);
        Assert.Equal("later#1 reports it ended on 19 January 2022, before the deadline of 28 February 2022", f.Proposal.Reason);
    }

    [Fact]
    public void A_proposed_outcome_counts_in_no_score_until_the_analyst_accepts_it()
    {
        var forecasts = Forecasts(
            ("first", "2022-01-10", "It is likely that the finance minister will resign within a week."),
            ("later", "2022-01-14", "The finance minister resigned on 13 January."));
        var f = Made10(forecasts);
        Assert.True(f.Proposal!.Outcome);
        var report = ForecastScoring.Report(forecasts, Fixtures.Bundled.Forecasts);
        Assert.Equal(0, report.Overall.Scored);

        var accepted = forecasts.Select(x => x.Id == f.Id ? x with { Resolution = new Resolution(true, Day("2022-01-13"), "accepted") } : x).ToList();
        Assert.Equal(1, ForecastScoring.Report(accepted, Fixtures.Bundled.Forecasts).Overall.Scored);
    }

    [Theory]
    [InlineData("The minister presented the plan to parliament on Monday.")]
    [InlineData("The government had planned to raise fuel prices in January.")]
    [InlineData("The talks were scheduled to begin on Monday.")]
    [InlineData("Will the troops leave the city by Friday?")]
    [InlineData("What will happen to the detainees?")]
    [InlineData("If the protests spread, the army will intervene.")]
    [InlineData("Should the talks fail, fighting will resume.")]
    [InlineData("Unless prices fall, the unrest will continue.")]
    public void Past_events_questions_and_conditionals_are_not_forecasts(string sentence)
    {
        var forecasts = ForecastBuilder.Build(AnalysisKit.MakeCase(("s", "Desk", Made, sentence + " The troops will leave within three days.")), [],
            Fixtures.Bundled.ForecastReaders);
        Assert.Equal(["s#2"], forecasts.Select(f => f.Id));
    }

    [Fact]
    [Overrides("analysis/deadline-cues.tsv")]
    public void A_desk_can_add_words_that_leave_a_prediction_open_or_read_a_time_as_a_deadline()
    {
        using var lex = Fixtures.Lexicon(("deadline-cues.tsv", "in time\topen\nbefore\tby\n"));
        var deadlines = lex.Resources.ForecastReaders.Deadlines;
        Assert.Equal("no time words set a deadline", DeadlineOf("The bridge will be rebuilt in time.").Note);
        Assert.Contains("open-ended ('in time')", deadlines.Of(TokenizedUnit.Sentence("The bridge will be rebuilt in time."), Made).Note);
        Assert.Equal(Day("2022-02-28"), DeadlineOf("The bridge will reopen before March.").Date);
        Assert.Equal(Day("2022-03-31"), deadlines.Of(TokenizedUnit.Sentence("The bridge will reopen before March."), Made).Date);
    }

    [Fact]
    [Overrides("analysis/unchanged.tsv")]
    public void A_desk_can_add_words_that_say_something_has_not_happened()
    {
        (string, string, string)[] documents =
        [
            ("first", "2022-01-10", "The ministry announced that its troops will withdraw from Aktau within five days."),
            ("later", "2022-01-14", "The troops are lingering in Aktau on 14 January."),
        ];
        // Read as a report that they moved, it bears the commitment out; read as staying, it settles nothing before the deadline.
        Assert.True(Made10(Forecasts(documents)).Proposal!.Outcome);
        using var lex = Fixtures.Lexicon(("unchanged.tsv", "lingering\n"));
        var assessed = AnalysisKit.MakeCase(documents.Select(d => (d.Item1, "desk", (DateOnly?)Day(d.Item2), d.Item3)).ToArray());
        var f = Assert.Single(ForecastBuilder.Build(assessed, [], lex.Resources.ForecastReaders), x => x.SourceId == "first");
        Assert.Null(f.Proposal!.Outcome);
    }

    [Fact]
    public void Reports_of_one_day_are_listed_by_claim_id_as_text_and_an_earlier_day_comes_first()
    {
        // The ids sort as text ("post10" before "post2"), not in case order and not by number; the day sorts before the id.
        var f = Made10(Forecasts(
            ("first", "2022-01-10", "The ministry said its troops will withdraw from the airport within five days."),
            ("post9", "2022-01-14", "The troops completed their withdrawal from the airport on 13 January."),
            ("post2", "2022-01-14", "The troops completed their withdrawal from the airport on 13 January."),
            ("post10", "2022-01-14", "The troops completed their withdrawal from the airport on 13 January."),
            ("zeta", "2022-01-13", "The troops completed their withdrawal from the airport on 12 January.")));
        Assert.True(f.Proposal!.Outcome);
        Assert.Equal(["zeta#1", "post10#1", "post2#1", "post9#1"], f.Proposal.ResolvedBy);
        Assert.Equal("post2#1", f.Proposal.ResolvedBy[2]);
        Assert.StartsWith("zeta#1 reports it on 12 January 2022", f.Proposal.Reason);
    }

    [Fact]
    [Overrides("analysis/forecast-scoring.tsv")]
    public void An_event_word_more_common_than_the_cap_proposes_no_report_but_a_rarer_one_still_does()
    {
        (string, string, string)[] documents =
        [
            ("first", "2022-01-10", "The ministry said its troops will withdraw from the airport within five days."),
            ("later", "2022-01-14", "The troops completed their withdrawal from the airport on 13 January."),
            ("north", "2022-01-13", "Troops began to withdraw from the northern border post on 12 January."),
            ("south", "2022-01-13", "Troops began to withdraw from the southern border post on 12 January."),
        ];
        Assert.Equal(["north#1", "south#1", "later#1"], Made10(Forecasts(documents)).Proposal!.ResolvedBy);
        // Three reports carry troops and withdraw: with a cap of two, those words propose none of them, and only the report that
        // also names the airport is weighed (its similarity still counts the common words).
        using var capped = Fixtures.Lexicon(("forecast-scoring.tsv", "common-event-term\t2\ta word in three reports is common here\n"));
        var assessed = AnalysisKit.MakeCase(documents.Select(d => (d.Item1, d.Item1 + " desk", (DateOnly?)Day(d.Item2), d.Item3)).ToArray());
        var f = Assert.Single(ForecastBuilder.Build(assessed, [], capped.Resources.ForecastReaders), x => x.SourceId == "first");
        Assert.Equal(["later#1"], f.Proposal!.ResolvedBy);
        Assert.True(f.Proposal.Outcome);
    }

    [Fact]
    public void The_forecasts_command_shows_the_deadline_words_the_proposal_and_where_to_check_it()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("sources/statement.txt", "The ministry announced that its troops will withdraw from Aktau within five days.");
        dir.Write("sources/report.txt", "The troops completed their withdrawal from Aktau on 13 January.");
        dir.Write("case.yaml", """
            title: Aktau
            sources:
              - id: statement
                file: sources/statement.txt
                publisher: Ministry
                date: 2022-01-10
              - id: report
                file: sources/report.txt
                publisher: Wire
                date: 2022-01-14
                url: https://example.org/wire/aktau
            """);
        var run = Cli.CliRunner.Invoke("forecasts", dir.Path, "--format", "jsonl");
        Assert.Equal(0, run.Exit);
        var line = System.Text.Json.JsonDocument.Parse(run.Out.Split('\n')[0]).RootElement;
        Assert.Equal("statement#1", line.GetProperty("id").GetString());
        Assert.Equal("2022-01-15", line.GetProperty("deadline").GetString());
        Assert.Equal("within five days", line.GetProperty("deadline_words").GetString());
        Assert.True(line.GetProperty("proposed_outcome").GetBoolean());
        Assert.Equal("report#1", line.GetProperty("resolved_by")[0].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("outcome").ValueKind);

        var brief = Cli.CliRunner.Invoke("assess", dir.Path, "--quiet", "--out", Path.Combine(dir.Path, "brief.md"));
        Assert.Equal(0, brief.Exit);
        var text = File.ReadAllText(Path.Combine(dir.Path, "brief.md"));
        Assert.Contains("## Track records", text);
        Assert.Contains("report\\#1 · at https://example.org/wire/aktau", text);
    }
}
