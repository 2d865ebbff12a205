using Tessera.Analysis;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Forecasts;
using Tessera.Case;
using Tessera.Reading;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis;

/// <summary>The hypotheses, evidence and forecasts of case.yaml: every mistake is one line naming its line, with a code.</summary>
public class AnalysisInputsTests
{
    private const string TwoHypotheses = """
        hypotheses:
          - id: H1
            statement: one
          - id: H2
            statement: two
        """;

    /// <summary>Reads the analysis part of a case.yaml: the given lines first, so their line numbers hold, then one source.</summary>
    private static Result<AnalysisSpec> ReadAnalysis(string yaml)
    {
        using var dir = Fixtures.TempFolder();
        File.WriteAllText(Path.Combine(dir.Path, "wire.txt"), "The troops left.\n");
        File.WriteAllText(Path.Combine(dir.Path, "case.yaml"), yaml + "\nsources:\n  - file: wire.txt\n");
        var file = CaseYaml.Load(dir.Path);
        return file.Ok ? AnalysisInputs.Read(file.Value!) : file.Problem!;
    }

    [Theory]
    [InlineData(TwoHypotheses + """

        evidence:
          - id: E1
            text: An analyst's item
            ratings: {H1: C, H2: X}
        """, "TSR101", 9)]
    [InlineData(TwoHypotheses + """

        evidence:
          - text: An analyst's item
            ratings:
              H1: C
              H3: I
        """, "TSR102", 10)]
    [InlineData(TwoHypotheses + """

        evidence:
          - text: An analyst's item
            credibility: certain
            ratings: {H1: C}
        """, "TSR106", 8)]
    [InlineData(TwoHypotheses + """

        evidence:
          - text: An analyst's item
            weight: 2
            ratings: {H1: C}
        """, "TSR105", 8)]
    [InlineData(TwoHypotheses + """

        evidence:
          - claim: wire#3
            quote: the troops left
            ratings: {H1: C}
        """, "TSR105", 8)]
    [InlineData(TwoHypotheses + """

        evidence:
          - claim: wire#3
        """, "TSR105", 7)]
    [InlineData(TwoHypotheses + """

        evidence:
          - ratings: {H1: C}
        """, "TSR105", 7)]
    [InlineData(TwoHypotheses + """

        evidence:
          - text: ""
            ratings: {H1: C}
        """, "TSR105", 7)]
    [InlineData("""
        hypotheses:
          - id: H1
            statement: one
            prior: 0.5
          - id: H2
            statement: two
            prior: 0.6
        """, "TSR108", 2)]
    [InlineData("""
        hypotheses:
          - id: H1
            statement: one
            prior: 1
          - id: H2
            statement: two
        """, "TSR108", 2)]
    [InlineData("""
        hypotheses:
          - id: H1
            statement: one
            prior: likely
        """, "TSR107", 4)]
    [InlineData("""
        hypotheses:
          - id: H1
            statement: one
          - id: H1
            statement: two
        """, "TSR105", 4)]
    [InlineData("""
        hypotheses:
          - id: H1
        """, "TSR105", 2)]
    [InlineData("""
        evidence:
          - text: An item rated before any hypothesis exists
            ratings: {H1: C}
        """, "TSR105", 3)]
    [InlineData("""
        forecasts:
          - claim: wire#3
            probability: 1.5
        """, "TSR107", 3)]
    [InlineData("""
        forecasts:
          - claim: wire#3
            deadline: 2022-13-01
        """, "TSR015", 3)]
    [InlineData("""
        forecasts:
          - claim: wire#3
            outcome: maybe
        """, "TSR105", 3)]
    [InlineData("""
        forecasts:
          - claim: wire#3
            resolved: 2022-01-19
        """, "TSR105", 3)]
    [InlineData("""
        forecasts:
          - claim: wire#3
          - claim: wire#3
        """, "TSR105", 3)]
    [InlineData("""
        hypotheses:
          - id: H1
           statement: badly indented
        """, "TSR010", 3)]
    public void A_mistake_is_one_line_with_its_code_and_line(string yaml, string code, int line)
    {
        var read = ReadAnalysis(yaml);
        Assert.False(read.Ok, "expected a problem");
        Assert.Equal(code, read.Problem!.Code);
        Assert.Matches($"case.yaml: line {line}[,:]", read.Problem.ToString());
        Assert.DoesNotContain('\n', read.Problem.ToString());
    }

