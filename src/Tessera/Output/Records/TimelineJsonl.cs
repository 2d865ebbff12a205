using TimelineOf = Tessera.Analysis.Timeline.Timeline;

namespace Tessera.Output.Records;

/// <summary>`tessera timeline --format jsonl`: a line per dated entry with its claim and events, per undated event, per disagreement.</summary>
public static class TimelineJsonl
{
    public static void Write(TextWriter output, TimelineOf timeline)
    {
        foreach (var g in timeline.Groups)
            foreach (var e in g.Entries)
                Json.Line(output, w =>
                {
                    w.WriteString("type", "entry");
                    w.WriteString("when", g.When.ToString());
                    w.WriteString("from", Format.Date(g.When.From));
                    w.WriteString("to", Format.Date(g.When.To));
                    w.WriteString("precision", g.When.Precision.ToString().ToLowerInvariant());
                    w.WriteString("label", g.Label);
                    w.WriteString("words", Terms.Words(e));
                    if (Terms.Span(e) is { } span) { w.WriteNumber("start", span.Start); w.WriteNumber("end", span.End); }
                    else { w.WriteNull("start"); w.WriteNull("end"); }
                    w.WriteString("value", e.Time.Value);
                    if (Terms.Anchor(e) is { } anchor) { w.WriteString("anchor", anchor.Value); w.WriteString("anchor_basis", anchor.Basis); }
                    else { w.WriteNull("anchor"); w.WriteNull("anchor_basis"); }
                    w.WriteString("how", Terms.How(e.How));
                    RecordJson.WriteClaim(w, e.Claim);
                    w.WriteStartArray("events");
                    foreach (var x in e.Events) RecordJson.WriteEvent(w, x);
                    w.WriteEndArray();
                });
        foreach (var g in timeline.Groups)
            foreach (var e in g.Imported)
                Json.Line(output, w =>
                {
                    w.WriteString("type", "imported");
                    w.WriteString("when", g.When.ToString());
                    w.WritePropertyName("event");
                    RecordJson.WriteEvent(w, e);
                });
        foreach (var e in timeline.Undated)
            Json.Line(output, w =>
            {
                w.WriteString("type", "undated");
                w.WritePropertyName("event");
                RecordJson.WriteEvent(w, e);
            });
        foreach (var d in timeline.Disagreements)
            Json.Line(output, w =>
            {
                w.WriteString("type", "disagreement");
                w.WriteString("topic", d.Topic);
                w.WriteString("kind", d.Kind);
                w.WriteStartArray("sides");
                foreach (var s in d.Sides)
                {
                    w.WriteStartObject();
                    w.WriteString("value", s.Value);
                    w.WriteBoolean("retracted", s.Retracted);
                    Json.Strings(w, "words", s.Words);
                    Json.Strings(w, "sources", s.SourceIds);
                    Json.Strings(w, "claims", s.ClaimIds);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }
}
