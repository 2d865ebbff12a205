using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Each stance lexicon, extended or replaced from a --lexicon folder, changes the flags a sentence gets, and the cue
/// names the user's words.</summary>
public class ResourceOverrideTests
{
    private static Tessera.Claims.Claim Read(LanguageResources resources, string text) =>
        resources.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim);

    [Fact]
    [Overrides("lexicon/bands.tsv")]
    public void A_redrawn_band_moves_the_probability_of_its_words()
    {
        const string text = "The army will likely withdraw.";
        Assert.Equal(0.675, Read(Fixtures.Bundled, text).Likelihood!.Value.Value, 3);
        using var lex = Fixtures.Lexicon(("bands.tsv", "# our desk's reading\nlikely\t60\t70\n"));
        Assert.Equal(0.65, Read(lex.Resources, text).Likelihood!.Value.Value, 3);
    }

    [Fact]
    [Overrides("lexicon/boosters.tsv")]
    public void A_replaced_booster_list_boosts_only_its_own_words()
    {
        Assert.True(Read(Fixtures.Bundled, "The dam obviously held.").Boosted);
        using var lex = Fixtures.Lexicon(("boosters.tsv", "!replace\ncategorically\tcertainty\n"));
        Assert.False(Read(lex.Resources, "The dam obviously held.").Boosted);
        var claim = Read(lex.Resources, "The dam categorically held.");
        Assert.Equal("categorically", Assert.Single(claim.Cues, c => c.Flag == Flag.Boosted).Text);
    }

    [Fact]
    [Overrides("lexicon/content-nouns.tsv")]
    public void A_content_noun_lets_an_endorsement_attribute()
    {
        const string text = "The opposition party backed the government's tale.";
        Assert.Empty(Read(Fixtures.Bundled, text).Speakers);
        using var lex = Fixtures.Lexicon(("content-nouns.tsv", "tale\n"));
        var claim = Read(lex.Resources, text);
        Assert.Equal(["opposition party"], claim.Speakers);
        Assert.Equal("backed", Assert.Single(claim.Cues, c => c.Flag == Flag.Speaker).Text);
    }

    [Fact]
    [Overrides("lexicon/estimative.tsv")]
    public void An_estimative_phrase_gives_its_band()
    {
        const string text = "A ceasefire is a fair bet.";
        Assert.Null(Read(Fixtures.Bundled, text).Band);
        using var lex = Fixtures.Lexicon(("estimative.tsv", "a fair bet\tlikely\tcommon\n"));
        var claim = Read(lex.Resources, text);
        Assert.Equal("likely", claim.Band?.Name);
        Assert.Equal("a fair bet", Assert.Single(claim.Cues, c => c.Flag == Flag.Probability).Text);
    }

    [Fact]
    [Overrides("lexicon/future.tsv")]
    public void A_future_marker_makes_a_prediction_with_its_probability()
    {
        const string text = "The rebels stand ready to take the airport.";
        Assert.False(Read(Fixtures.Bundled, text).Prediction);
        using var lex = Fixtures.Lexicon(("future.tsv", "stand ready to\tintention\t0.75\n"));
        var claim = Read(lex.Resources, text);
        Assert.True(claim.Prediction);
        Assert.Equal(0.75, claim.Likelihood!.Value.Value, 3);
        Assert.Equal("stand ready to", Assert.Single(claim.Cues, c => c.Flag == Flag.Prediction).Text);
    }

    [Fact]
    [Overrides("lexicon/hedges.tsv")]
    public void A_hedge_and_its_condition_come_from_the_users_row()
    {
        using var lex = Fixtures.Lexicon(("hedges.tsv", "# my hedges\nby all accounts\thearsay\nmay\tmodal\n"));
        Assert.False(Read(Fixtures.Bundled, "By all accounts the dam held.").Hedged);
        Assert.Equal("By all accounts", Assert.Single(Read(lex.Resources, "By all accounts the dam held.").Cues, c => c.Flag == Flag.Hedged).Text);
        // The user's "may" has no condition, so it replaces the bundled row that asks for a modal of possibility.
        Assert.False(Read(Fixtures.Bundled, "The talks resume in May 2023.").Hedged);
        Assert.True(Read(lex.Resources, "The talks resume in May 2023.").Hedged);
    }

    [Fact]
    [Overrides("lexicon/modal-readings.tsv")]
    public void A_users_modal_reading_takes_the_hedge_away()
    {
        const string text = "Pilgrims may camp by the river.";
        Assert.True(Read(Fixtures.Bundled, text).Hedged);
        using var lex = Fixtures.Lexicon(("modal-readings.tsv", "# our rules of the camp\nmay\tcamp\tafter\tpermission\n"));
        Assert.False(Read(lex.Resources, text).Hedged);
    }

    [Fact]
    [Overrides("lexicon/negation.tsv")]
    public void A_negation_cancels_the_booster_after_it()
    {
        const string text = "The minister was scarcely obviously wrong.";
        Assert.True(Read(Fixtures.Bundled, text).Boosted);
        using var lex = Fixtures.Lexicon(("negation.tsv", "scarcely\n"));
        Assert.False(Read(lex.Resources, text).Boosted);
    }

    [Fact]
    [Overrides("lexicon/reporting-verbs.tsv")]
    public void A_reporting_verb_attributes_its_content()
    {
        const string text = "The mayor opined that the dam held.";
        Assert.Empty(Read(Fixtures.Bundled, text).Speakers);
        using var lex = Fixtures.Lexicon(("reporting-verbs.tsv", "opine\topined|opines\tspeech\tclause\n"));
        var claim = Read(lex.Resources, text);
        Assert.Equal(["mayor"], claim.Speakers);
        Assert.Equal("opined", Assert.Single(claim.Cues, c => c.Flag == Flag.Speaker).Text);
    }

    [Fact]
    [Overrides("lexicon/source-nouns.tsv")]
    public void A_source_noun_can_head_a_source()
    {
        const string text = "The dockers said the dam held.";
        Assert.Empty(Read(Fixtures.Bundled, text).Speakers);
        using var lex = Fixtures.Lexicon(("source-nouns.tsv", "dockers\tno\n"));
        Assert.Equal(["dockers"], Read(lex.Resources, text).Speakers);
    }

    [Fact]
    [Overrides("lexicon/origin-cues.tsv")]
    public void An_origin_cue_names_who_first_made_the_claim()
    {
        const string text = "The radio, relaying the health ministry, reported 40 deaths.";
        Assert.Null(Read(Fixtures.Bundled, text).Origin);
        using var lex = Fixtures.Lexicon(("origin-cues.tsv", "relaying\tcited\n"));
        var claim = Read(lex.Resources, text);
        Assert.Equal("health ministry", claim.Origin);
        var cue = Assert.Single(claim.Cues, c => c.Flag == Flag.Origin);
        Assert.Equal(("cited", "relaying"), (cue.Family, cue.Text));
    }

    [Fact]
    [Overrides("lexicon/source-phrases.tsv")]
    public void A_source_phrase_names_the_source_after_it()
    {
        const string text = "As relayed by the ministry, the dam held.";
        Assert.Empty(Read(Fixtures.Bundled, text).Speakers);
        using var lex = Fixtures.Lexicon(("source-phrases.tsv", "as relayed by\n"));
        var claim = Read(lex.Resources, text);
        Assert.Equal(["ministry"], claim.Speakers);
        var cue = Assert.Single(claim.Cues, c => c.Flag == Flag.Speaker);
        Assert.Equal(("according-to", "As relayed by"), (cue.Family, cue.Text));
    }

    [Fact]
    [Overrides("lexicon/stative-verbs.tsv")]
    public void A_stative_verb_after_could_makes_no_prediction()
    {
        const string text = "The truce could falter.";
        Assert.True(Read(Fixtures.Bundled, text).Prediction);
        using var lex = Fixtures.Lexicon(("stative-verbs.tsv", "falter\n"));
        Assert.False(Read(lex.Resources, text).Prediction);
    }

    [Fact]
    [Overrides("lexicon/unverified.tsv")]
    public void An_unverified_cue_flags_the_claim()
    {
        const string text = "Word on the street is that the dam held.";
        Assert.False(Read(Fixtures.Bundled, text).Unverified);
        using var lex = Fixtures.Lexicon(("unverified.tsv", "word on the street\thearsay\n"));
        Assert.Equal("Word on the street", Assert.Single(Read(lex.Resources, text).Cues, c => c.Flag == Flag.Unverified).Text);
    }

    [Fact]
    [Overrides("lexicon/vague-sources.tsv")]
    public void A_vague_source_of_the_desk_flags_the_claim_when_it_speaks()
    {
        const string text = "Bloggers said the dam held.";
        Assert.False(Read(Fixtures.Bundled, text).VaguelySourced);
        using var lex = Fixtures.Lexicon(("vague-sources.tsv", "bloggers\tvague-group\tsource\n"));
        Assert.Equal("Bloggers said", Assert.Single(Read(lex.Resources, text).Cues, c => c.Flag == Flag.VaguelySourced).Text);
        Assert.False(Read(lex.Resources, "Bloggers fled the dam.").VaguelySourced);
    }
}
