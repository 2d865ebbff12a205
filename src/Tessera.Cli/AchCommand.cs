using Tessera.Analysis;
using System.CommandLine;
using Tessera.Analysis.Ach;
using Tessera.Case;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera ach`: the case's hypotheses against its rated evidence, scored Heuer's way and read the Bayesian way.</summary>
public static class AchCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon, jobs) = AnalysisOptions.Options("csv: the matrix with score rows, for a spreadsheet.");
        var command = new Command("ach", "Analysis of Competing Hypotheses on a case: inconsistency scores (Heuer, and weighted as in PARC ACH), " +
                                         "diagnosticity, sensitivity, and the Bayesian posterior of each hypothesis.")
        {
            folder, format, store, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(store), resources, parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var analysis = opened.Value.Analysis;
            if (analysis.Matrix.IsEmpty) return Cli.Fail(stderr, Messages.NoHypotheses(analysis.Case.File.YamlPath));
            var model = resources.Ach;
            // The matrix alone: no forecast is proposed nor claim compared for a command that prints neither.
            var result = Findings.OnDemand(analysis, resources, parsed.GetValue(jobs)).Ach!;
            switch (parsed.GetValue(format))
            {
                case "jsonl": AchJsonl.Write(stdout, result, model); break;
                case "csv": AchCsv.Write(stdout, result); break;
                default: AchView.Write(stdout, result); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
