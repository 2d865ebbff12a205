namespace Tessera.Language;

/// <summary>Closed-class words by the role the rules give them (see language/function-words.tsv).</summary>
public sealed class FunctionWords
{
    private readonly Dictionary<string, HashSet<string>> _byClass = new(StringComparer.Ordinal);
    // The rules ask Is(word, class) of many tokens, most in no class: one look-up of the word answers, where one of the class
    // and then one of the word in its set hashed twice.
    private readonly Dictionary<string, string[]> _classesOf = new(StringComparer.Ordinal);

    /// <summary>The classes the rules ask about; a row of another class would be read by none of them.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    [
        "be", "auxiliary", "adverb", "determiner", "pronoun", "clause", "ability", "noun-will", "preposition", "label-stop", "generic",
        "wh", "head-end", "source-of", "inverted", "verb-only", "closing", "person-pronoun", "group-pronoun", "conjunction",
        "complement", "finite", "not", "if-modifier", "unreal", "past",
        "place-preposition", "name-connector", "name-before", "name-after", "name-particle", "name-suffix", "org-before", "credit", "web-domain", "body-role", "lesser-chamber", "person-noun", "legal-suffix",
        "perfect", "aspectual", "owner", "person-subject", "thing-subject", "joiner", "ordinal-modifier", "first-person",
    ];

    public FunctionWords(LanguageData data)
    {
        foreach (var row in data.Rows("language/function-words.tsv"))
        {
            if (!_byClass.TryGetValue(row[1], out var set)) _byClass[row[1]] = set = new HashSet<string>(StringComparer.Ordinal);
            if (!set.Add(row[0])) continue;
            _classesOf[row[0]] = _classesOf.TryGetValue(row[0], out var classes) ? [.. classes, row[1]] : [row[1]];
        }
    }

    public bool Is(string lower, string wordClass)
    {
        if (!_classesOf.TryGetValue(lower, out var classes)) return false;
        foreach (var c in classes)
            if (c == wordClass) return true;
        return false;
    }

    /// <summary>The words of one class, for a rule that looks a class up on every token.</summary>
    public IReadOnlySet<string> Of(string wordClass) => _byClass.TryGetValue(wordClass, out var set) ? set : new HashSet<string>();

    /// <summary>Adverbs are listed or end in -ly ("publicly", "frequently").</summary>
    public bool IsAdverb(string lower) => Is(lower, "adverb") || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "only");
}
