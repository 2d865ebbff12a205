using Tessera.Analysis;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;
using Tessera.Case;

namespace Tessera.Tests.Analysis;

/// <summary>The analysis of the bundled example case, cases/kazakhstan-2022: what its sources corroborate and contradict,
/// which hypothesis its rated evidence favours, and how its sources' forecasts scored.</summary>
public class ExampleCaseTests(ExampleCaseFixture example) : IClassFixture<ExampleCaseFixture>
{
    private CorroborationResult Corroboration => _corroboration ??= Corroborator.Run(example.Analysis.Case.Claims, example.Analysis.Case.Sources, Fixtures.Bundled.Corroboration);
    private CorroborationResult? _corroboration;

    private string GroupOf(string words) => Corroboration.GroupFor(example.Claim(words).Id)?.Id ?? "none";

    [Theory]
    // The announced CSTO withdrawal, told by the government, the think tank and the wire in different words.
    [InlineData("In two days a phased withdrawal will begin", "would begin leaving in two days", "pullout of allied troops will begin")]
    // The CSTO deployment on 6 January, told by the government and the Russian MFA.
    [InlineData("Collective Peacekeeping Forces of the CSTO arrived on 6 January", "decided on 6 January to send the Collective Peacekeeping Forces")]
    // The 225 dead of 15 January, and the withdrawn 164 of 9 January.
    [InlineData("225 people had died", "Prosecutors say 225 bodies")]
    [InlineData("State television, citing the health ministry, reports 164 deaths", "a toll of 164 reported on state television", "The figure of 164 dead")]
    [InlineData("Ministry of Internal Affairs, 9,900 people", "nearly 10,000 people were detained")]
    [InlineData("Tokayev said he had authorised security forces to open fire without warning", "Tokayev says security forces may fire without warning")]
    public void Paraphrases_of_one_event_across_sources_are_grouped(params string[] claims)
    {
        var groups = claims.Select(GroupOf).Distinct().ToList();
        Assert.NotEqual("none", groups[0]);
        Assert.Single(groups);
    }

    [Fact]
    public void Different_events_are_kept_apart()
    {
        string[] events =
        [
            "In two days a phased withdrawal will begin", // the withdrawal announced
            "The CSTO says its withdrawal is complete", // the withdrawal completed
            "Collective Peacekeeping Forces of the CSTO arrived on 6 January", // the deployment
            "225 people had died",
            "State television, citing the health ministry, reports 164 deaths",
            "Ministry of Internal Affairs, 9,900 people",
        ];
        Assert.Equal(events.Length, events.Select(GroupOf).Distinct().Count());
    }

    [Theory]
    [InlineData("pullout of allied troops will begin", 3)]
    [InlineData("Prosecutors say 225 bodies", 2)]
    [InlineData("Crowds set fire to the Almaty mayor's office", 1)]
    public void Each_claim_shows_how_many_independent_sources_back_it(string words, int sources) =>
        Assert.Equal(sources, Corroboration.SourcesBacking(example.Claim(words).Id));

    [Fact]
    public void The_death_tolls_are_flagged_as_conflicting_figures()
    {
        var deaths = Assert.Single(Corroboration.Contradictions, c => c.Kind == ContradictionKind.Figures && c.Subject == "deaths");
        foreach (var toll in new[] { "164", "225", "227", "238" }) Assert.Contains(toll + " (", deaths.Detail);
        Assert.DoesNotContain(Corroboration.Contradictions, c => c.Subject == "detained");
    }

    [Fact]
    public void The_matrix_favours_the_elite_power_struggle_by_both_readings()
    {
        var result = AchAnalysis.Run(example.Analysis.Matrix, Fixtures.Bundled.Ach);
        Assert.Equal(["H1", "H2", "H3", "H4"], result.Scores.Select(s => s.Id));
        Assert.Equal(15, example.Analysis.Matrix.Evidence.Count);
        Assert.Equal(["H3"], result.Leaders);
        Assert.Equal(["H3"], result.BayesLeaders);
        Assert.Null(result.Note);
        // H3's only inconsistent item is Nazarbayev's denial of a rift (E9), an I the analyst rates low: -1 / sqrt(2).
        Assert.Equal(1, result.Score("H3").Inconsistency);
        Assert.Equal(-0.707107, result.Score("H3").WeightedInconsistency, 6);
        // H1: E2 I at high (-sqrt 2), E6 II at low (unverified: -2 / sqrt 2), E14 II at high relevance (-2 sqrt 2).
        Assert.Equal(5, result.Score("H1").Inconsistency);
        Assert.Equal(-4 * Math.Sqrt(2), result.Score("H1").WeightedInconsistency, 6);
        Assert.Equal(1, result.Scores.Sum(s => s.Posterior), 9);
    }

