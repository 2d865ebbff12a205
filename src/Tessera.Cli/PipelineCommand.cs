using System.CommandLine;
using Tessera.Pipeline;

namespace Tessera.Cli;

/// <summary>`tessera pipeline`: the steps every document goes through, in order, with what each adds and the resources it reads.</summary>
public static class PipelineCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var lexicon = Cli.LexiconOption();
        var command = new Command("pipeline", "List the steps of the extraction pipeline in the order they run: what each adds to a document " +
                                              "and the resource files it reads (which --lexicon can extend or replace).") { lexicon };
        command.SetAction(parsed =>
        {
            var steps = new DocumentPipeline(Cli.Resources(parsed, lexicon).Load()).Steps(default);
            for (var i = 0; i < steps.Count; i++)
            {
                stdout.WriteLine($"{i + 1}. {steps[i].Name}: {steps[i].Adds}");
                stdout.WriteLine($"   reads {steps[i].Resources}");
            }
            stdout.WriteLine("Each source is read once and tokenised once; the store keeps its text, tokens and every layer, and analysis reads them from there.");
            return Cli.Ok;
        });
        return command;
    }
}
