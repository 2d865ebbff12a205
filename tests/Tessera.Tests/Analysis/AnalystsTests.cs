using Tessera.Analysis;
using Tessera.Analysis.Judgments;

namespace Tessera.Tests.Analysis;

/// <summary>Issue 11, part 5: a rating records who gave it (`by:`), and a key judgment on ratings that are one analyst's says so
/// and keeps its confidence low, however much evidence there is; a second analyst's ratings lift that limit.</summary>
public class AnalystsTests
{
    private static readonly LanguageResources Resources = Fixtures.Bundled;

    /// <summary>Four sources of four publishers, each with one claim that tells the two hypotheses apart: enough diagnostic items
    /// from enough independent origins that only the number of analysts can hold confidence down.</summary>
    private static KeyJudgment Explanation(TempFolder dir, params string?[] raters)
    {
        var sources = new[]
        {
            ("dock", "Dock Weekly", "The dockers voted to walk out over pay on Monday."),
            ("ledger", "Port Ledger", "The union's strike fund paid every picket in the first week."),
            ("radio", "Harbour Radio", "Shop stewards handed out printed strike notices at the gates."),
            ("gazette", "Coast Gazette", "No lockout order was found in the port authority's register."),
        };
        var yaml = new System.Text.StringBuilder("title: Harbour strike\nsources:\n");
        foreach (var (id, publisher, text) in sources)
        {
            dir.Write(id + ".txt", text);
            yaml.Append($"  - id: {id}\n    file: {id}.txt\n    publisher: {publisher}\n    date: 2024-03-12\n    grade: B2\n");
        }
        yaml.Append("hypotheses:\n  - id: H1\n    statement: The union called the strike\n  - id: H2\n    statement: The port locked the workers out\nevidence:\n");
        for (var i = 0; i < sources.Length; i++)
        {
            var by = raters[i] is { } name ? $", by: {name}" : "";
            yaml.Append($"  - claim: {sources[i].Item1}#1\n    ratings: {{H1: {{rating: CC{by}}}, H2: {{rating: II{by}}}}}\n");
        }
        dir.Write("case.yaml", yaml.ToString());
        var opened = CaseInput.OpenAnalysis(dir.Path, Resources);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        return Findings.Of(opened.Value!, Resources).KeyJudgments.Single(j => j.Kind == "explanation");
    }

    [Fact]
    public void Ratings_all_by_one_named_analyst_keep_confidence_low_and_say_whose_they_are()
    {
        using var dir = Fixtures.TempFolder();
        var judgment = Explanation(dir, "ana", "ana", "ana", "ana");
        Assert.Equal(Confidence.Low, judgment.Confidence);
        Assert.Contains("the ratings are one analyst's (ana)", judgment.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_that_name_nobody_are_one_analyst_s()
    {
        using var dir = Fixtures.TempFolder();
        var judgment = Explanation(dir, null, null, null, null);
        Assert.Equal(Confidence.Low, judgment.Confidence);
        Assert.Contains("the ratings are one analyst's", judgment.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_analyst_s_ratings_lift_the_limit_and_both_are_named()
    {
        using var dir = Fixtures.TempFolder();
        var judgment = Explanation(dir, "ana", "ana", "ben", null);
        Assert.Equal(Confidence.Moderate, judgment.Confidence);
        Assert.DoesNotContain("one analyst", judgment.Basis, StringComparison.Ordinal);
        Assert.Contains("rated by 2 analysts (ana, ben)", judgment.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_names_its_analyst_in_case_yaml_and_a_stray_key_beside_it_is_refused()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("a.txt", "The dockers voted to walk out.");
        dir.Write("case.yaml", """
            title: t
            sources:
              - id: a
                file: a.txt
            hypotheses:
              - id: H1
                statement: s
            evidence:
              - claim: a#1
                ratings: {H1: {rating: C, by: ana, when: today}}
            """);
        var opened = CaseInput.OpenAnalysis(dir.Path, Resources);
        Assert.Equal("TSR105", opened.Problem?.Code);
    }
}
