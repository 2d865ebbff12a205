using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Hedges, by family, on sentences written for these tests; each names the cue that must be found.</summary>
public class HedgeTests
{
    [Theory]
    [InlineData("The militia may have crossed the river at night.", "may have", "modal")]
    [InlineData("Rebels might control the airport by now.", "might", "modal")]
    [InlineData("The delay could have cost lives.", "could have", "modal")]
    [InlineData("The blast seems to have come from a truck.", "seems", "appearance")]
    [InlineData("The governor appears to have left the capital.", "appears", "appearance")]
    [InlineData("Satellite images suggest that the camp was moved.", "suggest", "inference")]
    [InlineData("The timing of the raid implies careful planning.", "implies", "inference")]
    [InlineData("The convoy was presumably heading north.", "presumably", "inference")]
    [InlineData("The vote was ostensibly about taxes.", "ostensibly", "inference")]
    [InlineData("It can be expected that prices rise again.", "it can be expected", "expectation")]
    [InlineData("Some observers speculate about a split in the army.", "speculate", "speculation")]
    [InlineData("Perhaps the envoy never received the letter.", "perhaps", "speculation")]
    [InlineData("It is not clear who ordered the shooting.", "it is not clear", "open-question")]
    [InlineData("The port was reportedly shelled overnight.", "reportedly", "hearsay")]
    [InlineData("The minister allegedly took bribes from the contractor.", "allegedly", "hearsay")]
    [InlineData("If the ceasefire was a ruse, the rebels gained time.", "if", "conditional")]
    [InlineData("The strike probably hit a depot.", "probably", "estimative")]
    [InlineData("It was not immediately clear who fired.", "not immediately clear", "open-question")]
    [InlineData("The effect of the sanctions appears limited.", "appears", "appearance")]
    [InlineData("A renewed offensive cannot be ruled out.", "cannot be ruled out", "speculation")]
    [InlineData("It is too early to say whether the truce will hold.", "too early to say", "open-question")]
    [InlineData("The outcome remains uncertain.", "remains uncertain", "open-question")]
    public void Hedges_are_found_with_their_family(string sentence, string cue, string family)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.Hedged, sentence);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Hedged && c.Text.Equals(cue, StringComparison.OrdinalIgnoreCase) && c.Family == family);
    }

    [Theory]
    [InlineData("Who fired first?")]
    [InlineData("The attackers came from the east (?) and left before dawn.")]
    public void Open_questions_hedge(string sentence)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.Hedged);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Hedged && c.Family == "open-question");
    }

    [Theory]
    [InlineData("The rebels took the town in May.")]
    [InlineData("The new rail link was a capability whereby the villages could trade with the coast.")]
    [InlineData("The army must continue its patrols.")]
    [InlineData("Turnout fell to some extent in the north.")]
    [InlineData("If it rains, the roads close.")]
    [InlineData("Officers could not enter the building.")]
    [InlineData("The country's military might has grown.")]
    [InlineData("The talks appeared in the news on Monday.")]
    [InlineData("Negotiators had not expected the walkout.")]
    public void Sentences_without_doubt_are_not_hedged(string sentence) =>
        Assert.False(Fixtures.Claim(sentence).Hedged, sentence);

    [Fact]
    public void Bullet_items_inherit_the_hedge_of_a_lead_in_that_ends_with_a_colon()
    {
        var claims = Fixtures.Claims("Several factors may have contributed:\n  • a drought in the south\n  • unpaid wages. Strikes followed.\n\nThe government fell.");
        Assert.True(claims.Single(c => c.Text.StartsWith("• a drought", StringComparison.Ordinal)).Hedged);
        var second = claims.Single(c => c.Text.StartsWith("• unpaid", StringComparison.Ordinal));
        Assert.True(second.Hedged);
        Assert.Contains(second.Cues, c => c.Family == "lead-in" && c.Text == "may have");
        Assert.False(claims.Single(c => c.Text == "Strikes followed.").Hedged);
        Assert.False(claims.Single(c => c.Text == "The government fell.").Hedged);
    }

    [Fact]
    public void A_lead_in_without_a_hedge_passes_nothing_on()
    {
        var claims = Fixtures.Claims("The factors were these:\n  • a drought in the south\n");
        Assert.False(claims.Single(c => c.Text.StartsWith("• a drought", StringComparison.Ordinal)).Hedged);
    }
}
