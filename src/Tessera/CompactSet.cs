using System.Collections;

namespace Tessera;

/// <summary>A small read-only set kept as its items in order and a table of their positions: what a case holds for each of its
/// claims (terms, word runs, days, numbers) once they are read, at about half a <see cref="HashSet{T}"/>'s memory.</summary>
/// <remarks>A case of 10,000 documents holds some 1.3 million such sets of a dozen items each for the whole analysis; a
/// <see cref="HashSet{T}"/> of 12 strings takes some 450 bytes (the set, an entry of 16 bytes per slot, a bucket array), this one
/// some 220 (the items, and one byte or two per slot of an open-addressed table of positions). It iterates in the order it was
/// given, so a sum over it is the same double as over the set it was made from.</remarks>
public sealed class CompactSet<T> : IReadOnlySet<T>
{
    private readonly T[] _items;
    // Position + 1 of the item whose hash lands in a slot (0: empty), probed linearly; bytes while positions fit in one.
    private readonly byte[]? _small;
    private readonly ushort[]? _large;
    private readonly int _mask;
    private readonly IEqualityComparer<T> _comparer;

    /// <summary>The distinct items given, in the order given (a repeated item is kept where it first came).</summary>
    public CompactSet(IEnumerable<T> items, IEqualityComparer<T>? comparer = null)
    {
        _comparer = comparer ?? EqualityComparer<T>.Default;
        var given = items as IReadOnlyCollection<T>;
        var list = new List<T>(given?.Count ?? 4);
        var slots = 4;
        while (slots < 2 * Math.Max(given?.Count ?? 0, 1)) slots <<= 1;
        int[] table = new int[slots];
        foreach (var item in items)
        {
            if (2 * (list.Count + 1) > table.Length) table = Grow(table, list);
            if (Find(table, table.Length - 1, list, item) >= 0) continue;
            list.Add(item);
            Place(table, table.Length - 1, item, list.Count);
        }
        if (list.Count > ushort.MaxValue - 1) throw new ArgumentException($"a compact set holds at most {ushort.MaxValue - 1} items", nameof(items));
        _items = [.. list];
        _mask = table.Length - 1;
        if (_items.Length < byte.MaxValue) _small = [.. table.Select(p => (byte)p)];
        else _large = [.. table.Select(p => (ushort)p)];
    }

    private int[] Grow(int[] table, List<T> list)
    {
        var grown = new int[table.Length * 2];
        for (var i = 0; i < list.Count; i++) Place(grown, grown.Length - 1, list[i], i + 1);
        return grown;
    }

    private void Place(int[] table, int mask, T item, int position)
    {
        var slot = Hash(item) & mask;
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = position;
    }

    private int Find(int[] table, int mask, List<T> list, T item)
    {
        for (var slot = Hash(item) & mask; table[slot] != 0; slot = (slot + 1) & mask)
            if (_comparer.Equals(list[table[slot] - 1], item)) return table[slot] - 1;
        return -1;
    }

    private int Hash(T item) => item is null ? 0 : _comparer.GetHashCode(item) & int.MaxValue;

    private int At(int slot) => _small is not null ? _small[slot] : _large![slot];

    public int Count => _items.Length;

    public bool Contains(T item)
    {
        if (_items.Length == 0) return false;
        for (var slot = Hash(item) & _mask; At(slot) is var p && p != 0; slot = (slot + 1) & _mask)
            if (_comparer.Equals(_items[p - 1], item)) return true;
        return false;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool IsSubsetOf(IEnumerable<T> other) => Count == 0 || Distinct(other).Count(Contains) == Count;

    public bool IsProperSubsetOf(IEnumerable<T> other)
    {
        var others = Distinct(other);
        return others.Count(Contains) == Count && others.Count > Count;
    }

    public bool IsSupersetOf(IEnumerable<T> other) => other.All(Contains);

    public bool IsProperSupersetOf(IEnumerable<T> other)
    {
        var others = Distinct(other);
        return others.All(Contains) && others.Count < Count;
    }

    public bool Overlaps(IEnumerable<T> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<T> other)
    {
        var others = Distinct(other);
        return others.Count == Count && others.All(Contains);
    }

    private HashSet<T> Distinct(IEnumerable<T> other) => new(other, _comparer);
}
