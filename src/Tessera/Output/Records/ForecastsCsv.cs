using Tessera.Analysis.Forecasts;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera forecasts --format csv`: one row per forecast with its outcome and scores.</summary>
public static class ForecastsCsv
{
    public static void Write(TextWriter output, ForecastReport report, ForecastSettings settings)
    {
        Csv.Row(output, "id", "source", "speaker", "kind", "made", "probability", "basis", "deadline", "deadline_words", "deadline_note", "outcome", "result", "resolved", "hindsight", "brier", "log",
            "proposed_outcome", "resolved_by", "proposal_reason", "source_url", "statement");
        foreach (var f in report.Forecasts)
            Csv.Row(output, f.Id, f.SourceId, f.Speaker, Terms.Kind(f), Format.Date(f.Made), Format.Num(f.Probability, 4), f.Basis,
                Format.Date(f.Deadline), f.DeadlineWords, f.DeadlineNote, Terms.Outcome(f), f.Result ?? "", Format.Date(f.Resolution?.Date), f.IsHindsight ? "true" : "false",
                Format.Num(ForecastScoring.BrierOf(f), 4), Format.Num(ForecastScoring.LogOf(f, settings.LogFloor), 4),
                Terms.Proposed(f.Proposal), string.Join(" ", f.Proposal?.ResolvedBy ?? []), f.Proposal?.Reason ?? "", f.SourceUrl ?? "", f.Statement);
    }
}
