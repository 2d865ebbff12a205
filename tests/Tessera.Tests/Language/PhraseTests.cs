using Tessera.Language;

namespace Tessera.Tests.Language;

/// <summary>Where a lexicon's phrase stands in a run of lowercased words: every reader asks this of its word lists.</summary>
public class PhraseTests
{
    private static readonly string[] Words = ["the", "talks", "were", "called", "off", "on", "monday"];

    [Theory]
    [InlineData(3, "called off", true)]
    [InlineData(0, "the talks", true)]
    [InlineData(5, "on monday", true)]
    [InlineData(6, "monday", true)]
    [InlineData(2, "called off", false)]
    [InlineData(6, "monday night", false)]
    [InlineData(-1, "the", false)]
    [InlineData(7, "monday", false)]
    public void A_phrase_stands_at_a_word_only_when_every_word_follows_in_order(int at, string phrase, bool expected) =>
        Assert.Equal(expected, Phrase.At(Words, at, phrase.Split(' ')));

    [Theory]
    [InlineData("called off", true)]
    [InlineData("on monday", true)]
    [InlineData("off on", true)]
    [InlineData("called on", false)]
    [InlineData("monday night", false)]
    public void A_phrase_is_found_anywhere_in_the_words_or_nowhere(string phrase, bool expected) =>
        Assert.Equal(expected, Phrase.In(Words, phrase.Split(' ')));

    [Fact]
    public void A_unit_asks_the_same_of_its_lowercased_tokens()
    {
        var unit = TokenizedUnit.Sentence("The talks were Called Off on Monday.");
        Assert.True(unit.HasAt(3, ["called", "off"]));
        Assert.False(unit.HasAt(3, ["Called", "Off"]));
    }
}
