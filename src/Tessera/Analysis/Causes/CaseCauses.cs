using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Credibility;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Events.Causes;
using Tessera.Language;

namespace Tessera.Analysis.Causes;

/// <summary>One cause as the case's sources give it: the causal claims about it across sources, grouped as corroboration groups
/// claims, with who asserts and who denies it, its independent origins, its evidence status and its credibility.</summary>
/// <param name="Cause">The cause in the words of its first claim.</param>
/// <param name="Explanation">The kind of explanation it belongs to (analysis/explanations.tsv), or null.</param>
/// <param name="Unsubstantiated">The claims that say no evidence backs it, its own or others that name it.</param>
public sealed record Factor(
    string Id,
    string Cause,
    IReadOnlyList<CausalClaim> Claims,
    IReadOnlyList<string> AssertedBy,
    IReadOnlyList<string> DeniedBy,
    IReadOnlyList<string> IndependentOrigins,
    CauseStatus Status,
    Credibility.Credibility? Credibility,
    string? Explanation,
    IReadOnlyList<string> Unsubstantiated)
{
    public bool Trigger => Claims.Any(c => c.Trigger && !c.Denied);
    public bool AboutCrisis => Claims.Any(c => c.AboutCrisis);
    public IReadOnlyList<string> ClaimIds => Claims.Select(c => c.ClaimId).Distinct(StringComparer.Ordinal).ToList();
    public IReadOnlyList<string> Sources => Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
    public IReadOnlyList<string> HedgeWords => Claims.Where(c => !c.Denied).SelectMany(c => c.HedgeWords).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A candidate explanation of the crisis: the factors the sources give that belong to one kind of account, who puts it
/// forward, who denies it, the other explanations a source combines it with in one account, and the case's hypotheses (case.yaml)
/// of the same kind.</summary>
public sealed record Explanation(
    string Id,
    string Kind,
    string Statement,
    IReadOnlyList<Factor> Factors,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> DeniedBy,
    IReadOnlyList<string> CombinedWith,
    IReadOnlyList<string> Hypotheses)
{
    public IReadOnlyList<string> Sources => Factors.SelectMany(f => f.Sources).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The kinds of explanation of analysis/explanations.tsv: each with its statement and the words that place a cause in it.</summary>
public sealed class ExplanationKinds
{
    private readonly List<(string Kind, string Statement, List<string[]> Words)> _kinds = [];

    public ExplanationKinds(LanguageData data)
    {
        foreach (var row in data.Rows("analysis/explanations.tsv"))
        {
            var i = _kinds.FindIndex(k => k.Kind == row[0]);
            if (i < 0) { _kinds.Add((row[0], "", [])); i = _kinds.Count - 1; }
            if (row[1] == "statement") _kinds[i] = _kinds[i] with { Statement = row[2] };
            else _kinds[i].Words.Add(row[2].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        if (_kinds.FirstOrDefault(k => k.Statement.Length == 0) is { Kind: not null } bare)
            throw new ProblemException(Messages.MissingEntry("analysis/explanations.tsv", $"a statement for explanation '{bare.Kind}'"));
    }

    public string Statement(string kind) => _kinds.First(k => k.Kind == kind).Statement;

    /// <summary>The kind with the most of its words among the given words, the earlier on a tie; null without any.</summary>
    public string? Of(IReadOnlyList<string> lower)
    {
        string? best = null;
        var most = 0;
        foreach (var (kind, _, words) in _kinds)
        {
            var count = words.Count(w => Phrase.In(lower, w));
            if (count > most) (best, most) = (kind, count);
        }
        return best;
    }
}

/// <summary>The causes of a case: every causal claim its documents hold, the factors they group into, and the explanations those form.</summary>
public sealed record CaseCauses(IReadOnlyList<CausalClaim> Claims, IReadOnlyList<Factor> Factors, IReadOnlyList<Explanation> Explanations)
{
    /// <summary>What set the crisis off, in the sources' words: the factors a trigger cue names.</summary>
    public IReadOnlyList<Factor> Triggers => Factors.Where(f => f.Trigger).ToList();

    /// <summary>How far apart two units of one source may stand and still be one account that combines their causes.</summary>
    private const int AccountReach = 1;

    /// <summary>Groups a case's causal claims into factors and explanations, reusing the corroboration of claims: each causal
    /// claim is compared as a claim whose words are its cause, so two sources naming one cause form one group, and its origin
    /// and credibility are read as any claim's are.</summary>
    /// <param name="corroboration">The case's corroboration, whose origins say who first made each claim; run here when not given.</param>
    /// <param name="features">The case's claim features when another step has read them already.</param>
    public static CaseCauses Of(AssessedCase assessed, CorroborationLexicon lex, CredibilitySettings credibility, ExplanationKinds kinds,
        CorroborationResult? corroboration = null, CaseFeatures? features = null)
    {
        // Every claim's features are read once, for corroboration too, when it runs here; given its result, only the few claims
        // that say no evidence backs something need theirs.
        var claimFeatures = features is not null ? CaseFeatures.For(features, assessed, lex) : corroboration is null ? CaseFeatures.Read(assessed, lex) : null;
        // Origins come from the claims themselves: two sources naming a cause in the same words are not copies of each other.
        var claimed = corroboration ?? Corroborator.Run(assessed, lex, features: claimFeatures);
        var causal = assessed.Documents.SelectMany(d => d.Causes).ToList();
        // Each cause as a claim of its own: its words, its source, its claim's speaker, origin and stance.
        var asClaims = causal.Select((c, i) => c.Claim with
        {
            Index = i,
            Text = c.Cause,
            Start = c.CauseStart,
            End = c.CauseEnd,
            Speakers = c.Speakers,
            Origin = c.Origin,
            Hedged = c.Hedged,
            Unverified = c.Unverified,
            Band = c.Band,
            Mentions = c.Claim.Mentions.Where(m => m.Start >= c.CauseStart && m.End <= c.CauseEnd).ToList(),
            Cues = c.StanceCues.ToList(),
        }).ToList();
        // A cause's words are not its claim's: read once here, for the grouping and for the terms an absence of evidence must share.
        var causeFeatures = asClaims.Select(c => ClaimFeatures.Of(c, lex)).ToList();
        var grouped = Corroborator.Run(asClaims, assessed.Sources, lex, read: causeFeatures.Where(f => f.Claim.IsClaim).ToList());
        var absences = claimFeatures is not null ? claimFeatures.All.Where(f => f.Claim.Cues.Any(CausalClaim.IsAbsenceOfEvidence)).ToList()
            : assessed.Claims.Where(c => c.IsClaim && c.Cues.Any(CausalClaim.IsAbsenceOfEvidence)).Select(c => ClaimFeatures.Of(c, lex, assessed.TokensOf(c))).ToList();

        var absenceIndex = IndexTerms(absences);
        var members = new List<List<int>>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var placeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < asClaims.Count; i++) placeOf.TryAdd(asClaims[i].Id, i);
        for (var i = 0; i < asClaims.Count; i++)
        {
            if (placed.Contains(asClaims[i].Id)) continue;
            var group = grouped.GroupFor(asClaims[i].Id);
            var ids = group?.ClaimIds ?? [asClaims[i].Id];
            placed.UnionWith(ids);
            // The group's causes in the order they were read, found by id rather than by a pass over every cause per group.
            members.Add(ids.Where(placeOf.ContainsKey).Select(id => placeOf[id]).Distinct().Order().ToList());
        }

        var factors = new List<Factor>();
        foreach (var m in members)
        {
            var claims = m.Select(k => causal[k]).ToList();
            // A source that says no evidence backs a cause does not put it forward.
            var asserting = m.Where(k => !causal[k].Denied && causal[k].Status != CauseStatus.Unsubstantiated).ToList();
            ClaimOrigin? OriginOf(int k) => claimed.OriginOf(causal[k].ClaimId);
            string Name(int k) => causal[k].LeadIn is { } lead && causal[k].Claim.Speakers.Count == 0 ? claimed.OriginOf(lead.Id)?.Name ?? causal[k].SourceId
                : OriginOf(k)?.Name ?? causal[k].SourceId;
            var origins = asserting.Select(OriginOf).Where(o => o is not null)
                .GroupBy(o => o!.Key, StringComparer.Ordinal).Select(g => g.First()!.Name).ToList();
            var terms = m.SelectMany(k => causeFeatures[k].Terms).ToHashSet(StringComparer.Ordinal);
            // Another claim that says no evidence backs this cause: it shares at least two of the cause's terms.
            var unsubstantiated = m.Where(k => causal[k].Status == CauseStatus.Unsubstantiated).Select(k => causal[k].ClaimId)
                .Concat(Sharing(absenceIndex, terms).Select(a => absences[a].Claim.Id)).Distinct(StringComparer.Ordinal).ToList();
            var status = unsubstantiated.Count > 0 ? CauseStatus.Unsubstantiated
                : asserting.Count == 0 ? CauseStatus.Alleged
                : origins.Count >= credibility.ConfirmedOrigins && asserting.Any(k => causal[k].Status == CauseStatus.Asserted) ? CauseStatus.Verified
                : asserting.Any(k => causal[k].Status == CauseStatus.Asserted) ? CauseStatus.Asserted
                : CauseStatus.Alleged;
            var grade = asserting.Select(k => ClaimCredibility.Of(asClaims[k], assessed.Source(asClaims[k].DocumentId), claimed, credibility))
                .OrderBy(c => c.Grade).FirstOrDefault();
            // A listed cause is sorted by its whole item: "State Secretary Karin said the unrest is a hybrid terrorist attack".
            var words = claims.SelectMany(c => c.LeadIn is not null ? Words(c.Claim.Text)
                : Words(c.Cause).Concat(c.AboutCrisis || c.Effect is null ? [] : Words(c.Effect))).ToList();
            factors.Add(new Factor("", claims[0].Cause, claims,
                asserting.Select(Name).Distinct(StringComparer.Ordinal).ToList(),
                m.Where(k => causal[k].Denied).Select(Name).Distinct(StringComparer.Ordinal).ToList(),
                origins, status, grade, kinds.Of(words), unsubstantiated));
        }
        // In order of support: independent origins, then claims, then where the first is read.
        var position = causal.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        factors = factors.OrderByDescending(f => f.IndependentOrigins.Count).ThenByDescending(f => f.Claims.Count)
            .ThenBy(f => f.Claims.Min(c => position[c])).Select((f, i) => f with { Id = $"F{i + 1}" }).ToList();
        return new CaseCauses(causal, factors, Explain(factors, kinds, assessed.File.Hypotheses.Where(h => !h.Proposed).ToList()));
    }

    /// <summary>For each term, the claims (by place in the list) that have it.</summary>
    private static Dictionary<string, List<int>> IndexTerms(IReadOnlyList<ClaimFeatures> claims)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
            foreach (var t in claims[i].Terms) (index.TryGetValue(t, out var list) ? list : index[t] = []).Add(i);
        return index;
    }

    /// <summary>The claims of an index that share at least two of the terms, in the order of the list: found through the terms'
    /// claims, not by a pass over every claim for every factor.</summary>
    private static IEnumerable<int> Sharing(Dictionary<string, List<int>> index, IReadOnlySet<string> terms)
    {
        var shared = new Dictionary<int, int>();
        foreach (var t in terms)
            if (index.TryGetValue(t, out var claims))
                foreach (var i in claims) shared[i] = shared.GetValueOrDefault(i) + 1;
        return shared.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order();
    }

    private static IReadOnlyList<string> Words(string text) =>
        Language.TokenizedUnit.Sentence(text).Lower;

    /// <summary>One explanation per kind that has a factor asserted by someone, in order of the speakers behind it.</summary>
    private static List<Explanation> Explain(List<Factor> factors, ExplanationKinds kinds, IReadOnlyList<CaseHypothesis> hypotheses)
    {
        var byKind = factors.Where(f => f.Explanation is not null).GroupBy(f => f.Explanation!).ToList();
        var result = new List<Explanation>();
        foreach (var g in byKind)
        {
            var list = g.ToList();
            var speakers = list.SelectMany(f => f.AssertedBy).Distinct(StringComparer.Ordinal).ToList();
            if (speakers.Count == 0) continue;
            // Another kind is combined with this one when a source gives causes of both in one account: the same unit or the next.
            // The units this kind's causes stand in, so that another kind's cause is looked up at the units around it rather than
            // compared with every cause of this kind (the square of the causes, on a large case).
            var here = list.SelectMany(f => f.Claims.Where(c => !c.Denied)).Select(c => (c.SourceId, c.Claim.Index)).ToHashSet();
            var combined = byKind.Where(o => o.Key != g.Key && o.SelectMany(f => f.Claims.Where(c => !c.Denied))
                    .Any(c => Enumerable.Range(-AccountReach, 2 * AccountReach + 1).Any(d => here.Contains((c.SourceId, c.Claim.Index + d)))))
                .Select(o => o.Key).ToList();
            result.Add(new Explanation("", g.Key, kinds.Statement(g.Key), list, speakers,
                list.SelectMany(f => f.DeniedBy).Distinct(StringComparer.Ordinal).ToList(), combined,
                hypotheses.Where(h => kinds.Of(Words(h.Statement)) == g.Key).Select(h => h.Id).ToList()));
        }
        return result.OrderByDescending(e => e.Speakers.Count).ThenByDescending(e => e.Factors.Count)
            .Select((e, i) => e with { Id = $"X{i + 1}" }).ToList();
    }
}
