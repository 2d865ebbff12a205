using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Credibility;
using Tessera.Case;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera corroborate --format csv`: one row per claim with its origin, group, backing, credibility and contradictions.</summary>
public static class CorroborationCsv
{
    public static void Write(TextWriter output, AssessedCase c, CorroborationResult result, IReadOnlyDictionary<string, Credibility> credibility)
    {
        Csv.Row(output, "claim", "source", "publisher", "origin", "group", "independent_origins", "reports", "retracted", "credibility", "credibility_reason",
            "contradictions", "text");
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
        {
            var grade = credibility.GetValueOrDefault(claim.Id);
            Csv.Row(output, claim.Id, claim.DocumentId, c.Source(claim.DocumentId)?.Publisher ?? "", result.OriginOf(claim.Id)?.Name ?? "",
                result.GroupOf.GetValueOrDefault(claim.Id, ""), Format.Num(result.OriginsBacking(claim.Id)), Format.Num(result.Reports(claim.Id)),
                result.IsRetracted(claim.Id) ? "true" : "false", grade is null ? "" : Format.Num(grade.Grade), grade?.Reason ?? "",
                string.Join(" ", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct()), claim.Text);
        }
    }
}
