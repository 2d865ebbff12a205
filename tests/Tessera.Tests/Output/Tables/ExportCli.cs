using System.CommandLine;
using Tessera.Cli;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output.Tables;

/// <summary>Runs `export` in-process under a root command of its own, as the real command line does once it registers it.</summary>
public static class ExportCli
{
    public static CliRunner.Run Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand("tessera, export only") { ExportCommand.Build(stdout, stderr) };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) stderr.WriteLine($"tessera: {e.Message}");
            return new CliRunner.Run(Tessera.Cli.Cli.BadInput, stdout.ToString(), stderr.ToString());
        }
        var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return new CliRunner.Run(exit, stdout.ToString(), stderr.ToString());
    }
}
