namespace Tessera.Analysis.Ach;

/// <summary>Analysis of Competing Hypotheses over a rated matrix: Heuer's inconsistency scores, PARC's weighted scores, the
/// ranking, diagnosticity, sensitivity, and a Bayesian reading of the same ratings. Pure: the matrix and the model in, a result out.</summary>
public static class AchAnalysis
{
    /// <summary>Scores closer than this are a tie: weights like 1/√2 never add up exactly.</summary>
    private const double Tie = 1e-9;

    public static AchResult Run(AchMatrix matrix, AchModel model)
    {
        if (matrix.IsEmpty) return new AchResult(matrix, [], [], [], [], [], null);
        var plain = matrix.Hypotheses.Select(h => Inconsistency(matrix, h.Id, model)).ToList();
        var weighted = matrix.Hypotheses.Select(h => WeightedInconsistency(matrix, h.Id, model)).ToList();
        var ranks = HeuerRanks(plain, weighted);
        var priors = Priors(matrix.Hypotheses);
        var posterior = Posterior(matrix, priors, model);
        var bayesRanks = CompetitionRanks(posterior.Select(p => -p).ToList(), (a, b) => Math.Abs(a - b) <= Tie * Math.Max(1, Math.Abs(a)));
        var scores = matrix.Hypotheses.Select((h, i) =>
            new HypothesisScore(h.Id, h.Statement, plain[i], weighted[i], ranks[i], priors[i], posterior[i], bayesRanks[i])).ToList();
        var leaders = scores.Where(s => s.Rank == 1).Select(s => s.Id).ToList();
        var bayesLeaders = scores.Where(s => s.BayesRank == 1).Select(s => s.Id).ToList();
        var diagnosticity = matrix.Evidence.Select(e => Diagnosticity(matrix, e, model)).ToList();
        var sensitivity = Sensitivity(matrix, model, leaders, bayesLeaders);
        return new AchResult(matrix, scores, diagnosticity, leaders, bayesLeaders, sensitivity, Note(leaders, bayesLeaders));
    }

    /// <summary>Heuer's count of the evidence against a hypothesis: each I counts 1, each II counts 2.</summary>
    public static int Inconsistency(AchMatrix matrix, string hypothesisId, AchModel model) =>
        (int)Math.Round(-matrix.Evidence.Sum(e => model.Inconsistency(e.RatingFor(hypothesisId))));

    /// <summary>PARC ACH's weighted score: I -1, II -2, each times the item's credibility and relevance weights.</summary>
    public static double WeightedInconsistency(AchMatrix matrix, string hypothesisId, AchModel model) =>
        matrix.Evidence.Sum(e => model.Inconsistency(e.RatingFor(hypothesisId)) * model.Weight(e));

    /// <summary>Rank by weighted score (closest to zero first), then by the plain count; equal on both is a tie.</summary>
    private static int[] HeuerRanks(IReadOnlyList<int> plain, IReadOnlyList<double> weighted)
    {
        var keys = plain.Select((p, i) => (Weighted: -weighted[i], Plain: p)).ToList();
        return CompetitionRanks(keys, (a, b) => Math.Abs(a.Weighted - b.Weighted) <= Tie && a.Plain == b.Plain,
            Comparer<(double Weighted, int Plain)>.Create((a, b) =>
                Math.Abs(a.Weighted - b.Weighted) > Tie ? a.Weighted.CompareTo(b.Weighted) : a.Plain.CompareTo(b.Plain)));
    }

    /// <summary>Standard competition ranking (1, 1, 3) of keys where smaller is better.</summary>
    private static int[] CompetitionRanks<T>(IReadOnlyList<T> keys, Func<T, T, bool> tie, IComparer<T>? comparer = null)
    {
        comparer ??= Comparer<T>.Default;
        var order = Enumerable.Range(0, keys.Count).OrderBy(i => keys[i], comparer).ThenBy(i => i).ToList();
        var ranks = new int[keys.Count];
        for (var k = 0; k < order.Count; k++)
            ranks[order[k]] = k > 0 && tie(keys[order[k]], keys[order[k - 1]]) ? ranks[order[k - 1]] : k + 1;
        return ranks;
    }

