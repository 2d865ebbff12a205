using System.Globalization;
using Tessera.Case;
using Tessera.Claims;
using FigureClaim = Tessera.Events.FigureClaim;

namespace Tessera.Analysis.Corroboration;

/// <summary>Finds which claims of different sources state the same thing, counts the independent sources behind each, and flags
/// contradictions. Pure: claims and sources in, a result out. The method is in this folder's README.md.</summary>
public static class Corroborator
{
    /// <summary>Corroboration over an assessed case, reading each claim's tokens and figures from its stored document.</summary>
    /// <param name="jobs">How many cores reading features and comparing pairs may use; the result is the same for any number.</param>
    /// <param name="features">The case's claim features when another step has read them already (<see cref="CaseFeatures"/>).</param>
    public static CorroborationResult Run(AssessedCase assessed, CorroborationLexicon lex, int jobs = 1, CaseFeatures? features = null) =>
        Run(assessed.Claims, assessed.Sources, lex, assessed.TokensOf, assessed.Documents.SelectMany(d => d.Figures).ToList(), EventDays(assessed), jobs,
            CaseFeatures.For(features, assessed, lex, jobs).All);

    /// <summary>The days a dispatch's own time expressions give its events, for the claims that open with a dateline
    /// ("ALMATY, Jan 9 – Protesters stormed the mayor's office on Wednesday" happened on Wednesday, not on the 9th). The
    /// dateline dates the report; where the text dates the event itself, that date counts and the dateline's does not.</summary>
    public static Dictionary<string, IReadOnlySet<DayOfYear>> EventDays(AssessedCase assessed)
    {
        var result = new Dictionary<string, IReadOnlySet<DayOfYear>>(StringComparer.Ordinal);
        foreach (var d in assessed.Documents)
            foreach (var c in d.Claims)
            {
                // A dateline is a place and a date before a dash that opens the claim.
                var dash = c.Text.IndexOfAny(['–', '—']);
                if (dash < 0 || dash > DatelineLength || d.TimesOf(c)?.Own is not { Count: > 1 } own) continue;
                var end = c.Start + dash;
                if (!own.Any(t => t.End <= end)) continue;
                var days = own.Where(t => t.Start > end && t.Range is { Precision: Recognition.Time.TimePrecision.Day })
                    .Select(t => t.Range!.Value.From).Select(day => new DayOfYear(day.Month, day.Day)).ToHashSet();
                if (days.Count > 0) result[c.Id] = days;
            }
        return result;
    }

    /// <summary>How far into a claim a dateline's dash may stand ("WASHINGTON, Jan. 12, 2022 –").</summary>
    private const int DatelineLength = 48;

