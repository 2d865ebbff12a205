using Tessera.Analysis.Ach;

namespace Tessera.Output.Records;

/// <summary>`tessera ach --format jsonl`: a line per hypothesis, evidence item and sensitivity finding (or one line saying no
/// single item changes the lead, as the table says), then a summary line.</summary>
public static class AchJsonl
{
    public static void Write(TextWriter output, AchResult result, AchModel model)
    {
        var m = result.Matrix;
        foreach (var s in result.Scores)
            Json.Line(output, w =>
            {
                w.WriteString("type", "hypothesis");
                w.WriteString("id", s.Id);
                w.WriteString("statement", s.Statement);
                w.WriteNumber("inconsistency", s.Inconsistency);
                w.WriteNumber("weighted_inconsistency", Math.Round(s.WeightedInconsistency, 6));
                w.WriteNumber("rank", s.Rank);
                w.WriteNumber("prior", Math.Round(s.Prior, 6));
                w.WriteNumber("posterior", Math.Round(s.Posterior, 6));
                w.WriteNumber("bayes_rank", s.BayesRank);
                w.WriteBoolean("leader", result.Leaders.Contains(s.Id));
            });
        foreach (var e in m.Evidence)
            Json.Line(output, w =>
            {
                var d = result.DiagnosticityOf(e.Id);
                w.WriteString("type", "evidence");
                w.WriteString("id", e.Id);
                w.WriteString("text", e.Text);
                w.WriteString("claim", e.ClaimId);
                w.WriteString("source", e.SourceId);
                w.WriteString("credibility", Ratings.Name(e.Credibility));
                w.WriteString("relevance", Ratings.Name(e.Relevance));
                w.WriteNumber("weight", Math.Round(model.Weight(e), 6));
                w.WriteStartObject("ratings");
                foreach (var h in m.Hypotheses) w.WriteString(h.Id, e.RatingFor(h.Id).ToString());
                w.WriteEndObject();
                // Only ratings that name their analyst (`by:`) appear, so a matrix rated by nobody named reads as before.
                if (m.Hypotheses.Any(h => e.RatedBy.ContainsKey(h.Id)))
                {
                    w.WriteStartObject("rated_by");
                    foreach (var h in m.Hypotheses.Where(h => e.RatedBy.ContainsKey(h.Id))) w.WriteString(h.Id, e.RatedBy[h.Id]);
                    w.WriteEndObject();
                }
                w.WriteNumber("diagnosticity", d.Spread);
                w.WriteNumber("likelihood_ratio", Math.Round(d.LikelihoodRatio, 6));
            });
        foreach (var f in result.Sensitivity)
            Json.Line(output, w =>
            {
                w.WriteString("type", "sensitivity");
                w.WriteString("evidence", f.EvidenceId);
                w.WriteString("change", f.Change.ToString().ToLowerInvariant());
                w.WriteString("reading", f.Reading.ToString().ToLowerInvariant());
                Json.Strings(w, "leaders_before", f.LeadersBefore);
                Json.Strings(w, "leaders_after", f.LeadersAfter);
                w.WriteBoolean("changes_lead", true);
            });
        // A reader of the records alone must be able to tell "the lead holds" from "sensitivity was not run".
        if (result.Sensitivity.Count == 0)
            Json.Line(output, w =>
            {
                w.WriteString("type", "sensitivity");
                w.WriteNull("evidence");
                w.WriteNull("change");
                w.WriteNull("reading");
                Json.Strings(w, "leaders_before", result.Leaders);
                Json.Strings(w, "leaders_after", result.Leaders);
                w.WriteBoolean("changes_lead", false);
            });
        Json.Line(output, w =>
        {
            w.WriteString("type", "summary");
            Json.Strings(w, "leaders", result.Leaders);
            Json.Strings(w, "bayes_leaders", result.BayesLeaders);
            w.WriteString("note", result.Note);
        });
    }
}
