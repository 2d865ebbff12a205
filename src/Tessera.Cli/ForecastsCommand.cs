using Tessera.Analysis;
using System.CommandLine;
using Spectre.Console;
using Tessera.Analysis.Forecasts;
using Tessera.Case;

namespace Tessera.Cli;

/// <summary>`tessera forecasts`: the predictions of a case's sources as forecasts, scored against their resolutions.</summary>
public static class ForecastsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon) = AnalysisOutput.Options("csv: one row per forecast with its score.");
        var command = new Command("forecasts", "List the predictions of a case's sources as forecasts, score the resolved ones (Brier and log " +
                                               "scores per source and overall, a calibration table) and show those still open.")
        {
            folder, format, store, lexicon,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(store), resources);
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var settings = resources.Forecasts;
            var report = ForecastScoring.Report(opened.Value.Analysis.Forecasts, settings);
            switch (parsed.GetValue(format))
            {
                case "jsonl": WriteJsonl(stdout, report, settings); break;
                case "csv": WriteCsv(stdout, report, settings); break;
                default: WriteTable(stdout, report); break;
            }
            return Cli.Ok;
        });
        return command;
    }

    private static string Outcome(Forecast f) => f.Resolution is null ? "open" : f.Resolution.Outcome ? "true" : "false";

    private static void WriteTable(TextWriter stdout, ForecastReport report)
    {
        var console = Terminal.Console(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Forecasts[/]");
        table.AddColumn("forecast").AddColumn("made").AddColumn(new TableColumn("p").RightAligned()).AddColumn("from")
            .AddColumn("deadline").AddColumn("outcome").AddColumn(new TableColumn("Brier").RightAligned());
        foreach (var f in report.Forecasts)
        {
            var outcome = Outcome(f) switch { "true" => "[green]true[/]", "false" => "[red]false[/]", _ => "[grey]open[/]" };
            if (f.IsHindsight) outcome += " [yellow](hindsight)[/]";
            table.AddRow(new Markup($"[grey]{Markup.Escape(f.Id)}[/] {Markup.Escape(AnalysisOutput.Clip(f.Statement, 80))}"),
                new Markup(AnalysisOutput.Date(f.Made)), new Markup(AnalysisOutput.Num(f.Probability, 2)), new Markup(Markup.Escape(f.Basis)),
                new Markup(AnalysisOutput.Date(f.Deadline)), new Markup(outcome),
                new Markup(f.IsScored ? AnalysisOutput.Num(ForecastScoring.Brier(f.Probability, f.Resolution!.Outcome), 3) : ""));
        }
        console.Write(table);

        var scores = new Table().Border(TableBorder.Rounded).Title("[bold]Scores (lower is better)[/]");
        scores.AddColumn("source").AddColumn(new TableColumn("forecasts").RightAligned()).AddColumn(new TableColumn("scored").RightAligned())
            .AddColumn(new TableColumn("Brier").RightAligned()).AddColumn(new TableColumn("log").RightAligned());
        foreach (var s in report.BySource)
            scores.AddRow(Markup.Escape(s.SourceId), AnalysisOutput.Num(s.Forecasts), AnalysisOutput.Num(s.Score.Scored),
                AnalysisOutput.Num(s.Score.Brier, 3), AnalysisOutput.Num(s.Score.Log, 3));
        scores.AddRow("[bold]all sources[/]", AnalysisOutput.Num(report.Forecasts.Count), AnalysisOutput.Num(report.Overall.Scored),
            $"[bold]{AnalysisOutput.Num(report.Overall.Brier, 3)}[/]", $"[bold]{AnalysisOutput.Num(report.Overall.Log, 3)}[/]");
        console.Write(scores);

        var calibration = new Table().Border(TableBorder.Rounded).Title("[bold]Calibration[/]");
        calibration.AddColumn("band").AddColumn("range").AddColumn(new TableColumn("forecasts").RightAligned())
            .AddColumn(new TableColumn("mean p").RightAligned()).AddColumn(new TableColumn("came true").RightAligned());
        foreach (var b in report.Calibration)
            calibration.AddRow(Markup.Escape(b.Name), $"{b.Low:0.00}-{b.High:0.00}", AnalysisOutput.Num(b.Count),
                AnalysisOutput.Num(b.MeanProbability, 2), AnalysisOutput.Num(b.ObservedFrequency, 2));
        console.Write(calibration);

        if (report.Hindsight.Count > 0)
            console.MarkupLine($"[yellow]Not scored[/], resolved before the source made them: {Markup.Escape(string.Join(", ", report.Hindsight.Select(f => f.Id)))}.");
        console.MarkupLine($"Open: {report.Open.Count} forecasts; with a deadline: " +
                           Markup.Escape(string.Join("; ", report.Open.Where(f => f.Deadline is not null).Select(f => $"{f.Id} by {AnalysisOutput.Date(f.Deadline)}"))) +
                           (report.Open.Any(f => f.Deadline is not null) ? "." : "none."));
    }

    private static void WriteJsonl(TextWriter stdout, ForecastReport report, ForecastSettings settings)
    {
        foreach (var f in report.Forecasts)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "forecast");
                w.WriteString("id", f.Id);
                w.WriteString("statement", f.Statement);
                w.WriteString("source", f.SourceId);
                w.WriteString("publisher", f.Publisher);
                if (f.Made is null) w.WriteNull("made"); else w.WriteString("made", AnalysisOutput.Date(f.Made));
                w.WriteNumber("probability", Math.Round(f.Probability, 6));
                w.WriteString("basis", f.Basis);
                if (f.Deadline is null) w.WriteNull("deadline"); else w.WriteString("deadline", AnalysisOutput.Date(f.Deadline));
                if (f.Resolution is null) w.WriteNull("outcome"); else w.WriteBoolean("outcome", f.Resolution.Outcome);
                if (f.Resolution?.Date is null) w.WriteNull("resolved"); else w.WriteString("resolved", AnalysisOutput.Date(f.Resolution.Date));
                if (f.Resolution is null) w.WriteNull("note"); else w.WriteString("note", f.Resolution.Note);
                w.WriteBoolean("hindsight", f.IsHindsight);
                if (f.IsScored)
                {
                    w.WriteNumber("brier", Math.Round(ForecastScoring.Brier(f.Probability, f.Resolution!.Outcome), 6));
                    w.WriteNumber("log", Math.Round(ForecastScoring.Log(f.Probability, f.Resolution!.Outcome, settings.LogFloor), 6));
                }
                else
                {
                    w.WriteNull("brier");
                    w.WriteNull("log");
                }
            });
        foreach (var s in report.BySource)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "source_score");
                w.WriteString("source", s.SourceId);
                w.WriteString("publisher", s.Publisher);
                w.WriteNumber("forecasts", s.Forecasts);
                WriteScore(w, s.Score);
            });
        AnalysisOutput.JsonLine(stdout, w =>
        {
            w.WriteString("type", "overall_score");
            w.WriteNumber("forecasts", report.Forecasts.Count);
            WriteScore(w, report.Overall);
        });
        foreach (var b in report.Calibration)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "calibration");
                w.WriteString("band", b.Name);
                w.WriteNumber("low", b.Low);
                w.WriteNumber("high", b.High);
                w.WriteNumber("forecasts", b.Count);
                if (b.MeanProbability is { } p) w.WriteNumber("mean_probability", Math.Round(p, 6)); else w.WriteNull("mean_probability");
                if (b.ObservedFrequency is { } o) w.WriteNumber("observed_frequency", Math.Round(o, 6)); else w.WriteNull("observed_frequency");
            });
    }

    private static void WriteScore(System.Text.Json.Utf8JsonWriter w, ScoreSummary s)
    {
        w.WriteNumber("scored", s.Scored);
        if (s.Brier is { } b) w.WriteNumber("brier", Math.Round(b, 6)); else w.WriteNull("brier");
        if (s.Log is { } l) w.WriteNumber("log", Math.Round(l, 6)); else w.WriteNull("log");
    }

    private static void WriteCsv(TextWriter stdout, ForecastReport report, ForecastSettings settings)
    {
        AnalysisOutput.CsvRow(stdout, ["id", "source", "made", "probability", "basis", "deadline", "outcome", "resolved", "hindsight", "brier", "log", "statement"]);
        foreach (var f in report.Forecasts)
            AnalysisOutput.CsvRow(stdout, [f.Id, f.SourceId, AnalysisOutput.Date(f.Made), AnalysisOutput.Num(f.Probability, 4), f.Basis,
                AnalysisOutput.Date(f.Deadline), Outcome(f), AnalysisOutput.Date(f.Resolution?.Date), f.IsHindsight ? "true" : "false",
                f.IsScored ? AnalysisOutput.Num(ForecastScoring.Brier(f.Probability, f.Resolution!.Outcome), 4) : "",
                f.IsScored ? AnalysisOutput.Num(ForecastScoring.Log(f.Probability, f.Resolution!.Outcome, settings.LogFloor), 4) : "",
                f.Statement]);
    }
}
