using Tessera.Case;

namespace Tessera.Tests.Case;

/// <summary>The workbench's hand edits of hypotheses, evidence ratings and forecast outcomes change case.yaml as text: the value
/// edited, or the lines added, and nothing else; comments, order and style stay as the analyst wrote them.</summary>
public class CaseYamlAnalysisEditTests
{
    private const string Yaml = """
        title: Harbour strike
        hypotheses:
          - id: H1   # the desk's first guess
            statement: The union called the strike
          - id: H2
            statement: The port authority locked the workers out

        # Evidence, rated by hand.
        evidence:
          - id: E1
            quote: the union said it would walk out
            ratings: {H1: C, H2: N}
          - text: No lockout notice was filed
            ratings:
              H1: C   # checked with the registry
              H2: II

        # Forecasts follow.
        forecasts:
          - quote: the strike will end by Friday
            note: watch the weekend
        """;

    private static string Edit(AnalysisEdit edit, string yaml = Yaml) => CaseYamlAnalysisEdit.Apply(yaml + "\n", edit);

    [Fact]
    public void Rating_a_cell_in_a_flow_mapping_changes_that_value_only()
    {
        var edited = Edit(new CellRating("E1", "H2", "I", null));
        Assert.Equal(Yaml.Replace("{H1: C, H2: N}", "{H1: C, H2: I}") + "\n", edited);
    }

    [Fact]
    public void A_rating_with_its_analyst_is_written_as_a_small_mapping_and_the_comment_beside_the_cell_stays()
    {
        // The second item has no id: it is E2 by position, as case.yaml is read.
        var edited = Edit(new CellRating("E2", "H2", "CC", "local:ana"));
        Assert.Contains("      H2: {rating: CC, by: \"local:ana\"}\n", edited);
        Assert.Contains("      H1: C   # checked with the registry\n", edited);
    }

    [Fact]
    public void Rating_a_hypothesis_the_item_has_not_rated_adds_the_key_in_the_mapping_s_style()
    {
        var yaml = Yaml.Replace("locked the workers out\n", "locked the workers out\n  - id: H3\n    statement: A third account\n");
        var flow = Edit(new CellRating("E1", "H3", "I", null), yaml);
        Assert.Contains("ratings: {H1: C, H2: N, H3: I}", flow);
        var block = Edit(new CellRating("E2", "H3", "N", null), yaml);
        Assert.Contains("      H2: II\n      H3: N\n\n# Forecasts follow.", block);
    }

    [Fact]
    public void A_hypothesis_is_restated_in_place_and_a_new_one_goes_to_the_end_of_its_list_before_the_next_comment()
    {
        var restated = Edit(new HypothesisEdit("H1", "The union called the strike: over pay"));
        Assert.Contains("  - id: H1   # the desk's first guess\n    statement: \"The union called the strike: over pay\"\n", restated);
        var added = Edit(new HypothesisEdit("H3", "A third account"));
        Assert.Contains("statement: The port authority locked the workers out\n  - id: H3\n    statement: A third account\n\n# Evidence, rated by hand.", added);
    }

    [Fact]
    public void Evidence_added_from_a_claim_starts_unrated_and_reads_back_as_a_case()
    {
        var edited = Edit(new EvidenceAdd("E3", "harbour-wire#4", null));
        Assert.Contains("      H2: II\n  - id: E3\n    claim: \"harbour-wire#4\"\n    ratings: {}\n\n# Forecasts follow.", edited);
    }

    [Fact]
    public void A_forecast_listed_already_gains_its_outcome_and_one_not_listed_is_added()
    {
        var listed = Edit(new ForecastResolution(20, "harbour-wire#9", true, new DateOnly(2024, 3, 15)));
        Assert.EndsWith("    note: watch the weekend\n    outcome: true\n    resolved: 2024-03-15\n", listed);
        var again = CaseYamlAnalysisEdit.Apply(listed, new ForecastResolution(20, "harbour-wire#9", false, new DateOnly(2024, 3, 16)));
        Assert.EndsWith("    outcome: false\n    resolved: 2024-03-16\n", again);
        var added = Edit(new ForecastResolution(null, "harbour-wire#11", false, new DateOnly(2024, 3, 20)));
        Assert.EndsWith("  - claim: \"harbour-wire#11\"\n    outcome: false\n    resolved: 2024-03-20\n", added);
    }

    [Fact]
    public void A_case_without_the_list_gets_one_at_the_end()
    {
        var edited = CaseYamlAnalysisEdit.Apply("title: Empty\nsources: []\n", new HypothesisEdit("H1", "Only one"));
        Assert.Equal("title: Empty\nsources: []\nhypotheses:\n  - id: H1\n    statement: Only one\n", edited);
    }

    [Fact]
    public void An_item_that_is_not_there_is_refused_with_its_code()
    {
        var e = Assert.Throws<ProblemException>(() => Edit(new CellRating("E9", "H1", "C", null)));
        Assert.Equal("TSR722", e.Problem.Code);
    }

    [Fact]
    public void Windows_line_ends_stay_windows_line_ends()
    {
        var edited = CaseYamlAnalysisEdit.Apply((Yaml + "\n").Replace("\n", "\r\n"), new HypothesisEdit("H3", "A third account"));
        Assert.DoesNotContain("\n", edited.Replace("\r\n", ""));
        Assert.Contains("  - id: H3\r\n    statement: A third account\r\n", edited);
    }
}
