namespace Tessera.Analysis.Forecasts;

/// <summary>The settings scoring reads from analysis/forecast-scoring.tsv and the bins of its calibration table.</summary>
/// <param name="ResolutionSimilarity">How alike (corroboration's similarity) a later claim must be to a prediction to speak to it.</param>
/// <param name="ActionSimilarity">How alike a later claim that names a commitment's action must be to it.</param>
/// <param name="CommonEventTerm">How many stated claims an event term may be carried by and still propose them as later reports.</param>
public sealed record ForecastSettings(double LogFloor, IReadOnlyList<(string Name, double Low, double High)> Bins,
    double ResolutionSimilarity = 0.32, double ActionSimilarity = 0.2, int CommonEventTerm = 2000)
{
    public static ForecastSettings Load(LanguageData data)
    {
        var floor = 0.01;
        var similarity = 0.32;
        var action = 0.2;
        var common = 2000;
        foreach (var row in data.Rows("analysis/forecast-scoring.tsv"))
        {
            // The format has checked the setting's name and that the value is a number of at least 0.
            if (row[0] == "common-event-term")
            {
                var cap = row.Number(1, row[0]);
                if (cap < 1 || cap != Math.Floor(cap) || cap > int.MaxValue)
                    throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"common-event-term '{row[1]}' must be a whole number of claims, at least 1"));
                common = (int)cap;
                continue;
            }
            if (row.Number(1, row[0]) > 1)
                throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"{row[0]} '{row[1]}' must lie between 0 and 1"));
            if (row[0] != "log-floor")
            {
                if (row[0] == "resolution-similarity") similarity = row.Number(1, row[0]);
                else action = row.Number(1, row[0]);
                continue;
            }
            // The ends would make the log score infinite or read every forecast as even.
            floor = row.Number(1, "log-floor");
            if (floor is <= 0 or >= 0.5)
                throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"log-floor '{row[1]}' must lie between 0 and 0.5"));
        }
        var bins = data.Rows("lexicon/bands.tsv").Select(r => (r[0], r.Number(1, "lowest") / 100, r.Number(2, "highest") / 100)).ToList();
        return new ForecastSettings(floor, bins, similarity, action, common);
    }
}

/// <summary>Brier and log scores of a set of forecasts; both lower is better. Null when nothing was scored.</summary>
public sealed record ScoreSummary(int Scored, double? Brier, double? Log)
{
    /// <summary>Calibration in the large: the mean probability of the scored forecasts, to set beside <see cref="Observed"/>.</summary>
    public double? MeanProbability { get; init; }

    /// <summary>How often the events of the scored forecasts happened.</summary>
    public double? Observed { get; init; }

    /// <summary>Resolved forecasts without a probability (a bare "will"), made before their outcome was known: they have no
    /// Brier score, only a hit or a miss.</summary>
    public int Judged { get; init; }

    /// <summary>How many of <see cref="Judged"/> came true.</summary>
    public int Hits { get; init; }

    public double? HitRate => Judged == 0 ? null : (double)Hits / Judged;
}

/// <summary>How one source's forecasts fared.</summary>
public sealed record SourceScore(string SourceId, string Publisher, int Forecasts, ScoreSummary Score);

/// <summary>How the forecasts of one speaker fared, whichever sources carried them.</summary>
public sealed record SpeakerScore(string Speaker, int Forecasts, ScoreSummary Score);

/// <summary>One speaker's commitments: how many, and how many were kept and broken so far.</summary>
public sealed record CommitmentRecord(string Speaker, int Commitments, int Kept, int Broken);

/// <summary>One row of the calibration table: forecasts whose probability falls in a band, and how often those events happened.</summary>
public sealed record CalibrationBin(string Name, double Low, double High, int Count, double? MeanProbability, double? ObservedFrequency);

/// <summary>Everything the forecasts section shows: the forecasts, scores per source and overall, calibration, and what is still open.</summary>
/// <param name="Open">Unresolved forecasts, those with the nearest deadline first, those without one last.</param>
/// <param name="Forecasts">Forecasts and commitments in claim order.</param>
/// <param name="BySource">Scores of the forecasts (not the commitments) of each source.</param>
/// <param name="BySpeaker">Scores of the forecasts of each speaker.</param>
/// <param name="Commitments">Commitments kept and broken, per speaker.</param>
/// <param name="Hindsight">Resolved before they were made, so left out of every score.</param>
public sealed record ForecastReport(
    IReadOnlyList<Forecast> Forecasts,
    IReadOnlyList<SourceScore> BySource,
    IReadOnlyList<SpeakerScore> BySpeaker,
    IReadOnlyList<CommitmentRecord> Commitments,
    ScoreSummary Overall,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<Forecast> Open,
    IReadOnlyList<Forecast> Hindsight);

