using Tessera.Analysis.Ach;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis;

/// <summary>ACH on matrices small enough to score by hand. Rows are items, columns H1, H2, ...; "@high,low" sets an item's
/// credibility and relevance (medium by default, weight 1).</summary>
public class AchTests
{
    private static readonly AchModel Model = Fixtures.Bundled.Ach;

    [Theory]
    // rows                          Heuer count   weighted (PARC)      rank
    [InlineData("C I II; N C I; I I C", "1 2 3", "-1 -2 -3", "1 2 3")]
    // Consistent ratings cost nothing: Heuer ranks by what argues against a hypothesis.
    [InlineData("CC C N; CC CC CC", "0 0 0", "0 0 0", "1 1 1")]
    // Ties share a rank, and the next rank is skipped.
    [InlineData("I I C; C C N", "1 1 0", "-1 -1 0", "2 2 1")]
    // NA counts nothing, an all-NA row nothing at all.
    [InlineData("NA II N; NA NA NA", "0 2 0", "0 -2 0", "1 3 1")]
    // All-neutral rows leave every hypothesis level.
    [InlineData("N N N; N N N", "0 0 0", "0 0 0", "1 1 1")]
    // A high-credibility, high-relevance I weighs sqrt(2) * sqrt(2) = 2.
    [InlineData("I N @high,high; N I", "1 1", "-2 -1", "2 1")]
    // A low-credibility II weighs 2 / sqrt(2).
    [InlineData("II N @low,medium", "2 0", "-1.41421 0", "2 1")]
    // Weighted scores tie (-2 * 1/2 = -1); the plain count breaks the tie.
    [InlineData("II N @low,low; N I", "2 1", "-1 -1", "2 1")]
    public void Inconsistency_scores_and_ranks_match_hand_computation(string rows, string heuer, string weighted, string ranks)
    {
        var result = AchAnalysis.Run(Matrix(rows), Model);
        Assert.Equal(Numbers(heuer), result.Scores.Select(s => (double)s.Inconsistency));
        Assert.Equal(Numbers(weighted), result.Scores.Select(s => Math.Round(s.WeightedInconsistency, 5)));
        Assert.Equal(Numbers(ranks), result.Scores.Select(s => (double)s.Rank));
    }

    [Theory]
    [InlineData("C I II; N C I; I I C", "H1")]
    [InlineData("I I C; C C N", "H3")]
    [InlineData("N N N", "H1 H2 H3")]
    [InlineData("N I; I N", "H1 H2")]
    public void The_leaders_are_every_hypothesis_ranked_first(string rows, string leaders) =>
        Assert.Equal(leaders.Split(' '), AchAnalysis.Run(Matrix(rows), Model).Leaders);

    [Theory]
    // row         spread  likelihood ratio (max over min P(E|H), ach-likelihoods.tsv)
    [InlineData("C I", 2, 2.076923)]
    [InlineData("I N", 1, 1.538462)]
    [InlineData("CC NA II", 4, 7)]
    // Rated alike, or applicable to one hypothesis only: it tells nothing apart.
    [InlineData("N N N", 0, 1)]
    [InlineData("C C C", 0, 1)]
    [InlineData("NA NA C", 0, 1)]
    public void Diagnosticity_is_the_spread_of_an_items_ratings(string row, int spread, double ratio)
    {
        var d = AchAnalysis.Run(Matrix(row), Model).Diagnosticity.Single();
        Assert.Equal(spread, d.Spread);
        Assert.Equal(ratio, d.LikelihoodRatio, 5);
        Assert.Equal(spread > 0, d.IsDiagnostic);
    }

    [Theory]
    // One C against one I, even priors: the posterior is the likelihoods normalised, 0.675 / (0.675 + 0.325).
    [InlineData("C I", null, "0.675 0.325")]
    // Priors 1:3 times the likelihood ratio 0.675:0.325.
    [InlineData("C I", "0.25 0.75", "0.409091 0.590909")]
    // A high, high item counts twice: 0.675^2 : 0.325^2.
    [InlineData("C I @high,high", null, "0.811804 0.188196")]
    [InlineData("CC N II", null, "0.583333 0.333333 0.083333")]
    // Neutral and NA rows leave the priors where they were.
    [InlineData("N N N; NA NA NA", "0.2 0.3 0.5", "0.2 0.3 0.5")]
    // A prior left out shares what the others leave.
    [InlineData("N N N", "0.5 - -", "0.5 0.25 0.25")]
    [InlineData("C I; I C", null, "0.5 0.5")]
    public void The_Bayesian_posterior_matches_hand_computation(string rows, string? priors, string expected)
    {
        var result = AchAnalysis.Run(Matrix(rows, priors), Model);
        Assert.Equal(Numbers(expected), result.Scores.Select(s => Math.Round(s.Posterior, 6)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_posterior_sums_to_one(int seed)
    {
        var random = new Random(seed);
        var ratings = Enum.GetValues<Rating>();
        var levels = new[] { "low", "medium", "high" };
        var rows = string.Join("; ", Enumerable.Range(0, 12).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 4).Select(_ => ratings[random.Next(ratings.Length)])) + $" @{levels[random.Next(3)]},{levels[random.Next(3)]}"));
        var result = AchAnalysis.Run(Matrix(rows), Model);
        Assert.Equal(1, result.Scores.Sum(s => s.Posterior), 9);
        Assert.All(result.Scores, s => Assert.InRange(s.Posterior, 0, 1));
    }

