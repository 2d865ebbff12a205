using Tessera.Case;
using Tessera.Claims;
using Tessera.Language;

namespace Tessera.Analysis.Corroboration;

/// <summary>Statements taken back without a figure: "the interior ministry withdrew its statement that troops fired on
/// protesters" takes back the ministry's earlier "troops fired on protesters". The later claim carries a retraction cue
/// (analysis/figures.tsv, role retraction) and repeats most of the earlier claim's content terms; the earlier claim's origin
/// is the one taking it back: the later claim's own origin, or the one it names before the cue. Another origin's report of
/// the same thing is not taken back: a denial by someone else is a contradiction, not a retraction.</summary>
public static class StatementRetractions
{
    /// <summary>Each earlier claim taken back, to the claim that takes it back. Claims that give a figure are left to the figure
    /// rule, which knows which of its numbers is the old one.</summary>
    /// <param name="features">Every claim's features, the earlier ones among them.</param>
    /// <param name="originOf">A claim's own origin, before copies are counted.</param>
    /// <param name="tokensOf">A claim's tokens over its own text when the pipeline cut them already; else they are cut here.</param>
    /// <param name="jobs">How many takers may be read at once: what each could take back is found on its own, and the choices are
    /// then made in the takers' order, as on one core, so the result is the same for any number.</param>
    public static Dictionary<string, string> Of(IReadOnlyList<ClaimFeatures> features, IReadOnlyList<StoredSource> sources,
        Func<string, ClaimOrigin?> originOf, CorroborationLexicon lex, Func<Claim, TokenizedUnit?>? tokensOf = null, int jobs = 1)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var takers = features.Where(f => f.Figures.Count == 0 && !f.IsQuestion && MayTakeBack(f, lex)).ToList();
        if (takers.Count == 0) return result;

        var published = sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        var byOrigin = features.Where(f => !f.IsQuestion && f.Terms.Count >= lex.MinTerms && originOf(f.Claim.Id) is not null)
            .ToLookup(f => originOf(f.Claim.Id)!.Key, StringComparer.Ordinal);
        var named = new NamedOrigins(byOrigin.Select(g => (g.Key, Name: originOf(g.First().Claim.Id)!.Name)).ToList());

