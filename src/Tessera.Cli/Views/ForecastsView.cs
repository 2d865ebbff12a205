using Spectre.Console;
using Tessera.Analysis.Forecasts;
using Tessera.Output;
using Tessera.Output.Records;

namespace Tessera.Cli.Views;

/// <summary>`tessera forecasts` for people: the forecasts, the scores per source, calibration, and what is still open.</summary>
public static class ForecastsView
{
    public static void Write(TextWriter stdout, ForecastReport report)
    {
        var console = Terminal.Console(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Forecasts[/]");
        table.AddColumn("forecast").AddColumn("speaker").AddColumn("made").AddColumn(new TableColumn("p").RightAligned()).AddColumn("from")
            .AddColumn("deadline").AddColumn("outcome").AddColumn(new TableColumn("Brier").RightAligned());
        foreach (var f in report.Forecasts)
        {
            var outcome = Terms.Outcome(f) switch { "true" => "[green]true[/]", "false" => "[red]false[/]", _ => "[grey]open[/]" };
            if (f.Result is { } result) outcome += $" ({result})";
            if (f.IsHindsight) outcome += " [yellow](hindsight)[/]";
            if (f.Proposal is { } proposal) outcome += $"\n[grey]proposed: {Terms.Proposed(proposal)}[/]";
            var deadline = Format.Date(f.Deadline) + (f.DeadlineWords.Length > 0 ? $"\n[grey]{Terminal.Escape(f.DeadlineWords)}[/]" : "");
            var kind = f.Kind == ForecastKind.Commitment ? "[blue]commitment[/] " : "";
            table.AddRow(new Markup($"[grey]{Terminal.Escape(f.Id)}[/] {kind}{Terminal.Escape(Format.Clip(f.Statement, 80))}"),
                new Markup(Terminal.Escape(f.Speaker)), new Markup(Format.Date(f.Made)), new Markup(Format.Num(f.Probability, 2)), new Markup(Terminal.Escape(f.Basis)),
                new Markup(deadline), new Markup(outcome), new Markup(Format.Num(ForecastScoring.BrierOf(f), 3)));
        }
        console.Write(table);

        var scores = new Table().Border(TableBorder.Rounded).Title("[bold]Scores (lower is better)[/]");
        scores.AddColumn("source").AddColumn(new TableColumn("forecasts").RightAligned()).AddColumn(new TableColumn("scored").RightAligned())
            .AddColumn(new TableColumn("Brier").RightAligned()).AddColumn(new TableColumn("log").RightAligned());
        foreach (var s in report.BySource)
            scores.AddRow(Terminal.Escape(s.SourceId), Format.Num(s.Forecasts), Format.Num(s.Score.Scored), Format.Num(s.Score.Brier, 3), Format.Num(s.Score.Log, 3));
        scores.AddRow("[bold]all sources[/]", Format.Num(report.BySource.Sum(s => s.Forecasts)), Format.Num(report.Overall.Scored),
            $"[bold]{Format.Num(report.Overall.Brier, 3)}[/]", $"[bold]{Format.Num(report.Overall.Log, 3)}[/]");
        console.Write(scores);

        var speakers = new Table().Border(TableBorder.Rounded).Title("[bold]Track records per speaker[/]");
        speakers.AddColumn("speaker").AddColumn(new TableColumn("forecasts").RightAligned()).AddColumn(new TableColumn("scored").RightAligned())
            .AddColumn(new TableColumn("Brier").RightAligned()).AddColumn(new TableColumn("log").RightAligned())
            .AddColumn(new TableColumn("mean p").RightAligned()).AddColumn(new TableColumn("came true").RightAligned())
            .AddColumn(new TableColumn("hits (no p)").RightAligned());
        foreach (var s in report.BySpeaker)
            speakers.AddRow(Terminal.Escape(s.Speaker), Format.Num(s.Forecasts), Format.Num(s.Score.Scored), Format.Num(s.Score.Brier, 3), Format.Num(s.Score.Log, 3),
                Format.Num(s.Score.MeanProbability, 2), Format.Num(s.Score.Observed, 2), s.Score.Judged == 0 ? "" : $"{s.Score.Hits}/{s.Score.Judged}");
        console.Write(speakers);

        if (report.Commitments.Count > 0)
        {
            var commitments = new Table().Border(TableBorder.Rounded).Title("[bold]Commitments[/]");
            commitments.AddColumn("speaker").AddColumn(new TableColumn("commitments").RightAligned()).AddColumn(new TableColumn("kept").RightAligned())
                .AddColumn(new TableColumn("broken").RightAligned());
            foreach (var c in report.Commitments)
                commitments.AddRow(Terminal.Escape(c.Speaker), Format.Num(c.Commitments), Format.Num(c.Kept), Format.Num(c.Broken));
            console.Write(commitments);
        }

        var calibration = new Table().Border(TableBorder.Rounded).Title("[bold]Calibration[/]");
        calibration.AddColumn("band").AddColumn("range").AddColumn(new TableColumn("forecasts").RightAligned())
            .AddColumn(new TableColumn("mean p").RightAligned()).AddColumn(new TableColumn("came true").RightAligned());
        foreach (var b in report.Calibration)
            calibration.AddRow(Terminal.Escape(b.Name), $"{Format.Num(b.Low, 2)}-{Format.Num(b.High, 2)}", Format.Num(b.Count),
                Format.Num(b.MeanProbability, 2), Format.Num(b.ObservedFrequency, 2));
        console.Write(calibration);

        if (report.Hindsight.Count > 0)
            console.MarkupLine($"[yellow]Not scored[/], resolved before the source made them: {Terminal.Escape(string.Join(", ", report.Hindsight.Select(f => f.Id)))}.");
        console.MarkupLine($"Open: {report.Open.Count} forecasts; with a deadline: " +
                           Terminal.Escape(string.Join("; ", report.Open.Where(f => f.Deadline is not null).Select(f => $"{f.Id} by {Format.Date(f.Deadline)}"))) +
                           (report.Open.Any(f => f.Deadline is not null) ? "." : "none."));
    }
}
