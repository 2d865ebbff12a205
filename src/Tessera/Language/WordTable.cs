namespace Tessera.Language;

/// <summary>Lower-case words and what a lexicon keeps under each, looked up by the hash a <see cref="TokenizedUnit"/> computed
/// once for each of its tokens (<see cref="TokenizedUnit.Keys"/>).</summary>
/// <remarks>Every phrase matcher and word list of the readers looks up every token of every unit, and most tokens are in none of
/// them. With the hash computed once per token and shared by all the tables, a word that is not in a table costs one probe of
/// an array, where a dictionary hashed the whole word again for each table. The table is filled once and only read after.</remarks>
public sealed class WordTable<T>
{
    private readonly string?[] _words;
    private readonly int[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    /// <param name="entries">Distinct words (ordinal) and their values.</param>
    public WordTable(IReadOnlyCollection<KeyValuePair<string, T>> entries)
    {
        // At most a quarter full: a word that is absent (most tokens, in most tables) probes at most 1.4 slots on average with
        // linear probing, against up to 2.5 half full, and these look-ups were a tenth of read's steady-state CPU. The tables are
        // lexicons of hundreds of words, so the room costs kilobytes.
        var size = 8;
        while (size < entries.Count * 4) size *= 2;
        _words = new string?[size];
        _keys = new int[size];
        _values = new T[size];
        _mask = size - 1;
        foreach (var (word, value) in entries)
        {
            var key = WordKey.Of(word);
            var slot = key & _mask;
            while (_words[slot] is { } taken)
            {
                if (taken == word) throw new ArgumentException($"'{word}' is in the table twice", nameof(entries));
                slot = (slot + 1) & _mask;
            }
            _words[slot] = word;
            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>The words in the table, in no particular order.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            foreach (var w in _words)
                if (w is not null) yield return w;
        }
    }

    /// <summary>The value kept under token <paramref name="i"/>'s lower-case word, looked up by the hash the unit holds for it.</summary>
    public bool TryGet(TokenizedUnit u, int i, out T value) => TryGet(u.Lower[i], u.Keys[i], out value);

    /// <summary>The value kept under a word, hashing it here (for a word that is not one of a unit's tokens).</summary>
    public bool TryGet(string word, out T value) => TryGet(word, WordKey.Of(word), out value);

    private bool TryGet(string word, int key, out T value)
    {
        for (var slot = key & _mask; _words[slot] is { } w; slot = (slot + 1) & _mask)
        {
            if (_keys[slot] == key && w == word)
            {
                value = _values[slot];
                return true;
            }
        }
        value = default!;
        return false;
    }
}

/// <summary>Builds the word tables that keep, under each word, every item filed under it.</summary>
public static class WordTable
{
    /// <summary>A table of each word's items, in the order given: what an index of patterns or phrases by their first word keeps.</summary>
    /// <remarks>Loops, not a query: over value-type items every query operator would be compiled again for each item type.</remarks>
    public static WordTable<T[]> Grouped<T>(IEnumerable<(string Word, T Item)> items)
    {
        var byWord = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (word, item) in items)
        {
            if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
            list.Add(item);
        }
        var entries = new List<KeyValuePair<string, T[]>>(byWord.Count);
        foreach (var (word, list) in byWord) entries.Add(KeyValuePair.Create(word, list.ToArray()));
        return new WordTable<T[]>(entries);
    }
}

/// <summary>The hash a lower-case word is kept and looked up under in every <see cref="WordTable{T}"/>.</summary>
public static class WordKey
{
    /// <summary>The hash tokens are looked up by: the same in every process (FNV-1a over the UTF-16 code units, mixed at the end so
    /// that the low bits, which pick the slot, depend on every character).</summary>
    public static int Of(string word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)h;
    }
}
