using Tessera.Events.Causes;

namespace Tessera.Analysis.Causes;

/// <summary>A candidate hypothesis drawn from one explanation the sources give, for the analyst to accept, edit or reject.</summary>
public sealed record ProposedHypothesis(string Id, Explanation Explanation);

/// <summary>A causal claim as a draft ACH evidence item: its draft rating against every proposed hypothesis.</summary>
/// <param name="Ratings">Hypothesis id to rating: C where the claim gives a cause of the hypothesis, I where it denies one, N otherwise.</param>
public sealed record ProposedEvidence(string Id, CausalClaim Claim, IReadOnlyDictionary<string, string> Ratings);

/// <summary>What `tessera causes --propose` offers: hypotheses and draft ratings, all marked as proposed. They are no analyst's
/// judgement: case.yaml reads items marked `proposed: true` and leaves them out of the ACH until the analyst removes the mark.</summary>
public sealed record Proposal(IReadOnlyList<ProposedHypothesis> Hypotheses, IReadOnlyList<ProposedEvidence> Evidence)
{
    public static Proposal Of(CaseCauses causes)
    {
        var hypotheses = causes.Explanations.Select((x, i) => new ProposedHypothesis($"P{i + 1}", x)).ToList();
        var kindOf = causes.Factors.SelectMany(f => f.Claims.Select(c => (c, f.Explanation))).ToDictionary(x => x.c, x => x.Explanation);
        var evidence = new List<ProposedEvidence>();
        // One item per claim that bears on a hypothesis: a claim giving several causes rates each hypothesis once.
        foreach (var g in causes.Claims.Where(c => kindOf.GetValueOrDefault(c) is not null).GroupBy(c => c.ClaimId, StringComparer.Ordinal))
        {
            var ratings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var h in hypotheses)
            {
                var mine = g.Where(c => kindOf[c] == h.Explanation.Kind).ToList();
                ratings[h.Id] = mine.Any(c => !c.Denied) ? "C" : mine.Any(c => c.Denied) ? "I" : "N";
            }
            // A claim that bears on no proposed hypothesis (its explanation has no one putting it forward) is no evidence here.
            if (ratings.Values.Any(r => r != "N")) evidence.Add(new ProposedEvidence($"PE{evidence.Count + 1}", g.First(), ratings));
        }
        return new Proposal(hypotheses, evidence);
    }
}
