namespace Tessera.Analysis.Corroboration;

/// <summary>Two compared claims (by their place in the list compared, A before B) and how alike they are.</summary>
public readonly record struct ComparedPair(int A, int B, double Score);

/// <summary>Compared pairs in order of A, then B, twelve bytes each: the second claim and the score, kept in blocks of a fixed size
/// (there are millions, 2.8 million at 1,000 documents, and one array would be copied whole each time it grew, or joined whole from
/// the ranges that found them), and where each claim's run of pairs as A starts (the first claim is not kept per pair).</summary>
public sealed class ComparedPairList : IReadOnlyList<ComparedPair>
{
    private const int Shift = 16, BlockSize = 1 << Shift, Mask = BlockSize - 1;
    private readonly List<int[]> _b = [];
    private readonly List<double[]> _score = [];
    // Claim a's pairs as A are a run, _first[a] .. _first[a + 1]; filled up to _filled as pairs come.
    private readonly int[] _first;
    private int _filled;

    /// <param name="claims">How many claims the pairs are between.</param>
    public ComparedPairList(int claims) => _first = new int[claims + 1];

    public int Count { get; private set; }

    /// <summary>How many claims the pairs are between.</summary>
    public int Claims => _first.Length - 1;

    /// <summary>The pair at a place in the list; its first claim is found by halving, so a walk over many pairs reads
    /// <see cref="Run"/>, <see cref="B"/> and <see cref="Score"/> instead.</summary>
    public ComparedPair this[int index] => new(A(index), B(index), Score(index));

    public int B(int index) => _b[index >> Shift][index & Mask];

    public double Score(int index) => _score[index >> Shift][index & Mask];

    /// <summary>The places of the pairs whose first claim is <paramref name="a"/>, in order of their second.</summary>
    public (int From, int To) Run(int a) => (_first[a], _first[a + 1]);

