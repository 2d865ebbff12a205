using Tessera.Analysis;
using System.CommandLine;
using Tessera.Analysis.Forecasts;
using Tessera.Case;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera forecasts`: the predictions of a case's sources as forecasts, scored against their resolutions.</summary>
public static class ForecastsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon, jobs) = AnalysisOptions.Options("csv: one row per forecast with its score.");
        var command = new Command("forecasts", "List the predictions of a case's sources as forecasts, score the resolved ones (Brier and log " +
                                               "scores per source and overall, a calibration table) and show those still open.")
        {
            folder, format, store, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(store), resources, parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var settings = resources.Forecasts;
            var report = Findings.OnDemand(opened.Value.Analysis, resources, parsed.GetValue(jobs)).Forecasts;
            switch (parsed.GetValue(format))
            {
                case "jsonl": ForecastsJsonl.Write(stdout, report, settings); break;
                case "csv": ForecastsCsv.Write(stdout, report, settings); break;
                default: ForecastsView.Write(stdout, report); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