    /// <summary>Priors as given; hypotheses without one share what is left equally; all missing is uniform.</summary>
    public static double[] Priors(IReadOnlyList<Hypothesis> hypotheses)
    {
        var given = hypotheses.Where(h => h.Prior is not null).Sum(h => h.Prior!.Value);
        var missing = hypotheses.Count(h => h.Prior is null);
        var priors = hypotheses.Select(h => h.Prior ?? (missing > 0 ? Math.Max(0, 1 - given) / missing : 0)).ToArray();
        var total = priors.Sum();
        // case.yaml is checked so this does not happen; a matrix built in code still gets a usable answer.
        if (!(total > 0)) return hypotheses.Select(_ => 1.0 / hypotheses.Count).ToArray();
        return priors.Select(p => p / total).ToArray();
    }

    /// <summary>The Bayesian reading: prior times each item's likelihood raised to its weight, normalised to sum to one.
    /// Computed in logarithms so a long matrix does not underflow.</summary>
    public static double[] Posterior(AchMatrix matrix, IReadOnlyList<double> priors, AchModel model)
    {
        var logs = matrix.Hypotheses.Select((h, i) =>
            priors[i] <= 0 ? double.NegativeInfinity
            : Math.Log(priors[i]) + matrix.Evidence.Sum(e => model.Weight(e) * Math.Log(model.Likelihood(e.RatingFor(h.Id))))).ToArray();
        var max = logs.Max();
        var exp = logs.Select(l => Math.Exp(l - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(x => x / sum).ToArray();
    }

    public static ItemDiagnosticity Diagnosticity(AchMatrix matrix, EvidenceItem item, AchModel model)
    {
        var applicable = matrix.Hypotheses.Select(h => item.RatingFor(h.Id)).Where(r => r != Rating.NA).ToList();
        if (applicable.Count < 2) return new ItemDiagnosticity(item.Id, 0, 1);
        var scale = applicable.Select(model.Scale).ToList();
        var likelihoods = applicable.Select(model.Likelihood).ToList();
        return new ItemDiagnosticity(item.Id, scale.Max() - scale.Min(), likelihoods.Max() / likelihoods.Min());
    }

    /// <summary>For each item, remove it, then reverse it, and report each change that moves the lead (Heuer ch. 8, step 6:
    /// "identify the items of evidence the conclusion hinges on"). Only the leaders are recomputed, not the whole analysis.</summary>
    private static List<SensitivityFinding> Sensitivity(AchMatrix matrix, AchModel model, IReadOnlyList<string> heuer, IReadOnlyList<string> bayes)
    {
        var findings = new List<SensitivityFinding>();
        foreach (var item in matrix.Evidence)
        {
            var reversed = item.Reversed();
            var variants = new List<(SensitivityChange, AchMatrix)> { (SensitivityChange.Removed, matrix.Without(item.Id)) };
            if (matrix.Hypotheses.Any(h => reversed.RatingFor(h.Id) != item.RatingFor(h.Id)))
                variants.Add((SensitivityChange.Reversed, matrix.WithReversed(item.Id)));
            foreach (var (change, variant) in variants)
            {
                var (h, b) = Leaders(variant, model);
                if (!SameSet(h, heuer)) findings.Add(new SensitivityFinding(item.Id, change, AchReading.Heuer, heuer, h));
                if (!SameSet(b, bayes)) findings.Add(new SensitivityFinding(item.Id, change, AchReading.Bayes, bayes, b));
            }
        }
        return findings;
    }

    private static (List<string> Heuer, List<string> Bayes) Leaders(AchMatrix matrix, AchModel model)
    {
        var plain = matrix.Hypotheses.Select(h => Inconsistency(matrix, h.Id, model)).ToList();
        var weighted = matrix.Hypotheses.Select(h => WeightedInconsistency(matrix, h.Id, model)).ToList();
        var ranks = HeuerRanks(plain, weighted);
        var posterior = Posterior(matrix, Priors(matrix.Hypotheses), model);
        var best = posterior.Max();
        return (matrix.Hypotheses.Where((_, i) => ranks[i] == 1).Select(h => h.Id).ToList(),
                matrix.Hypotheses.Where((_, i) => Math.Abs(posterior[i] - best) <= Tie * Math.Max(1, best)).Select(h => h.Id).ToList());
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && a.All(b.Contains);

    private static string? Note(IReadOnlyList<string> heuer, IReadOnlyList<string> bayes) =>
        SameSet(heuer, bayes) ? null
        : $"Heuer's ranking leads with {string.Join(" and ", heuer)} but the Bayesian reading favours {string.Join(" and ", bayes)}: " +
          "the Bayesian reading counts consistent evidence and the priors too, which Heuer's method sets aside " +
          "because consistent evidence is usually consistent with the other hypotheses as well.";
}
