using System.Text.Json;
using Tessera.Analysis.Forecasts;

namespace Tessera.Output.Records;

/// <summary>`tessera forecasts --format jsonl`: a line per forecast, per source score, the overall score and each calibration band.</summary>
public static class ForecastsJsonl
{
    public static void Write(TextWriter output, ForecastReport report, ForecastSettings settings)
    {
        foreach (var f in report.Forecasts)
            Json.Line(output, w =>
            {
                w.WriteString("type", "forecast");
                w.WriteString("id", f.Id);
                w.WriteString("statement", f.Statement);
                w.WriteString("source", f.SourceId);
                w.WriteString("publisher", f.Publisher);
                w.WriteString("speaker", f.Speaker);
                w.WriteString("kind", f.Kind == ForecastKind.Commitment ? "commitment" : "forecast");
                w.WriteString("made", f.Made is null ? null : Format.Date(f.Made));
                Json.Number(w, "probability", f.Probability is { } p ? Math.Round(p, 6) : null);
                w.WriteString("basis", f.Basis);
                w.WriteString("source_url", f.SourceUrl);
                w.WriteString("deadline", f.Deadline is null ? null : Format.Date(f.Deadline));
                w.WriteString("deadline_words", f.DeadlineWords);
                w.WriteString("deadline_note", f.DeadlineNote);
                if (f.Resolution is null) w.WriteNull("outcome"); else w.WriteBoolean("outcome", f.Resolution.Outcome);
                w.WriteString("resolved", f.Resolution?.Date is null ? null : Format.Date(f.Resolution.Date));
                w.WriteString("note", f.Resolution?.Note);
                w.WriteString("result", f.Result);
                w.WriteBoolean("hindsight", f.IsHindsight);
                if (f.Proposal?.Outcome is { } proposed) w.WriteBoolean("proposed_outcome", proposed); else w.WriteNull("proposed_outcome");
                w.WriteStartArray("resolved_by");
                foreach (var id in f.Proposal?.ResolvedBy ?? []) w.WriteStringValue(id);
                w.WriteEndArray();
                w.WriteString("proposal_reason", f.Proposal?.Reason);
                Json.Number(w, "brier", ForecastScoring.BrierOf(f) is { } b ? Math.Round(b, 6) : null);
                Json.Number(w, "log", ForecastScoring.LogOf(f, settings.LogFloor) is { } l ? Math.Round(l, 6) : null);
                if (f.KindCue is { } cue)
                {
                    w.WriteStartObject("cue");
                    ClaimJsonl.CueFields(w, cue);
                    w.WriteEndObject();
                }
                else w.WriteNull("cue");
            });
        foreach (var s in report.BySource)
            Json.Line(output, w =>
            {
                w.WriteString("type", "source_score");
                w.WriteString("source", s.SourceId);
                w.WriteString("publisher", s.Publisher);
                w.WriteNumber("forecasts", s.Forecasts);
                Score(w, s.Score);
            });
        foreach (var s in report.BySpeaker)
            Json.Line(output, w =>
            {
                w.WriteString("type", "speaker_score");
                w.WriteString("speaker", s.Speaker);
                w.WriteNumber("forecasts", s.Forecasts);
                Score(w, s.Score);
            });
        foreach (var c in report.Commitments)
            Json.Line(output, w =>
            {
                w.WriteString("type", "commitments");
                w.WriteString("speaker", c.Speaker);
                w.WriteNumber("commitments", c.Commitments);
                w.WriteNumber("kept", c.Kept);
                w.WriteNumber("broken", c.Broken);
            });
        Json.Line(output, w =>
        {
            w.WriteString("type", "overall_score");
            w.WriteNumber("forecasts", report.Forecasts.Count);
            Score(w, report.Overall);
        });
        foreach (var b in report.Calibration)
            Json.Line(output, w =>
            {
                w.WriteString("type", "calibration");
                w.WriteString("band", b.Name);
                w.WriteNumber("low", b.Low);
                w.WriteNumber("high", b.High);
                w.WriteNumber("forecasts", b.Count);
                Json.Number(w, "mean_probability", b.MeanProbability is { } p ? Math.Round(p, 6) : null);
                Json.Number(w, "observed_frequency", b.ObservedFrequency is { } o ? Math.Round(o, 6) : null);
            });
    }

    private static void Score(Utf8JsonWriter w, ScoreSummary s)
    {
        w.WriteNumber("scored", s.Scored);
        Json.Number(w, "brier", s.Brier is { } b ? Math.Round(b, 6) : null);
        Json.Number(w, "log", s.Log is { } l ? Math.Round(l, 6) : null);
        Json.Number(w, "mean_probability", s.MeanProbability is { } p ? Math.Round(p, 6) : null);
        Json.Number(w, "observed_frequency", s.Observed is { } o ? Math.Round(o, 6) : null);
        w.WriteNumber("judged_without_probability", s.Judged);
        w.WriteNumber("hits", s.Hits);
        Json.Number(w, "hit_rate", s.HitRate is { } h ? Math.Round(h, 6) : null);
    }
}
