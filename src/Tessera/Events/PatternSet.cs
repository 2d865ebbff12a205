using Tessera.Language;

namespace Tessera.Events;

/// <summary>A list of token patterns indexed by the words a match can start at, so that the clause reader tries at each token only
/// the patterns that could match there, in the list's order.</summary>
/// <remarks>
/// A pattern matches at a token only if the token is one of its first element's words, or, when the pattern opens with a slot, the
/// token starts an actor's name; read in the passive, only if the token is one of its verb's forms. Every other pattern fails at
/// its first step, so trying it changes nothing: the index leaves out exactly those. Built once with the resources, then only read.
/// </remarks>
internal sealed class PatternSet
{
    private readonly TokenPattern[] _patterns;
    private readonly TokenPattern?[] _passiveRest;
    private readonly WordTable<int[]> _byFirstWord;
    private readonly WordTable<int[]> _byPassiveVerb;
    private readonly int[] _openingWithSlot;

    public PatternSet(IEnumerable<TokenPattern> patterns)
    {
        _patterns = patterns.ToArray();
        _passiveRest = new TokenPattern?[_patterns.Length];
        var byFirst = new List<(string, int)>();
        var byVerb = new List<(string, int)>();
        var slot = new List<int>();
        for (var i = 0; i < _patterns.Length; i++)
        {
            var p = _patterns[i];
            if (p.Elements[0] is WordElement first) Add(byFirst, first.Words, i);
            else slot.Add(i);
            if (!p.Transitive) continue;
            Add(byVerb, ((WordElement)p.Elements[p.VerbIndex]).Words, i);
            var rest = p.Elements.Skip(p.VerbIndex + 2).ToList();
            if (rest.Count > 0) _passiveRest[i] = new TokenPattern(rest, p.Frame, p.Text);
        }
        _byFirstWord = WordTable.Grouped(byFirst);
        _byPassiveVerb = WordTable.Grouped(byVerb);
        _openingWithSlot = slot.ToArray();
    }

    public int Count => _patterns.Length;

    public TokenPattern this[int i] => _patterns[i];

    /// <summary>What must follow a passive reading of pattern i after its verb and target slot, as a pattern of its own; null when nothing must.</summary>
    public TokenPattern? PassiveRest(int i) => _passiveRest[i];

    /// <summary>The patterns (by their place in the list, in order) that could match at token k, actively or, with
    /// <paramref name="passive"/>, in the passive; <paramref name="buffer"/> holds the list when it has to be merged.</summary>
    public IReadOnlyList<int> At(ClauseSentence s, int k, bool passive, List<int> buffer)
    {
        IReadOnlyList<int> a = _byFirstWord.TryGet(s.U, k, out var words) ? words : [];
        IReadOnlyList<int> b = s.StartsMention(k) ? _openingWithSlot : [];
        IReadOnlyList<int> c = passive && _byPassiveVerb.TryGet(s.U, k, out var verbs) ? verbs : [];
        if (b.Count == 0 && c.Count == 0) return a;
        if (a.Count == 0 && c.Count == 0) return b;
        if (a.Count == 0 && b.Count == 0) return c;
        buffer.Clear();
        buffer.AddRange(a);
        buffer.AddRange(b);
        buffer.AddRange(c);
        buffer.Sort();
        // A pattern can be in two of the lists (its first word is its verb); it is tried once.
        var kept = 0;
        for (var i = 0; i < buffer.Count; i++)
            if (i == 0 || buffer[i] != buffer[i - 1]) buffer[kept++] = buffer[i];
        buffer.RemoveRange(kept, buffer.Count - kept);
        return buffer;
    }

    private static void Add(List<(string, int)> index, IEnumerable<string> words, int pattern)
    {
        foreach (var w in words) index.Add((w, pattern));
    }
}
