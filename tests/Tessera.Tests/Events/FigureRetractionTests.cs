using Tessera.Tests.Analysis.Events;

namespace Tessera.Tests.Events;

/// <summary>Which figure a sentence that revises, corrects, withdraws or denies takes back: the one it names as old, not the
/// one that stands now.</summary>
public class FigureRetractionTests
{
    [Theory]
    // sentence                                                                   figures (kind:value, * taken back)
    [InlineData("The ministry revised its death toll from 164 to 225.", "death toll:164* death toll:225")]
    [InlineData("Officials revised the number detained from about 10,000 to 9,900.", "detained:10000* detained:9900")]
    [InlineData("The hospital corrected its count of the dead to 40.", "death toll:40")]
    [InlineData("The earlier figure of 58 deaths was an error.", "death toll:58*")]
    [InlineData("The governor denied that 300 people had died.", "death toll:300*")]
    [InlineData("Rescuers said 40 people died when the ferry sank.", "death toll:40")]
    [InlineData("The toll rose to 19 by the evening.", "death toll:19")]
    public void A_retracting_sentence_takes_back_the_figure_it_names_as_old(string sentence, string expected)
    {
        var figures = Fixtures.Bundled.Figures.Read(Texts.Claims(sentence));
        Assert.Equal(expected, string.Join(' ', figures.Select(f => $"{f.Kind}:{f.Value}{(f.Retracted ? "*" : "")}")));
    }
}
