using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Claims;
using CredibilityGrade = Tessera.Analysis.Credibility.Credibility;

namespace Tessera.Analysis.Provenance;

/// <summary>How another claim bears on the one shown.</summary>
public enum Relation
{
    /// <summary>It states the same thing (the same corroboration group).</summary>
    Corroborates,
    /// <summary>It is an earlier figure of the same origin that the shown claim updates.</summary>
    Updates,
    /// <summary>It is a later figure of the same origin that updates the shown claim.</summary>
    UpdatedBy,
    /// <summary>The shown claim takes its figure back.</summary>
    Retracts,
    /// <summary>It takes the shown claim's figure back.</summary>
    RetractedBy,
    /// <summary>It cannot be right if the shown claim is.</summary>
    Contradicts,
}

/// <summary>Another claim of the case and how it bears on the one shown, with a word on why.</summary>
public sealed record RelatedClaim(Relation Relation, string ClaimId, string Text, string Note);

/// <summary>Where an analysis uses a claim.</summary>
public enum UseKind { AchEvidence, Forecast, Commitment, KeyJudgment }

/// <summary>One use of a claim: the item (an ACH evidence id, the forecast's claim id, a key judgment's kind), what it says and
/// what the analysis made of it there.</summary>
public sealed record ClaimUse(UseKind Kind, string Item, string Statement, string Detail);

/// <summary>Where a claim came from and what rests on it: its words and the cues behind each flag, its source and grade, its
/// speaker, origin and relays, its credibility and why, the claims that back, update, retract or contradict it, and where the
/// analysis uses it. The one model `tessera show` and the workbench's provenance page render.</summary>
public sealed record ClaimProvenance(
    Claim Claim,
    StoredSource? Source,
    ClaimOrigin? Origin,
    CredibilityGrade? Credibility,
    int IndependentOrigins,
    int Reports,
    IReadOnlyList<RelatedClaim> Related,
    IReadOnlyList<ClaimUse> Uses)
{
    /// <summary>The provenance of the claim with this id, or null when the case holds no such claim.</summary>
    public static ClaimProvenance? Of(Findings findings, Ach.AchMatrix matrix, string claimId)
    {
        var assessed = findings.Case;
        if (assessed.Claim(claimId) is not { } claim) return null;
        var corroboration = findings.Corroboration;
        return new ClaimProvenance(claim, assessed.Source(claim.DocumentId), corroboration.OriginOf(claim.Id), findings.CredibilityOf(claim.Id),
            corroboration.OriginsBacking(claim.Id), corroboration.Reports(claim.Id), RelatedTo(assessed, corroboration, claim.Id), UsesOf(findings, matrix, claim.Id));
    }

    private static List<RelatedClaim> RelatedTo(AssessedCase assessed, CorroborationResult corroboration, string id)
    {
        var related = new List<RelatedClaim>();
        void Add(Relation relation, string other, string note)
        {
            if (other != id && assessed.Claim(other) is { } c && !related.Any(r => r.Relation == relation && r.ClaimId == other))
                related.Add(new RelatedClaim(relation, other, c.Text, note));
        }
        if (corroboration.GroupFor(id) is { } group)
            foreach (var other in group.ClaimIds)
                Add(Relation.Corroborates, other, corroboration.OriginOf(other) is { } o ? $"origin: {o.Name}" : "");
        foreach (var series in corroboration.Updates)
        {
            var at = series.Figures.ToList().FindIndex(f => f.ClaimId == id);
            if (at < 0) continue;
            for (var i = 0; i < series.Figures.Count; i++)
            {
                var f = series.Figures[i];
                if (i < at) Add(Relation.Updates, f.ClaimId, $"{series.Origin} on {series.Kind}: {f.Figure.Text}");
                else if (i > at) Add(Relation.UpdatedBy, f.ClaimId, $"{series.Origin} on {series.Kind}: {f.Figure.Text}");
            }
        }
        if (corroboration.Retracted.TryGetValue(id, out var by))
            Add(Relation.RetractedBy, by, corroboration.StatementsTakenBack.Contains(id) ? "it is taken back" : "its figure is taken back");
        foreach (var (taken, taker) in corroboration.Retracted.OrderBy(r => r.Key, StringComparer.Ordinal))
            if (taker == id) Add(Relation.Retracts, taken, corroboration.StatementsTakenBack.Contains(taken) ? "takes it back" : "takes its figure back");
        foreach (var contradiction in corroboration.ContradictionsOf(id))
            foreach (var rival in contradiction.RivalsOf(id))
                Add(Relation.Contradicts, rival, $"{contradiction.Kind.ToString().ToLowerInvariant()}: {contradiction.Detail}");
        return related;
    }

    private static List<ClaimUse> UsesOf(Findings findings, Ach.AchMatrix matrix, string id)
    {
        var uses = new List<ClaimUse>();
        foreach (var item in matrix.Evidence.Where(e => e.ClaimId == id))
            uses.Add(new ClaimUse(UseKind.AchEvidence, item.Id, item.Text,
                string.Join(", ", matrix.Hypotheses.Select(h => $"{h.Id} {item.Ratings.GetValueOrDefault(h.Id, Ach.Rating.NA)}")) +
                $"; credibility {Ach.Ratings.Name(item.Credibility)}, relevance {Ach.Ratings.Name(item.Relevance)}"));
        foreach (var f in findings.Forecasts.Forecasts.Where(f => f.Id == id))
            uses.Add(new ClaimUse(f.Kind == Forecasts.ForecastKind.Commitment ? UseKind.Commitment : UseKind.Forecast, f.Id, f.Statement,
                $"by {f.Speaker}; probability {(f.Probability is { } p ? p.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "none")} ({f.Basis}); " +
                (f.Result ?? (f.IsResolved ? "resolved" : "open"))));
        foreach (var (judgment, n) in findings.KeyJudgments.Select((j, i) => (j, i + 1)).Where(x => x.j.ClaimIds.Contains(id)))
            uses.Add(new ClaimUse(UseKind.KeyJudgment, $"{n}", judgment.Statement,
                $"{judgment.Kind}; {judgment.Likelihood?.Name ?? "no likelihood"}, confidence {judgment.Confidence.ToString().ToLowerInvariant()}"));
        return uses;
    }
}
