using Tessera.Stance;

namespace Tessera.Tests.Stance;

public class UnverifiedTests
{
    [Theory]
    [InlineData("Proof of the foreign plot has not been presented.", "has not been presented", "absence-of-evidence")]
    [InlineData("The refugees' stories could not be independently verified.", "could not be independently verified", "absence-of-evidence")]
    [InlineData("Unconfirmed reports speak of a mutiny.", "unconfirmed", "absence-of-evidence")]
    [InlineData("The mayor allegedly fled abroad.", "allegedly", "allegation")]
    [InlineData("Guards reportedly opened fire.", "reportedly", "hearsay")]
    [InlineData("There is no evidence of chemical weapons.", "no evidence", "absence-of-evidence")]
    [InlineData("Some observers speculate that the fire was set on purpose.", "speculate", "speculation")]
    [InlineData("Rumoured talks in Oman never took place.", "rumoured", "hearsay")]
    [InlineData("There is no indication that the leadership is divided.", "no indication", "absence-of-evidence")]
    [InlineData("Fishermen reported explosions, though the agency could not independently verify their reports.", "could not independently verify", "absence-of-evidence")]
    public void Unverified_content_is_marked_with_its_cue(string sentence, string cue, string family)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.Unverified, sentence);
        Assert.Contains(claim.Cues, c => c.Flag == Flag.Unverified && c.Text.Equals(cue, StringComparison.OrdinalIgnoreCase) && c.Family == family);
    }

    [Theory]
    [InlineData("The ministry confirmed the figures on Tuesday.")]
    [InlineData("Inspectors verified the ballots.")]
    public void Verified_content_is_not_marked(string sentence) => Assert.False(Fixtures.Claim(sentence).Unverified);
}
