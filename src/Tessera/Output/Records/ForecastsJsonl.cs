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
                w.WriteString("made", f.Made is null ? null : Format.Date(f.Made));
                w.WriteNumber("probability", Math.Round(f.Probability, 6));
                w.WriteString("basis", f.Basis);
                w.WriteString("deadline", f.Deadline is null ? null : Format.Date(f.Deadline));
                if (f.Resolution is null) w.WriteNull("outcome"); else w.WriteBoolean("outcome", f.Resolution.Outcome);
                w.WriteString("resolved", f.Resolution?.Date is null ? null : Format.Date(f.Resolution.Date));
                w.WriteString("note", f.Resolution?.Note);
                w.WriteBoolean("hindsight", f.IsHindsight);
                Json.Number(w, "brier", f.IsScored ? Math.Round(ForecastScoring.Brier(f.Probability, f.Resolution!.Outcome), 6) : null);
                Json.Number(w, "log", f.IsScored ? Math.Round(ForecastScoring.Log(f.Probability, f.Resolution!.Outcome, settings.LogFloor), 6) : null);
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
    }
}
