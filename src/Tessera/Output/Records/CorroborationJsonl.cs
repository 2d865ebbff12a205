using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Credibility;
using Tessera.Case;

namespace Tessera.Output.Records;

/// <summary>`tessera corroborate --format jsonl`: a line per claim with its origin, group, backing and credibility, then the groups,
/// then the updates (one origin's successive figures), then the contradictions.</summary>
public static class CorroborationJsonl
{
    public static void Write(TextWriter output, AssessedCase c, CorroborationResult result, IReadOnlyDictionary<string, Credibility> credibility)
    {
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
            Json.Line(output, w =>
            {
                w.WriteString("type", "claim");
                w.WriteString("id", claim.Id);
                w.WriteString("source", claim.DocumentId);
                w.WriteString("text", claim.Text);
                w.WriteString("group", result.GroupOf.GetValueOrDefault(claim.Id));
                var origin = result.OriginOf(claim.Id);
                w.WriteString("origin", origin?.Name);
                w.WriteString("origin_basis", origin?.Basis.ToString().ToLowerInvariant());
                Json.Strings(w, "relays", origin?.Relays ?? []);
                w.WriteNumber("independent_origins", result.OriginsBacking(claim.Id));
                w.WriteNumber("reports", result.Reports(claim.Id));
                w.WriteBoolean("retracted", result.IsRetracted(claim.Id));
                w.WriteString("superseded_by", result.SupersededBy(claim.Id));
                if (credibility.GetValueOrDefault(claim.Id) is { } grade)
                {
                    w.WriteNumber("credibility", grade.Grade);
                    w.WriteString("credibility_reason", grade.Reason);
                }
                Json.Strings(w, "contradictions", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct());
            });
        foreach (var g in result.Groups)
            Json.Line(output, w =>
            {
                w.WriteString("type", "group");
                w.WriteString("id", g.Id);
                Json.Strings(w, "claims", g.ClaimIds);
                Json.Strings(w, "sources", g.SourceIds);
                Json.Strings(w, "origins", g.Origins);
                w.WriteNumber("independent_origins", g.IndependentOrigins);
                w.WriteNumber("reports", g.Reports);
            });
        foreach (var s in result.Updates)
            Json.Line(output, w =>
            {
                w.WriteString("type", "update");
                w.WriteString("kind", s.Kind);
                w.WriteString("origin", s.Origin);
                Json.Strings(w, "claims", s.Figures.Select(f => f.ClaimId).Distinct());
                Json.Strings(w, "figures", s.Figures.Select(f => f.Figure.Text));
                w.WriteString("current", s.Current.ClaimId);
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
