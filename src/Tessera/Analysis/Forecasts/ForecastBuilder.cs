using Tessera.Case;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Analysis.Forecasts;

/// <summary>What case.yaml adds to one claim taken as a forecast: the analyst's probability, the date it was made, a deadline
/// and the resolution. Every field may be missing.</summary>
public sealed record ForecastOverride(string ClaimId, double? Probability, DateOnly? Made, DateOnly? Deadline, Resolution? Resolution);

/// <summary>What turns a case's predictions into forecasts: the words of commitments, the reader of deadlines and the proposer
/// of outcomes from later reporting.</summary>
public sealed record ForecastReaders(Commitments Commitments, Deadlines Deadlines, OutcomeProposer Outcomes);

/// <summary>Turns a case's predictions into forecasts: every claim the extractor marked as a prediction, plus any claim the
/// analyst lists in case.yaml, with what case.yaml says of it, each credited to its speaker and told apart from a commitment.</summary>
public static class ForecastBuilder
{
    /// <param name="jobs">How many forecasts may be weighed against the later reports at once; the result is the same for any number.</param>
    /// <param name="features">The case's claim features when another step has read them already.</param>
    public static IReadOnlyList<Forecast> Build(AssessedCase assessed, IReadOnlyList<ForecastOverride> overrides, ForecastReaders readers, int jobs = 1,
        Corroboration.CaseFeatures? features = null)
    {
        var byClaim = overrides.ToDictionary(o => o.ClaimId, StringComparer.Ordinal);
        var forecasts = new List<Forecast>();
        foreach (var claim in assessed.Claims)
        {
            var listed = byClaim.GetValueOrDefault(claim.Id);
            if (!(claim.IsClaim && claim.Prediction) && listed is null) continue;
            var source = assessed.Source(claim.DocumentId);
            var (probability, basis) = ProbabilityOf(claim, listed);
            var publisher = source?.Publisher ?? "";
            var tokens = assessed.TokensOf(claim);
            // An analyst who gives a probability asks for the statement to be scored as a forecast.
            var commitment = listed?.Probability is null && tokens is not null ? readers.Commitments.Of(claim, tokens) : null;
            var made = listed?.Made ?? source?.Published;
            var read = tokens is not null ? readers.Deadlines.Of(tokens, made) : new DeadlineReading(null, "", "no time words set a deadline");
            var deadline = listed?.Deadline is { } given ? read.InCaseFile(given) : read;
            var forecast = new Forecast(claim.Id, claim.Text, claim.DocumentId, publisher, SpeakerOf(claim, publisher), made,
                commitment is null ? probability : null, commitment is null ? basis : "a commitment is kept or broken, not scored",
                deadline.Date, listed?.Resolution,
                commitment is null ? ForecastKind.Forecast : ForecastKind.Commitment, commitment)
            {
                DeadlineWords = deadline.Words,
                DeadlineNote = deadline.Note,
                SourceUrl = assessed.UrlOf(claim.DocumentId),
            };
            forecasts.Add(forecast);
        }
        if (forecasts.Count == 0) return forecasts;
        // Each forecast is weighed against every later report independently of the others: the work of the step.
        var reports = readers.Outcomes.Reports(assessed, jobs, features);
        return Pipeline.InOrder.All(forecasts, f => f with { Proposal = readers.Outcomes.Propose(f, reports) }, jobs);
    }

    /// <summary>The analyst's probability wins; then the band of an estimative word (scored at its midpoint, ICD 203). A bare
    /// "will" names no probability, and none is made up for it: scoring it at a default would grade the lexicon, not the source.</summary>
    public static (double? Probability, string Basis) ProbabilityOf(Claim claim, ForecastOverride? listed)
    {
        if (listed?.Probability is { } p) return (p, "analyst");
        if (claim.Band is { } band) return (claim.Likelihood?.Value ?? band.Midpoint, $"band '{band.Name}'");
        return (null, "no estimative word");
    }

    /// <summary>Whoever the claim is attributed to; a claim the source makes in its own voice is its publisher's.</summary>
    private static string SpeakerOf(Claim claim, string publisher) =>
        claim.Speakers.Count > 0 ? string.Join("; ", claim.Speakers) : publisher.Length > 0 ? publisher : claim.DocumentId;
}
