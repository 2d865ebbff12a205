using Tessera.Analysis;
using Tessera.Analysis.Causes;
using Tessera.Case;
using Tessera.Events.Causes;
using Tessera.Output.Records;

namespace Tessera.Tests.Analysis.Causes;

/// <summary>Factors grouped across sources, explanations drawn from them, and the draft hypotheses `tessera causes --propose` writes.</summary>
public class CaseCausesTests
{
    private static CaseCauses Of(AssessedCase assessed) =>
        CaseCauses.Of(assessed, Fixtures.Bundled.Corroboration, Fixtures.Bundled.Credibility, Fixtures.Bundled.Explanations);

    [Fact]
    public void One_cause_given_by_several_sources_is_one_factor_with_who_asserts_and_who_denies_it()
    {
        var assessed = AnalysisKit.MakeCase(
            ("wire", "North Wire", "Higher prices for cooking gas sparked the protests in the port city."),
            ("daily", "South Daily", "Higher prices for cooking gas triggered the protests in the port city, the union said."),
            ("ministry", "Energy Ministry", "The energy minister said higher prices for cooking gas did not cause the protests in the port city."));
        var causes = Of(assessed);
        var f = Assert.Single(causes.Factors, f => f.Claims.Count == 3);
        Assert.Equal(2, f.AssertedBy.Count);
        Assert.Single(f.DeniedBy);
        Assert.Equal(2, f.IndependentOrigins.Count);
        Assert.True(f.Trigger);
        Assert.Equal("grievance", f.Explanation);
    }

    [Fact]
    [Overrides("analysis/explanations.tsv")]
    public void A_users_explanation_takes_the_causes_with_its_words()
    {
        var assessed = AnalysisKit.MakeCase(("a", "Paper A", "A cyclone sparked the food riots."));
        Assert.Null(Assert.Single(Of(assessed).Factors).Explanation);
        using var lex = Fixtures.Lexicon(("explanations.tsv", "# weather\nnature\tstatement\tA natural disaster set off the crisis\nnature\tword\tcyclone\n"));
        var r = lex.Resources;
        var causes = CaseCauses.Of(assessed, r.Corroboration, r.Credibility, r.Explanations);
        Assert.Equal("nature", Assert.Single(causes.Factors).Explanation);
        Assert.Equal("A natural disaster set off the crisis", Assert.Single(causes.Explanations).Statement);
    }

    [Fact]
    public void A_cause_another_source_says_lacks_evidence_is_unsubstantiated()
    {
        var assessed = AnalysisKit.MakeCase(
            ("gov", "Interior Ministry", "Foreign-trained saboteurs were behind the riots in the capital."),
            ("ngo", "Rights Watchers", "No evidence of foreign-trained saboteurs in the capital has been presented."));
        var f = Assert.Single(Of(assessed).Factors);
        Assert.Equal(CauseStatus.Unsubstantiated, f.Status);
        Assert.Equal(["ngo#1"], f.Unsubstantiated);
    }

    [Fact]
    public void Proposed_hypotheses_rate_each_causal_claim_against_each_explanation()
    {
        var assessed = AnalysisKit.MakeCase(
            ("a", "Paper A", "Anger over fuel prices sparked the unrest."),
            ("b", "Paper B", "The minister said foreign-funded agitators were behind the unrest."));
        var proposal = Proposal.Of(Of(assessed));
        Assert.Equal(2, proposal.Hypotheses.Count);
        Assert.All(proposal.Evidence, e => Assert.Single(e.Ratings.Values, r => r == "C"));
        var yaml = new StringWriter();
        ProposedYaml.Write(yaml, proposal);
        Assert.Equal(proposal.Hypotheses.Count + proposal.Evidence.Count, yaml.ToString().Split('\n').Count(l => l.Trim() == "proposed: true"));
    }

    [Fact]
    public void Proposed_items_in_case_yaml_are_left_out_of_the_ach_until_confirmed()
    {
        using var folder = new TempFolder();
        folder.Write("case.yaml", "title: t\nsources: []\nhypotheses:\n  - id: H1\n    statement: mine\n  - id: P1\n    statement: drafted\n    proposed: true\n" +
                                  "evidence:\n  - id: E1\n    text: seen by me\n    ratings: {H1: C, P1: I}\n  - id: PE1\n    text: drafted item\n    proposed: true\n    ratings: {H1: I, P1: C}\n");
        var file = CaseYaml.Load(folder.Path).Value!;
        Assert.True(file.Hypotheses.Single(h => h.Id == "P1").Proposed);
        var spec = AnalysisInputs.Read(file).Value!;
        Assert.Equal(["H1"], spec.Hypotheses.Select(h => h.Id));
        var item = Assert.Single(spec.Evidence);
        Assert.Equal(["H1"], item.Ratings.Select(r => r.HypothesisId));
    }

    [Fact]
    public void A_proposed_mark_that_is_not_a_yes_or_no_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("case.yaml", "title: t\nsources: []\nhypotheses:\n  - id: H1\n    statement: mine\n    proposed: maybe\n");
        var loaded = CaseYaml.Load(folder.Path);
        Assert.False(loaded.Ok);
        Assert.Contains("line 6", loaded.Problem!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_brief_gives_its_trigger_its_listed_factors_with_the_lead_ins_hedge_and_three_competing_explanations()
    {
        if (!File.Exists(Fixtures.SeedBrief)) Assert.Skip($"the seed brief is not beside the repository ({Fixtures.Shared})");
        var causes = Of(AnalysisKit.MakeCase(("seed", "Seed", File.ReadAllText(Fixtures.SeedBrief))));
        var trigger = Assert.Single(causes.Triggers, t => t.Cause.Contains("fuel prices", StringComparison.Ordinal));
        Assert.NotEmpty(trigger.HedgeWords);
        var listed = causes.Claims.Where(c => c.LeadIn is not null).ToList();
        Assert.True(listed.Count >= 10, $"{listed.Count} listed causes");
        Assert.All(listed, c => Assert.True(c.Hedged));
        var kinds = causes.Explanations.ToDictionary(x => x.Kind);
        foreach (var kind in new[] { "grievance", "elite", "coup", "foreign" }) Assert.NotEmpty(kinds[kind].Speakers);
        Assert.Contains("Erlan Karin", kinds["coup"].Speakers);
        Assert.Contains("China", kinds["foreign"].Speakers);
    }

    [Fact]
    public void On_the_example_case_the_proposal_comes_close_to_the_analysts_hypotheses()
    {
        var causes = Of(Output.Stix.ExampleCase.Assessed);
        var proposal = Proposal.Of(causes);
        // Each of these analyst's hypotheses has a proposed one of the same kind: the official coup account, the spontaneous
        // protest and the elite struggle.
        var matched = proposal.Hypotheses.SelectMany(h => h.Explanation.Hypotheses).ToHashSet();
        Assert.Superset(new HashSet<string> { "H1", "H2", "H3" }, matched);
        Assert.All(proposal.Hypotheses, h => Assert.NotEmpty(h.Explanation.Speakers));
        Assert.Contains(proposal.Evidence, e => e.Ratings.Values.Contains("I"));
    }
}
