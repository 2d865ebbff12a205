using System.Text.Json;
using Tessera.Claims;
using Tessera.Events;

namespace Tessera.Output.Records;

/// <summary>A claim and an event as the JSON records of timeline and actors write them.</summary>
public static class RecordJson
{
    /// <summary>A claim's fields inside a record: its id, source, status, stance flags, speakers and text.</summary>
    public static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteString("claim", c.Id);
        w.WriteString("source", c.DocumentId);
        w.WriteString("status", c.Status.ToString().ToLowerInvariant());
        w.WriteBoolean("hedged", c.Hedged);
        w.WriteBoolean("boosted", c.Boosted);
        w.WriteString("probability", c.Band?.Name);
        w.WriteBoolean("prediction", c.Prediction);
        w.WriteBoolean("unverified", c.Unverified);
        Json.Strings(w, "speakers", c.Speakers);
        w.WriteString("text", c.Text);
    }

    /// <summary>An event as a JSON object: who did what to whom, its CAMEO code and weight, when and where, and its span.</summary>
    public static void WriteEvent(Utf8JsonWriter w, ActorEvent e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("action", e.Action);
        w.WriteString("target", e.Target);
        w.WriteString("cameo", e.CameoCode);
        w.WriteString("root", e.Root);
        w.WriteString("name", e.Cameo.Name);
        w.WriteNumber("quad", (int)e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("when", e.Time?.Range?.ToString());
        w.WriteString("when_from", e.Time?.Source.ToString().ToLowerInvariant());
        w.WriteString("place", e.Place);
        w.WriteBoolean("hedged", e.Hedged);
        w.WriteBoolean("unverified", e.Unverified);
        w.WriteBoolean("future", e.Future);
        w.WriteString("claim", e.ClaimId);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        // Only an imported event carries these, so the records of events read from text stay as they were.
        if (e.Imported is { } p)
        {
            w.WriteString("dataset", p.DatasetName);
            w.WriteString("record", p.RecordId);
            w.WriteString("url", p.Url);
        }
        w.WriteEndObject();
    }
}