    /// <param name="tokensOf">A claim's tokens over its own text when they are cut already; else they are cut here.</param>
    /// <param name="figures">The figures the pipeline read, whose retractions say which claims were taken back.</param>
    /// <param name="eventDays">The days a claim's own words date it to, where a dateline would otherwise date it.</param>
    /// <param name="read">The features of the stated claims among <paramref name="claims"/>, in their order, when they are read
    /// already; else they are read here.</param>
    public static CorroborationResult Run(IReadOnlyList<Claim> claims, IReadOnlyList<StoredSource> sources, CorroborationLexicon lex,
        Func<Claim, Language.TokenizedUnit?>? tokensOf = null, IReadOnlyList<FigureClaim>? figures = null,
        IReadOnlyDictionary<string, IReadOnlySet<DayOfYear>>? eventDays = null, int jobs = 1, IReadOnlyList<ClaimFeatures>? read = null)
    {
        read ??= Pipeline.InOrder.All(claims.Where(c => c.IsClaim).ToList(), c => ClaimFeatures.Of(c, lex, tokensOf?.Invoke(c)), jobs);
        // A dateline's day is the report's, not the event's: corroboration compares the events' days (proposals keep the claim's own).
        var features = read.Select(f => eventDays?.GetValueOrDefault(f.Claim.Id) is { } days ? f with { Dates = days } : f).ToList();
        // Each claim's own origin, before copies are known: who takes a figure or a statement back is the one who gave it.
        var ownOrigins = new Lazy<Dictionary<string, ClaimOrigin>>(() => ClaimOrigins.Of(claims, sources, new Dictionary<string, string>(StringComparer.Ordinal), []));
        var traced = StepTrace.Start("corroboration: retractions");
        var retracted = Retractions(figures ?? [], ownOrigins);
        var statements = StatementRetractions.Of(features, sources, id => ownOrigins.Value.GetValueOrDefault(id), lex, tokensOf, jobs);
        traced?.Dispose();
        // The origins before copies are known are one per claim and needed no further; the lambdas above share the variable with
        // the rest of this method, so it would otherwise hold them until corroboration returns.
        ownOrigins = null!;
        foreach (var (taken, by) in statements) retracted.TryAdd(taken, by);
        // A retracted claim supports nothing, so it is compared with nothing; nor is the claim that takes a statement back, which
        // repeats the words it withdraws and would otherwise back them.
        var takers = statements.Values.ToHashSet(StringComparer.Ordinal);
        var comparable = features.Where(f => f.Terms.Count >= lex.MinTerms && !f.IsQuestion && !retracted.ContainsKey(f.Claim.Id)
            && !takers.Contains(f.Claim.Id)).ToList();
        var idf = InverseDocumentFrequency(comparable);

        var (members, within, copies) = Grouped(comparable, idf, lex, jobs);
        traced = StepTrace.Start("corroboration: groups and contradictions");

        // Each claim's document, for the copies: made once, for the origins and for the copied sources.
        var sourceOf = claims.ToDictionary(c => c.Id, c => c.DocumentId, StringComparer.Ordinal);
        var sourceOrigins = Origins(sources, claims, sourceOf, copies, lex);
        var origins = ClaimOrigins.Of(claims, sources, sourceOrigins, copies);
        var groups = new List<ClaimGroup>();
        var groupOf = new Dictionary<string, string>(members.Items.Length, StringComparer.Ordinal);
        var backing = features.ToDictionary(f => f.Claim.Id, _ => 1, StringComparer.Ordinal);
        for (var g = 0; g < members.Groups; g++)
        {
            var of = members.Of(g);
            var ids = new List<string>(of.Length);
            var documents = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in of)
            {
                ids.Add(comparable[i].Claim.Id);
                documents.Add(comparable[i].Claim.DocumentId);
            }
            var sourceIds = documents.Order(StringComparer.Ordinal).ToList();
            // Independent origins, not reports: one ministry relayed by four outlets is one.
            var groupOrigins = ids.Select(id => origins[id]).GroupBy(o => o.Key, StringComparer.Ordinal).Select(x => x.First().Name).ToList();
            var group = new ClaimGroup($"G{groups.Count + 1}", ids, sourceIds, groupOrigins);
            groups.Add(group);
            foreach (var id in ids) { groupOf[id] = group.Id; backing[id] = group.IndependentOrigins; }
        }

        var contradictions = new List<Contradiction>();
        for (var g = 0; g < groups.Count; g++)
            contradictions.AddRange(WithinGroup(groups[g], within.A(g), within.B(g), comparable, idf, origins, lex));
        var series = Series(features.Where(f => !retracted.ContainsKey(f.Claim.Id)).ToList(), origins, sources);
        contradictions.AddRange(ConflictingFigures(series));

