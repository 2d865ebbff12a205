using Tessera.Analysis.Network;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera actors --network --format csv`: a row per tie.</summary>
public static class TiesCsv
{
    public static void Write(TextWriter output, ActorNetwork net)
    {
        Csv.Row(output, "source", "target", "kind", "quad", "cooperation", "conflict", "events", "unconfirmed", "codes", "claims");
        foreach (var t in net.Ties)
            Csv.Row(output, t.Source, t.Target, Terms.Kind(t), Terms.Quad(t.Quad), Format.Short(t.CooperationWeight), Format.Short(t.ConflictWeight),
                Format.Num(t.Count), Format.Num(t.Unconfirmed), string.Join(" ", t.Codes.Select(x => x.Code)), string.Join(" ", t.ClaimIds));
    }
}
