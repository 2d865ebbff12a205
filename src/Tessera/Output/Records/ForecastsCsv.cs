using Tessera.Analysis.Forecasts;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera forecasts --format csv`: one row per forecast with its outcome and scores.</summary>
public static class ForecastsCsv
{
    public static void Write(TextWriter output, ForecastReport report, ForecastSettings settings)
    {
        Csv.Row(output, "id", "source", "made", "probability", "basis", "deadline", "outcome", "resolved", "hindsight", "brier", "log", "statement");
        foreach (var f in report.Forecasts)
            Csv.Row(output, f.Id, f.SourceId, Format.Date(f.Made), Format.Num(f.Probability, 4), f.Basis,
                Format.Date(f.Deadline), Terms.Outcome(f), Format.Date(f.Resolution?.Date), f.IsHindsight ? "true" : "false",
                f.IsScored ? Format.Num(ForecastScoring.Brier(f.Probability, f.Resolution!.Outcome), 4) : "",
                f.IsScored ? Format.Num(ForecastScoring.Log(f.Probability, f.Resolution!.Outcome, settings.LogFloor), 4) : "",
                f.Statement);
    }
}