/// <summary>Scores forecasts against their outcomes. Pure: forecasts and settings in, a report out.</summary>
public static class ForecastScoring
{
    /// <summary>Brier (1950): the squared distance between the probability and what happened (1 or 0). Always 0.25 for 50%.</summary>
    public static double Brier(double probability, bool outcome) => Math.Pow(probability - (outcome ? 1 : 0), 2);

    /// <summary>The logarithmic score as a loss: minus the natural log of the probability given to what happened, the
    /// probability first held inside [floor, 1 - floor]. ln 2 = 0.693 for 50%.</summary>
    public static double Log(double probability, bool outcome, double floor)
    {
        var p = Math.Clamp(probability, floor, 1 - floor);
        return -Math.Log(outcome ? p : 1 - p);
    }

    public static ScoreSummary Summarise(IEnumerable<Forecast> forecasts, double floor)
    {
        var all = forecasts.ToList();
        var scored = all.Where(f => f.IsScored).ToList();
        var judged = all.Where(f => f.Kind == ForecastKind.Forecast && f.Probability is null && f.IsResolved && !f.IsHindsight).ToList();
        var summary = scored.Count == 0 ? new ScoreSummary(0, null, null)
            : new ScoreSummary(scored.Count, scored.Average(f => BrierOf(f)!.Value), scored.Average(f => LogOf(f, floor)!.Value))
            {
                MeanProbability = scored.Average(f => f.Probability!.Value),
                Observed = scored.Count(f => f.Resolution!.Outcome) / (double)scored.Count,
            };
        return summary with { Judged = judged.Count, Hits = judged.Count(f => f.Result == "hit") };
    }

    /// <summary>The Brier score of one forecast, or null when it is not scored (open, hindsight, no probability, a commitment).</summary>
    public static double? BrierOf(Forecast f) => f.IsScored ? Brier(f.Probability!.Value, f.Resolution!.Outcome) : null;

    /// <summary>The log score of one forecast, or null when it is not scored.</summary>
    public static double? LogOf(Forecast f, double floor) => f.IsScored ? Log(f.Probability!.Value, f.Resolution!.Outcome, floor) : null;

    /// <summary>The band a probability falls in: the first whose upper edge lies above it, the last taking everything up to 1.</summary>
    public static int BinOf(double probability, IReadOnlyList<(string Name, double Low, double High)> bins)
    {
        for (var i = 0; i < bins.Count - 1; i++)
            if (probability < bins[i].High) return i;
        return bins.Count - 1;
    }

    public static IReadOnlyList<CalibrationBin> Calibration(IEnumerable<Forecast> forecasts, IReadOnlyList<(string Name, double Low, double High)> bins)
    {
        var scored = forecasts.Where(f => f.IsScored).ToList();
        return bins.Select((b, i) =>
        {
            var inBin = scored.Where(f => BinOf(f.Probability!.Value, bins) == i).ToList();
            return new CalibrationBin(b.Name, i == 0 ? 0 : b.Low, i == bins.Count - 1 ? 1 : b.High, inBin.Count,
                inBin.Count == 0 ? null : inBin.Average(f => f.Probability!.Value),
                inBin.Count == 0 ? null : inBin.Count(f => f.Resolution!.Outcome) / (double)inBin.Count);
        }).ToList();
    }

    public static ForecastReport Report(IReadOnlyList<Forecast> forecasts, ForecastSettings settings)
    {
        var predictions = forecasts.Where(f => f.Kind == ForecastKind.Forecast).ToList();
        var bySource = predictions.GroupBy(f => f.SourceId)
            .Select(g => new SourceScore(g.Key, g.First().Publisher, g.Count(), Summarise(g, settings.LogFloor)))
            .OrderBy(s => s.SourceId, StringComparer.Ordinal).ToList();
        var bySpeaker = predictions.GroupBy(f => f.Speaker)
            .Select(g => new SpeakerScore(g.Key, g.Count(), Summarise(g, settings.LogFloor)))
            .OrderBy(s => s.Speaker, StringComparer.Ordinal).ToList();
        var commitments = forecasts.Where(f => f.Kind == ForecastKind.Commitment).GroupBy(f => f.Speaker)
            .Select(g => new CommitmentRecord(g.Key, g.Count(), g.Count(f => f.Result == "kept"), g.Count(f => f.Result == "broken")))
            .OrderBy(c => c.Speaker, StringComparer.Ordinal).ToList();
        var open = forecasts.Where(f => !f.IsResolved).OrderBy(f => f.Deadline ?? DateOnly.MaxValue).ToList();
        return new ForecastReport(forecasts, bySource, bySpeaker, commitments, Summarise(predictions, settings.LogFloor),
            Calibration(forecasts, settings.Bins), open, forecasts.Where(f => f.IsHindsight).ToList());
    }
}
