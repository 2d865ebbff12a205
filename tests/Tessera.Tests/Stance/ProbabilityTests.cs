using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Estimative words and their ICD 203 band; the first band governs.</summary>
public class ProbabilityTests
{
    [Theory]
    [InlineData("There is almost no chance of a deal this year.", "almost no chance")]
    [InlineData("A deal is very unlikely before spring.", "very unlikely")]
    [InlineData("A deal is highly improbable.", "very unlikely")]
    [InlineData("A deal is unlikely.", "unlikely")]
    [InlineData("The rebels probably will not return.", "likely")]
    [InlineData("There is a roughly even chance of a runoff.", "roughly even chance")]
    [InlineData("Chances about even that the vote is delayed.", "roughly even chance")]
    [InlineData("The blockade is likely to hold.", "likely")]
    [InlineData("The garrison will probably surrender.", "likely")]
    [InlineData("A runoff is highly likely.", "very likely")]
    [InlineData("The regime will almost certainly survive.", "almost certain")]
    [InlineData("Strikes are probably not the cause.", "unlikely")]
    [InlineData("It is highly likely that the port reopens, while tariffs will probably fall.", "very likely")]
    public void Estimative_words_give_their_band(string sentence, string band)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.Equal(band, claim.Band?.Name);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Probability && c.Family == band);
    }

    [Theory]
    [InlineData("The army may withdraw.")]
    [InlineData("The army could withdraw.")]
    [InlineData("This paper draws on remote interviews.")]
    public void Vague_modals_and_lookalikes_give_no_band(string sentence) => Assert.Null(Fixtures.Claim(sentence).Band);

    [Fact]
    public void Every_band_of_ICD_203_is_loaded_with_its_range()
    {
        var bands = Fixtures.Bundled.Stance.Bands.Values.OrderBy(b => b.Low).ToList();
        Assert.Equal(["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"], bands.Select(b => b.Name));
        Assert.Equal(0.675, bands[4].Midpoint, 3);
        for (var i = 1; i < bands.Count; i++) Assert.Equal(bands[i - 1].High, bands[i].Low);
    }
}
