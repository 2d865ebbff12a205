using Tessera.Language;

namespace Tessera.Tests.Language;

/// <summary>The lexicon tables every reader looks tokens up in, by the hash each unit computes once per token, and the phrase
/// matcher built on them.</summary>
public class WordTableTests
{
    private static WordTable<int> Numbered(int count) =>
        new(Enumerable.Range(0, count).Select(n => KeyValuePair.Create("w" + n, n)).ToList());

    [Fact]
    public void Every_word_put_in_is_found_with_its_value_and_no_other_word_is()
    {
        // Enough words that many share a first slot and are found by probing past each other.
        var table = Numbered(300);
        for (var n = 0; n < 300; n++)
        {
            Assert.True(table.TryGet("w" + n, out var value));
            Assert.Equal(n, value);
        }
        for (var n = 300; n < 900; n++) Assert.False(table.TryGet("w" + n, out _));
        Assert.False(table.TryGet("", out _));
        Assert.False(table.TryGet("W1", out _));
        Assert.Equal(300, table.Words.Count());
    }

    [Fact]
    public void A_token_is_looked_up_by_the_key_its_unit_holds_for_its_lower_case_form()
    {
        var table = new WordTable<string>([KeyValuePair.Create("talks", "noun"), KeyValuePair.Create("off", "particle")]);
        var unit = TokenizedUnit.Sentence("The TALKS were called off.");
        Assert.Equal(unit.Lower.Select(WordKey.Of), unit.Keys);
        var found = Enumerable.Range(0, unit.Count).Select(i => table.TryGet(unit, i, out var v) ? v : "-").ToArray();
        Assert.Equal(["-", "noun", "-", "-", "particle", "-"], found);
    }

    [Fact]
    public void Equal_words_get_one_key_whatever_string_holds_them()
    {
        Assert.Equal(WordKey.Of("said"), WordKey.Of(new string("said".ToCharArray())));
        Assert.NotEqual(WordKey.Of("said"), WordKey.Of("says"));
        Assert.Equal(WordKey.Of(""), WordKey.Of(string.Empty));
    }

    [Fact]
    public void A_word_given_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new WordTable<int>([KeyValuePair.Create("said", 1), KeyValuePair.Create("said", 2)]));
        Assert.Contains("'said'", error.Message);
    }

    [Theory]
    [InlineData("The prime minister said so.", "prime minister", 1, 3)]
    [InlineData("The minister said so.", "minister", 1, 2)]
    [InlineData("The prime time show.", null, -1, -1)]
    [InlineData("Prime Minister.", "prime minister", 0, 2)]
    public void The_longest_phrase_starting_at_a_token_wins(string text, string? phrase, int first, int end)
    {
        var matcher = new PhraseMatcher<string>([("minister", "minister"), ("prime minister", "prime minister"), ("prime minister of", "of")]);
        var unit = TokenizedUnit.Sentence(text);
        var matches = matcher.Matches(unit);
        if (phrase is null)
        {
            Assert.Empty(matches);
            return;
        }
        var m = Assert.Single(matches, m => m.First == first);
        Assert.Equal((first, end, phrase), (m.First, m.End, m.Entry));
    }

    [Fact]
    public void A_later_row_for_the_same_phrase_replaces_the_earlier_and_first_words_are_listed_once()
    {
        var matcher = new PhraseMatcher<int>([("called off", 1), ("called", 2), ("called off", 3)]);
        var unit = TokenizedUnit.Sentence("They called off the talks and called again.");
        Assert.Equal([(1, 3, 3), (6, 7, 2)], matcher.Matches(unit).Select(m => (m.First, m.End, m.Entry)));
        Assert.Equal(["called"], matcher.FirstWords);
        Assert.Null(matcher.At(unit, -1));
        Assert.Null(matcher.At(unit, unit.Count));
    }
}