    [Fact]
    public void A_well_formed_analysis_reads_with_its_lines()
    {
        var read = ReadAnalysis(TwoHypotheses + """

            evidence:
              - id: E7
                quote: the troops left
                relevance: high
                ratings: {H1: cc, H2: NA}
              - text: An analyst's item
                ratings: {H1: I}
            forecasts:
              - claim: wire#1
                probability: 60%
                outcome: yes
                resolved: 2022-01-19
                note: As said.
            """);
        Assert.True(read.Ok, read.Problem?.ToString());
        var spec = read.Value!;
        Assert.Equal(["H1", "H2"], spec.Hypotheses.Select(h => h.Id));
        Assert.Equal(["E7", "E2"], spec.Evidence.Select(e => e.Id));
        Assert.Equal("the troops left", spec.Evidence[0].Claim!.Quote);
        Assert.Equal(Level.High, spec.Evidence[0].Relevance);
        Assert.Equal([Rating.CC, Rating.NA], spec.Evidence[0].Ratings.Select(r => r.Rating));
        Assert.Equal(10, spec.Evidence[0].Ratings[0].Line);
        Assert.Equal(0.6, spec.Forecasts[0].Probability);
        Assert.True(spec.Forecasts[0].Resolution!.Outcome);
        Assert.Equal(new DateOnly(2022, 1, 19), spec.Forecasts[0].Resolution!.Date);
    }

    [Fact]
    public void A_case_yaml_without_analysis_keys_is_an_empty_analysis()
    {
        var read = ReadAnalysis("title: Only a title\n");
        Assert.True(read.Ok);
        Assert.Empty(read.Value!.Hypotheses);
    }

    private static readonly Lazy<AssessedCase> Wire = new(() => MakeCase(
        ("wire", "Steppe Wire", new DateOnly(2022, 1, 11), """
            The CSTO will withdraw its troops from Kazakhstan by 19 January.
            Prosecutors said that 225 people had died.
            Prosecutors said earlier that 164 people had died.
            It is very unlikely that the troops will stay beyond February.
            """)));

    private static Result<CaseAnalysis> Resolve(string yaml)
    {
        var read = ReadAnalysis(yaml);
        Assert.True(read.Ok, read.Problem?.ToString());
        return AnalysisInputs.Resolve(read.Value!, Wire.Value, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders);
    }

    [Theory]
    [InlineData("claim: wire#9", "TSR103")]
    [InlineData("claim: nowhere#1", "TSR103")]
    [InlineData("quote: words no claim has", "TSR103")]
    [InlineData("quote: Prosecutors said", "TSR104")]
    public void A_reference_that_finds_no_claim_or_several_names_its_line(string reference, string code)
    {
        var resolved = Resolve(TwoHypotheses + $"""

            evidence:
              - {reference}
                ratings: {"{H1: C}"}
            """);
        Assert.False(resolved.Ok);
        Assert.Equal(code, resolved.Problem!.Code);
        Assert.Contains("case.yaml: line 7:", resolved.Problem.ToString());
    }

    [Fact]
    public void A_forecast_on_a_claim_that_carries_no_probability_needs_one()
    {
        var resolved = Resolve("forecasts:\n  - quote: 225 people had died\n");
        Assert.Equal("TSR109", resolved.Problem!.Code);
        Assert.True(Resolve("forecasts:\n  - quote: 225 people had died\n    probability: 0.3\n").Ok);
    }

    [Fact]
    public void Quotes_match_whatever_the_case_spacing_and_typographic_quotes()
    {
        var resolved = Resolve(TwoHypotheses + """

            evidence:
              - quote: "PROSECUTORS   said that 225"
                ratings: {H1: C}
            """);
        Assert.True(resolved.Ok, resolved.Problem?.ToString());
        Assert.Equal("wire#2", resolved.Value!.Matrix.Evidence.Single().ClaimId);
        Assert.Equal("it's “quoted” – here", Tessera.Case.QuoteText.Normalise("It’s  \"quoted\" - here").Replace("\"quoted\"", "“quoted”").Replace("-", "–"));
    }

    [Fact]
    public void Resolved_evidence_takes_its_claim_text_and_a_default_credibility()
    {
        var resolved = Resolve(TwoHypotheses + """

            evidence:
              - claim: wire#2
                ratings: {H1: C, H2: I}
              - text: The analyst's own item.
                ratings: {H1: I}
              - text: Something the wire said on the phone.
                source: wire
                credibility: low
                ratings: {H2: II}
              - quote: earlier that 164 people
                # The analyst trusts the earlier toll less than its source's grade says.
                credibility: low
                ratings: {H1: I}
            """);
        Assert.True(resolved.Ok, resolved.Problem?.ToString());
        var items = resolved.Value!.Matrix.Evidence;
        Assert.Equal("Prosecutors said that 225 people had died.", items[0].Text);
        Assert.Equal(["wire#2", null, null, "wire#3"], items.Select(e => e.ClaimId));
        // B2 is high on both counts; an analyst's item is medium; a stated credibility wins, for a quoted claim too.
        Assert.Equal([Level.High, Level.Medium, Level.Low, Level.Low], items.Select(e => e.Credibility));
        Assert.All(items, e => Assert.Equal(Level.Medium, e.Relevance));
        // A hypothesis left out of an item's ratings is NA for it.
        Assert.Equal(Rating.NA, items[1].RatingFor("H2"));
    }

