using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;
using Tessera.Reading;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis;

/// <summary>Each analysis data file, extended from a --lexicon folder, changes a score, a setting or what corroboration compares.</summary>
public class ResourceOverrideTests
{
    private static ClaimFeatures Features(string sentence, CorroborationLexicon lex) => ClaimFeatures.Of(MakeCase(("s", "S", sentence)).Claims.Single(), lex);

    private static SourceGrade Grade(string text) => SourceGrade.TryParse(text, out var g) ? g : throw new ArgumentException(text);

    [Fact]
    [Overrides("analysis/ach-credibility.tsv")]
    public void A_credibility_rule_changes_the_default_credibility_of_a_grade()
    {
        Assert.Equal(Level.High, Fixtures.Bundled.Ach.DefaultCredibility(Grade("B2"), null));
        using var lex = Fixtures.Lexicon(("ach-credibility.tsv", "# we trust B sources less\nreliability\tB\tlow\n"));
        Assert.Equal(Level.Low, lex.Resources.Ach.DefaultCredibility(Grade("B2"), null));
    }

    [Fact]
    [Overrides("analysis/ach-likelihoods.tsv")]
    public void A_likelihood_changes_the_Bayesian_posterior()
    {
        var matrix = Matrix("C I");
        var bundled = AchAnalysis.Run(matrix, Fixtures.Bundled.Ach).Score("H1").Posterior;
        using var lex = Fixtures.Lexicon(("ach-likelihoods.tsv", "C\t0.9\tvery likely\n"));
        Assert.Equal(0.675, Fixtures.Bundled.Ach.Likelihood(Rating.C), 3);
        Assert.Equal(0.9, lex.Resources.Ach.Likelihood(Rating.C), 3);
        Assert.True(AchAnalysis.Run(matrix, lex.Resources.Ach).Score("H1").Posterior > bundled);
    }

    [Fact]
    [Overrides("analysis/ach-ratings.tsv")]
    public void A_rating_score_changes_the_inconsistency_of_a_hypothesis()
    {
        var matrix = Matrix("I C");
        Assert.Equal(1, AchAnalysis.Run(matrix, Fixtures.Bundled.Ach).Score("H1").Inconsistency);
        using var lex = Fixtures.Lexicon(("ach-ratings.tsv", "I\t-3\t-1\tinconsistent, counted heavier\n"));
        Assert.Equal(3, AchAnalysis.Run(matrix, lex.Resources.Ach).Score("H1").Inconsistency);
    }

    [Fact]
    [Overrides("analysis/ach-weights.tsv")]
    public void A_weight_changes_the_weighted_inconsistency()
    {
        var matrix = Matrix("I C @high,medium");
        Assert.Equal(-Math.Sqrt(2), AchAnalysis.Run(matrix, Fixtures.Bundled.Ach).Score("H1").WeightedInconsistency, 6);
        using var lex = Fixtures.Lexicon(("ach-weights.tsv", "high\t2\n"));
        Assert.Equal(-2, AchAnalysis.Run(matrix, lex.Resources.Ach).Score("H1").WeightedInconsistency, 6);
    }

    [Fact]
    [Overrides("analysis/concepts.tsv")]
    public void A_concept_folds_a_word_into_another_term()
    {
        Assert.NotEqual("withdraw", ClaimFeatures.Term("exodus", Fixtures.Bundled.Corroboration));
        using var lex = Fixtures.Lexicon(("concepts.tsv", "exodus\twithdraw\n"));
        Assert.Equal("withdraw", ClaimFeatures.Term("exodus", lex.Resources.Corroboration));
    }

    [Fact]
    [Overrides("analysis/confidence.tsv")]
    public void A_confidence_threshold_is_the_users()
    {
        Assert.Equal(8, Fixtures.Bundled.Judgments.AchHighItems);
        using var lex = Fixtures.Lexicon(("confidence.tsv", "ach-high-items\t3\tour cases are small\n"));
        Assert.Equal(3, lex.Resources.Judgments.AchHighItems);
    }

    [Fact]
    [Overrides("analysis/corroboration.tsv")]
    public void A_corroboration_setting_changes_what_groups()
    {
        (string, string, string)[] documents =
        [
            ("a", "Steppe Wire", "Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent."),
            ("b", "Daily Herald", "On Jan. 6 the first Russian paratroopers of the CSTO contingent arrived in Almaty."),
        ];
        var c = MakeCase(documents);
        Assert.Single(Corroborator.Run(c.Claims, c.Sources, Fixtures.Bundled.Corroboration).Groups);
        using var lex = Fixtures.Lexicon(("corroboration.tsv", "min-terms\t50\tno claim is that long\n"));
        Assert.Empty(Corroborator.Run(c.Claims, c.Sources, lex.Resources.Corroboration).Groups);
    }

