using Tessera.Analysis.Network;

namespace Tessera.Output.Records;

/// <summary>`tessera actors --network --format jsonl`: a line per tie, with the events behind it.</summary>
public static class TiesJsonl
{
    public static void Write(TextWriter output, ActorNetwork net)
    {
        foreach (var t in net.Ties)
            Json.Line(output, w =>
            {
                w.WriteString("source", t.Source);
                w.WriteString("target", t.Target);
                w.WriteString("kind", Terms.Kind(t));
                w.WriteString("quad", Terms.Quad(t.Quad));
                w.WriteNumber("cooperation", Math.Round(t.CooperationWeight, 3));
                w.WriteNumber("conflict", Math.Round(t.ConflictWeight, 3));
                w.WriteNumber("events", t.Count);
                w.WriteNumber("unconfirmed", t.Unconfirmed);
                Json.Strings(w, "codes", t.Codes.Select(x => x.Code));
                Json.Strings(w, "claims", t.ClaimIds);
                w.WriteStartArray("evidence");
                foreach (var e in t.Events) RecordJson.WriteEvent(w, e);
                w.WriteEndArray();
            });
    }
}