        traced?.Dispose();
        var copiedSources = copies.Select(c => (sourceOf[c.A], sourceOf[c.B])).ToHashSet();
        var copied = sources.Select(s => s.Id).GroupBy(s => sourceOrigins.GetValueOrDefault(s, s))
            .Where(g => g.Count() > 1 && CopiedTogether(g.ToHashSet(StringComparer.Ordinal), copiedSources))
            .Select(g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList()).ToList();
        return new CorroborationResult(groups, backing, groupOf, contradictions, copied, origins, retracted,
            series.Where(x => x.Figures.Count > 1).ToList()) { StatementsTakenBack = statements.Where(s => retracted[s.Key] == s.Value).Select(s => s.Key).ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>The linked groups, and the compared pairs within each, from the claims that may be compared.</summary>
    /// <remarks>The compared pairs (twelve bytes a pair: 2.8 million at 1,000 documents, fewer at 10,000, where more terms pass the
    /// common-term cap) and the linking's index of them are made and let go here, and only what the groups and their
    /// contradictions read of them is returned, so they are collectable before each claim's origin and the groups are made.</remarks>
    private static (Runs Members, PairRuns Within, List<(string A, string B)> Copies) Grouped(List<ClaimFeatures> comparable,
        Dictionary<string, double> idf, CorroborationLexicon lex, int jobs)
    {
        // Candidate pairs share at least one term that is not too common; the rest cannot reach the threshold.
        var traced = StepTrace.Start("corroboration: pairs");
        var (pairs, copies) = ComparedPairs.Of(comparable, idf, lex, jobs);
        traced?.Dispose();
        using (StepTrace.Start("corroboration: linking"))
        {
            var members = Members(Link(comparable, pairs, lex), comparable.Count);
            return (members, PairsWithin(pairs, members, comparable.Count), copies);
        }
    }

    /// <summary>Pairs of claims (by their place among the compared claims) cut into runs, one per group: run g is
    /// <c>A[Start[g] .. Start[g + 1]]</c> with the same places of <c>B</c>.</summary>
    private readonly record struct PairRuns(int[] Start, int[] FirstClaims, int[] SecondClaims)
    {
        public ReadOnlySpan<int> A(int group) => FirstClaims.AsSpan(Start[group], Start[group + 1] - Start[group]);

        public ReadOnlySpan<int> B(int group) => SecondClaims.AsSpan(Start[group], Start[group + 1] - Start[group]);
    }

    /// <summary>Numbers 0..n-1 cut into runs, one per group: run g is <c>Items[Start[g] .. Start[g + 1]]</c>. Two arrays of ints
    /// however many groups there are, where a list or a grouping per group would be an object each.</summary>
    private readonly record struct Runs(int[] Start, int[] Items)
    {
        public int Groups => Start.Length - 1;

        public ReadOnlySpan<int> Of(int group) => Items.AsSpan(Start[group], Start[group + 1] - Start[group]);

        /// <summary>Cuts the numbers whose group is not negative into runs, each in the order the numbers are given.</summary>
        public static Runs By(int count, int groups, Func<int, int> groupOf)
        {
            var start = new int[groups + 1];
            for (var i = 0; i < count; i++)
                if (groupOf(i) is var g and >= 0) start[g + 1]++;
            for (var g = 0; g < groups; g++) start[g + 1] += start[g];
            var items = new int[start[groups]];
            var next = start[..groups];
            for (var i = 0; i < count; i++)
                if (groupOf(i) is var g and >= 0) items[next[g]++] = i;
            return new Runs(start, items);
        }
    }

    /// <summary>The linked groups of two or more claims, in order of their first claim, each with its claims in order; a claim alone
    /// is in none.</summary>
    private static Runs Members(UnionFind links, int claims)
    {
        var root = new int[claims];
        var size = new int[claims];
        for (var i = 0; i < claims; i++) size[root[i] = links.Find(i)]++;
        // A group is numbered when its first claim is met.
        var number = new int[claims];
        Array.Fill(number, -1);
        var groups = 0;
        for (var i = 0; i < claims; i++)
            if (size[root[i]] > 1 && number[root[i]] < 0) number[root[i]] = groups++;
        return Runs.By(claims, groups, i => number[root[i]]);
    }

    /// <summary>The compared pairs whose two claims ended in one group, by group, in the pair list's order: eight bytes a pair,
    /// for the few pairs within groups, where the whole list is twelve for every pair compared.</summary>
    private static PairRuns PairsWithin(ComparedPairList pairs, Runs members, int claims)
    {
        var groupOfClaim = new int[claims];
        Array.Fill(groupOfClaim, -1);
        for (var g = 0; g < members.Groups; g++)
            foreach (var i in members.Of(g)) groupOfClaim[i] = g;
        // A pair's first claim is found by halving, so only for the pairs whose second claim is in a group.
        var places = Runs.By(pairs.Count, members.Groups, k => groupOfClaim[pairs.B(k)] is var g and >= 0 && groupOfClaim[pairs.A(k)] == g ? g : -1);
        // The places become the pairs' second claims where they stand.
        var first = new int[places.Items.Length];
        var second = places.Items;
        for (var i = 0; i < second.Length; i++)
        {
            first[i] = pairs.A(second[i]);
            second[i] = pairs.B(second[i]);
        }
        return new PairRuns(places.Start, first, second);
    }

    /// <summary>Claims that give a figure taken back, by themselves or the sentence after them ("was an error and has been
    /// withdrawn"), or named as the old figure of a revision ("revised its toll from 164 to 225"), and every other claim of the
    /// same origin that gives the same figure for the same count: each to the claim that took it back. Another origin's report
    /// of that number is its own and stands; a revising claim that gives the figure standing now is not itself retracted.</summary>
    private static Dictionary<string, string> Retractions(IReadOnlyList<FigureClaim> figures, Lazy<Dictionary<string, ClaimOrigin>> ownOrigins)
    {
        if (!figures.Any(f => f.Retracted)) return new(StringComparer.Ordinal);
        var origins = ownOrigins.Value;
        string OriginOf(string claimId) => origins.TryGetValue(claimId, out var o) ? o.Key : claimId;
        var revisers = figures.Where(f => !f.Retracted && f.Value is not null).Select(f => (f.ClaimId, f.Kind)).ToHashSet();
        var withdrawn = figures.Where(f => f.Retracted && f.Value is not null).GroupBy(f => (f.Kind, f.Value, Origin: OriginOf(f.ClaimId)))
            .ToDictionary(g => g.Key, g => g.First().ClaimId);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in figures)
            if (f.Value is not null && withdrawn.TryGetValue((f.Kind, f.Value, OriginOf(f.ClaimId)), out var by)
                && !(f.ClaimId == by && revisers.Contains((f.ClaimId, f.Kind))))
                result.TryAdd(f.ClaimId, by);
        return result;
    }