    [Fact]
    [Overrides("analysis/forecast-scoring.tsv")]
    public void The_log_floor_caps_what_a_confident_miss_costs()
    {
        Assert.Equal(-Math.Log(0.01), ForecastScoring.Log(0.001, true, Fixtures.Bundled.Forecasts.LogFloor), 6);
        using var lex = Fixtures.Lexicon(("forecast-scoring.tsv", "log-floor\t0.05\tour forecasters are coarse\n"));
        Assert.Equal(-Math.Log(0.05), ForecastScoring.Log(0.001, true, lex.Resources.Forecasts.LogFloor), 6);
    }

    [Fact]
    [Overrides("analysis/number-words.tsv")]
    public void A_number_word_is_read_as_a_figure()
    {
        const string text = "Sixty soldiers were deployed.";
        Assert.Empty(Features(text, Fixtures.Bundled.Corroboration).Figures);
        using var lex = Fixtures.Lexicon(("number-words.tsv", "sixty\t60\n"));
        var figure = Assert.Single(Features(text, lex.Resources.Corroboration).Figures);
        Assert.Equal(("troops", 60.0), (figure.Kind, figure.Value));
    }

    [Fact]
    [Overrides("analysis/polarity.tsv")]
    public void A_negative_word_makes_a_claim_negative()
    {
        const string text = "The ministry refutes the report.";
        Assert.False(Features(text, Fixtures.Bundled.Corroboration).Negative);
        using var lex = Fixtures.Lexicon(("polarity.tsv", "refutes\tnegative\n"));
        Assert.True(Features(text, lex.Resources.Corroboration).Negative);
    }

    [Fact]
    [Overrides("analysis/approximations.tsv")]
    public void An_approximation_widens_a_figure_by_the_users_tolerance()
    {
        const string text = "Roughly 100 people were injured.";
        Assert.Equal((90.0, 110.0), Interval(Features(text, Fixtures.Bundled.Corroboration)));
        using var lex = Fixtures.Lexicon(("approximations.tsv", "roughly\taround\t0.3\n"));
        Assert.Equal((70.0, 130.0), Interval(Features(text, lex.Resources.Corroboration)));

        static (double, double) Interval(ClaimFeatures f) => (Math.Round(Assert.Single(f.Figures).Low, 6), Math.Round(f.Figures[0].High, 6));
    }

    [Fact]
    [Overrides("analysis/credibility.tsv")]
    public void A_credibility_setting_changes_how_many_origins_confirm()
    {
        var c = MakeCase(
            ("a", "Steppe Wire", "Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent."),
            ("b", "Daily Herald", "On Jan. 6 the first Russian paratroopers of the CSTO contingent arrived in Almaty."));
        var corroboration = Corroborator.Run(c, Fixtures.Bundled.Corroboration);
        Assert.Equal(1, Tessera.Analysis.Credibility.ClaimCredibility.Grade(c, corroboration, Fixtures.Bundled.Credibility)["a#1"].Grade);
        using var lex = Fixtures.Lexicon(("credibility.tsv", "confirmed-origins\t3\twe want three\n"));
        Assert.Equal(2, Tessera.Analysis.Credibility.ClaimCredibility.Grade(c, corroboration, lex.Resources.Credibility)["a#1"].Grade);
    }

    [Fact]
    [Overrides("analysis/quantities.tsv")]
    public void A_unit_says_what_a_figure_counts()
    {
        const string text = "Officials said 300 evacuees crossed the border.";
        Assert.Empty(Features(text, Fixtures.Bundled.Corroboration).Figures);
        using var lex = Fixtures.Lexicon(("quantities.tsv", "evacuees\tunit\tdisplaced\tafter\n"));
        var figure = Assert.Single(Features(text, lex.Resources.Corroboration).Figures);
        Assert.Equal(("displaced", 300.0), (figure.Kind, figure.Value));
    }

    [Fact]
    [Overrides("analysis/stopwords.tsv")]
    public void A_stop_word_is_left_out_of_the_terms()
    {
        const string text = "The flotilla sailed at dawn.";
        var bundled = Features(text, Fixtures.Bundled.Corroboration).Terms;
        using var lex = Fixtures.Lexicon(("stopwords.tsv", "flotilla\n"));
        var terms = Features(text, lex.Resources.Corroboration).Terms;
        Assert.Equal(bundled.Count - 1, terms.Count);
        Assert.Contains(ClaimFeatures.Term("flotilla", Fixtures.Bundled.Corroboration), bundled);
        Assert.DoesNotContain(ClaimFeatures.Term("flotilla", Fixtures.Bundled.Corroboration), terms);
    }
}
