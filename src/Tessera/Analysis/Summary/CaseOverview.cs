using System.Text.Json;
using System.Globalization;
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

    /// <summary>The overview as the store keeps it: snake_case names, every field written, nulls as null.</summary>
    public string ToJson() => JsonValues.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", Title);
        w.WriteNumber("claims", Claims);
        JsonValues.WriteList(w, "sources", Sources, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("publisher", s.Publisher);
            if (s.Published is { } day) w.WriteString("published", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            else w.WriteNull("published");
            w.WriteString("grade", s.Grade);
            w.WriteNumber("claims", s.Claims);
            w.WriteNumber("hedged", s.Hedged);
            w.WriteNumber("unverified", s.Unverified);
            w.WriteNumber("predictions", s.Predictions);
            w.WriteNumber("vague", s.Vague);
            w.WriteEndObject();
        });
        w.WriteNumber("asserted", Asserted);
        w.WriteNumber("attributed", Attributed);
        w.WriteNumber("hedged", Hedged);
        w.WriteNumber("unverified", Unverified);
        w.WriteNumber("predictions", Predictions);
        JsonValues.WriteList(w, "actors", Actors, static (w, a) =>
        {
            w.WriteStartObject();
            w.WriteString("actor", a.Actor);
            w.WriteNumber("claims", a.Claims);
            w.WriteEndObject();
        });
        JsonValues.WriteList(w, "top_predictions", TopPredictions, static (w, p) =>
        {
            w.WriteStartObject();
            JsonValues.Number(w, "likelihood", p.Likelihood);
            w.WriteString("text", p.Text);
            w.WriteString("id", p.Id);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    });

    /// <summary>The overview stored as JSON; null when the text is not one (a store written by another version), so it is made again.</summary>
    public static CaseOverview? FromJson(string json)
    {
        try
        {
            return JsonValues.Parse(json, Read);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CaseOverview Read(ref Utf8JsonReader r)
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject);
        var title = "";
        int claims = 0, asserted = 0, attributed = 0, hedged = 0, unverified = 0, predictions = 0;
        IReadOnlyList<OverviewSource> sources = [];
        IReadOnlyList<OverviewActor> actors = [];
        IReadOnlyList<OverviewPrediction> top = [];
        while (JsonValues.Next(ref r) is { } name)
            switch (name)
            {
                case "title": title = r.GetString()!; break;
                case "claims": claims = r.GetInt32(); break;
                case "sources": sources = JsonValues.ReadArray(ref r, ReadSource) ?? []; break;
                case "asserted": asserted = r.GetInt32(); break;
                case "attributed": attributed = r.GetInt32(); break;
                case "hedged": hedged = r.GetInt32(); break;
                case "unverified": unverified = r.GetInt32(); break;
                case "predictions": predictions = r.GetInt32(); break;
                case "actors": actors = JsonValues.ReadArray(ref r, ReadActor) ?? []; break;
                case "top_predictions": top = JsonValues.ReadArray(ref r, ReadPrediction) ?? []; break;
                default: r.Skip(); break;
            }
        return new CaseOverview(title, claims, sources, asserted, attributed, hedged, unverified, predictions, actors, top);
    }

    private static OverviewSource ReadSource(ref Utf8JsonReader r)
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject);
        string id = "", publisher = "", grade = "";
        DateOnly? published = null;
        int claims = 0, hedged = 0, unverified = 0, predictions = 0, vague = 0;
        while (JsonValues.Next(ref r) is { } name)
            switch (name)
            {
                case "id": id = r.GetString()!; break;
                case "publisher": publisher = r.GetString()!; break;
                case "published": published = r.TokenType == JsonTokenType.Null ? null : DateOnly.Parse(r.GetString()!, CultureInfo.InvariantCulture); break;
                case "grade": grade = r.GetString()!; break;
                case "claims": claims = r.GetInt32(); break;
                case "hedged": hedged = r.GetInt32(); break;
                case "unverified": unverified = r.GetInt32(); break;
                case "predictions": predictions = r.GetInt32(); break;
                case "vague": vague = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        return new OverviewSource(id, publisher, published, grade, claims, hedged, unverified, predictions, vague);
    }

    private static OverviewActor ReadActor(ref Utf8JsonReader r)
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject);
        var actor = "";
        var claims = 0;
        while (JsonValues.Next(ref r) is { } name)
            switch (name)
            {
                case "actor": actor = r.GetString()!; break;
                case "claims": claims = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        return new OverviewActor(actor, claims);
    }

    private static OverviewPrediction ReadPrediction(ref Utf8JsonReader r)
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject);
        double? likelihood = null;
        string text = "", id = "";
        while (JsonValues.Next(ref r) is { } name)
            switch (name)
            {
                case "likelihood": likelihood = r.TokenType == JsonTokenType.Null ? null : r.GetDouble(); break;
                case "text": text = r.GetString()!; break;
                case "id": id = r.GetString()!; break;
                default: r.Skip(); break;
            }
        return new OverviewPrediction(likelihood, text, id);
    }
}
