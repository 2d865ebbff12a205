using Tessera.Cli;

namespace Tessera.Tests.Cli;

/// <summary>Progress goes to stderr only: plain lines when not on a terminal, none with --quiet, and never into JSON Lines.</summary>
public class ProgressReportTests
{
    [Fact]
    public void Plain_lines_give_count_share_and_rate_and_say_when_a_step_that_spoke_ends()
    {
        var stderr = new StringWriter();
        using (var report = ProgressReport.Plain(stderr, TimeSpan.Zero))
        {
            var step = report.Step("extracting", 4);
            Thread.Sleep(250);
            step.Advance();
            step.Advance(detail: "wire-chronology");
        }
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("extracting: 1 of 4 (25%), ", lines[0]);
        Assert.Matches(@"/s, about [0-9.]+ s left$", lines[0]);
        Assert.StartsWith("extracting (wire-chronology): 2 of 4 (50%)", lines[1]);
        Assert.StartsWith("extracting: 2 of 4 done in ", lines[2]);
    }

    [Fact]
    public void A_line_said_is_printed_at_once_whatever_the_interval_and_not_when_quiet()
    {
        var stderr = new StringWriter();
        using (var report = ProgressReport.Plain(stderr, TimeSpan.FromMinutes(1)))
        {
            report.Say("resuming: 9,000 of 10,000 sources already stored");
            report.Step("reading", 1000).Advance();
        }
        Assert.Equal("resuming: 9,000 of 10,000 sources already stored" + Environment.NewLine, stderr.ToString());

        var quiet = new StringWriter();
        using (var report = ProgressReport.For(quiet, quiet: true)) report.Say("resuming: 1 of 2 sources already stored");
        Assert.Equal("", quiet.ToString());
    }

    [Fact]
    public void A_step_that_ends_before_its_first_line_is_due_prints_nothing()
    {
        var stderr = new StringWriter();
        using (var report = ProgressReport.Plain(stderr, TimeSpan.FromMinutes(1)))
        {
            var step = report.Step("reading", 2);
            step.Advance();
            step.Advance();
            report.Step("extracting", 2).Advance();
        }
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Quiet_assess_prints_nothing_and_read_jsonl_keeps_stdout_to_records()
    {
        using var dir = Fixtures.TempFolder();
        var quiet = CliRunner.Invoke("assess", Fixtures.ExampleCase, "--quiet", "--db", Path.Combine(dir.Path, "case.db"), "--out", Path.Combine(dir.Path, "brief.html"));
        Assert.Equal(0, quiet.Exit);
        Assert.Equal("", quiet.Out + quiet.Err);

        // A report of its own, not the seed brief, which a clone without ../shared lacks (the read then failed, exit 2).
        var report = dir.Write("report.txt", "Officials said six pickets were detained at the port on Monday. The union said it would strike again.");
        var read = CliRunner.Invoke("read", report, "--format", "jsonl");
        Assert.Equal(0, read.Exit);
        var records = read.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, records.Length);
        Assert.All(records, line => Assert.StartsWith("{\"start\":", line));
    }
}
