using System.CommandLine;

namespace Tessera.Cli;

/// <summary>`tessera assess`: placeholder until the case pipeline lands.</summary>
public static class AssessCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr) => new("assess", "Assess a case folder or files.");
}
