using Tessera.Analysis.Consequences;
using Tessera.Analysis.Network;

namespace Tessera.Output.Records;

/// <summary>`tessera actors --format jsonl`: a line per actor with its centrality, strongest ties and gains and losses.</summary>
public static class ActorsJsonl
{
    public static void Write(TextWriter output, ActorNetwork net, Consequences c)
    {
        foreach (var name in Terms.Actors(net, c))
            Json.Line(output, w =>
            {
                var node = net.Node(name);
                var b = c.Of(name);
                w.WriteString("actor", name);
                w.WriteNumber("degree", node?.Degree ?? 0);
                w.WriteNumber("out_degree", node?.OutDegree ?? 0);
                w.WriteNumber("in_degree", node?.InDegree ?? 0);
                w.WriteNumber("strength", Math.Round(node?.Strength ?? 0, 3));
                w.WriteNumber("betweenness", Math.Round(node?.Betweenness ?? 0, 4));
                w.WriteStartArray("strongest_ties");
                foreach (var t in net.StrongestTies(name))
                {
                    w.WriteStartObject();
                    w.WriteString("source", t.Source);
                    w.WriteString("target", t.Target);
                    w.WriteString("kind", Terms.Kind(t));
                    w.WriteNumber("events", t.Count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("outcome", b?.Verdict);
                w.WriteStartArray("outcomes");
                foreach (var e in b is null ? [] : b.Gains.Concat(b.Losses))
                {
                    w.WriteStartObject();
                    w.WriteString("direction", Terms.Direction(e));
                    w.WriteString("words", e.Cue);
                    RecordJson.WriteClaim(w, e.Claim);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }
}
