using Tessera.Analysis.Forecasts;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera forecasts --format csv`: one row per forecast with its outcome and scores.</summary>
public static class ForecastsCsv
{
    public static void Write(TextWriter output, ForecastReport report, ForecastSettings settings)
    {
        Csv.Row(output, "id", "source", "speaker", "kind", "made", "probability", "basis", "deadline", "outcome", "result", "resolved", "hindsight", "brier", "log", "statement");
        foreach (var f in report.Forecasts)
            Csv.Row(output, f.Id, f.SourceId, f.Speaker, Terms.Kind(f), Format.Date(f.Made), Format.Num(f.Probability, 4), f.Basis,
                Format.Date(f.Deadline), Terms.Outcome(f), f.Result ?? "", Format.Date(f.Resolution?.Date), f.IsHindsight ? "true" : "false",
                Format.Num(ForecastScoring.BrierOf(f), 4), Format.Num(ForecastScoring.LogOf(f, settings.LogFloor), 4),
                f.Statement);
    }
}
