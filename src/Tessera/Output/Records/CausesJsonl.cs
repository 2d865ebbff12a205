using System.Text.Json;
using Tessera.Analysis.Causes;
using Tessera.Events.Causes;

namespace Tessera.Output.Records;

/// <summary>`tessera causes --format jsonl`: a line per causal claim (`type: "cause"`), per factor (`"factor"`) and per candidate
/// explanation (`"explanation"`).</summary>
public static class CausesJsonl
{
    public static void Write(TextWriter output, CaseCauses causes)
    {
        foreach (var c in causes.Claims)
            Json.Line(output, w =>
            {
                w.WriteString("type", "cause");
                w.WriteString("claim", c.ClaimId);
                w.WriteString("source", c.SourceId);
                w.WriteString("cause", c.Cause);
                w.WriteNumber("cause_start", c.CauseStart);
                w.WriteNumber("cause_end", c.CauseEnd);
                w.WriteString("effect", c.Effect);
                w.WriteBoolean("about_crisis", c.AboutCrisis);
                w.WriteBoolean("denied", c.Denied);
                w.WriteBoolean("trigger", c.Trigger);
                Strings(w, "speaker", c.Speakers);
                w.WriteString("origin", c.Origin);
                w.WriteBoolean("hedged", c.Hedged);
                w.WriteString("band", c.Band?.Name);
                w.WriteString("status", Terms.Status(c.Status));
                Strings(w, "cues", c.Cues);
                Strings(w, "hedge_cues", c.HedgeWords);
                Strings(w, "absence_cues", c.AbsenceWords);
                w.WriteString("lead_in", c.LeadIn?.Id);
                w.WriteString("text", c.Claim.Text);
            });
        foreach (var f in causes.Factors)
            Json.Line(output, w =>
            {
                w.WriteString("type", "factor");
                w.WriteString("id", f.Id);
                w.WriteString("cause", f.Cause);
                Strings(w, "claims", f.ClaimIds);
                Strings(w, "sources", f.Sources);
                Strings(w, "asserted_by", f.AssertedBy);
                Strings(w, "denied_by", f.DeniedBy);
                Strings(w, "independent_origins", f.IndependentOrigins);
                w.WriteString("status", Terms.Status(f.Status));
                Strings(w, "unsubstantiated_by", f.Unsubstantiated);
                if (f.Credibility is { } cr) w.WriteNumber("credibility", cr.Grade); else w.WriteNull("credibility");
                w.WriteBoolean("trigger", f.Trigger);
                Strings(w, "hedge_cues", f.HedgeWords);
                w.WriteString("explanation", f.Explanation);
            });
        foreach (var x in causes.Explanations)
            Json.Line(output, w =>
            {
                w.WriteString("type", "explanation");
                w.WriteString("id", x.Id);
                w.WriteString("kind", x.Kind);
                w.WriteString("statement", x.Statement);
                Strings(w, "factors", x.Factors.Select(f => f.Id));
                Strings(w, "speakers", x.Speakers);
                Strings(w, "denied_by", x.DeniedBy);
                Strings(w, "sources", x.Sources);
                Strings(w, "combined_with", x.CombinedWith);
            });
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
