namespace Tessera.Tests.Cli;

/// <summary>The summary `assess` prints stays readable for a large case: it lists the first sources and points to the brief.</summary>
public class AssessSummaryTests
{
    [Fact]
    public void A_case_of_more_sources_than_the_summary_lists_shows_the_first_and_says_how_many_there_are()
    {
        using var dir = Fixtures.TempFolder();
        var count = Tessera.Cli.Terminal.SummarySources + 3;
        var files = Enumerable.Range(1, count)
            .Select(i => dir.Write($"r{i:D2}.txt", $"Officials said {i} pickets were detained at the port on Monday."))
            .ToArray();

        var run = CliRunner.Invoke(["assess", .. files, "--db", Path.Combine(dir.Path, "case.db"), "--out", Path.Combine(dir.Path, "brief.html")]);

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("r01 ", run.Out);
        Assert.Contains($"r{Tessera.Cli.Terminal.SummarySources:D2} ", run.Out);
        Assert.DoesNotContain($"r{count:D2} ", run.Out);
        Assert.Contains($"the first {Tessera.Cli.Terminal.SummarySources} of {count} sources; the brief lists them all", run.Out);
        Assert.Contains($"r{count:D2}", File.ReadAllText(Path.Combine(dir.Path, "brief.html")));
    }

    [Fact]
    public void A_case_the_summary_can_list_whole_gets_no_note()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("report.txt", "Officials said six pickets were detained at the port on Monday.");

        var run = CliRunner.Invoke("assess", file, "--db", Path.Combine(dir.Path, "case.db"), "--out", Path.Combine(dir.Path, "brief.html"));

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("report", run.Out);
        Assert.DoesNotContain("the brief lists them all", run.Out);
    }
}
