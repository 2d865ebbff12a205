using Tessera.Analysis.Causes;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera causes --format csv`: a row per causal claim, per factor and per candidate explanation, told apart by `type`.</summary>
public static class CausesCsv
{
    public static void Write(TextWriter output, CaseCauses causes)
    {
        Csv.Row(output, "type", "id", "cause", "effect", "speaker", "origin", "claims", "sources", "asserted_by", "denied_by", "independent_origins",
            "status", "cues", "explanation", "text");
        foreach (var c in causes.Claims)
            Csv.Row(output, "cause", "", c.Cause, c.Effect ?? "", Join(c.Speakers), c.Origin ?? "", c.ClaimId, c.SourceId, c.Denied ? "" : Join(c.Speakers),
                c.Denied ? Join(c.Speakers) : "", "", Terms.Status(c.Status), string.Join(" | ", c.Cues), "", c.Claim.Text);
        foreach (var f in causes.Factors)
            Csv.Row(output, "factor", f.Id, f.Cause, "", "", "", Join(f.ClaimIds), Join(f.Sources), Join(f.AssertedBy), Join(f.DeniedBy),
                Join(f.IndependentOrigins), Terms.Status(f.Status), "", f.Explanation ?? "", "");
        foreach (var x in causes.Explanations)
            Csv.Row(output, "explanation", x.Id, "", "", Join(x.Speakers), "", Join(x.Factors.Select(f => f.Id)), Join(x.Sources), Join(x.Speakers),
                Join(x.DeniedBy), "", "", "", x.Kind, x.Statement);
    }

    private static string Join(IEnumerable<string> items) => string.Join(Csv.ListSeparator, items);
}
