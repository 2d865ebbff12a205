using System.Text.Json;
using Tessera.Analysis.Provenance;

namespace Tessera.Output.Records;

/// <summary>`tessera show --format json` and the workbench's provenance page as JSON: one document per claim.</summary>
public static class ProvenanceJson
{
    public static byte[] Write(ClaimProvenance p) => Json.Document(w => Write(w, p));

    public static void Write(Utf8JsonWriter w, ClaimProvenance p)
    {
        var c = p.Claim;
        w.WriteStartObject();
        RecordJson.WriteClaim(w, c);
        w.WriteNumber("start", c.Start);
        w.WriteNumber("end", c.End);
        w.WriteBoolean("vaguely_sourced", c.VaguelySourced);
        Json.Strings(w, "actors", c.Actors);
        // Only a corrected claim carries it: each field an analyst corrected, with the reader's own value.
        if (c.Corrected.Count > 0)
        {
            w.WriteStartArray("corrected");
            foreach (var f in c.Corrected)
            {
                w.WriteStartObject();
                w.WriteString("field", f.Field);
                w.WriteString("reader", f.ReaderValue);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("cues");
        foreach (var cue in c.Cues)
        {
            w.WriteStartObject();
            w.WriteString("flag", ClaimJsonl.FlagName(cue.Flag));
            ClaimJsonl.CueFields(w, cue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("publisher", p.Source?.Publisher);
        w.WriteString("published", p.Source?.Published is { } d ? Format.Date(d) : null);
        w.WriteString("grade", p.Source?.Grade.ToString());
        w.WriteString("origin", p.Origin?.Name);
        w.WriteString("origin_basis", p.Origin?.Basis.ToString().ToLowerInvariant());
        Json.Strings(w, "relays", p.Origin?.Relays ?? []);
        w.WriteString("copy_of", p.Origin?.CopyOf);
        w.WriteNumber("independent_origins", p.IndependentOrigins);
        w.WriteNumber("reports", p.Reports);
        if (p.Credibility is { } grade)
        {
            w.WriteNumber("credibility", grade.Grade);
            w.WriteString("credibility_name", grade.Name);
            w.WriteString("credibility_reason", grade.Reason);
        }
        Objects(w, "related", p.Related, (w, r) =>
        {
            w.WriteString("relation", Terms.Relation(r.Relation));
            w.WriteString("claim", r.ClaimId);
            w.WriteString("text", r.Text);
            w.WriteString("note", r.Note);
        });
        Objects(w, "used_in", p.Uses, (w, u) =>
        {
            w.WriteString("kind", Terms.Use(u.Kind));
            w.WriteString("item", u.Item);
            w.WriteString("statement", u.Statement);
            w.WriteString("detail", u.Detail);
        });
        w.WriteEndObject();
    }

    /// <summary>A property holding an array of objects, each written by <paramref name="fields"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
