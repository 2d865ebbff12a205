using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Who first made a claim, when the text says so, on sentences written for these tests.</summary>
public class OriginTests
{
    [Theory]
    // sentence                                                                          origin              cue
    [InlineData("State television, citing the health ministry, reported 164 deaths.", "health ministry", "citing")]
    [InlineData("According to the interior ministry, 9,900 people were detained.", "interior ministry", "According to")]
    [InlineData("The agency, quoting a police spokesman, said the bridge was closed.", "a police spokesman", "quoting")]
    [InlineData("The mayor told Reuters that the dam had held.", "mayor", "told")]
    [InlineData("The figure was attributed to the regional governor's office.", "regional governor's office", "attributed to")]
    public void The_text_names_the_origin(string sentence, string origin, string cueText)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.Equal(origin, claim.Origin);
        var cue = Assert.Single(claim.Cues, c => c.Flag == Flag.Origin);
        Assert.Equal(cueText, cue.Text);
        Assert.Equal(cueText, sentence[cue.Start..cue.End]);
    }

    [Theory]
    // The speaker is the origin when nothing is cited before them; a source's own statement has none named.
    [InlineData("The governor said the schools will reopen.")]
    [InlineData("Crowds burned the mayor's office.")]
    // A cue inside a quotation is the speaker's words, not a relay.
    [InlineData("“We are citing the ministry's own numbers,” the mayor said.")]
    // "told" with no one speaking names no origin.
    [InlineData("The crowd was told to disperse.")]
    public void Without_a_cue_the_text_names_no_origin(string sentence) =>
        Assert.Null(Fixtures.Claim(sentence).Origin);
}