    /// <summary>The first claim of the pair at a place: the last claim whose run starts at or before it.</summary>
    public int A(int index)
    {
        int lo = 0, hi = _first.Length - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_first[mid] <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The place of the pair of two claims, a before b, or -1 when they were not compared.</summary>
    public int Find(int a, int b)
    {
        int lo = _first[a], hi = _first[a + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var found = B(mid);
            if (found == b) return mid;
            if (found < b) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Adds a range's pairs after those already held; they come in order of A, then B.</summary>
    internal void AddRange(List<ComparedPair> pairs)
    {
        foreach (var pair in pairs)
        {
            while (_filled <= pair.A) _first[_filled++] = Count;
            if ((Count & Mask) == 0)
            {
                _b.Add(new int[BlockSize]);
                _score.Add(new double[BlockSize]);
            }
            _b[^1][Count & Mask] = pair.B;
            _score[^1][Count & Mask] = pair.Score;
            Count++;
        }
    }

    /// <summary>Closes the runs of the claims after the last pair's.</summary>
    internal void Complete()
    {
        while (_filled < _first.Length) _first[_filled++] = Count;
    }

    public IEnumerator<ComparedPair> GetEnumerator()
    {
        for (var a = 0; a < Claims; a++)
            for (var k = _first[a]; k < _first[a + 1]; k++) yield return new ComparedPair(a, B(k), Score(k));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The pairs of claims worth comparing, compared: those of different documents that share a term, found through an
/// inverted index. A term carried by more claims than the common-term cap says little about which of them state the same
/// thing (Lucene's more-like-this ignores such terms for the same reason), so its postings propose no pairs; the pairs still
/// score every term they share. Below the cap every pair sharing a term is compared, so a case of a few thousand claims
/// is grouped exactly as by comparing all pairs, and the work stays near linear in the number of claims above it.</summary>
public static class ComparedPairs
{
    /// <summary>The compared pairs in order of A then B, each claim's neighbours (for average linkage), and the pairs that
    /// are word-for-word copies, by claim id.</summary>
    /// <param name="jobs">How many cores may compare at once: the claims are cut into ranges, each range's pairs found on its own,
    /// and the ranges' pairs joined in claim order, the order one core would have found them in.</param>
    public static (ComparedPairList Pairs, List<(string A, string B)> Copies) Of(IReadOnlyList<ClaimFeatures> comparable,
        IReadOnlyDictionary<string, double> idf, CorroborationLexicon lex, int jobs = 1)
    {
        // Terms and three-word runs as numbers, each claim's sorted: a pair's shared terms are a merge of two short arrays, not
        // a string hash per term, which is most of the cost of a pair.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var shingleIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = comparable.Select(f => Numbered(f.Terms, termIds)).ToList();
        var shingles = comparable.Select(f => Numbered(f.Shingles, shingleIds)).ToList();
        var weight = new double[termIds.Count];
        foreach (var (term, id) in termIds) weight[id] = Corroborator.TermWeight(idf, term);
        var totals = terms.Select(t => t.Sum(id => weight[id])).ToArray();
        // What a pair's checks read of each claim, read once here rather than for each of its pairs: its document as a number,
        // and its actor terms (an anchor two claims may share) as sorted numbers.
        var documents = Corroborator.DocumentNumbers(comparable);
        var actor = new bool[termIds.Count];
        foreach (var (term, id) in termIds) actor[id] = term.StartsWith('@');
        var actors = terms.Select(t => t.Where(id => actor[id]).ToArray()).ToArray();
        var postings = new List<int>[termIds.Count];
        for (var i = 0; i < comparable.Count; i++)
            foreach (var t in terms[i]) (postings[t] ??= []).Add(i);

        // A claim early in the list has more claims after it to be compared with: many small ranges keep the cores evenly busy,
        // and keep small the scratch list each range fills (at 1,000 documents a range of a sixteenth of a core's share found about
        // 180,000 pairs, and its list, grown by doubling, was garbage on the large object heap once handed over).
        var size = Math.Max(16, comparable.Count / (jobs * RangesPerJob));
        var ranges = Enumerable.Range(0, (comparable.Count + size - 1) / size).Select(r => (From: r * size, To: Math.Min(comparable.Count, (r + 1) * size))).ToList();
        // Each range's pairs are taken as soon as the ranges before it are, so only the few ranges being compared are held twice
        // (in their own list and in the whole), not every range's list beside their concatenation. A range's scratch (its list of
        // pairs and the mark per claim of what it proposed) is handed back once taken and reused by a later range, so however many
        // ranges there are, only as many lists exist as ranges are in flight at once.
        var pairs = new ComparedPairList(comparable.Count);
        var copies = new List<(string A, string B)>();
        var spare = new System.Collections.Concurrent.ConcurrentBag<RangeScratch>();
        foreach (var f in Pipeline.InOrder.Map(ranges, r => Compare(r.From, r.To), jobs))
        {
            pairs.AddRange(f.Pairs);
            copies.AddRange(f.Copies);
            spare.Add(f);
        }
        pairs.Complete();
        copies.Sort();
        return (pairs, copies);

        // The pairs of each claim from..to with the claims after it, in order of A then B.
        RangeScratch Compare(int from, int to)
        {
            if (!spare.TryTake(out var scratch)) scratch = new RangeScratch(comparable.Count);
            scratch.Pairs.Clear();
            scratch.Copies.Clear();
            var (pairs, copies, proposedFor) = (scratch.Pairs, scratch.Copies, scratch.ProposedFor);
            // The last claim each other claim was proposed for: a pair sharing many terms is compared once, with no set of pairs kept.
            // A reused mark names a claim of another range, never one of this range's, so it needs no clearing.
            var candidates = new List<int>();
            for (var a = from; a < to; a++)
            {
                candidates.Clear();
                foreach (var t in terms[a])
                {
                    var list = postings[t];
                    if (list.Count > lex.CommonTerm) continue;
                    // Postings are in claim order: the claims after this one start at the first index above it.
                    for (var k = list.BinarySearch(a) + 1; k < list.Count; k++)
                    {
                        var b = list[k];
                        if (proposedFor[b] == a) continue;
                        proposedFor[b] = a;
                        candidates.Add(b);
                    }
                }
                candidates.Sort();
                foreach (var b in candidates)
                {
                    if (documents[a] == documents[b]) continue;
                    var (x, y) = (comparable[a], comparable[b]);
                    var lexical = Corroborator.Lexical(SharedWeight(terms[a], terms[b], weight), totals[a], totals[b]);
                    var sharedRuns = SharedWeight(shingles[a], shingles[b], null);
                    if (Corroborator.Jaccard(sharedRuns, shingles[a].Length, shingles[b].Length) >= lex.Copy) copies.Add((x.Claim.Id, y.Claim.Id));
                    var score = Corroborator.Similarity(x, y, lexical, lex);
                    // Below the bar for unanchored pairs, a pair's similarity still counts toward cohesion, but cannot start a link.
                    var anchored = lexical >= lex.Unanchored || SharedWeight(actors[a], terms[b], null) > 0 || Corroborator.SharesDayOrFigure(x, y);
                    pairs.Add(new ComparedPair(a, b, anchored ? score : Math.Min(score, lex.SameStatement - 1e-9)));
                }
            }
            return scratch;
        }
    }

    /// <summary>How many ranges per core the claims are cut into.</summary>
    private const int RangesPerJob = 64;

    /// <summary>What one range of claims fills as it is compared, reused by the next range once its pairs are taken.</summary>
    private sealed class RangeScratch(int claims)
    {
        public List<ComparedPair> Pairs { get; } = [];
        public List<(string A, string B)> Copies { get; } = [];
        public int[] ProposedFor { get; } = New(claims);

        private static int[] New(int claims)
        {
            var marks = new int[claims];
            Array.Fill(marks, -1);
            return marks;
        }
    }

    private static int[] Numbered(IReadOnlySet<string> items, Dictionary<string, int> ids)
    {
        var result = new int[items.Count];
        var i = 0;
        foreach (var item in items)
        {
            if (!ids.TryGetValue(item, out var id)) ids[item] = id = ids.Count;
            result[i++] = id;
        }
        Array.Sort(result);
        return result;
    }

    /// <summary>The summed weight of the numbers two sorted arrays share (each counts 1 without weights).</summary>
    private static double SharedWeight(int[] a, int[] b, double[]? weight)
    {
        double shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else
            {
                shared += weight?[a[i]] ?? 1;
                i++;
                j++;
            }
        }
        return shared;
    }
}
