using Tessera.Stance;

namespace Tessera.Tests.Stance;

public class PredictionTests
{
    [Theory]
    [InlineData("The border will reopen on Monday.", 0.85)]
    [InlineData("The peacekeepers will likely stay until March.", 0.675)]
    [InlineData("There will be new elections.", 0.85)]
    [InlineData("The central bank is expected to raise rates.", 0.70)]
    [InlineData("The president announced that troops will withdraw within ten days.", 0.85)]
    [InlineData("Ankara could potentially move to sell jets.", 0.35)]
    [InlineData("The junta may be forced to negotiate.", 0.35)]
    [InlineData("It is very unlikely that the troops will stay beyond June.", 0.125)]
    [InlineData("There is a roughly even chance that the leader resigns by the end of March.", 0.5)]
    [InlineData("The parliament is set to vote next week.", 0.80)]
    [InlineData("The government plans to lift the curfew.", 0.70)]
    public void Predictions_carry_a_probability(string sentence, double probability)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.Prediction, sentence);
        Assert.Equal(probability, claim.Likelihood!.Value.Value, 3);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Prediction);
    }

    [Theory]
    [InlineData("The new rail link was a capability whereby the villages could trade with the coast.")]
    [InlineData("The officers must continue their work.")]
    [InlineData("The general may have ordered the strike.")]
    [InlineData("The violence may reflect a feud between clans.")]
    [InlineData("Smugglers might somehow be involved.")]
    [InlineData("The will of the people was ignored.")]
    [InlineData("Will the rebels accept the offer?")]
    [InlineData("The withdrawal was completed by the end of the month.")]
    [InlineData("The troops withdrew last week.")]
    [InlineData("Observers suspect the president's plan to replace the guard commander triggered the takeover.")]
    public void Ability_obligation_the_past_and_present_speculation_are_not_predictions(string sentence) =>
        Assert.False(Fixtures.Claim(sentence).Prediction, sentence);
}
