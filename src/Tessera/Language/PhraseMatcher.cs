namespace Tessera.Language;

/// <summary>A phrase found in a unit: its token range and what the lexicon says of it.</summary>
public readonly record struct PhraseMatch<T>(int First, int End, T Entry)
{
    /// <summary>How many tokens the phrase covers.</summary>
    public int Length => End - First;
}

/// <summary>Finds lexicon phrases (lower-case word sequences) in a tokenised unit; at each position the longest phrase wins.</summary>
public sealed class PhraseMatcher<T>
{
    // Every matcher looks up every token of every unit and most tokens start no phrase: the table takes the hash the unit
    // computed once per token, so a word that starts nothing costs one probe, not a hash of the word per matcher.
    private readonly WordTable<(string[] Words, T Entry)[]> _byFirst;

    /// <param name="phrases">The phrases in file order; a later entry for the same phrase (a user's row) replaces the earlier.</param>
    /// <remarks>Loops, not a query: over tuples of a value type every query operator is compiled again for each entry type.</remarks>
    public PhraseMatcher(IEnumerable<(string Phrase, T Entry)> phrases)
    {
        var inOrder = new List<(string[] Words, T Entry)>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0) continue;
            var key = string.Join(' ', words);
            if (at.TryGetValue(key, out var k)) inOrder[k] = (words, entry);
            else
            {
                at[key] = inOrder.Count;
                inOrder.Add((words, entry));
            }
        }
        // Under each first word, the longest first, phrases of one length in file order (a stable sort).
        var longest = 0;
        foreach (var p in inOrder) longest = Math.Max(longest, p.Words.Length);
        var ordered = new List<(string Word, (string[] Words, T Entry) Phrase)>(inOrder.Count);
        for (var length = longest; length > 0; length--)
            foreach (var p in inOrder)
                if (p.Words.Length == length) ordered.Add((p.Words[0], p));
        _byFirst = WordTable.Grouped(ordered);
    }

    /// <summary>A phrase is cut into words exactly as text is, so "can't" or "counter-productive" match as written.</summary>
    public static string[] Split(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
        return tokens.Select(t => Tokenizer.Lower(phrase, t)).ToArray();
    }

    /// <summary>The words phrases start with; a caller running several matchers can look each token up once against all of them.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Words;

    public List<PhraseMatch<T>> Matches(TokenizedUnit unit)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = 0; i < unit.Count; i++)
            if (At(unit, i) is { } m) found.Add(m);
        return found;
    }

    /// <summary>Matches at the given token positions only (those whose word starts a phrase of some lexicon).</summary>
    public List<PhraseMatch<T>> Matches(TokenizedUnit unit, IReadOnlyList<int> positions)
    {
        var found = new List<PhraseMatch<T>>();
        // By index: a foreach over the interface boxed the list's enumerator on every call.
        for (var k = 0; k < positions.Count; k++)
            if (At(unit, positions[k]) is { } m) found.Add(m);
        return found;
    }

    /// <summary>The longest phrase starting at token i, if any.</summary>
    public PhraseMatch<T>? At(TokenizedUnit unit, int i)
    {
        var lower = unit.Lower;
        if (i < 0 || i >= lower.Length || !_byFirst.TryGet(unit, i, out var candidates)) return null;
        foreach (var (words, entry) in candidates)
        {
            if (Phrase.At(lower, i, words)) return new PhraseMatch<T>(i, i + words.Length, entry);
        }
        return null;
    }
}
