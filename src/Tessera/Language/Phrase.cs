namespace Tessera.Language;

/// <summary>Where a phrase of a lexicon (its words, lowercased) stands in a run of lowercased words.</summary>
public static class Phrase
{
    /// <summary>Whether the words from <paramref name="k"/> on are the phrase's; false when it would run off either end. A plain
    /// loop, not a query: the readers ask this at every word for every phrase of their lexicons.</summary>
    public static bool At(IReadOnlyList<string> lower, int k, string[] phrase)
    {
        if (k < 0 || k + phrase.Length > lower.Count) return false;
        for (var i = 0; i < phrase.Length; i++)
            if (lower[k + i] != phrase[i]) return false;
        return true;
    }

    /// <summary>Whether the phrase stands anywhere in the words.</summary>
    public static bool In(IReadOnlyList<string> lower, string[] phrase)
    {
        for (var k = 0; k + phrase.Length <= lower.Count; k++)
            if (At(lower, k, phrase)) return true;
        return false;
    }
}
