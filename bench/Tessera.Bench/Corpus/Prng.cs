namespace Tessera.Bench.Corpus;

/// <summary>SplitMix64: a small generator whose sequence depends only on its seed, the same on every runtime and platform.</summary>
/// <remarks>System.Random's seeded sequence is an implementation detail of .NET; a corpus must stay byte for byte the same
/// across runtime upgrades, so the generator owns its arithmetic. Only integer operations are used for the same reason.</remarks>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A generator for one document of a corpus: documents can be made in any order and still come out the same.</summary>
    public static Prng ForStream(ulong seed, ulong stream) => new(new Prng(seed ^ (stream * 0xD1B54A32D192ED03UL)).Next());

    /// <summary>0 to n-1. The modulo bias is below 2^-30 for the list sizes used here.</summary>
    public int Below(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        return (int)((Next() >> 16) % (ulong)n);
    }

    /// <summary>lo to hi, both included.</summary>
    public int Between(int lo, int hi) => lo + Below(hi - lo + 1);

    /// <summary>True with probability percent/100.</summary>
    public bool Percent(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>An index chosen in proportion to the weights.</summary>
    public int Weighted(IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var w in weights) total += w;
        var r = Below(total);
        for (var i = 0; i < weights.Count; i++)
        {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.Count - 1;
    }
}