    /// <summary>Average linkage: pairs at or above same-statement, strongest first, merge their groups when the groups' claims
    /// of different sources are on average at least group-cohesion alike (pairs never compared count as 0).</summary>
    private static UnionFind Link(List<ClaimFeatures> comparable, ComparedPairList pairs, CorroborationLexicon lex)
    {
        var uf = new UnionFind(comparable.Count);
        var size = Enumerable.Repeat(1, comparable.Count).ToArray();
        // Each group's summed similarity to every group it was compared with, kept up to date as groups merge, so the cohesion
        // of two groups is one look-up rather than a pass over their members. A claim that no merge has touched yet is read from
        // the pairs themselves; it gets a map of its own only when a merge changes its sums.
        var cross = new Neighbours(comparable.Count, pairs);
        // How many claims of each document a group holds: pairs within one document are never compared, so the pairs that count
        // toward cohesion are the product of the sizes less those.
        var documents = new Dictionary<int, int>?[comparable.Count];
        var documentOf = DocumentNumbers(comparable);
        // Two groups too unlike to merge stay so until one of them grows: their verdict is kept, keyed by each group's size, so
        // the many pairs that join the same two large groups do not count their documents again.
        var rejected = new HashSet<(int, int, int, int)>();
        // The pairs that may link, as their places in the list (four bytes each, not a copy of the pair), strongest first.
        // The list is in order of A then B, so among equal scores the place orders them as A then B would.
        // Counted first, so the array is made once at its size rather than grown by doubling on the large object heap.
        var strong = 0;
        for (var k = 0; k < pairs.Count; k++)
            if (pairs.Score(k) >= lex.SameStatement) strong++;
        var links = new int[strong];
        for (int k = 0, n = 0; k < pairs.Count; k++)
            if (pairs.Score(k) >= lex.SameStatement) links[n++] = k;
        // Every two places compare unequal, so any sort puts them in the one order.
        Array.Sort(links, (i, j) => pairs.Score(j) != pairs.Score(i) ? pairs.Score(j).CompareTo(pairs.Score(i)) : i.CompareTo(j));
        foreach (var k in links)
        {
            var p = pairs[k];
            var (ra, rb) = (uf.Find(p.A), uf.Find(p.B));
            if (ra == rb) continue;
            var verdict = (ra, size[ra], rb, size[rb]);
            if (rejected.Contains(verdict)) continue;
            var total = cross.Sum(ra, rb);
            var (da, db) = (DocumentsOf(ra), DocumentsOf(rb));
            var (few, many) = da.Count <= db.Count ? (da, db) : (db, da);
            long count = (long)size[ra] * size[rb];
            foreach (var (doc, n) in few) count -= (long)n * many.GetValueOrDefault(doc);
            if (count == 0 || total / count < lex.GroupCohesion)
            {
                rejected.Add(verdict);
                continue;
            }
            // The group with fewer neighbours is folded into the other, so a large group is never walked to absorb a small one:
            // each claim's neighbours move O(log n) times in all. Which one names the group does not matter to the result, as
            // groups are ordered by their first claim and every sum below adds the same two values either way.
            var (root, gone) = cross.Count(ra) >= cross.Count(rb) ? (ra, rb) : (rb, ra);
            uf.Attach(gone, root);
            size[root] += size[gone];
            foreach (var (doc, n) in few) many[doc] = many.GetValueOrDefault(doc) + n;
            documents[root] = many;
            documents[gone] = null;
            cross.Fold(gone, root);
        }
        return uf;

        Dictionary<int, int> DocumentsOf(int root) => documents[root] ??= new() { [documentOf[root]] = 1 };
    }

