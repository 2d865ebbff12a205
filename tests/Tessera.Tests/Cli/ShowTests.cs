using Tessera.Tests.Output.Snapshots;

namespace Tessera.Tests.Cli;

/// <summary>`tessera show` on the example case: a contested death toll, pinned as people and scripts read it.</summary>
public class ShowTests
{
    private static readonly string Folder = Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Cli", "Snapshots");

    [Theory]
    [InlineData("text", "show-example.txt")]
    [InlineData("json", "show-example.json")]
    public void A_contested_toll_shows_its_rivals_and_the_judgment_that_uses_it(string format, string expected)
    {
        using var dir = Fixtures.TempFolder();
        var run = CliRunner.Invoke("show", Fixtures.ExampleCase, "rights-report#12", "--format", format, "--db", Path.Combine(dir.Path, "case.db"));
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("wire-chronology#37", run.Out);
        Snapshot.MatchFile(Path.Combine(Folder, expected), run.Out);
    }

    [Fact]
    public void An_unknown_claim_is_one_line_naming_a_claim_that_exists()
    {
        using var dir = Fixtures.TempFolder();
        var run = CliRunner.Invoke("show", Fixtures.ExampleCase, "wire-chronology#999", "--db", Path.Combine(dir.Path, "case.db"));
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("TSR700", line);
        Assert.Contains("wire-chronology#999", line);
        Assert.Equal("", run.Out);
    }
}
