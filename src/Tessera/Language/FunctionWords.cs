namespace Tessera.Language;

/// <summary>Closed-class words by the role the rules give them (see language/function-words.tsv).</summary>
public sealed class FunctionWords
{
    private readonly Dictionary<string, HashSet<string>> _byClass = new(StringComparer.Ordinal);

    public FunctionWords(LanguageData data)
    {
        foreach (var row in data.Rows("language/function-words.tsv", 2))
        {
            if (!_byClass.TryGetValue(row[1], out var set)) _byClass[row[1]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(row[0]);
        }
    }

    public bool Is(string lower, string wordClass) => _byClass.TryGetValue(wordClass, out var set) && set.Contains(lower);

    /// <summary>Adverbs are listed or end in -ly ("publicly", "frequently").</summary>
    public bool IsAdverb(string lower) => Is(lower, "adverb") || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "only");
}
