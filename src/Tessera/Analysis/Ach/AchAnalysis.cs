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
        var totals = new Shares(matrix.Hypotheses.Count);
        foreach (var item in matrix.Evidence) totals.Add(Share(matrix, item, model), 1);
        var priors = Priors(matrix.Hypotheses);
        var (plain, ranks, posterior) = Scores(totals, priors);
        var weighted = totals.Weighted;
        var bayesRanks = CompetitionRanks(posterior.Select(p => -p).ToList(), (a, b) => Math.Abs(a - b) <= Tie * Math.Max(1, Math.Abs(a)));
        var scores = matrix.Hypotheses.Select((h, i) =>
            new HypothesisScore(h.Id, h.Statement, plain[i], weighted[i], ranks[i], priors[i], posterior[i], bayesRanks[i])).ToList();
        var leaders = scores.Where(s => s.Rank == 1).Select(s => s.Id).ToList();
        var bayesLeaders = scores.Where(s => s.BayesRank == 1).Select(s => s.Id).ToList();
        var diagnosticity = matrix.Evidence.Select(e => Diagnosticity(matrix, e, model)).ToList();
        var sensitivity = Sensitivity(matrix, model, totals, priors, leaders, bayesLeaders);
        return new AchResult(matrix, scores, diagnosticity, leaders, bayesLeaders, sensitivity, Note(leaders, bayesLeaders));
    }

    /// <summary>The Bayesian reading with the items of one origin taken as one piece of evidence: each origin contributes the
    /// mean of its items' weighted log-likelihoods, so fifteen ratings of three ministries' words count as three, not fifteen.
    /// An origin in <paramref name="leftOut"/> contributes nothing (to see how much the reading hangs on it).</summary>
    /// <param name="originOf">The key of an item's origin; items of one key are dependent.</param>
    public static double[] DependentPosterior(AchMatrix matrix, AchModel model, Func<EvidenceItem, string> originOf, string? leftOut = null)
    {
        var logs = new double[matrix.Hypotheses.Count];
        foreach (var origin in matrix.Evidence.GroupBy(originOf, StringComparer.Ordinal))
        {
            if (origin.Key == leftOut) continue;
            var n = origin.Count();
            foreach (var item in origin)
            {
                var share = Share(matrix, item, model);
                for (var h = 0; h < logs.Length; h++) logs[h] += share.LogLikelihood[h] / n;
            }
        }
        return FromLogs(Priors(matrix.Hypotheses), logs);
    }

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

    /// <summary>Posteriors from the priors and each hypothesis's summed log-likelihood, normalised to sum to one.</summary>
    private static double[] FromLogs(IReadOnlyList<double> priors, double[] logLikelihood)
    {
        var logs = priors.Select((p, i) => p <= 0 ? double.NegativeInfinity : Math.Log(p) + logLikelihood[i]).ToArray();
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
    /// "identify the items of evidence the conclusion hinges on").</summary>
    /// <remarks>Each score is a sum over the items, so a variant's scores are the matrix's totals less the item's share (plus the
    /// reversed item's): linear in the items, where scoring every variant afresh was quadratic (10,000 items took minutes).</remarks>
    private static List<SensitivityFinding> Sensitivity(AchMatrix matrix, AchModel model, Shares totals, double[] priors,
        IReadOnlyList<string> heuer, IReadOnlyList<string> bayes)
    {
        var findings = new List<SensitivityFinding>();
        foreach (var item in matrix.Evidence)
        {
            var own = Share(matrix, item, model);
            var reversed = item.Reversed();
            var variants = new List<(SensitivityChange, Shares)> { (SensitivityChange.Removed, totals.Plus(own, -1)) };
            if (matrix.Hypotheses.Any(h => reversed.RatingFor(h.Id) != item.RatingFor(h.Id)))
                variants.Add((SensitivityChange.Reversed, totals.Plus(own, -1).Plus(Share(matrix, reversed, model), 1)));
            foreach (var (change, variant) in variants)
            {
                var (h, b) = Leaders(matrix.Hypotheses, variant, priors);
                if (!SameSet(h, heuer)) findings.Add(new SensitivityFinding(item.Id, change, AchReading.Heuer, heuer, h));
                if (!SameSet(b, bayes)) findings.Add(new SensitivityFinding(item.Id, change, AchReading.Bayes, bayes, b));
            }
        }
        return findings;
    }

    /// <summary>Per hypothesis, the sums that make its scores: Heuer's count, PARC's weighted score and the log-likelihood.</summary>
    private sealed class Shares(int hypotheses)
    {
        public double[] Plain { get; } = new double[hypotheses];
        public double[] Weighted { get; } = new double[hypotheses];
        public double[] LogLikelihood { get; } = new double[hypotheses];

        public void Add(Shares other, int sign)
        {
            for (var i = 0; i < Plain.Length; i++)
            {
                Plain[i] += sign * other.Plain[i];
                Weighted[i] += sign * other.Weighted[i];
                LogLikelihood[i] += sign * other.LogLikelihood[i];
            }
        }

        public Shares Plus(Shares other, int sign)
        {
            var copy = new Shares(Plain.Length);
            copy.Add(this, 1);
            copy.Add(other, sign);
            return copy;
        }
    }

    /// <summary>One item's share of each hypothesis's sums: Heuer's count (I 1, II 2, as negatives), PARC ACH's weighted score
    /// (the same times the item's credibility and relevance weights) and the Bayesian log-likelihood (weight times log P(E|H)).</summary>
    private static Shares Share(AchMatrix matrix, EvidenceItem item, AchModel model)
    {
        var share = new Shares(matrix.Hypotheses.Count);
        for (var i = 0; i < matrix.Hypotheses.Count; i++)
        {
            var rating = item.RatingFor(matrix.Hypotheses[i].Id);
            share.Plain[i] = model.Inconsistency(rating);
            share.Weighted[i] = model.Inconsistency(rating) * model.Weight(item);
            share.LogLikelihood[i] = model.Weight(item) * Math.Log(model.Likelihood(rating));
        }
        return share;
    }

    /// <summary>From the sums: Heuer's count, the rank by weighted score then count, and the posterior of each hypothesis.</summary>
    private static (List<int> Plain, int[] Ranks, double[] Posterior) Scores(Shares sums, double[] priors)
    {
        var plain = sums.Plain.Select(p => (int)Math.Round(-p)).ToList();
        return (plain, HeuerRanks(plain, sums.Weighted), FromLogs(priors, sums.LogLikelihood));
    }

    /// <summary>The leaders both ways, from the sums: as <see cref="Run"/> ranks them, with the same ties.</summary>
    private static (List<string> Heuer, List<string> Bayes) Leaders(IReadOnlyList<Hypothesis> hypotheses, Shares sums, double[] priors)
    {
        var (_, ranks, posterior) = Scores(sums, priors);
        var best = posterior.Max();
        return (hypotheses.Where((_, i) => ranks[i] == 1).Select(h => h.Id).ToList(),
                hypotheses.Where((_, i) => Math.Abs(posterior[i] - best) <= Tie * Math.Max(1, best)).Select(h => h.Id).ToList());
    }

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count == b.Count && a.All(b.Contains);

    private static string? Note(IReadOnlyList<string> heuer, IReadOnlyList<string> bayes) =>
        SameSet(heuer, bayes) ? null
        : $"Heuer's ranking leads with {string.Join(" and ", heuer)} but the Bayesian reading favours {string.Join(" and ", bayes)}: " +
          "the Bayesian reading counts consistent evidence and the priors too, which Heuer's method sets aside " +
          "because consistent evidence is usually consistent with the other hypotheses as well.";
}
