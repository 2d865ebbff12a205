using System.Text;
using Tessera.Language;

namespace Tessera.Tests.Language;

/// <summary>Cleaning a word for comparison: invisible characters dropped and compatibility forms folded, while the characters
/// cleaning skips the normalisation check for come back as they were.</summary>
public class CleanTests
{
    [Theory]
    [InlineData("Tokayev", "Tokayev")]
    [InlineData("Токаев", "Токаев")]
    [InlineData("Müller’s", "Müller’s")]
    [InlineData("“—”", "“—”")]
    [InlineData("To\u200Bkayev", "Tokayev")]
    [InlineData("Tok\u00ADayev", "Tokayev")]
    [InlineData("Ｔｏｋａｙｅｖ", "Tokayev")]
    [InlineData("…", "...")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("\u00A0", " ")]
    public void A_word_is_cleaned_to_what_NFKC_without_invisible_characters_gives(string word, string expected) =>
        Assert.Equal(expected, Tokenizer.Clean(word));

    [Fact]
    public void Every_character_left_unchecked_is_unchanged_by_NFKC_alone_and_beside_any_other_of_them()
    {
        var settled = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => Tokenizer.Settled.Contains(c)).ToList();
        Assert.Contains('’', settled);
        Assert.DoesNotContain('…', settled);
        foreach (var a in settled)
        {
            Assert.False(Tokenizer.IsInvisible(a) || char.IsSurrogate(a), $"U+{(int)a:X4}");
            foreach (var b in settled)
            {
                var pair = new string([a, b]);
                Assert.True(pair.IsNormalized(NormalizationForm.FormKC), $"U+{(int)a:X4} U+{(int)b:X4}");
            }
        }
    }

    [Theory]
    [InlineData("Tokayev's", "Tokayev's")]
    [InlineData("don't", "don't")]
    [InlineData("Tokayev’s", "Tokayev's")]
    [InlineData("To\u200Bkayev’s", "Tokayev's")]
    [InlineData("Ｔｏｋａｙｅｖ", "Tokayev")]
    public void Folding_cleans_a_word_and_writes_its_typographic_apostrophe_straight(string word, string expected) =>
        Assert.Equal(expected, Tokenizer.Fold(word));

    [Fact]
    public void Every_ASCII_character_is_one_cleaning_leaves_unchecked()
    {
        // Cleaning and folding return an ASCII word at once, before the wider set is looked at: that is only right while every
        // ASCII character is in it (and so checked above against NFKC) and none is invisible.
        for (var c = '\u0000'; c <= '\u007F'; c++)
        {
            Assert.True(Tokenizer.Settled.Contains(c), $"U+{(int)c:X4}");
            Assert.False(Tokenizer.IsInvisible(c), $"U+{(int)c:X4}");
            Assert.Equal(c.ToString(), Tokenizer.Fold(c.ToString()));
        }
    }
}
