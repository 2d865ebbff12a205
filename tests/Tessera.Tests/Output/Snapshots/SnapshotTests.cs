using Tessera.Tests.Cli;

namespace Tessera.Tests.Output.Snapshots;

/// <summary>Every command in every format on the fixture case, compared byte for byte with tests/…/Snapshots/expected.
/// UPDATE_SNAPSHOTS=1 dotnet test rewrites the expected files, so a change to any writer shows up as a reviewable diff.</summary>
public class SnapshotTests
{
    public static TheoryData<string> Keys => new(SnapshotRuns.All.Select(r => r.Key));

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_output_matches_its_snapshot(string key)
    {
        var run = SnapshotRuns.Named(key);
        // A fresh copy per run, at a path relative to the current folder that is the same on every machine: what the
        // commands print about paths is then the same too, and each run starts with an empty store.
        var work = Path.Combine("snapshot-work", key);
        var folder = Path.Combine(work, "fixture-case");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Copy(Snapshot.FixtureCase, folder);
        try
        {
            var result = CliRunner.Invoke(run.Args.Select(a => a.Replace("{case}", folder, StringComparison.Ordinal)).ToArray());
            Assert.True(result.Exit == 0, $"{key} exited with {result.Exit}: {result.Err}");
            if (run.WrittenFile is { } written)
            {
                Assert.Equal("", result.Out);
                Snapshot.Match(run.File, File.ReadAllText(Path.Combine(folder, written)));
            }
            else Snapshot.Match(run.File, result.Out);
            Snapshot.MatchOrAbsent(run.StderrFile, result.Err);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    [Fact]
    public void A_difference_names_the_first_line_that_differs_with_both_versions()
    {
        Assert.Null(Snapshot.Difference("a\nb\n", "a\nb\n"));
        var diff = Snapshot.Difference("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n")!;
        Assert.Contains("line 2", diff);
        Assert.Contains("expected: b\\u000d", diff);
        Assert.Contains("actual:   B\\u000d", diff);
        Assert.Contains("expected: (end of text)", Snapshot.Difference("a", "a\nmore")!);
    }
}
