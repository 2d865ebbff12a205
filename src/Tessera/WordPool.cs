using System.Collections.Concurrent;

namespace Tessera;

/// <summary>One instance of each distinct string, for what a case holds many times over (the terms and word runs of its claims'
/// features): equal strings made apart, one per claim, are kept as one. Safe to use from several threads.</summary>
/// <remarks>Per case, never static: what a pool holds lives as long as the case does, and goes with it.</remarks>
public sealed class WordPool
{
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to this one: the first one given.</summary>
    public string Of(string word) => _words.GetOrAdd(word, word);

    /// <summary>The same set with its strings pooled, in the same order (an empty set as the one shared empty set).</summary>
    public IReadOnlySet<string> Of(IReadOnlySet<string> words)
    {
        if (words.Count == 0) return System.Collections.Frozen.FrozenSet<string>.Empty;
        var pooled = new HashSet<string>(words.Count, StringComparer.Ordinal);
        foreach (var w in words) pooled.Add(Of(w));
        return pooled;
    }

    /// <summary>How many distinct strings the pool holds.</summary>
    public int Count => _words.Count;
}
