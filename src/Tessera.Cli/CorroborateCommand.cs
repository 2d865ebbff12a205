using Tessera.Analysis;
using System.CommandLine;
using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera corroborate`: which claims of a case several independent origins back, and which contradict one another.</summary>
public static class CorroborateCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon, jobs) = AnalysisOptions.Options("csv: one row per claim with its origin, group, backing and credibility.");
        var command = new Command("corroborate", "Group claims of different sources that state the same thing, count the independent origins " +
                                                 "behind each claim (not the reports that relay them), grade each claim's credibility (Admiralty 1-6), " +
                                                 "and flag contradictions (opposite polarity, conflicting figures or dates); one origin's later figures are updates, " +
                                                 "retracted figures support nothing.")
        {
            folder, format, store, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(store), resources, parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var c = opened.Value.Case.Case;
            var findings = Findings.OnDemand(opened.Value.Analysis, resources, parsed.GetValue(jobs));
            var result = findings.Corroboration;
            var credibility = findings.Credibility;
            switch (parsed.GetValue(format))
            {
                case "jsonl": CorroborationJsonl.Write(stdout, c, result, credibility); break;
                case "csv": CorroborationCsv.Write(stdout, c, result, credibility); break;
                default: CorroborationView.Write(stdout, c, result); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
