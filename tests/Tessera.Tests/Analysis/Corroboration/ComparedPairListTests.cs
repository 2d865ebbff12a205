using Tessera.Analysis.Corroboration;

namespace Tessera.Tests.Analysis.Corroboration;

/// <summary>The compared pairs are kept as each pair's second claim and score, with where each claim's run as first claim starts:
/// a pair read back, its first claim found by halving, and a pair looked up by its two claims are the pairs that were added,
/// across the blocks the list is kept in and past claims with no pairs.</summary>
public class ComparedPairListTests
{
    /// <summary>Claims 0..n-1, where every third claim has no pairs and the others are paired with a few claims after them, in
    /// order of A then B, as the ranges of <see cref="ComparedPairs"/> find them; enough of them to fill more than one block.</summary>
    private static List<ComparedPair> Pairs(int claims)
    {
        var pairs = new List<ComparedPair>();
        for (var a = 0; a < claims; a++)
        {
            if (a % 3 == 0) continue;
            for (var b = a + 1; b < Math.Min(claims, a + 1 + a % 7 * 9); b += 2) pairs.Add(new ComparedPair(a, b, a * 0.001 + b * 0.000001));
        }
        return pairs;
    }

    private static ComparedPairList Listed(List<ComparedPair> pairs, int claims, int ranges)
    {
        var list = new ComparedPairList(claims);
        var size = (pairs.Count + ranges - 1) / ranges;
        for (var from = 0; from < pairs.Count; from += size) list.AddRange(pairs.GetRange(from, Math.Min(size, pairs.Count - from)));
        list.Complete();
        return list;
    }

    [Fact]
    public void Pairs_added_range_by_range_read_back_the_same_across_blocks()
    {
        const int claims = 12000;
        var pairs = Pairs(claims);
        Assert.True(pairs.Count > 1 << 16, $"{pairs.Count} pairs do not fill a block");

        var list = Listed(pairs, claims, ranges: 7);

        Assert.Equal(pairs.Count, list.Count);
        Assert.Equal(pairs, list.ToList());
        foreach (var k in new[] { 0, 1, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, pairs.Count / 2, pairs.Count - 1 })
        {
            Assert.Equal(pairs[k], list[k]);
            Assert.Equal(pairs[k].A, list.A(k));
        }
    }

    [Fact]
    public void A_claim_without_pairs_has_an_empty_run_and_its_neighbours_are_found_by_their_claims()
    {
        const int claims = 40;
        var pairs = Pairs(claims);
        var list = Listed(pairs, claims, ranges: 3);

        var (from, to) = list.Run(3);
        Assert.Equal(from, to);
        Assert.Equal(pairs.Count(p => p.A == 4), list.Run(4).To - list.Run(4).From);
        // 4 is paired with 5, 7, 9 ... (a % 7 * 9 = 36 claims on), never with 6.
        var k = list.Find(4, 9);
        Assert.True(k >= 0);
        Assert.Equal(new ComparedPair(4, 9, 4 * 0.001 + 9 * 0.000001), list[k]);
        Assert.Equal(-1, list.Find(4, 6));
        Assert.Equal(-1, list.Find(3, 4));
        // The last claims have no pairs as first claim: their runs end where the list does.
        Assert.Equal((list.Count, list.Count), list.Run(claims - 1));
    }
}