    [Theory]
    // Evidence consistent with H1 raises it; evidence inconsistent with it lowers it; the stronger rating moves it further.
    [InlineData("C N N", 1)]
    [InlineData("CC N N", 1)]
    [InlineData("I N N", -1)]
    [InlineData("II N N", -1)]
    [InlineData("N N N", 0)]
    [InlineData("N I I", 1)]
    public void The_posterior_moves_the_right_way(string added, int direction)
    {
        var before = AchAnalysis.Run(Matrix("C I N; N C I"), Model).Score("H1").Posterior;
        var after = AchAnalysis.Run(Matrix("C I N; N C I; " + added), Model).Score("H1").Posterior;
        Assert.Equal(direction, Math.Sign(Math.Round(after - before, 12)));
    }

    [Fact]
    public void A_stronger_rating_moves_the_posterior_further()
    {
        double H1(string row) => AchAnalysis.Run(Matrix("N N; " + row), Model).Score("H1").Posterior;
        Assert.True(H1("CC N") > H1("C N"));
        Assert.True(H1("II N") < H1("I N"));
    }

    [Fact]
    public void Sensitivity_finds_the_item_that_flips_the_lead()
    {
        // H1 leads (-1 against -2) only because E1 is very inconsistent with H2; without E1, or with it reversed, H2 leads.
        var result = AchAnalysis.Run(Matrix("N II; I N"), Model);
        Assert.Equal(["H1"], result.Leaders);
        var flips = result.Sensitivity.Select(f => $"{f.EvidenceId} {f.Change} {f.Reading} -> {string.Join(",", f.LeadersAfter)}").ToList();
        Assert.Equal(
        [
            "E1 Removed Heuer -> H2",
            "E1 Removed Bayes -> H2",
            "E1 Reversed Heuer -> H2",
            "E1 Reversed Bayes -> H2",
        ], flips);
    }

    [Fact]
    public void A_robust_lead_has_no_sensitive_items() =>
        Assert.Empty(AchAnalysis.Run(Matrix("C II; C II; C II; I N"), Model).Sensitivity);