    /// <summary>Each group's summed similarity to each group it was compared with, for average linkage. At first every group is one
    /// claim and its sums are its pairs' scores: those are read from the pairs, where a claim's pairs as the first claim are a run,
    /// and its pairs as the second are listed apart by their first claim, four bytes a pair. The sums of a group a merge has touched are kept once per two groups, in
    /// one table keyed by the pair of groups, so a merge updates one entry per neighbour of the group folded in.</summary>
    /// <remarks>Before, every group had a map of its own sums, which a merge updated on both sides: each neighbour of the group
    /// folded in had its map made from its pairs (however many it had) only to move one entry. One entry per two groups holds the
    /// same sums, each the same additions in the same order (the two groups' earlier sums added, or the folded one's alone where
    /// the other had none), so the groups are the same.</remarks>
    private sealed class Neighbours
    {
        private readonly ComparedPairList _pairs;
        // The claims compared with claim i that come before it (i is their pair's B), in order: _before[_start[i] .. _start[i + 1]].
        // Those after it are the B of its own run in the pair list.
        private readonly int[] _start;
        private readonly int[] _before;
        // A group a merge has touched has every sum with a living group in _sums; two untouched groups' sum is their pair's score.
        private readonly bool[] _touched;
        private readonly bool[] _dropped;
        private readonly int[] _count;
        // The groups a merge made neighbours of a group, beyond those of its pairs.
        private readonly List<int>?[] _gained;
        private readonly Dictionary<long, double> _sums = new(Mixed.Instance);

        public Neighbours(int claims, ComparedPairList pairs)
        {
            _pairs = pairs;
            _start = new int[claims + 1];
            for (var k = 0; k < pairs.Count; k++) _start[pairs.B(k) + 1]++;
            for (var i = 0; i < claims; i++) _start[i + 1] += _start[i];
            _before = new int[_start[claims]];
            var next = _start[..claims];
            // The pairs come in order of A, so each claim's earlier neighbours are listed in order.
            for (var a = 0; a < claims; a++)
            {
                var (from, to) = pairs.Run(a);
                for (var k = from; k < to; k++) _before[next[pairs.B(k)]++] = a;
            }
            _touched = new bool[claims];
            _dropped = new bool[claims];
            _count = new int[claims];
            for (var i = 0; i < claims; i++)
            {
                var (from, to) = pairs.Run(i);
                _count[i] = _start[i + 1] - _start[i] + to - from;
            }
            _gained = new List<int>?[claims];
        }

        /// <summary>How many groups this group was compared with.</summary>
        public int Count(int group) => _count[group];

        /// <summary>The summed similarity of two groups' compared pairs; 0 when none was compared.</summary>
        public double Sum(int group, int other)
        {
            if (_touched[group] || _touched[other]) return _sums.GetValueOrDefault(Key(group, other));
            // Untouched by any merge: their pair, if any, is in the run of the earlier one, found by halving.
            var k = group < other ? _pairs.Find(group, other) : _pairs.Find(other, group);
            return k < 0 ? 0 : _pairs.Score(k);
        }

        /// <summary>Folds one group into another: the merged group's sums are the two groups' summed, their neighbours' pointed at
        /// the root instead.</summary>
        public void Fold(int gone, int root)
        {
            if (_dropped[gone] || _dropped[root]) throw new InvalidOperationException($"group {gone} or {root} was folded into another");
            Touch(root);
            Touch(gone);
            for (var s = _start[gone]; s < _start[gone + 1]; s++) Move(_before[s]);
            var (from, to) = _pairs.Run(gone);
            for (var k = from; k < to; k++) Move(_pairs.B(k));
            if (_gained[gone] is { } gained)
                foreach (var other in gained) Move(other);
            _gained[gone] = null;
            _dropped[gone] = true;

            void Move(int other)
            {
                // A neighbour folded away since, or met twice, has no sum with this group left.
                if (!_sums.Remove(Key(gone, other), out var sum)) return;
                if (other == root)
                {
                    _count[root]--;
                    return;
                }
                var key = Key(root, other);
                if (_sums.TryGetValue(key, out var had))
                {
                    _sums[key] = had + sum;
                    _count[other]--;
                }
                else
                {
                    _sums[key] = 0 + sum;
                    _count[root]++;
                    (_gained[root] ??= []).Add(other);
                    (_gained[other] ??= []).Add(root);
                }
            }
        }