    [Fact]
    public void An_analysts_item_may_only_name_a_source_of_the_case()
    {
        var resolved = Resolve(TwoHypotheses + """

            evidence:
              - text: Heard somewhere.
                source: gossip
                ratings: {H1: C}
            """);
        Assert.Equal("TSR105", resolved.Problem!.Code);
    }

    [Fact]
    public void A_case_folders_predictions_are_scored_at_the_probability_of_their_estimative_words_unless_the_analyst_gives_one()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("outlook.txt", "The ceasefire will hold through the winter. The border will reopen by June. " +
                                 "It is highly likely that the rebels will return to the talks. The bloc will admit two new members.");
        dir.Write("case.yaml", """
            title: Outlook
            sources:
              - id: outlook
                file: outlook.txt
                date: 2023-01-10
            forecasts:
              - quote: The ceasefire will hold
                outcome: true
                resolved: 2023-03-01
              - quote: The border will reopen
                probability: 0.8
                outcome: true
                resolved: 2023-06-01
              - quote: the rebels will return to the talks
                outcome: false
                resolved: 2023-05-01
            """);
        var opened = CaseInput.OpenAnalysis(dir.Path, Fixtures.Bundled);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        var report = ForecastScoring.Report(opened.Value!.Forecasts, Fixtures.Bundled.Forecasts);
        // A bare 'will' states no probability: resolved (a hit) but not scored. The analyst gives 0.8; 'highly likely' is the
        // very likely band, (80% + 95%) / 2.
        Assert.Equal([0.8, 0.875], report.Forecasts.Where(f => f.IsScored).Select(f => f.Probability!.Value));
        Assert.Equal((0.2 * 0.2 + 0.875 * 0.875) / 2, report.Overall.Brier!.Value, 9);
        Assert.Equal("hit", report.Forecasts[0].Result);
        Assert.Equal(["outlook#4"], report.Open.Select(f => f.Id));
    }

    [Theory]
    // grade  sentence                                                 credibility
    [InlineData("B2", "The contingent left Almaty on 19 January.", Level.High)]
    [InlineData("B3", "The contingent left Almaty on 19 January.", Level.Medium)]
    [InlineData("D3", "The contingent left Almaty on 19 January.", Level.Low)]
    [InlineData("F6", "The contingent left Almaty on 19 January.", Level.Medium)]
    // Hedged claims lose a step, unverified ones two.
    [InlineData("B2", "The contingent may have left Almaty on 19 January.", Level.Medium)]
    [InlineData("C3", "The contingent may have left Almaty on 19 January.", Level.Low)]
    [InlineData("B2", "The contingent reportedly left Almaty on 19 January.", Level.Low)]
    public void Credibility_defaults_from_the_grade_and_the_stance(string grade, string sentence, Level expected)
    {
        Assert.True(SourceGrade.TryParse(grade, out var g));
        var claim = MakeCase(("s", "S", sentence)).Claims.Single();
        Assert.Equal(expected, Fixtures.Bundled.Ach.DefaultCredibility(g, claim));
    }

    [Fact]
    public void Every_prediction_becomes_a_forecast_with_the_probability_of_its_words_unless_the_analyst_gives_one()
    {
        var resolved = Resolve("""
            forecasts:
              - quote: The CSTO will withdraw
                probability: 0.6
                deadline: 2022-01-23
                outcome: true
                resolved: 2022-01-19
            """);
        Assert.True(resolved.Ok, resolved.Problem?.ToString());
        var forecasts = resolved.Value!.Forecasts;
        Assert.Equal(["wire#1", "wire#4"], forecasts.Select(f => f.Id));
        Assert.Equal((0.6, "analyst"), (forecasts[0].Probability, forecasts[0].Basis));
        Assert.Equal(new DateOnly(2022, 1, 23), forecasts[0].Deadline);
        Assert.True(forecasts[0].Resolution!.Outcome);
        // "very unlikely" is scored at its band's midpoint, (5% + 20%) / 2.
        Assert.Equal((0.125, "band 'very unlikely'"), (forecasts[1].Probability, forecasts[1].Basis));
        Assert.Equal(new DateOnly(2022, 1, 11), forecasts[1].Made);
        Assert.Null(forecasts[1].Resolution);
    }
}
