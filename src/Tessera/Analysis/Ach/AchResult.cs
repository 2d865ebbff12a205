namespace Tessera.Analysis.Ach;

/// <summary>How one hypothesis fares: Heuer's plain inconsistency count, PARC's weighted score, its rank, and its Bayesian posterior.</summary>
/// <param name="Inconsistency">Heuer's count: each I counts 1, each II counts 2; fewer is better.</param>
/// <param name="WeightedInconsistency">PARC ACH's score: I -1, II -2, times credibility and relevance weights; closer to zero is better.</param>
/// <param name="Rank">1 for the least inconsistent; hypotheses that tie share a rank (1, 1, 3).</param>
/// <param name="BayesRank">The same for the posterior, highest first.</param>
public sealed record HypothesisScore(
    string Id,
    string Statement,
    int Inconsistency,
    double WeightedInconsistency,
    int Rank,
    double Prior,
    double Posterior,
    int BayesRank);

/// <summary>How much one item tells the hypotheses apart (Heuer ch. 5): none when it rates them all alike.</summary>
/// <param name="Spread">Largest minus smallest of its ratings on the CC +2 … II -2 scale, NA left out; 0 to 4.</param>
/// <param name="LikelihoodRatio">Largest over smallest of its likelihoods in the Bayesian reading, NA left out; 1 when it says nothing.</param>
public sealed record ItemDiagnosticity(string EvidenceId, int Spread, double LikelihoodRatio)
{
    public bool IsDiagnostic => Spread > 0;
}

/// <summary>What was done to an item to test the conclusion's dependence on it.</summary>
public enum SensitivityChange { Removed, Reversed }

/// <summary>Which reading of the matrix a finding is about.</summary>
public enum AchReading { Heuer, Bayes }

/// <summary>An item the conclusion hangs on: removing or reversing it changes which hypothesis leads (Heuer ch. 8, step 6).</summary>
public sealed record SensitivityFinding(
    string EvidenceId,
    SensitivityChange Change,
    AchReading Reading,
    IReadOnlyList<string> LeadersBefore,
    IReadOnlyList<string> LeadersAfter);

/// <summary>Everything ACH finds in a matrix, for the terminal, JSON Lines, CSV and the brief.</summary>
/// <param name="Scores">One per hypothesis, in the matrix's order.</param>
/// <param name="Leaders">Hypotheses ranked first by weighted inconsistency (more than one on a tie).</param>
/// <param name="BayesLeaders">Hypotheses with the highest posterior.</param>
/// <param name="Note">Set when the two readings disagree on the leader, saying why they can.</param>
public sealed record AchResult(
    AchMatrix Matrix,
    IReadOnlyList<HypothesisScore> Scores,
    IReadOnlyList<ItemDiagnosticity> Diagnosticity,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> BayesLeaders,
    IReadOnlyList<SensitivityFinding> Sensitivity,
    string? Note)
{
    /// <summary>Scores in rank order, ties in the matrix's order.</summary>
    public IEnumerable<HypothesisScore> Ranking => Scores.OrderBy(s => s.Rank);

    public HypothesisScore Score(string hypothesisId) => (_scores ??= Scores.ToDictionary(s => s.Id, StringComparer.Ordinal))[hypothesisId];

    /// <summary>An item's diagnosticity; the outputs ask for every item, so the items are indexed once.</summary>
    public ItemDiagnosticity DiagnosticityOf(string evidenceId) =>
        (_diagnosticity ??= Diagnosticity.ToDictionary(d => d.EvidenceId, StringComparer.Ordinal))[evidenceId];

    private Dictionary<string, HypothesisScore>? _scores;
    private Dictionary<string, ItemDiagnosticity>? _diagnosticity;

    /// <summary>Whether Heuer's ranking and the Bayesian reading name the same leader(s).</summary>
    public bool ReadingsAgree => Leaders.Order(StringComparer.Ordinal).SequenceEqual(BayesLeaders.Order(StringComparer.Ordinal));
}
