using Tessera.Stance;

namespace Tessera.Tests.Stance;

public class BoosterTests
{
    [Theory]
    [InlineData("The outcome was obviously rigged.", "obviously")]
    [InlineData("There is clear evidence of a second shooter.", "clear evidence")]
    [InlineData("No doubt, the blockade will hurt exports.", "no doubt")]
    [InlineData("Their dominance of the coast remains undisputed.", "undisputed")]
    [InlineData("It is no secret that both parties fund militias.", "it is no secret")]
    [InlineData("The envoy was absolutely certain of the date.", "absolutely")]
    [InlineData("The plan has indeed failed.", "indeed")]
    [InlineData("The capital simply cannot ignore the north.", "simply cannot")]
    [InlineData("The link between the two attacks is clear and obvious.", "clear and obvious")]
    [InlineData("It is clear that the dam was sabotaged.", "it is clear")]
    public void Boosters_are_found(string sentence, string cue)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.Boosted, sentence);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Boosted && c.Text.Equals(cue, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The full picture of the events is not obvious.")]
    [InlineData("A clear picture of the attack is still missing.")]
    [InlineData("Markets will almost certainly fall.")]
    public void Negated_or_estimative_certainty_boosts_nothing(string sentence) =>
        Assert.False(Fixtures.Claim(sentence).Boosted, sentence);

    [Fact]
    public void Negation_turns_clarity_into_doubt()
    {
        var claim = Fixtures.Claim("Nor is it clear that the general gave the order.");
        Assert.True(claim.Hedged);
        Assert.False(claim.Boosted);
    }

    [Fact]
    public void A_unit_can_be_both_hedged_and_boosted()
    {
        var claim = Fixtures.Claim("The coalition is obviously weaker, and it seems to know it.");
        Assert.True(claim.Hedged && claim.Boosted);
    }
}
