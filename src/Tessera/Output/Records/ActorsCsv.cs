using Tessera.Analysis.Consequences;
using Tessera.Analysis.Network;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera actors --format csv`: a row per actor with its centrality and the claims of its gains and losses.</summary>
public static class ActorsCsv
{
    public static void Write(TextWriter output, ActorNetwork net, Consequences c)
    {
        Csv.Row(output, "actor", "degree", "out_degree", "in_degree", "strength", "betweenness", "outcome", "gains", "losses", "gain_claims", "loss_claims");
        foreach (var name in Terms.Actors(net, c))
        {
            var node = net.Node(name);
            var b = c.Of(name);
            Csv.Row(output, name, Format.Num(node?.Degree ?? 0), Format.Num(node?.OutDegree ?? 0), Format.Num(node?.InDegree ?? 0),
                Format.Short(node?.Strength ?? 0), Format.Short(node?.Betweenness ?? 0, 4), b?.Verdict ?? "",
                Format.Num(b?.Gains.Count ?? 0), Format.Num(b?.Losses.Count ?? 0),
                string.Join(" ", b?.Gains.Select(g => g.ClaimId) ?? []), string.Join(" ", b?.Losses.Select(g => g.ClaimId) ?? []));
        }
    }
}
