using System.Collections.Concurrent;
using System.Diagnostics;
using Tessera.Tests.Output.Snapshots;

namespace Tessera.Tests.Cli;

/// <summary>`tessera watch` as a user runs it: the real program, a real change to a source, the brief rewritten, a touch that
/// changes nothing left unsaid, and Ctrl+C (SIGINT) ending it cleanly.</summary>
public class WatchTests
{
    [Fact]
    public void Watch_rewrites_the_brief_when_a_source_changes_stays_quiet_otherwise_and_stops_cleanly_on_ctrl_c()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1)");
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        foreach (var file in Directory.GetFiles(Snapshot.FixtureCase, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Snapshot.FixtureCase, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var brief = Path.Combine(folder, "brief.md");
        var lines = new ConcurrentQueue<string>();
        using var process = ProgramProcess.Start(["watch", folder, "--out", brief, "--interval", "200"], lines);
        try
        {
            Assert.True(Until(() => lines.Any(l => l.StartsWith("Watching", StringComparison.Ordinal))), string.Join("\n", lines));
            var first = File.ReadAllText(brief);
            Assert.DoesNotContain("Varna tugboat", first);

            File.AppendAllText(Path.Combine(folder, "sources", "harbour-wire.txt"), "\nOn 11 March 2024 the Varna tugboat crews joined the strike.\n");

            Assert.True(Until(() => File.ReadAllText(brief).Contains("Varna tugboat", StringComparison.Ordinal)), string.Join("\n", lines));
            Assert.True(Until(() => lines.Any(l => l.Contains("re-assessed: 0 sources added, 1 changed", StringComparison.Ordinal))), string.Join("\n", lines));
            var said = lines.Count;

            // Touched but not changed: the store sees the same text, the brief's hash is the one written, the file is left alone
            // (its time as it was) and the watch says nothing.
            var written = new DateTime(2022, 1, 5, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(brief, written);
            var bytes = File.ReadAllBytes(brief);
            File.SetLastWriteTimeUtc(Path.Combine(folder, "sources", "ministry-statement.md"), DateTime.UtcNow.AddMinutes(1));
            Thread.Sleep(3000);
            Assert.Equal(said, lines.Count);
            Assert.Equal(written, File.GetLastWriteTimeUtc(brief));
            Assert.Equal(bytes, File.ReadAllBytes(brief));

            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            // The watch stops between assessments: on a loaded machine the one the touch above set off may still be running.
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "watch did not stop on SIGINT:\n" + string.Join("\n", lines));
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped watching.", lines);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static bool Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            Thread.Sleep(100);
        }
        return false;
    }
}
