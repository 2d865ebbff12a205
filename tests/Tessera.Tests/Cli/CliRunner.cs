namespace Tessera.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints and its exit code.</summary>
public static class CliRunner
{
    public sealed record Run(int Exit, string Out, string Err);

    public static Run Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Tessera.Cli.Cli.Run(args, stdout, stderr);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }
}
