using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Analysis.Summary;

/// <summary>How often an actor is mentioned, in how many claims and sources, and how often it speaks.</summary>
public sealed record ActorTally(string Actor, int Claims, int Sources, int Speaks);

/// <summary>One source's claims counted by evidence status, with its predictions, the claims it sources vaguely (ICD 206)
/// and the date its times were counted from.</summary>
public sealed record SourceTally(StoredSource Source, int Units, int Claims, IReadOnlyDictionary<EvidenceStatus, int> ByStatus, int Predictions,
    int VaguelySourced, Recognition.Time.DocumentDate? Date = null);

/// <summary>The overview a brief opens with: claims by status, per source, the most-mentioned actors and the predictions.</summary>
public sealed record CaseSummary(
    int Claims,
    IReadOnlyDictionary<EvidenceStatus, int> ByStatus,
    int Boosted,
    IReadOnlyList<SourceTally> Sources,
    IReadOnlyList<ActorTally> Actors,
    IReadOnlyList<Claim> Predictions)
{
    public static CaseSummary Of(AssessedCase assessed)
    {
        var claims = assessed.Claims.Where(c => c.IsClaim).ToList();
        var statuses = new[] { EvidenceStatus.Asserted, EvidenceStatus.Attributed, EvidenceStatus.Hedged, EvidenceStatus.Unverified };
        IReadOnlyDictionary<EvidenceStatus, int> Count(IEnumerable<Claim> cs) =>
            statuses.ToDictionary(s => s, s => cs.Count(c => c.Status == s));
        var sources = assessed.Sources.Select(s =>
        {
            var own = assessed.ClaimsOf(s.Id).ToList();
            var ownClaims = own.Where(c => c.IsClaim).ToList();
            return new SourceTally(s, own.Count, ownClaims.Count, Count(ownClaims), ownClaims.Count(c => c.Prediction), ownClaims.Count(c => c.VaguelySourced),
                assessed.Document(s.Id)?.Date);
        }).ToList();
        var spoken = claims.SelectMany(c => c.Speakers.Distinct()).CountBy(s => s).ToDictionary(StringComparer.Ordinal);
        var actors = claims
            .SelectMany(c => c.Actors.Select(a => (Actor: a, Claim: c)))
            .GroupBy(x => x.Actor)
            .Select(g => new ActorTally(g.Key, g.Count(), g.Select(x => x.Claim.DocumentId).Distinct().Count(),
                spoken.GetValueOrDefault(g.Key)))
            .OrderByDescending(a => a.Claims).ThenBy(a => a.Actor, StringComparer.Ordinal)
            .ToList();
        var predictions = claims.Where(c => c.Prediction)
            .OrderByDescending(c => c.Likelihood?.Value ?? 0).ThenBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Index)
            .ToList();
        return new CaseSummary(claims.Count, Count(claims), claims.Count(c => c.Boosted), sources, actors, predictions);
    }
}
