using System.CommandLine;
using Tessera.Analysis.Causes;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera causes`: what the sources say caused the crisis, the factors their causes group into, the candidate
/// explanations those form, and with --propose the explanations as hypotheses in case.yaml's syntax.</summary>
public static class CausesCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = AnalysisInput.Options();
        var propose = new Option<bool>("--propose")
        {
            Description = "Write the candidate explanations as hypotheses, and the causal claims as evidence with draft ratings, in case.yaml's syntax, " +
                          "each marked 'proposed: true' for the analyst to accept, edit or reject.",
        };
        var command = inputs.AddTo(new Command("causes", "List what the sources say caused the crisis (and deny), the factors their causes group into " +
                                                         "with who asserts and denies each, and the competing explanations those form."));
        command.Add(propose);
        command.SetAction(parsed =>
        {
            var input = AnalysisInput.Load(parsed, inputs);
            if (!input.Ok) return Cli.Fail(stderr, input.Problem!);
            // The brief's causes: their origins from the case's corroboration, imported events counted.
            var causes = input.Value.Findings.Causes;
            if (parsed.GetValue(propose))
            {
                ProposedYaml.Write(stdout, Proposal.Of(causes));
                return Cli.Ok;
            }
            switch (parsed.GetValue(inputs.Format))
            {
                case "jsonl": CausesJsonl.Write(stdout, causes); break;
                case "csv": CausesCsv.Write(stdout, causes); break;
                default: CausesView.Write(stdout, causes); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
