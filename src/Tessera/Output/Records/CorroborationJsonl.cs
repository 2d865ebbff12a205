using Tessera.Analysis.Corroboration;
using Tessera.Case;

namespace Tessera.Output.Records;

/// <summary>`tessera corroborate --format jsonl`: a line per claim with its group and backing, then the groups, then the contradictions.</summary>
public static class CorroborationJsonl
{
    public static void Write(TextWriter output, AssessedCase c, CorroborationResult result)
    {
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
            Json.Line(output, w =>
            {
                w.WriteString("type", "claim");
                w.WriteString("id", claim.Id);
                w.WriteString("source", claim.DocumentId);
                w.WriteString("text", claim.Text);
                w.WriteString("group", result.GroupOf.GetValueOrDefault(claim.Id));
                w.WriteNumber("independent_sources", result.SourcesBacking(claim.Id));
                Json.Strings(w, "contradictions", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct());
            });
        foreach (var g in result.Groups)
            Json.Line(output, w =>
            {
                w.WriteString("type", "group");
                w.WriteString("id", g.Id);
                Json.Strings(w, "claims", g.ClaimIds);
                Json.Strings(w, "sources", g.SourceIds);
                w.WriteNumber("independent_sources", g.IndependentSources);
            });
        foreach (var x in result.Contradictions)
            Json.Line(output, w =>
            {
                w.WriteString("type", "contradiction");
                w.WriteString("kind", x.Kind.ToString().ToLowerInvariant());
                w.WriteString("subject", x.Subject);
                Json.Strings(w, "claims", x.ClaimIds);
                w.WriteString("detail", x.Detail);
            });
    }
}