        /// <summary>Puts a group's sums with the untouched groups in the table, the first time a merge takes it in: its sums with the
        /// touched ones are there already.</summary>
        private void Touch(int group)
        {
            if (_touched[group]) return;
            _touched[group] = true;
            for (var s = _start[group]; s < _start[group + 1]; s++)
            {
                var other = _before[s];
                if (!_touched[other]) _sums[Key(group, other)] = _pairs.Score(_pairs.Find(other, group));
            }
            var (from, to) = _pairs.Run(group);
            for (var k = from; k < to; k++)
            {
                var other = _pairs.B(k);
                if (!_touched[other]) _sums[Key(group, other)] = _pairs.Score(k);
            }
        }

        private static long Key(int a, int b) => a < b ? (long)a << 32 | (uint)b : (long)b << 32 | (uint)a;

        /// <summary>A long's own hash is its halves xor-ed, the same for every two groups whose numbers xor alike ((1, 2) and
        /// (0, 3)): neighbouring groups' keys would crowd a few buckets. Multiplying spreads them.</summary>
        private sealed class Mixed : IEqualityComparer<long>
        {
            public static readonly Mixed Instance = new();
            public bool Equals(long x, long y) => x == y;
            public int GetHashCode(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);
        }
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
    public static double Lexical(ClaimFeatures a, ClaimFeatures b, IReadOnlyDictionary<string, double> idf) =>
        Lexical(a.Terms.Where(b.Terms.Contains).Sum(t => TermWeight(idf, t)), Weight(a, idf), Weight(b, idf));

    /// <summary>A term's weight: its inverse document frequency, or 1 for a term the case's claims do not hold (a claim compared
    /// from outside them).</summary>
    public static double TermWeight(IReadOnlyDictionary<string, double> idf, string term) => idf.GetValueOrDefault(term, 1);

    /// <summary>The summed weight of a claim's terms, in the order of its set.</summary>
    public static double Weight(ClaimFeatures features, IReadOnlyDictionary<string, double> idf) => features.Terms.Sum(t => TermWeight(idf, t));

    /// <summary>The same from the weight two claims share and each one's total weight.</summary>
    public static double Lexical(double shared, double wa, double wb) =>
        wa <= 0 || wb <= 0 ? 0 : (2 * shared / (wa + wb) + shared / Math.Min(wa, wb)) / 2;

    /// <summary>How much of two claims is word for word the same: the Jaccard index of their three-word runs.</summary>
    public static double Verbatim(ClaimFeatures a, ClaimFeatures b)
    {
        if (a.Shingles.Count == 0 || b.Shingles.Count == 0) return 0;
        return Jaccard(a.Shingles.Count(b.Shingles.Contains), a.Shingles.Count, b.Shingles.Count);
    }

    /// <summary>Each claim's document as a number (in order of first appearance), so the checks made for every pair compare numbers,
    /// not identifiers.</summary>
    internal static int[] DocumentNumbers(IReadOnlyList<ClaimFeatures> claims)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var of = new int[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var id = claims[i].Claim.DocumentId;
            if (!numbers.TryGetValue(id, out var n)) numbers[id] = n = numbers.Count;
            of[i] = n;
        }
        return of;
    }

    /// <summary>The Jaccard index from the count two sets share and their sizes; 0 when either is empty.</summary>
    public static double Jaccard(double shared, int a, int b) => a == 0 || b == 0 ? 0 : shared / (a + b - shared);

    /// <summary>Whether two claims share a day or a figure, two of the anchors a pair needs to link below the unanchored bar (the
    /// third, an actor or place, <see cref="ComparedPairs"/> finds among the terms). Asked of every compared pair, most of whose
    /// claims have neither, so an empty set is not walked.</summary>
    public static bool SharesDayOrFigure(ClaimFeatures a, ClaimFeatures b) =>
        a.Dates.Count > 0 && b.Dates.Count > 0 && a.Dates.Overlaps(b.Dates) || SharedFigure(a, b);

