namespace Tessera.Tests.Cli;

/// <summary>What a script sees: exit codes, one-line errors naming the file, help that explains.</summary>
public class CommandLineTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var run = CliRunner.Invoke("--help");
        Assert.Equal(0, run.Exit);
        foreach (var command in new[] { "read", "assess", "eval" }) Assert.Contains(command, run.Out);
    }

    [Fact]
    public void A_missing_file_is_one_line_on_stderr_and_exit_code_2()
    {
        var run = CliRunner.Invoke("read", "no/such/file.txt");
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no/such/file.txt", line);
        Assert.Contains("TSR001", line);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("read")]
    [InlineData("read", "x.txt", "--format", "xml")]
    [InlineData("frobnicate")]
    public void Usage_mistakes_exit_with_2(params string[] args) => Assert.Equal(2, CliRunner.Invoke(args).Exit);
}
