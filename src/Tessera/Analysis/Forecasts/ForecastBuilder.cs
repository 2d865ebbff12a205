using Tessera.Case;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Analysis.Forecasts;

/// <summary>What case.yaml adds to one claim taken as a forecast: the analyst's probability, the date it was made, a deadline
/// and the resolution. Every field may be missing.</summary>
public sealed record ForecastOverride(string ClaimId, double? Probability, DateOnly? Made, DateOnly? Deadline, Resolution? Resolution);

/// <summary>Turns a case's predictions into forecasts: every claim the extractor marked as a prediction, plus any claim the
/// analyst lists in case.yaml, with what case.yaml says of it.</summary>
public static class ForecastBuilder
{
    public static IReadOnlyList<Forecast> Build(AssessedCase assessed, IReadOnlyList<ForecastOverride> overrides)
    {
        var byClaim = overrides.ToDictionary(o => o.ClaimId, StringComparer.Ordinal);
        var forecasts = new List<Forecast>();
        foreach (var claim in assessed.Claims)
        {
            var listed = byClaim.GetValueOrDefault(claim.Id);
            if (!(claim.IsClaim && claim.Prediction) && listed is null) continue;
            var source = assessed.Source(claim.DocumentId);
            var (probability, basis) = ProbabilityOf(claim, listed);
            forecasts.Add(new Forecast(claim.Id, claim.Text, claim.DocumentId, source?.Publisher ?? "", listed?.Made ?? source?.Published,
                probability, basis, listed?.Deadline, listed?.Resolution));
        }
        return forecasts;
    }

    /// <summary>The analyst's probability wins; then the band of an estimative word (scored at its midpoint, ICD 203); then the
    /// default of the prediction's wording (lexicon/future.tsv). A claim with none of these is read as an even chance.</summary>
    public static (double Probability, string Basis) ProbabilityOf(Claim claim, ForecastOverride? listed)
    {
        if (listed?.Probability is { } p) return (p, "analyst");
        if (claim.Band is { } band) return (claim.Likelihood?.Value ?? band.Midpoint, $"band '{band.Name}'");
        var wording = claim.Cues.FirstOrDefault(c => c.Flag == Flag.Prediction);
        if (claim.Likelihood is { } l) return (l.Value, wording is null ? "prediction" : $"wording '{wording.Text}'");
        return (0.5, "no probability in the words");
    }
}
