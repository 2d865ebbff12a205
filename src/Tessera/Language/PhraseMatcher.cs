namespace Tessera.Language;

/// <summary>A phrase found in a unit: its token range and what the lexicon says of it.</summary>
public readonly record struct PhraseMatch<T>(int First, int End, T Entry);

/// <summary>Finds lexicon phrases (lower-case word sequences) in a tokenised unit; at each position the longest phrase wins.</summary>
public sealed class PhraseMatcher<T>
{
    // Every matcher looks up every token of every unit and most tokens start no phrase: the table takes the hash the unit
    // computed once per token, so a word that starts nothing costs one probe, not a hash of the word per matcher.
    private readonly WordTable<(string[] Words, T Entry)[]> _byFirst;

    /// <param name="phrases">The phrases in file order; a later entry for the same phrase (a user's row) replaces the earlier.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Entry)> phrases)
    {
        var byFirst = new Dictionary<string, List<(string[] Words, T Entry)>>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0) continue;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            var same = list.FindIndex(p => p.Words.AsSpan().SequenceEqual(words));
            if (same >= 0) list[same] = (words, entry);
            else list.Add((words, entry));
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _byFirst = new WordTable<(string[] Words, T Entry)[]>(byFirst.Select(p => KeyValuePair.Create(p.Key, p.Value.ToArray())).ToList());
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
