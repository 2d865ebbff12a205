using Tessera.Stance;

namespace Tessera.Analysis.Forecasts;

/// <summary>How a forecast came out, as the analyst records it in case.yaml: whether the event happened, when it was settled, and how we know.</summary>
public sealed record Resolution(bool Outcome, DateOnly? Date, string Note);

/// <summary>What a statement about the future is: a forecast of what others or the world will do, or a commitment, an actor's
/// announcement of its own action ("our troops will leave within ten days"), which is kept or broken rather than scored.</summary>
public enum ForecastKind { Forecast, Commitment }

/// <summary>A prediction made by a source, read as a forecast: what it says, who said it and where, how probable its words make
/// it, by when it should come true, and, once known, how it came out.</summary>
/// <param name="Id">The claim's id ("thinktank-analysis#33").</param>
/// <param name="Speaker">Who made the prediction: the person or body the claim is attributed to, else the source's publisher.</param>
/// <param name="Probability">The probability that the event the statement is about happens. For "it is very unlikely that the
/// troops stay", that event is the troops staying, at 0.125, and the outcome records whether they stayed. Null when neither an
/// estimative word nor the analyst gives one: a bare "will" states no probability, so it is listed and resolved but not scored.</param>
/// <param name="Basis">Where the probability comes from: the analyst, an estimative band, or nowhere.</param>
/// <param name="KindCue">The words that made it a commitment; null for a forecast.</param>
public sealed record Forecast(
    string Id,
    string Statement,
    string SourceId,
    string Publisher,
    string Speaker,
    DateOnly? Made,
    double? Probability,
    string Basis,
    DateOnly? Deadline,
    Resolution? Resolution,
    ForecastKind Kind = ForecastKind.Forecast,
    Cue? KindCue = null)
{
    /// <summary>The words that set the deadline ("within three days"); empty when case.yaml set it or nothing did.</summary>
    public string DeadlineWords { get; init; } = "";

    /// <summary>How the deadline was read, or why there is none ("open-ended ('soon'): no deadline").</summary>
    public string DeadlineNote { get; init; } = "";

    /// <summary>The outcome later reporting in the case proposes; it counts in no score until the analyst accepts it as the
    /// <see cref="Resolution"/>.</summary>
    public ProposedOutcome? Proposal { get; init; }

    /// <summary>Where the source can be read at its origin (case.yaml `url:`), so a resolution can be checked there.</summary>
    public string? SourceUrl { get; init; }

    public bool IsResolved => Resolution is not null;

    /// <summary>Resolved before the source made it: a chronology retelling a prediction whose outcome it already knew.
    /// Scoring it would reward hindsight, so it is left out of the scores and listed apart.</summary>
    public bool IsHindsight => Resolution?.Date is { } settled && Made is { } made && settled < made;

    /// <summary>Counted in Brier, log and calibration: a resolved forecast with a probability, made before its outcome was known.</summary>
    public bool IsScored => Kind == ForecastKind.Forecast && Probability is not null && IsResolved && !IsHindsight;

    /// <summary>How it came out in words: a commitment kept or broken; a forecast a hit or a miss (a bare prediction is a hit when
    /// it happened, one with a probability when it leaned the way things went; an even chance leans nowhere). Null while open.</summary>
    public string? Result => Resolution is not { } r ? null
        : Kind == ForecastKind.Commitment ? (r.Outcome ? "kept" : "broken")
        : Probability is not { } p ? (r.Outcome ? "hit" : "miss")
        : p == 0.5 ? null
        : (p > 0.5) == r.Outcome ? "hit" : "miss";
}
