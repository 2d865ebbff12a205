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

    /// <summary>The same set with its strings pooled, in the same order, held compact (<see cref="CompactSet{T}"/>; an empty set as
    /// the one shared empty set).</summary>
    public IReadOnlySet<string> Of(IReadOnlySet<string> words) =>
        words.Count == 0 ? System.Collections.Frozen.FrozenSet<string>.Empty : new CompactSet<string>([.. words.Select(Of)], StringComparer.Ordinal);

    /// <summary>How many distinct strings the pool holds.</summary>
    public int Count => _words.Count;
}
