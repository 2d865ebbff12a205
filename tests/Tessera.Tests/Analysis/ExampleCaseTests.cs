using Tessera.Analysis;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Judgments;
using Tessera.Analysis.Network;
using Tessera.Events;
using Tessera.Reading;

namespace Tessera.Tests.Analysis;

/// <summary>The bundled example case, cases/kazakhstan-2022, assessed end to end as `tessera assess` assesses it: the headline
/// results an analyst reads first come out as the example intends. The rules behind them are tested, stage by stage, on
/// sentences written for those tests.</summary>
public class ExampleCaseTests(ExampleCaseFixture example) : IClassFixture<ExampleCaseFixture>
{
    private Findings Findings => example.Findings;

    [Fact]
    public void Seven_sources_in_text_Markdown_and_HTML_are_read_with_the_grades_case_yaml_gives_them()
    {
        var assessed = example.Analysis.Case;
        Assert.Equal(7, assessed.Sources.Count);
        Assert.Equal([DocumentFormat.Text, DocumentFormat.Markdown, DocumentFormat.Html], assessed.Sources.Select(s => s.Format).Distinct().Order());
        Assert.Equal(("B2", "D3"), (assessed.Source("wire-chronology")!.Grade.ToString(), assessed.Source("russian-mfa-statement")!.Grade.ToString()));
        Assert.All(assessed.Documents, d => Assert.Contains(d.Claims, c => c.IsClaim));
    }