    [Theory]
    // An item the lead hangs on gives a record per change and reading, as the table gives a row.
    [InlineData("N II; I N", "E1 removed heuer H1>H2|E1 removed bayes H1>H2|E1 reversed heuer H1>H2|E1 reversed bayes H1>H2")]
    // A robust lead gives one record that says so, where the table says "no single item ... changes the lead".
    [InlineData("C II; C II; C II; I N", "- - - H1>H1")]
    public void Ach_jsonl_carries_the_sensitivity_the_table_shows(string rows, string expected)
    {
        var output = new StringWriter();
        Tessera.Output.Records.AchJsonl.Write(output, AchAnalysis.Run(Matrix(rows), Model), Model);
        var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("type").GetString() == "sensitivity").ToList();
        string Text(System.Text.Json.JsonElement r, string name) => r.GetProperty(name).GetString() ?? "-";
        Assert.Equal(expected.Split('|'), records.Select(r =>
            $"{Text(r, "evidence")} {Text(r, "change")} {Text(r, "reading")} " +
            $"{string.Join(",", r.GetProperty("leaders_before").EnumerateArray())}>{string.Join(",", r.GetProperty("leaders_after").EnumerateArray())}"));
        Assert.All(records, r => Assert.Equal(r.GetProperty("evidence").ValueKind != System.Text.Json.JsonValueKind.Null, r.GetProperty("changes_lead").GetBoolean()));
    }

    [Fact]
    public void Ach_jsonl_names_the_analyst_of_each_rating_that_has_one_and_says_nothing_for_the_rest()
    {
        var matrix = Matrix("C II; I N");
        matrix = matrix with { Evidence = [matrix.Evidence[0] with { RatedBy = new Dictionary<string, string> { ["H2"] = "ana" } }, matrix.Evidence[1]] };
        var output = new StringWriter();
        Tessera.Output.Records.AchJsonl.Write(output, AchAnalysis.Run(matrix, Model), Model);
        var items = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("type").GetString() == "evidence").ToList();
        Assert.Equal("{\"H2\":\"ana\"}", items[0].GetProperty("rated_by").GetRawText());
        Assert.False(items[1].TryGetProperty("rated_by", out _));
        Assert.Equal(["ana"], matrix.Analysts);
    }

    [Fact]
    public void Breaking_the_lead_into_a_tie_counts_as_a_change()
    {
        var result = AchAnalysis.Run(Matrix("N I; N I; I N"), Model);
        var removed = result.Sensitivity.Single(f => f.EvidenceId == "E1" && f.Change == SensitivityChange.Removed && f.Reading == AchReading.Heuer);
        Assert.Equal(["H1", "H2"], removed.LeadersAfter);
    }

    [Fact]
    public void When_the_readings_disagree_a_note_says_why()
    {
        // Heuer sets the two CCs aside and counts H1's one I against it; the Bayesian reading counts them.
        var result = AchAnalysis.Run(Matrix("CC N; CC N; I N"), Model);
        Assert.Equal(["H2"], result.Leaders);
        Assert.Equal(["H1"], result.BayesLeaders);
        Assert.False(result.ReadingsAgree);
        Assert.NotNull(result.Note);
    }

    [Fact]
    public void When_the_readings_agree_there_is_no_note()
    {
        var result = AchAnalysis.Run(Matrix("C I II; N C I; I I C"), Model);
        Assert.True(result.ReadingsAgree);
        Assert.Null(result.Note);
    }

    [Fact]
    public void A_matrix_without_hypotheses_scores_nothing()
    {
        var result = AchAnalysis.Run(new AchMatrix([], []), Model);
        Assert.Empty(result.Scores);
        Assert.Empty(result.Leaders);
    }

    [Theory]
    [InlineData("CC", "II")]
    [InlineData("C", "I")]
    [InlineData("N", "N")]
    [InlineData("NA", "NA")]
    [InlineData("II", "CC")]
    public void Reversing_a_rating_mirrors_it(string rating, string reversed)
    {
        Assert.True(Ratings.TryParse(rating, out var r));
        Assert.Equal(reversed, Ratings.Reverse(r).ToString());
    }

    [Theory]
    [InlineData("cc", true)]
    [InlineData(" II ", true)]
    [InlineData("n/a", true)]
    [InlineData("X", false)]
    [InlineData("CCC", false)]
    [InlineData("", false)]
    public void Ratings_are_read_in_any_case(string text, bool ok) => Assert.Equal(ok, Ratings.TryParse(text, out _));

    [Fact]
    public void Sensitivity_from_the_sums_agrees_with_scoring_every_variant_afresh()
    {
        var random = new Random(20220105);
        string[] cells = ["CC", "C", "N", "I", "II", "NA"];
        string[] levels = ["low", "medium", "high"];
        for (var n = 0; n < 200; n++)
        {
            var rows = string.Join("; ", Enumerable.Range(0, random.Next(1, 9)).Select(_ =>
                string.Join(" ", Enumerable.Range(0, 3).Select(_ => cells[random.Next(cells.Length)])) + $" @{levels[random.Next(3)]},{levels[random.Next(3)]}"));
            var matrix = Matrix(rows, random.Next(2) == 0 ? null : "0.5 0.3 0.2");
            var result = AchAnalysis.Run(matrix, Model);
            var expected = new List<string>();
            foreach (var item in matrix.Evidence)
            {
                var variants = new List<(SensitivityChange, AchMatrix)> { (SensitivityChange.Removed, matrix.Without(item.Id)) };
                if (matrix.Hypotheses.Any(h => item.Reversed().RatingFor(h.Id) != item.RatingFor(h.Id)))
                    variants.Add((SensitivityChange.Reversed, matrix.WithReversed(item.Id)));
                foreach (var (change, variant) in variants)
                {
                    var again = AchAnalysis.Run(variant, Model);
                    if (!again.Leaders.Order().SequenceEqual(result.Leaders.Order())) expected.Add($"{item.Id} {change} Heuer {string.Join(",", again.Leaders)}");
                    if (!again.BayesLeaders.Order().SequenceEqual(result.BayesLeaders.Order())) expected.Add($"{item.Id} {change} Bayes {string.Join(",", again.BayesLeaders)}");
                }
            }
            Assert.True(expected.SequenceEqual(result.Sensitivity.Select(f => $"{f.EvidenceId} {f.Change} {f.Reading} {string.Join(",", f.LeadersAfter)}")), $"matrix {n}: {rows}");
        }
    }
}
