namespace Tessera.Analysis.Ach;

/// <summary>One competing explanation the evidence is weighed against; the prior, when given, feeds the Bayesian reading.</summary>
public sealed record Hypothesis(string Id, string Statement, double? Prior = null);

/// <summary>One row of an ACH matrix: a claim of a source or an analyst's own item, how credible and relevant it is, and its
/// rating against each hypothesis. A hypothesis missing from <see cref="Ratings"/> counts as NA.</summary>
public sealed record EvidenceItem(
    string Id,
    string Text,
    string? ClaimId,
    string? SourceId,
    Level Credibility,
    Level Relevance,
    IReadOnlyDictionary<string, Rating> Ratings)
{
    public Rating RatingFor(string hypothesisId) => Ratings.TryGetValue(hypothesisId, out var r) ? r : Rating.NA;

    /// <summary>Who gave each rating, where case.yaml names the analyst (`by:`); a rating missing here names nobody.</summary>
    public IReadOnlyDictionary<string, string> RatedBy { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The item with every rating reversed (CC and II, C and I swap).</summary>
    public EvidenceItem Reversed() =>
        this with { Ratings = Ratings.ToDictionary(kv => kv.Key, kv => Ach.Ratings.Reverse(kv.Value), StringComparer.Ordinal) };
}

/// <summary>Hypotheses across the top, evidence down the side: what Heuer's method and its Bayesian reading take.</summary>
public sealed record AchMatrix(IReadOnlyList<Hypothesis> Hypotheses, IReadOnlyList<EvidenceItem> Evidence)
{
    public AchMatrix Without(string evidenceId) => this with { Evidence = Evidence.Where(e => e.Id != evidenceId).ToList() };

    public AchMatrix WithReversed(string evidenceId) =>
        this with { Evidence = Evidence.Select(e => e.Id == evidenceId ? e.Reversed() : e).ToList() };

    public bool IsEmpty => Hypotheses.Count == 0;

    /// <summary>The analysts named on the ratings, each once, in the order they first appear. Ratings that name nobody add no
    /// name: they may be any of these analysts' (or the one who wrote case.yaml), so they never make a second opinion.</summary>
    public IReadOnlyList<string> Analysts =>
        Evidence.SelectMany(e => Hypotheses.Select(h => e.RatedBy.GetValueOrDefault(h.Id))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