    [Fact]
    public void Evidence_quoted_in_case_yaml_resolves_to_its_claim_and_grade()
    {
        var e9 = example.Analysis.Matrix.Evidence.Single(e => e.Id == "E9");
        Assert.StartsWith("wire-chronology#", e9.ClaimId);
        Assert.Equal(Level.Low, e9.Credibility); // stated in case.yaml: a denial by the interested party
        var e1 = example.Analysis.Matrix.Evidence.Single(e => e.Id == "E1");
        Assert.Equal(Level.High, e1.Credibility); // the wire's B2, an asserted claim
        var e14 = example.Analysis.Matrix.Evidence.Single(e => e.Id == "E14");
        Assert.Null(e14.ClaimId);
        Assert.Equal(Level.Medium, e14.Credibility);
    }

    [Fact]
    public void The_forecasts_score_as_computed_by_hand()
    {
        var report = ForecastScoring.Report(example.Analysis.Forecasts, Fixtures.Bundled.Forecasts);
        var withdrawal = report.Forecasts.Single(f => f.Id == example.Claim("In two days a phased withdrawal will begin").Id);
        Assert.True(withdrawal.Resolution!.Outcome);
        Assert.Equal(new DateOnly(2022, 1, 19), withdrawal.Resolution.Date);
        // Seven 'will' forecasts at 0.85 came true, 'very unlikely' (0.125) did not happen, 'roughly even' (0.5) and
        // 'almost certain' (0.97) did: (7 x 0.15^2 + 0.125^2 + 0.5^2 + 0.03^2) / 10.
        Assert.Equal(10, report.Overall.Scored);
        Assert.Equal((7 * 0.0225 + 0.015625 + 0.25 + 0.0009) / 10, report.Overall.Brier!.Value, 9);
        // The wire's chronology retells Tokayev's forecast after the withdrawal: resolved, not scored.
        Assert.Equal(example.Claim("pullout of allied troops will begin").Id, Assert.Single(report.Hindsight).Id);
        Assert.Contains(report.Open, f => f.Deadline == new DateOnly(2022, 7, 10));
    }
}

/// <summary>The seed brief of ../shared/seed as the only source of a case made at run time, so its predictions can be scored.
/// The brief lives outside the repository; without it the test says so and passes.</summary>
public class SeedBriefTests
{
    private static string? SeedFile()
    {
        var file = Path.Combine(AnalysisKit.RepoRoot, "..", "shared", "seed", "kazakhstan-crisis-january-2022.txt");
        return File.Exists(file) ? file : null;
    }

    private const string CaseYaml = """
        title: Kazakhstan crisis brief (seed)
        sources:
          - id: seed
            file: sources/kazakhstan-crisis-january-2022.txt
            publisher: Seed brief
            date: 2022-01-12
            grade: F6
        forecasts:
          - quote: CSTO troops will withdraw from Kazakhstan in next few days
            outcome: true
            resolved: 2022-01-19
            note: The CSTO said its withdrawal was complete on 19 January.
          - quote: Russia and the CSTO will pull out from Kazakhstan as soon as possible
            probability: 0.8
            outcome: true
            resolved: 2022-01-19
            note: The contingent left within two weeks of arriving.
          - quote: multi-vector foreign policy will shift more in favour of Russia and China
            outcome: false
            resolved: 2022-06-17
            note: Kazakhstan kept its multi-vector course; in June 2022 Tokayev said it would not recognise the Donbas "republics".
        """;

    [Fact]
    public void The_seed_briefs_predictions_are_scored()
    {
        if (SeedFile() is not { } seed)
        {
            Console.WriteLine("SeedBriefTests: ../shared/seed/kazakhstan-crisis-january-2022.txt is not here; nothing to score.");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("tessera-seed-case-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sources"));
            File.Copy(seed, Path.Combine(folder, "sources", Path.GetFileName(seed)));
            File.WriteAllText(Path.Combine(folder, "case.yaml"), CaseYaml);
            var opened = CaseInput.OpenAnalysis(folder, Fixtures.Bundled);
            Assert.True(opened.Ok, opened.Problem?.ToString());
            var report = ForecastScoring.Report(opened.Value!.Forecasts, Fixtures.Bundled.Forecasts);
            var scored = report.Forecasts.Where(f => f.IsScored).ToList();
            // 'will' is read at 0.85 (lexicon/future.tsv), the analyst gives 0.8, 'highly likely' is 'very likely' at 0.875.
            Assert.Equal([0.85, 0.8, 0.875], scored.Select(f => f.Probability));
            Assert.Equal(((1 - 0.85) * (1 - 0.85) + 0.2 * 0.2 + 0.875 * 0.875) / 3, report.Overall.Brier!.Value, 9);
            Assert.True(report.Open.Count > 0, "the brief's unresolved predictions stay open");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
