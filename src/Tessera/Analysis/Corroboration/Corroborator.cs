using System.Globalization;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Analysis.Corroboration;

/// <summary>Finds which claims of different sources state the same thing, counts the independent sources behind each, and flags
/// contradictions. Pure: claims and sources in, a result out. The method is in this folder's README.md.</summary>
public static class Corroborator
{
    /// <summary>Corroboration over an assessed case, reading each claim's tokens from its stored document.</summary>
    public static CorroborationResult Run(AssessedCase assessed, CorroborationLexicon lex) => Run(assessed.Claims, assessed.Sources, lex, assessed.TokensOf);

    /// <param name="tokensOf">A claim's tokens over its own text when they are cut already; else they are cut here.</param>
    public static CorroborationResult Run(IReadOnlyList<Claim> claims, IReadOnlyList<StoredSource> sources, CorroborationLexicon lex,
        Func<Claim, Language.TokenizedUnit?>? tokensOf = null)
    {
        var features = claims.Where(c => c.IsClaim).Select(c => ClaimFeatures.Of(c, lex, tokensOf?.Invoke(c))).ToList();
        var comparable = features.Where(f => f.Terms.Count >= lex.MinTerms && !f.IsQuestion).ToList();
        var idf = InverseDocumentFrequency(comparable);

        // Candidate pairs share at least one term; the rest cannot reach the threshold. Keeps a large case far from n².
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < comparable.Count; i++)
            foreach (var t in comparable[i].Terms) (postings.TryGetValue(t, out var l) ? l : postings[t] = []).Add(i);
        // The similarity map doubles as the set of pairs already compared: a pair sharing many terms is compared once.
        var similarity = new Dictionary<(int, int), double>();
        var copies = new List<(string A, string B)>();
        foreach (var list in postings.Values)
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (list[x], list[y]);
                    if (comparable[a].Claim.DocumentId == comparable[b].Claim.DocumentId || similarity.ContainsKey((a, b))) continue;
                    var lexical = Lexical(comparable[a], comparable[b], idf);
                    if (Verbatim(comparable[a], comparable[b]) >= lex.Copy) copies.Add((comparable[a].Claim.Id, comparable[b].Claim.Id));
                    var score = Similarity(comparable[a], comparable[b], lexical, lex);
                    // Below the bar for unanchored pairs, a pair's similarity still counts toward cohesion, but cannot start a link.
                    similarity[(a, b)] = Anchored(comparable[a], comparable[b]) || lexical >= lex.Unanchored ? score : Math.Min(score, lex.SameStatement - 1e-9);
                }
        copies.Sort();
        var links = Link(comparable, similarity, lex);

        var origins = Origins(sources, claims, copies, lex);
        var groups = new List<ClaimGroup>();
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var backing = features.ToDictionary(f => f.Claim.Id, _ => 1, StringComparer.Ordinal);
        foreach (var members in Enumerable.Range(0, comparable.Count).GroupBy(links.Find).Where(g => g.Count() > 1).OrderBy(g => g.Min()))
        {
            var ids = members.Order().Select(i => comparable[i].Claim.Id).ToList();
            var sourceIds = members.Select(i => comparable[i].Claim.DocumentId).Distinct().Order(StringComparer.Ordinal).ToList();
            var group = new ClaimGroup($"G{groups.Count + 1}", ids, sourceIds, sourceIds.Select(s => origins.GetValueOrDefault(s, s)).Distinct().Count());
            groups.Add(group);
            foreach (var id in ids) { groupOf[id] = group.Id; backing[id] = group.IndependentSources; }
        }

        var byId = comparable.ToDictionary(f => f.Claim.Id, StringComparer.Ordinal);
        var contradictions = new List<Contradiction>();
        foreach (var g in groups) contradictions.AddRange(WithinGroup(g, byId, idf, lex));
        contradictions.AddRange(ConflictingFigures(features, lex));

        var copied = sources.Select(s => s.Id).GroupBy(s => origins.GetValueOrDefault(s, s))
            .Where(g => g.Count() > 1 && CopiedTogether(g.ToList(), copies, claims))
            .Select(g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList()).ToList();
        return new CorroborationResult(groups, backing, groupOf, contradictions, copied);
    }

    /// <summary>Average linkage: pairs at or above same-statement, strongest first, merge their groups when the groups' claims
    /// of different sources are on average at least group-cohesion alike (pairs never compared count as 0).</summary>
    private static UnionFind Link(List<ClaimFeatures> comparable, Dictionary<(int, int), double> similarity, CorroborationLexicon lex)
    {
        var uf = new UnionFind(comparable.Count);
        var members = Enumerable.Range(0, comparable.Count).ToDictionary(i => i, i => new List<int> { i });
        // Two groups too unlike to merge stay so until one of them grows: their verdict is kept, keyed by each group's size, so
        // the many pairs that join the same two large groups do not average their members again (that was quadratic).
        var rejected = new HashSet<(int, int, int, int)>();
        foreach (var ((a, b), s) in similarity.Where(kv => kv.Value >= lex.SameStatement).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
        {
            var (ra, rb) = (uf.Find(a), uf.Find(b));
            if (ra == rb) continue;
            if (ra > rb) (ra, rb) = (rb, ra);
            var verdict = (ra, members[ra].Count, rb, members[rb].Count);
            if (rejected.Contains(verdict)) continue;
            double total = 0;
            var count = 0;
            foreach (var i in members[ra])
                foreach (var j in members[rb])
                {
                    if (comparable[i].Claim.DocumentId == comparable[j].Claim.DocumentId) continue;
                    total += similarity.GetValueOrDefault(i < j ? (i, j) : (j, i));
                    count++;
                }
            if (count == 0 || total / count < lex.GroupCohesion)
            {
                rejected.Add(verdict);
                continue;
            }
            uf.Union(ra, rb);
            var root = uf.Find(ra);
            var merged = members[ra].Concat(members[rb]).ToList();
            members.Remove(ra);
            members.Remove(rb);
            members[root] = merged;
        }
        return uf;
    }

    /// <summary>Smoothed inverse document frequency over the compared claims: ln(1 + N/df). A term every claim has still counts a
    /// little, so two made-up sentences can be compared on their own.</summary>
    public static Dictionary<string, double> InverseDocumentFrequency(IReadOnlyList<ClaimFeatures> features)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in features)
            foreach (var t in f.Terms) df[t] = df.GetValueOrDefault(t) + 1;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)features.Count / kv.Value), StringComparer.Ordinal);
    }

    /// <summary>The mean of the idf-weighted Dice coefficient and the idf-weighted containment of the smaller term set.</summary>
    public static double Lexical(ClaimFeatures a, ClaimFeatures b, IReadOnlyDictionary<string, double> idf)
    {
        double W(string t) => idf.GetValueOrDefault(t, 1);
        var shared = a.Terms.Where(b.Terms.Contains).Sum(W);
        var wa = a.Terms.Sum(W);
        var wb = b.Terms.Sum(W);
        if (wa <= 0 || wb <= 0) return 0;
        return (2 * shared / (wa + wb) + shared / Math.Min(wa, wb)) / 2;
    }

    /// <summary>How much of two claims is word for word the same: the Jaccard index of their three-word runs.</summary>
    public static double Verbatim(ClaimFeatures a, ClaimFeatures b)
    {
        if (a.Shingles.Count == 0 || b.Shingles.Count == 0) return 0;
        var shared = a.Shingles.Count(b.Shingles.Contains);
        return (double)shared / (a.Shingles.Count + b.Shingles.Count - shared);
    }

    /// <summary>Whether two claims share an anchor: an actor or place, a day, or a figure.</summary>
    public static bool Anchored(ClaimFeatures a, ClaimFeatures b) =>
        a.Terms.Any(t => t.StartsWith('@') && b.Terms.Contains(t)) || a.Dates.Overlaps(b.Dates) || a.Numbers.Overlaps(b.Numbers);

    /// <summary>Lexical similarity, plus a shared day and a shared figure, less days and figures that differ.</summary>
    public static double Similarity(ClaimFeatures a, ClaimFeatures b, double lexical, CorroborationLexicon lex)
    {
        var score = lexical;
        if (a.Dates.Count > 0 && b.Dates.Count > 0) score += a.Dates.Overlaps(b.Dates) ? lex.SharedDate : lex.OtherDate;
        if (a.Numbers.Overlaps(b.Numbers)) score += lex.SharedFigure;
        else if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Any(x => b.Numbers.Any(y => Near(x, y, lex.Approximate))))
            score += lex.OtherFigure;
        return score;
    }

    private static bool Near(double x, double y, double tolerance) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>Each source's origin: sources of one publisher share one, and so do documents that copy one another.</summary>
    private static Dictionary<string, string> Origins(IReadOnlyList<StoredSource> sources, IReadOnlyList<Claim> claims, List<(string A, string B)> copies, CorroborationLexicon lex)
    {
        var ids = sources.Select(s => s.Id).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var uf = new UnionFind(ids.Count);
        foreach (var byPublisher in sources.Where(s => Publisher(s).Length > 0).GroupBy(Publisher, StringComparer.Ordinal))
        {
            var first = index[byPublisher.First().Id];
            foreach (var s in byPublisher) uf.Union(first, index[s.Id]);
        }
        var counts = claims.Where(c => c.IsClaim).GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sourceOf = claims.ToDictionary(c => c.Id, c => c.DocumentId, StringComparer.Ordinal);
        foreach (var pair in copies.GroupBy(c => (A: sourceOf[c.A], B: sourceOf[c.B])))
        {
            // The share of the shorter document's claims that have a copy in the other; one shared sentence is a quotation,
            // not a copied story, so it takes two.
            var copied = Math.Min(pair.Select(p => p.A).Distinct().Count(), pair.Select(p => p.B).Distinct().Count());
            var shorter = Math.Min(counts.GetValueOrDefault(pair.Key.A, 1), counts.GetValueOrDefault(pair.Key.B, 1));
            if (copied >= 2 && copied >= lex.CopiedDocument * shorter && index.ContainsKey(pair.Key.A) && index.ContainsKey(pair.Key.B))
                uf.Union(index[pair.Key.A], index[pair.Key.B]);
        }
        return ids.ToDictionary(id => id, id => ids[uf.Find(index[id])], StringComparer.Ordinal);
    }

    /// <summary>Whether a set of one origin's sources is joined by copying rather than by a shared publisher alone.</summary>
    private static bool CopiedTogether(List<string> sourceIds, List<(string A, string B)> copies, IReadOnlyList<Claim> claims)
    {
        var sourceOf = claims.ToDictionary(c => c.Id, c => c.DocumentId, StringComparer.Ordinal);
        return copies.Any(c => sourceIds.Contains(sourceOf[c.A]) && sourceIds.Contains(sourceOf[c.B]));
    }

    /// <summary>The publisher as a name to compare: case and a parenthesised note such as "(illustrative)" do not matter.</summary>
    public static string Publisher(StoredSource s)
    {
        var p = s.Publisher;
        var paren = p.IndexOf('(');
        if (paren > 0) p = p[..paren];
        return string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>Within a group, two claims of different sources where one is negative and the other not, or where each names
    /// days and they share none.</summary>
    private static IEnumerable<Contradiction> WithinGroup(ClaimGroup group, Dictionary<string, ClaimFeatures> byId, Dictionary<string, double> idf, CorroborationLexicon lex)
    {
        var members = group.ClaimIds.Select(id => byId[id]).ToList();
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                if (a.Claim.DocumentId == b.Claim.DocumentId) continue;
                // Only claims nearly alike in their words: a negation elsewhere in a long sentence says nothing of the shared part.
                if (a.Negative != b.Negative && Lexical(a, b, idf) >= lex.PolaritySimilarity && NegationShared(a.Negative ? a : b, a.Negative ? b : a))
                {
                    var (yes, no) = a.Negative ? (b, a) : (a, b);
                    yield return new Contradiction(ContradictionKind.Polarity, group.Id, [yes.Claim.Id, no.Claim.Id],
                        $"{yes.Claim.Id} states it, {no.Claim.Id} states it negatively");
                }
                if (a.Dates.Count > 0 && b.Dates.Count > 0 && !a.Dates.Overlaps(b.Dates))
                    yield return new Contradiction(ContradictionKind.Dates, group.Id, [a.Claim.Id, b.Claim.Id],
                        $"{string.Join(", ", a.Dates.Order())} ({a.Claim.Id}) against {string.Join(", ", b.Dates.Order())} ({b.Claim.Id})");
            }
    }

    /// <summary>Whether the negation of one claim covers what the other states: at least two and at least half the terms of
    /// its negated clauses are in the other claim ("the troops will not stay" against "the troops will stay"), not a disclaimer in a
    /// clause of its own ("...; it is not an official text").</summary>
    private static bool NegationShared(ClaimFeatures negative, ClaimFeatures other) =>
        negative.NegatedTerms.Count(other.Terms.Contains) is var shared && shared >= 2 && shared * 2 >= negative.NegatedTerms.Count;

    /// <summary>Figures for the same count that do not agree. A case is about one crisis, so one kind of count (deaths,
    /// detained) is read as one event; exact figures agree only when equal, approximate ones within the tolerance.</summary>
    private static IEnumerable<Contradiction> ConflictingFigures(List<ClaimFeatures> features, CorroborationLexicon lex)
    {
        var all = features.SelectMany(f => f.Figures.Select(x => (f.Claim.Id, Figure: x))).ToList();
        foreach (var kind in all.GroupBy(x => x.Figure.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clusters = new List<List<(string Id, Figure Figure)>>();
            foreach (var x in kind.OrderBy(x => x.Figure.Value))
            {
                var last = clusters.LastOrDefault();
                if (last is not null && Agree(last[0].Figure, x.Figure, lex)) last.Add(x);
                else clusters.Add([x]);
            }
            if (clusters.Count < 2) continue;
            var detail = string.Join("; ", clusters.Select(c =>
                $"{string.Join(" or ", c.Select(x => Show(x.Figure)).Distinct())} ({string.Join(", ", c.Select(x => x.Id).Distinct())})"));
            yield return new Contradiction(ContradictionKind.Figures, kind.Key, kind.Select(x => x.Id).Distinct().ToList(), detail);
        }
    }

    private static string Show(Figure f) => (f.Approximate ? "~" : "") + f.Value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static bool Agree(Figure a, Figure b, CorroborationLexicon lex)
    {
        if (a.Value == b.Value) return true;
        if (!a.Approximate && !b.Approximate) return false;
        return Near(a.Value, b.Value, lex.Approximate);
    }

    /// <summary>Disjoint sets with path halving; enough for a few thousand claims.</summary>
    private sealed class UnionFind(int n)
    {
        private readonly int[] _parent = Enumerable.Range(0, n).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        /// <summary>Joins two sets; the smaller index stays the root, so a group is named by its first claim.</summary>
        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            if (ra < rb) _parent[rb] = ra; else _parent[ra] = rb;
        }
    }
}