        // Which earlier claims each taker could take back does not depend on what the others took: that is the work, and it is
        // spread. Only the choice among them does (a claim is taken back once, by the first taker to claim it).
        var takes = Pipeline.InOrder.All(takers, Named, jobs);
        var index = new Dictionary<string, OriginIndex>(StringComparer.Ordinal);
        var needed = takes.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (key, built) in needed.Zip(Pipeline.InOrder.All(needed, key => new OriginIndex(byOrigin[key].ToList(), lex), jobs))) index[key] = built;
        var proposed = Pipeline.InOrder.All(Enumerable.Range(0, takers.Count).ToList(), t => Proposed(takers[t], takes[t]), jobs);
        for (var t = 0; t < takers.Count; t++)
        {
            ClaimFeatures? best = null;
            var bestShare = 0.0;
            foreach (var (earlier, share) in proposed[t])
            {
                if (result.ContainsKey(earlier.Claim.Id)) continue;
                // The closest match wins; between equals, the latest, which is what the taker answers.
                if (best is null || share > bestShare || share == bestShare && Before(best, earlier, published))
                    (best, bestShare) = (earlier, share);
            }
            if (best is not null) result[best.Claim.Id] = takers[t].Claim.Id;
        }
        return result;

        // The origins whose words the taker takes back, if it has a cue.
        List<string> Named(ClaimFeatures taker)
        {
            var words = Words(taker.Claim.Text, tokensOf?.Invoke(taker.Claim));
            var cue = CueAt(words, lex);
            return cue < 0 ? [] : Retractors(words, cue, originOf(taker.Claim.Id), named, lex);
        }

        // The earlier claims of the origins the taker names whose terms it repeats enough, each with the share it repeats, in
        // the order they are weighed.
        List<(ClaimFeatures Earlier, double Share)> Proposed(ClaimFeatures taker, List<string> keys)
        {
            var found = new List<(ClaimFeatures, double)>();
            foreach (var key in keys)
                foreach (var earlier in index[key].Candidates(taker))
                {
                    if (earlier.Claim.Id == taker.Claim.Id || !Before(earlier, taker, published)) continue;
                    var shared = 0;
                    foreach (var term in earlier.Terms)
                        if (taker.Terms.Contains(term)) shared++;
                    var share = (double)shared / earlier.Terms.Count;
                    if (shared >= lex.MinTerms && share >= lex.TakenBack) found.Add((earlier, share));
                }
            return found;
        }
    }

    /// <summary>One origin's claims, indexed so that a taker is weighed only against those it could take back. A claim of n terms
    /// is taken back only by a taker that repeats at least s of them (the least s that is both `min-terms` and `taken-back` of
    /// n), so the taker shares at least one of any n - s + 1 of its terms: each claim is indexed by that many of its rarest
    /// terms, and a taker sharing none of them is not weighed against it (the prefix filter of set-similarity joins). An origin
    /// many claims name, weighed in full against every taker that names it, made the pass quadratic in the case.</summary>
    private sealed class OriginIndex
    {
        private readonly List<ClaimFeatures> _claims;
        private readonly Dictionary<string, List<int>> _byTerm = new(StringComparer.Ordinal);
        private readonly List<int> _always = [];

        public OriginIndex(List<ClaimFeatures> claims, CorroborationLexicon lex)
        {
            _claims = claims;
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in claims)
                foreach (var term in c.Terms) frequency[term] = frequency.GetValueOrDefault(term) + 1;
            for (var i = 0; i < claims.Count; i++)
            {
                var n = claims[i].Terms.Count;
                var least = Enumerable.Range(0, n + 1).FirstOrDefault(s => s >= lex.MinTerms && (double)s / n >= lex.TakenBack, -1);
                if (least < 0) continue;
                // Settings that need no shared term at all make every claim a candidate.
                if (least == 0)
                {
                    _always.Add(i);
                    continue;
                }
                foreach (var term in claims[i].Terms.OrderBy(t => frequency[t]).ThenBy(t => t, StringComparer.Ordinal).Take(n - least + 1))
                    FileUnder(_byTerm, term, i);
            }
        }

        /// <summary>The claims a taker shares an indexed term with, in the origin's order.</summary>
        public IEnumerable<ClaimFeatures> Candidates(ClaimFeatures taker)
        {
            var found = new SortedSet<int>(_always);
            foreach (var term in taker.Terms)
                if (_byTerm.TryGetValue(term, out var list)) found.UnionWith(list);
            return found.Select(i => _claims[i]);
        }
    }

    /// <summary>A cheap test before the claim is cut into words: most claims hold no cue's first word.</summary>
    private static bool MayTakeBack(ClaimFeatures f, CorroborationLexicon lex)
    {
        foreach (var cue in lex.RetractionCues)
            if (f.Claim.Text.Contains(cue[0], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static List<string> Words(string text, TokenizedUnit? local)
    {
        var tokens = local?.Tokens ?? Tokenizer.Tokenize(text, 0, text.Length);
        return tokens.Where(t => t.Kind != TokenKind.Punct).Select(t => Tokenizer.Lower(text, t)).ToList();
    }

    /// <summary>Where the first retraction cue stands that no negation word just before denies ("did not withdraw") and that is
    /// no passive ("the report was withdrawn" says nothing of who withdrew it); -1 if none.</summary>
    private static int CueAt(List<string> words, CorroborationLexicon lex)
    {
        for (var k = 0; k < words.Count; k++)
            foreach (var cue in lex.RetractionCues)
                if (Phrase.At(words, k, cue) && !Denied(words, k, lex) && !(k > 0 && lex.FunctionWords.Is(words[k - 1], "be")))
                    return k;
        return -1;
    }

    /// <summary>Whose word the cue takes back: the origin named as its subject ("The interior ministry withdrew ..."), or, where
    /// the subject is a pronoun ("the ministry said it had withdrawn ..."), the speaker the claim quotes. A subject that names
    /// someone else ("Mr Khan was wrong to say") takes back none of the speaker's words, and a claim in the source's own voice
    /// with a pronoun for subject names no one.</summary>
    /// <returns>The keys of the origins named, in the order of <paramref name="named"/>.</returns>
    private static List<string> Retractors(List<string> words, int cue, ClaimOrigin? own, NamedOrigins named, CorroborationLexicon lex)
    {
        var keys = new List<string>();
        // The subject is the words of the cue's own clause before it: after the last clause opener ("said that", "while").
        var from = cue;
        while (from > 0 && !lex.FunctionWords.Is(words[from - 1], "clause") && cue - from < SubjectReach) from--;
        var subject = words.GetRange(from, cue - from).Where(w => !lex.FunctionWords.Is(w, "auxiliary") && !lex.FunctionWords.IsAdverb(w)).ToList();
        if (subject.Count == 0) return keys;
        if (lex.FunctionWords.Is(subject[^1], "pronoun") || lex.FunctionWords.Is(subject[^1], "first-person"))
        {
            if (own is { Basis: OriginBasis.Speaker or OriginBasis.Cited }) keys.Add(own.Key);
            return keys;
        }
        foreach (var i in named.In(ClaimOrigins.Fold(string.Join(' ', subject)))) keys.Add(named.Keys[i]);
        return keys;
    }

    /// <summary>The origins of a case's claims by their names folded (<see cref="ClaimOrigins.Fold"/>), indexed so that the origins
    /// a subject names are found by looking up its words, not by folding and searching every origin's name for every taker:
    /// with one origin per speaker and per source, that was a pass over thousands of names per retraction cue.</summary>
    private sealed class NamedOrigins
    {
        private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

        public NamedOrigins(List<(string Key, string Name)> named)
        {
            Keys = named.Select(n => n.Key).ToList();
            for (var i = 0; i < named.Count; i++)
            {
                var folded = ClaimOrigins.Fold(named[i].Name);
                if (folded.Length == 0) continue;
                FileUnder(_byName, folded, i);
                foreach (var word in folded.Split(' ').Distinct(StringComparer.Ordinal)) FileUnder(_byWord, word, i);
            }
        }

        /// <summary>Each origin's key, by its place.</summary>
        public List<string> Keys { get; }

        /// <summary>The places of the origins a folded subject names, ascending: those whose whole name is a run of the subject's
        /// words ("the interior ministry's press office" names "interior ministry's press office"), and those one of whose words is
        /// the subject's last ("the ministry" names "interior ministry").</summary>
        public IEnumerable<int> In(string subject)
        {
            var found = new SortedSet<int>();
            var words = subject.Split(' ');
            for (var from = 0; from < words.Length; from++)
                for (var to = from + 1; to <= words.Length; to++)
                    if (_byName.TryGetValue(string.Join(' ', words, from, to - from), out var whole)) found.UnionWith(whole);
            if (_byWord.TryGetValue(words[^1], out var last)) found.UnionWith(last);
            return found;
        }
    }

    /// <summary>Files a place under a key of an index.</summary>
    private static void FileUnder(Dictionary<string, List<int>> index, string key, int place) =>
        (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(place);

    /// <summary>How many words before a cue its subject may take ("the regional interior ministry's press office").</summary>
    private const int SubjectReach = 6;

    private static bool Denied(List<string> words, int k, CorroborationLexicon lex) =>
        k > 0 && lex.Negators.Contains(words[k - 1]) || k > 1 && lex.Negators.Contains(words[k - 2]);

    /// <summary>Earlier in the same document, or in a document published no later (undated documents are taken as they come).</summary>
    private static bool Before(ClaimFeatures a, ClaimFeatures b, Dictionary<string, DateOnly?> published)
    {
        if (a.Claim.DocumentId == b.Claim.DocumentId) return a.Claim.Index < b.Claim.Index;
        var (da, db) = (published.GetValueOrDefault(a.Claim.DocumentId), published.GetValueOrDefault(b.Claim.DocumentId));
        return da is null || db is null || da <= db;
    }
}
