using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera corroborate --format csv`: one row per claim with its group, backing and contradictions.</summary>
public static class CorroborationCsv
{
    public static void Write(TextWriter output, AssessedCase c, CorroborationResult result)
    {
        Csv.Row(output, "claim", "source", "publisher", "group", "independent_sources", "contradictions", "text");
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
            Csv.Row(output, claim.Id, claim.DocumentId, c.Source(claim.DocumentId)?.Publisher ?? "",
                result.GroupOf.GetValueOrDefault(claim.Id, ""), Format.Num(result.SourcesBacking(claim.Id)),
                string.Join(" ", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct()), claim.Text);
    }
}
