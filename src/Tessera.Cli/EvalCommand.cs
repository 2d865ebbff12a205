using System.CommandLine;

namespace Tessera.Cli;

/// <summary>`tessera eval`: placeholder until the scorer lands.</summary>
public static class EvalCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr) => new("eval", "Score the extractor against a gold file (see eval/GUIDELINES.md).");
}
