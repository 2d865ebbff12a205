using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.Claims;

namespace Tessera.Analysis.Summary;

/// <summary>One source's line in the overview `assess` prints: who published it, when, its grade and its claims counted.</summary>
public sealed record OverviewSource(string Id, string Publisher, DateOnly? Published, string Grade, int Claims, int Hedged, int Unverified, int Predictions, int Vague);

/// <summary>An actor and the number of claims that mention it.</summary>
public sealed record OverviewActor(string Actor, int Claims);

/// <summary>A prediction as the overview lists it: its probability, words and claim id.</summary>
public sealed record OverviewPrediction(double? Likelihood, string Text, string Id);

/// <summary>What `assess` prints of a case's summary, and nothing more: small enough to store beside the brief, so that an
/// unchanged case is summarised without reading its documents back.</summary>
public sealed record CaseOverview(
    string Title,
    int Claims,
    IReadOnlyList<OverviewSource> Sources,
    int Asserted,
    int Attributed,
    int Hedged,
    int Unverified,
    int Predictions,
    IReadOnlyList<OverviewActor> Actors,
    IReadOnlyList<OverviewPrediction> TopPredictions)
{
    /// <summary>How many actors and predictions the overview keeps: those the terminal shows.</summary>
    public const int ActorsShown = 8, PredictionsShown = 10;

    public static CaseOverview Of(string title, CaseSummary summary) => new(
        title,
        summary.Claims,
        summary.Sources.Select(t => new OverviewSource(t.Source.Id, t.Source.Publisher, t.Source.Published, t.Source.Grade.ToString(), t.Claims,
            t.ByStatus[EvidenceStatus.Hedged], t.ByStatus[EvidenceStatus.Unverified], t.Predictions, t.VaguelySourced)).ToList(),
        summary.ByStatus[EvidenceStatus.Asserted],
        summary.ByStatus[EvidenceStatus.Attributed],
        summary.ByStatus[EvidenceStatus.Hedged],
        summary.ByStatus[EvidenceStatus.Unverified],
        summary.Predictions.Count,
        summary.Actors.Take(ActorsShown).Select(a => new OverviewActor(a.Actor, a.Claims)).ToList(),
        summary.Predictions.Take(PredictionsShown).Select(c => new OverviewPrediction(c.Likelihood?.Value, c.Text, c.Id)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, OverviewJson.Default.CaseOverview);

    /// <summary>The overview stored as JSON; null when the text is not one (a store written by another version), so it is made again.</summary>
    public static CaseOverview? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, OverviewJson.Default.CaseOverview);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The overview's serializer, generated at build time (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CaseOverview))]
internal sealed partial class OverviewJson : JsonSerializerContext;