    private static bool SharedFigure(ClaimFeatures a, ClaimFeatures b) => a.Numbers.Count > 0 && b.Numbers.Count > 0 && a.Numbers.Overlaps(b.Numbers);

    /// <summary>Lexical similarity, plus a shared day and a shared figure, less days and figures that differ.</summary>
    public static double Similarity(ClaimFeatures a, ClaimFeatures b, double lexical, CorroborationLexicon lex)
    {
        var score = lexical;
        if (a.Dates.Count > 0 && b.Dates.Count > 0) score += a.Dates.Overlaps(b.Dates) ? lex.SharedDate : lex.OtherDate;
        if (SharedFigure(a, b)) score += lex.SharedFigure;
        else if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Any(x => b.Numbers.Any(y => Near(x, y, lex.Approximate))))
            score += lex.OtherFigure;
        return score;
    }

    private static bool Near(double x, double y, double tolerance) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>Each source's origin: sources of one publisher share one, and so do documents that copy one another.</summary>
    /// <param name="sourceOf">Each claim's document, by claim id.</param>
    private static Dictionary<string, string> Origins(IReadOnlyList<StoredSource> sources, IReadOnlyList<Claim> claims, Dictionary<string, string> sourceOf,
        List<(string A, string B)> copies, CorroborationLexicon lex)
    {
        var ids = sources.Select(s => s.Id).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var uf = new UnionFind(ids.Count);
        foreach (var byPublisher in sources.Where(s => Publisher(s).Length > 0).GroupBy(Publisher, StringComparer.Ordinal))
        {
            var first = index[byPublisher.First().Id];
            foreach (var s in byPublisher) uf.Union(first, index[s.Id]);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in claims)
            if (c.IsClaim) counts[c.DocumentId] = counts.GetValueOrDefault(c.DocumentId) + 1;
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
    /// <param name="copiedSources">The pairs of sources that share a word-for-word claim.</param>
    private static bool CopiedTogether(HashSet<string> sourceIds, HashSet<(string, string)> copiedSources) =>
        copiedSources.Any(c => sourceIds.Contains(c.Item1) && sourceIds.Contains(c.Item2));

    /// <summary>The publisher as a name to compare: case and a parenthesised note such as "(illustrative)" do not matter.</summary>
    public static string Publisher(StoredSource s)
    {
        var p = s.Publisher;
        var paren = p.IndexOf('(');
        if (paren > 0) p = p[..paren];
        return string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>Within a group, two compared claims of different sources and origins where one is negative and the other not (an
    /// explicit denial), or where each names days and they share none. Only compared pairs (those sharing a term) are checked,
    /// so a large group costs its pairs, not the square of its size; a pair sharing no term is too unlike for a denial.</summary>
    /// <param name="first">The first claims of the group's compared pairs, in order of their first claim, then their second.</param>
    /// <param name="second">Their second claims.</param>
    private static List<Contradiction> WithinGroup(ClaimGroup group, ReadOnlySpan<int> first, ReadOnlySpan<int> second, List<ClaimFeatures> comparable,
        Dictionary<string, double> idf, Dictionary<string, ClaimOrigin> origins, CorroborationLexicon lex)
    {
        var found = new List<Contradiction>();
        for (var k = 0; k < first.Length; k++)
        {
            var (a, b) = (comparable[first[k]], comparable[second[k]]);
            // One origin told twice, differently, has corrected itself or been misreported: not two accounts at odds.
            if (a.Claim.DocumentId == b.Claim.DocumentId || origins[a.Claim.Id].Key == origins[b.Claim.Id].Key) continue;
            // Only claims nearly alike in their words: a negation elsewhere in a long sentence says nothing of the shared part.
            if (a.Negative != b.Negative && Lexical(a, b, idf) >= lex.PolaritySimilarity && NegationShared(a.Negative ? a : b, a.Negative ? b : a))
            {
                var (yes, no) = a.Negative ? (b, a) : (a, b);
                found.Add(new Contradiction(ContradictionKind.Polarity, group.Id, [yes.Claim.Id, no.Claim.Id],
                    $"{yes.Claim.Id} states it, {no.Claim.Id} states it negatively"));
            }
            if (a.Dates.Count > 0 && b.Dates.Count > 0 && !a.Dates.Overlaps(b.Dates))
                found.Add(new Contradiction(ContradictionKind.Dates, group.Id, [a.Claim.Id, b.Claim.Id],
                    $"{string.Join(", ", a.Dates.Order())} ({a.Claim.Id}) against {string.Join(", ", b.Dates.Order())} ({b.Claim.Id})"));
        }
        return found;
    }

    /// <summary>Whether the negation of one claim covers what the other states: at least two and at least half the terms of
    /// its negated clauses are in the other claim ("the troops will not stay" against "the troops will stay"), not a disclaimer in a
    /// clause of its own ("...; it is not an official text").</summary>
    private static bool NegationShared(ClaimFeatures negative, ClaimFeatures other) =>
        negative.NegatedTerms.Count(other.Terms.Contains) is var shared && shared >= 2 && shared * 2 >= negative.NegatedTerms.Count;

    /// <summary>Each origin's figures for each count, in the order they were given (by the report's date, then its place in
    /// the report): a later figure updates an earlier one (227, then 238 dead), and the last is current.</summary>
    private static List<FigureSeries> Series(List<ClaimFeatures> features, Dictionary<string, ClaimOrigin> origins, IReadOnlyList<StoredSource> sources)
    {
        var published = sources.ToDictionary(s => s.Id, s => s.Published ?? DateOnly.MaxValue, StringComparer.Ordinal);
        return features.SelectMany(f => f.Figures.Select(x => (f.Claim, Figure: x)))
            .GroupBy(x => (x.Figure.Kind, origins[x.Claim.Id].Key))
            .Select(g => new FigureSeries(g.Key.Kind, origins[g.First().Claim.Id].Name,
                g.OrderBy(x => published.GetValueOrDefault(x.Claim.DocumentId, DateOnly.MaxValue)).ThenBy(x => x.Claim.DocumentId, StringComparer.Ordinal)
                 .ThenBy(x => x.Claim.Index).Select(x => new GivenFigure(x.Claim.Id, x.Figure)).ToList()))
            .OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Figures[0].ClaimId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Current figures for the same count that cannot both be right: intervals that do not meet ("more than 270" against
    /// 225), from independent origins. A case is about one crisis, so one kind of count (deaths, detained) is read as one event;
    /// an origin's earlier figures are updates, not rivals.</summary>
    private static IEnumerable<Contradiction> ConflictingFigures(List<FigureSeries> series)
    {
        foreach (var kind in series.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var current = kind.Select(s => s.Current).ToList();
            // Clusters of figures that meet, in order of their lower ends: a figure joins the last cluster when it starts below the
            // highest end there, which in this order is the same as meeting one of its figures.
            var clusters = new List<List<GivenFigure>>();
            var reach = double.NegativeInfinity;
            foreach (var x in current.OrderBy(x => x.Figure.Low).ThenBy(x => x.Figure.Value))
            {
                if (clusters.Count > 0 && x.Figure.Low <= reach) clusters[^1].Add(x);
                else clusters.Add([x]);
                reach = Math.Max(clusters[^1].Count == 1 ? double.NegativeInfinity : reach, x.Figure.High);
            }
            if (clusters.Count < 2) continue;
            var detail = string.Join("; ", clusters.Select(c =>
                $"{string.Join(" or ", c.Select(x => Show(x.Figure)).Distinct())} ({string.Join(", ", c.Select(x => x.ClaimId).Distinct())})"));
            yield return new Contradiction(ContradictionKind.Figures, kind.Key, current.Select(x => x.ClaimId).Distinct().ToList(), detail,
                clusters.Select(c => (IReadOnlyList<string>)c.Select(x => x.ClaimId).Distinct().ToList()).ToList());
        }
    }

    private static string Show(Figure f) =>
        (f.High == double.PositiveInfinity ? ">" : f.Low == 0 && f.High == f.Value && f.Value > 0 ? "<" : f.Approximate ? "~" : "")
        + f.Value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Disjoint sets with path halving; enough for a few thousand claims.</summary>
    private sealed class UnionFind(int n)
    {
        private readonly int[] _parent = Enumerable.Range(0, n).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        /// <summary>Puts the set whose root is <paramref name="root"/> under the root <paramref name="into"/>.</summary>
        public void Attach(int root, int into) => _parent[root] = into;

        /// <summary>Joins two sets; the smaller index stays the root, so a group is named by its first claim.</summary>
        public void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            if (ra < rb) _parent[rb] = ra; else _parent[ra] = rb;
        }
    }
}
