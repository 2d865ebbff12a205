using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Tessera.Output.Brief;
using Tessera.Workbench;

namespace Tessera.Tests.Cli;

/// <summary>`watch` and `serve` take --jobs as every other command that assesses a case does: a bad number refused in one line
/// before anything is read, and the number handed to the assessment they run, first and after every change, with the same
/// brief and the same pages for one core as for three.</summary>
public class WatchServeJobsTests
{
    [Theory]
    [InlineData("watch", "0")]
    [InlineData("watch", "many")]
    [InlineData("serve", "-2")]
    [InlineData("serve", "1.5")]
    public void A_bad_number_of_jobs_is_one_line_of_TSR601_and_exit_code_2(string command, string jobs)
    {
        using var dir = Fixtures.TempFolder();
        var folder = QueryJobsTests.MakeCase(dir.Path);
        var run = CliRunner.Invoke(command, folder, "--jobs", jobs);
        Assert.Equal(2, run.Exit);
        var error = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("TSR601", StringComparison.Ordinal));
        Assert.Contains("--jobs", error);
        Assert.Contains($"'{jobs}'", error);
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(Path.Combine(folder, ".tessera")), "the case was opened");
    }

    [Fact]
    public void The_workbench_assesses_on_the_cores_it_is_given_and_shows_the_same_case_on_one_or_three()
    {
        using var dir = Fixtures.TempFolder();
        var folder = QueryJobsTests.MakeCase(dir.Path);
        (CaseSession Session, IReadOnlyList<StepRecorder.Step> Steps) Serve(int jobs)
        {
            var session = new CaseSession(folder, Path.Combine(dir.Path, $"case-{jobs}.db"), Fixtures.Bundled, jobs);
            Problem? problem = null;
            var steps = StepRecorder.During(() => problem = session.Load());
            Assert.Null(problem);
            return (session, steps);
        }
        var one = Serve(1);
        var three = Serve(3);
        Assert.Equal(MarkdownBrief.Render(one.Session.Current.Brief), MarkdownBrief.Render(three.Session.Current.Brief));
        // One core runs every analysis step on the thread that asked; three run the steps that need no other's result beside one
        // another, on other threads.
        int[] Threads(IReadOnlyList<StepRecorder.Step> steps) =>
            [.. steps.Where(s => s.Name is "summary" or "ACH" or "events" or "consequences" or "forecasts").Select(s => s.Thread).Distinct()];
        Assert.Single(Threads(one.Steps));
        Assert.True(Threads(three.Steps).Length > 1, "three jobs ran every step on one thread");

        // An upload or an edit assesses again on the same cores.
        File.AppendAllText(Path.Combine(folder, "sources", "d01.txt"), "\nThe regional governor resigned on 21 March, the opposition party said.\n");
        var again = StepRecorder.During(() => Assert.Null(three.Session.Change(_ => null)));
        Assert.True(Threads(again).Length > 1, "the re-assessment ran on one thread");
    }

    [Fact]
    public void Watch_and_serve_give_the_same_brief_and_pages_on_one_core_as_on_three()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1)");
        using var dir = Fixtures.TempFolder();
        string Watch(int jobs)
        {
            var folder = QueryJobsTests.MakeCase(Path.Combine(dir.Path, $"watch-{jobs}"));
            var brief = Path.Combine(folder, "brief.md");
            Until(["watch", folder, "--out", brief, "--interval", "200", "--jobs", jobs.ToString(CultureInfo.InvariantCulture)],
                line => line.StartsWith("Watching", StringComparison.Ordinal), _ => { });
            return File.ReadAllText(brief);
        }
        var watched = Watch(1);
        Assert.Contains("Twenty reports", watched);
        Assert.Equal(watched, Watch(3));

        (string Overview, string Claim) Serve(int jobs)
        {
            var folder = QueryJobsTests.MakeCase(Path.Combine(dir.Path, $"serve-{jobs}"));
            (string, string) pages = ("", "");
            Until(["serve", folder, "--listen", "127.0.0.1:0", "--jobs", jobs.ToString(CultureInfo.InvariantCulture)],
                line => line.StartsWith("Tessera workbench for", StringComparison.Ordinal), line =>
                {
                    var address = line[(line.IndexOf("http://", StringComparison.Ordinal))..].Split(' ')[0].TrimEnd('/');
                    using var http = new HttpClient();
                    pages = (http.GetStringAsync(address + "/").GetAwaiter().GetResult(),
                        http.GetStringAsync(address + "/claims/d03/2?format=json").GetAwaiter().GetResult());
                });
            return pages;
        }
        var served = Serve(1);
        Assert.Contains("Twenty reports", served.Overview);
        Assert.Contains("\"credibility\"", served.Claim);
        Assert.Equal(served, Serve(3));
    }

    /// <summary>Runs the program until it prints the line <paramref name="ready"/> looks for, hands that line to
    /// <paramref name="then"/>, and stops it with Ctrl+C (SIGINT), as a user would.</summary>
    private static void Until(string[] args, Func<string, bool> ready, Action<string> then)
    {
        var lines = new ConcurrentQueue<string>();
        using var process = ProgramProcess.Start(args, lines);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(180);
            string? line;
            while ((line = lines.FirstOrDefault(ready)) is null && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(100);
            Assert.True(line is not null, $"{args[0]} never got ready:\n" + string.Join("\n", lines));
            then(line!);
            Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), $"{args[0]} did not stop on SIGINT:\n" + string.Join("\n", lines));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