    [Fact]
    public void The_key_judgments_lead_with_the_explanation_then_what_the_sources_agree_and_disagree_on()
    {
        var judgments = Findings.KeyJudgments;
        Assert.Equal(["explanation", "corroborated", "corroborated", "corroborated", "disputed", "consequences", "forecasts"], judgments.Select(j => j.Kind));
        var lead = judgments[0];
        Assert.StartsWith("Of the competing explanations, the evidence best fits H3: An elite power struggle", lead.Statement, StringComparison.Ordinal);
        // Likelihood and confidence apart (ICD 203): fifteen items, but rated by one analyst, so confidence is low and the word is
        // held at "likely" however high the posterior.
        Assert.Equal(("likely", Confidence.Low), (lead.Likelihood?.Name, lead.Confidence));
        Assert.Contains("because the ratings are one analyst's", lead.Basis, StringComparison.Ordinal);
        Assert.Contains(judgments, j => j.Kind == "corroborated" && j.Statement.StartsWith("3 independent origins (3 reports) say that: JAN. 19 – The CSTO says its withdrawal is complete", StringComparison.Ordinal));
        // The ministry's 9,900 detained, relayed by three sources, and Tokayev's pullout, retold by three, each rest on one origin.
        Assert.DoesNotContain(judgments, j => j.Statement.Contains("9,900 people have been detained", StringComparison.Ordinal));
        Assert.DoesNotContain(judgments, j => j.Statement.Contains("pullout of allied troops will begin", StringComparison.Ordinal));
        // The tolls that cannot all be right: the official 225, the wire's latest 238 (its 227 is an update), relatives' more than
        // 270. The withdrawn 164 is retracted and disputes nothing.
        var tolls = judgments.Single(j => j.Kind == "disputed");
        Assert.Equal("The sources disagree on deaths: 225 (rights-report#12); 238 (wire-chronology#37); >270 (rights-report#14).", tolls.Statement);
        Assert.Equal(Confidence.Low, tolls.Confidence);
        Assert.Equal("The sources see Kassym-Jomart Tokayev, Kazakhstan, Russia coming out stronger, and United States weaker.",
            judgments.Single(j => j.Kind == "consequences").Statement);
        Assert.StartsWith("The 3 predictions that can already be checked scored a Brier score of 0.089", judgments[^1].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_favours_the_elite_power_struggle_by_both_readings()
    {
        var result = Findings.Ach!;
        Assert.Equal(["H1", "H2", "H3", "H4"], result.Scores.Select(s => s.Id));
        Assert.Equal(15, example.Analysis.Matrix.Evidence.Count);
        Assert.Equal(["H3"], result.Leaders);
        Assert.Equal(["H3"], result.BayesLeaders);
        Assert.Null(result.Note);
        Assert.Empty(result.Sensitivity);
        // H3's only inconsistent item is Nazarbayev's denial of a rift (E9), an I the analyst rates low: -1 / sqrt(2).
        Assert.Equal(1, result.Score("H3").Inconsistency);
        Assert.Equal(-0.707107, result.Score("H3").WeightedInconsistency, 6);
        // H1: E2 I at high (-sqrt 2), E6 II at low (unverified: -2 / sqrt 2), E14 II at high relevance (-2 sqrt 2).
        Assert.Equal(5, result.Score("H1").Inconsistency);
        Assert.Equal(-4 * Math.Sqrt(2), result.Score("H1").WeightedInconsistency, 6);
        Assert.Equal(1, result.Scores.Sum(s => s.Posterior), 9);
    }

    [Fact]
    public void The_forecasts_score_as_computed_by_hand()
    {
        var report = Findings.Forecasts;
        var withdrawal = report.Forecasts.Single(f => f.Id == example.Claim("In two days a phased withdrawal will begin").Id);
        Assert.True(withdrawal.Resolution!.Outcome);
        Assert.Equal(new DateOnly(2022, 1, 19), withdrawal.Resolution.Date);
        // A bare 'will' gives no probability: only the estimative words are scored. 'very unlikely' (0.125) did not happen,
        // 'roughly even' (0.5) and 'almost certain' (0.97) did: (0.125^2 + 0.5^2 + 0.03^2) / 3.
        Assert.Equal(3, report.Overall.Scored);
        Assert.Equal((0.015625 + 0.25 + 0.0009) / 3, report.Overall.Brier!.Value, 9);
        // The government's withdrawal is its own action: a commitment, kept.
        Assert.Equal((ForecastKind.Commitment, "kept"), (withdrawal.Kind, withdrawal.Result));
        // China's "Kazakhstan will surely restore order" is Xi Jinping's forecast about another state: no probability, a hit.
        var order = report.Forecasts.Single(f => f.Statement.Contains("will surely restore order", StringComparison.Ordinal));
        Assert.Equal(("Xi Jinping", ForecastKind.Forecast, (double?)null, "hit"), (order.Speaker, order.Kind, order.Probability, order.Result));
        // The wire's chronology retells Tokayev's forecast after the withdrawal: resolved, not scored.
        Assert.Equal(example.Claim("pullout of allied troops will begin").Id, Assert.Single(report.Hindsight).Id);
        Assert.Contains(report.Open, f => f.Deadline == new DateOnly(2022, 7, 10));
    }

    [Fact]
    public void Outcomes_proposed_from_later_reporting_agree_with_the_case_files_own_resolutions()
    {
        var forecasts = example.Analysis.Forecasts;
        var both = forecasts.Where(f => f.Resolution is not null && f.Proposal?.Outcome is not null).ToList();
        Assert.Equal(["kazakh-government-statement#20", "kazakh-government-statement#21", "kazakh-government-statement#35", "thinktank-analysis#26"],
            both.Select(f => f.Id));
        Assert.All(both, f => Assert.Equal(f.Resolution!.Outcome, f.Proposal!.Outcome));
        // Nothing is proposed for a prediction the case file leaves open: later reporting does not settle any of them.
        Assert.DoesNotContain(forecasts, f => f.Resolution is null && f.Proposal?.Outcome is not null);
        // The deadlines the words give are the ones the analyst wrote into case.yaml.
        Assert.All(forecasts.Where(f => f.DeadlineNote.StartsWith("set in case.yaml", StringComparison.Ordinal)),
            f => Assert.Equal("set in case.yaml", f.DeadlineNote));
    }

    [Fact]
    public void The_timeline_runs_from_the_request_through_the_deployment_to_the_withdrawal()
    {
        var entries = Findings.Timeline.Groups.SelectMany(g => g.Entries).ToList();
        DateOnly First(Func<Tessera.Analysis.Timeline.TimelineEntry, bool> match) => entries.Where(match).Min(e => e.When.From);
        var request = First(e => e.Events.Any(x => x.Root == "02" && x.Target == "CSTO"));
        var deployment = First(e => e.Events.Any(x => x.CameoCode == "074"));
        var announcement = First(e => e.Claim.Text.Contains("begin", StringComparison.Ordinal) && e.Time.Text.Contains("11", StringComparison.Ordinal));
        var pullout = First(e => e.Events.Any(x => x.CameoCode == "1661"));
        Assert.Equal([new DateOnly(2022, 1, 5), new DateOnly(2022, 1, 6), new DateOnly(2022, 1, 11), new DateOnly(2022, 1, 13)],
            [request, deployment, announcement, pullout]);
        var disagreements = Findings.Timeline.Disagreements;
        Assert.Contains(disagreements, d => d.Topic == "death toll" && d.Sides.Any(s => s.Value == "164" && s.Retracted) && d.Sides.Any(s => s.Value == "225"));
        Assert.Contains(disagreements, d => d.Topic == "detained" && d.Sides.Count >= 2);
    }

    [Fact]
    public void The_network_shows_the_deployment_at_Tokayevs_request_and_Russia_and_the_US_at_odds()
    {
        var net = Findings.Network;
        Assert.Equal((TieKind.Cooperation, QuadClass.VerbalCooperation), (net.Tie("Kassym-Jomart Tokayev", "CSTO")!.Kind, net.Tie("Kassym-Jomart Tokayev", "CSTO")!.Quad));
        Assert.Equal(QuadClass.MaterialCooperation, net.Tie("CSTO", "Kazakhstan")!.Quad);
        Assert.Equal((TieKind.Conflict, TieKind.Conflict), (net.Tie("Russia", "United States")!.Kind, net.Tie("United States", "Russia")!.Kind));
    }
}
