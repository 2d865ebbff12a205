using Tessera.Events;
using ConsequencesOf = Tessera.Analysis.Consequences.Consequences;

namespace Tessera.Tests.Analysis.Events;

/// <summary>Each CAMEO file and the figure and outcome cues, extended from a --lexicon folder, change the events, figures and
/// outcomes a claim gives.</summary>
public class ResourceOverrideTests
{
    private static string[] Events(LanguageResources resources, string text) =>
        resources.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor)).Select(e => $"{e.Source}|{e.CameoCode}|{e.Target ?? "?"}").ToArray();

    [Fact]
    [Overrides("cameo/codes.tsv")]
    public void A_later_row_for_a_code_gives_it_a_new_Goldstein_value()
    {
        const string text = "Niger criticized Chad.";
        Assert.Equal(-2, Assert.Single(Fixtures.Bundled.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor))).Goldstein);
        using var lex = Fixtures.Lexicon(("codes.tsv", "# our desk weighs denunciation harder\n111\t11\tCriticize or denounce\t3\t-5\n"));
        Assert.Equal(-5, Assert.Single(lex.Resources.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor))).Goldstein);
    }

    [Fact]
    [Overrides("cameo/irregular-verbs.tsv")]
    public void An_irregular_form_matches_the_verbs_patterns()
    {
        // A made-up past, so that only the user's row can supply it.
        const string text = "Niger critted Chad.";
        Assert.Empty(Events(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("irregular-verbs.tsv", "criticize\tcritted\n"));
        Assert.Equal(["Niger|111|Chad"], Events(lex.Resources, text));
    }

    [Fact]
    [Overrides("cameo/markers.tsv")]
    public void A_negation_marker_cancels_the_event()
    {
        const string text = "Niger scarcely criticized Chad.";
        Assert.Equal(["Niger|111|Chad"], Events(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("markers.tsv", "scarcely\tnegation\n"));
        Assert.Empty(Events(lex.Resources, text));
    }

    [Fact]
    [Overrides("cameo/verbs.tsv")]
    public void A_verb_phrase_codes_an_event()
    {
        const string text = "Peru scolded Chile.";
        Assert.Empty(Events(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("verbs.tsv", "# extra\n111\tscold+ {T}\n"));
        Assert.Equal(["Peru|111|Chile"], Events(lex.Resources, text));
    }

    [Fact]
    [Overrides("analysis/figures.tsv")]
    public void A_figure_cue_says_what_a_number_counts()
    {
        var claims = Texts.Claims("About 300 evacuees crossed the border.");
        Assert.Empty(Fixtures.Bundled.Figures.Read(claims));
        using var lex = Fixtures.Lexicon(("figures.tsv", "evacuees\tcue\tdisplaced\n"));
        var figure = Assert.Single(lex.Resources.Figures.Read(claims));
        Assert.Equal(("displaced", 300.0, "About 300"), (figure.Kind, figure.Value, figure.Words));
    }

    [Fact]
    [Overrides("analysis/outcome-cues.tsv")]
    public void An_outcome_cue_says_who_gains()
    {
        var claims = Texts.Claims("Kenya flourished after the talks.");
        Assert.Empty(claims.SelectMany(c => Fixtures.Bundled.Outcomes.Read(c)));
        using var lex = Fixtures.Lexicon(("outcome-cues.tsv", "gain\tsubject\tflourish+\n"));
        var entry = Assert.Single(claims.SelectMany(c => lex.Resources.Outcomes.Read(c)));
        Assert.Equal(("Kenya", OutcomeDirection.Gain, "flourished"), (entry.Actor, entry.Direction, entry.Cue));
    }
}
