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
    public static Dictionary<string, string> Of(IReadOnlyList<ClaimFeatures> features, IReadOnlyList<StoredSource> sources,
        Func<string, ClaimOrigin?> originOf, CorroborationLexicon lex, Func<Claim, TokenizedUnit?>? tokensOf = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var takers = features.Where(f => f.Figures.Count == 0 && !f.IsQuestion && MayTakeBack(f, lex)).ToList();
        if (takers.Count == 0) return result;

        var published = sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        var byOrigin = features.Where(f => !f.IsQuestion && f.Terms.Count >= lex.MinTerms && originOf(f.Claim.Id) is not null)
            .ToLookup(f => originOf(f.Claim.Id)!.Key, StringComparer.Ordinal);
        var named = byOrigin.Select(g => (g.Key, Name: originOf(g.First().Claim.Id)!.Name)).ToList();

        foreach (var taker in takers)
        {
            var words = Words(taker.Claim.Text, tokensOf?.Invoke(taker.Claim));
            var cue = CueAt(words, lex);
            if (cue < 0) continue;
            var keys = Retractors(words, cue, originOf(taker.Claim.Id), named, lex);
            if (keys.Count == 0) continue;

            ClaimFeatures? best = null;
            var bestShare = 0.0;
            foreach (var key in keys)
                foreach (var earlier in byOrigin[key])
                {
                    if (earlier.Claim.Id == taker.Claim.Id || !Before(earlier, taker, published) || result.ContainsKey(earlier.Claim.Id)) continue;
                    var shared = earlier.Terms.Count(taker.Terms.Contains);
                    var share = (double)shared / earlier.Terms.Count;
                    if (shared < lex.MinTerms || share < lex.TakenBack) continue;
                    // The closest match wins; between equals, the latest, which is what the taker answers.
                    if (best is null || share > bestShare || share == bestShare && Before(best, earlier, published))
                        (best, bestShare) = (earlier, share);
                }
            if (best is not null) result[best.Claim.Id] = taker.Claim.Id;
        }
        return result;
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
    private static HashSet<string> Retractors(List<string> words, int cue, ClaimOrigin? own, List<(string Key, string Name)> named, CorroborationLexicon lex)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
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
        var folded = ClaimOrigins.Fold(string.Join(' ', subject));
        foreach (var (key, name) in named)
        {
            var origin = ClaimOrigins.Fold(name);
            if (Contains(folded, origin) || Contains(origin, Last(folded))) keys.Add(key);
        }
        return keys;
    }

    /// <summary>How many words before a cue its subject may take ("the regional interior ministry's press office").</summary>
    private const int SubjectReach = 6;

    private static bool Denied(List<string> words, int k, CorroborationLexicon lex) =>
        k > 0 && lex.Negators.Contains(words[k - 1]) || k > 1 && lex.Negators.Contains(words[k - 2]);

    private static bool Contains(string words, string part) =>
        part.Length > 0 && (" " + words + " ").Contains(" " + part + " ", StringComparison.Ordinal);

    private static string Last(string words) => words[(words.LastIndexOf(' ') + 1)..];

    /// <summary>Earlier in the same document, or in a document published no later (undated documents are taken as they come).</summary>
    private static bool Before(ClaimFeatures a, ClaimFeatures b, Dictionary<string, DateOnly?> published)
    {
        if (a.Claim.DocumentId == b.Claim.DocumentId) return a.Claim.Index < b.Claim.Index;
        var (da, db) = (published.GetValueOrDefault(a.Claim.DocumentId), published.GetValueOrDefault(b.Claim.DocumentId));
        return da is null || db is null || da <= db;
    }
}
