namespace Tessera.Analysis.Forecasts;

/// <summary>How a forecast came out, as the analyst records it in case.yaml: whether the event happened, when it was settled, and how we know.</summary>
public sealed record Resolution(bool Outcome, DateOnly? Date, string Note);

/// <summary>A prediction made by a source, read as a forecast: what it says, who made it when, how probable its words make it,
/// by when it should come true, and, once known, how it came out.</summary>
/// <param name="Id">The claim's id ("thinktank-analysis#33").</param>
/// <param name="Probability">The probability that the event the statement is about happens. For "it is very unlikely that the
/// troops stay", that event is the troops staying, at 0.125, and the outcome records whether they stayed.</param>
/// <param name="Basis">Where the probability comes from: the analyst, an estimative band, or the prediction's wording.</param>
public sealed record Forecast(
    string Id,
    string Statement,
    string SourceId,
    string Publisher,
    DateOnly? Made,
    double Probability,
    string Basis,
    DateOnly? Deadline,
    Resolution? Resolution)
{
    public bool IsResolved => Resolution is not null;

    /// <summary>Resolved before the source made it: a chronology retelling a prediction whose outcome it already knew.
    /// Scoring it would reward hindsight, so it is left out of the scores and listed apart.</summary>
    public bool IsHindsight => Resolution?.Date is { } settled && Made is { } made && settled < made;

    public bool IsScored => IsResolved && !IsHindsight;
}
