using System.Runtime.InteropServices;

namespace Tessera.Language;

/// <summary>Where a phrase of a lexicon (its words, lowercased) stands in a run of lowercased words.</summary>
public static class Phrase
{
    /// <summary>Whether the words from <paramref name="k"/> on are the phrase's; false when it would run off either end. A plain
    /// loop, not a query: the readers ask this at every word for every phrase of their lexicons.</summary>
    public static bool At(IReadOnlyList<string> lower, int k, string[] phrase) => At(Words(lower), k, phrase);

    /// <summary>The same over words held in an array or a span: read directly, not through the list's interface at each word.</summary>
    public static bool At(ReadOnlySpan<string> lower, int k, string[] phrase)
    {
        if (k < 0 || k + phrase.Length > lower.Length) return false;
        for (var i = 0; i < phrase.Length; i++)
            if (lower[k + i] != phrase[i]) return false;
        return true;
    }

    /// <summary>Whether the phrase stands anywhere in the words.</summary>
    public static bool In(IReadOnlyList<string> lower, string[] phrase)
    {
        var words = Words(lower);
        for (var k = 0; k + phrase.Length <= words.Length; k++)
            if (At(words, k, phrase)) return true;
        return false;
    }

    /// <summary>The words as a span: a unit's words are an array, a few callers hold a list.</summary>
    private static ReadOnlySpan<string> Words(IReadOnlyList<string> lower) => lower switch
    {
        string[] array => array,
        List<string> list => CollectionsMarshal.AsSpan(list),
        _ => lower.ToArray(),
    };
}
