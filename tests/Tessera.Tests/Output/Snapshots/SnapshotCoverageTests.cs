using System.CommandLine;
using System.CommandLine.Completions;

namespace Tessera.Tests.Output.Snapshots;

/// <summary>The snapshot runs follow the command line: a new command, format or table without a snapshot fails here.</summary>
public class SnapshotCoverageTests
{
    /// <summary>Commands without --format: what each writes, and the option that asks for it (none for what it prints anyway).</summary>
    private static readonly Dictionary<string, (string Output, string? Option)[]> Outputs = new()
    {
        ["assess"] = [("summary", null), ("brief-html", "--out"), ("brief-markdown", "--markdown")],
        ["eval"] = [("text", null), ("errors", "--errors"), ("json", "--json")],
    };

    /// <summary>Commands that change the case folder rather than report on it; their tests (GrowingCaseTests, FeedTests,
    /// WatchTests, ImportTests, UsersTests) check what they write; serve is a web server, which the Workbench tests drive in a browser.</summary>
    private static readonly string[] Changing = ["init", "add", "watch", "import", "serve", "users"];

    /// <summary>The snapshot keys the command line's definitions call for: each --format value, for export each --what table of
    /// the table formats, for actors each format again with --network.</summary>
    public static IEnumerable<string> Required()
    {
        foreach (var command in Tessera.Cli.Cli.Root(TextWriter.Null, TextWriter.Null).Subcommands)
        {
            var name = command.Name;
            if (Changing.Contains(name)) continue;
            var options = command.Options.ToDictionary(o => o.Name);
            if (!options.TryGetValue("--format", out var format))
            {
                foreach (var (output, option) in Outputs.GetValueOrDefault(name, [("text", null)]))
                {
                    Assert.True(option is null || options.ContainsKey(option), $"{name} has no option {option}");
                    yield return $"{name}-{output}";
                }
                continue;
            }
            foreach (var f in Values(format))
            {
                if (options.TryGetValue("--what", out var what) && f != "stix")
                    foreach (var table in Values(what)) yield return $"{name}-{table}-{f}";
                else yield return $"{name}-{f}";
                if (options.ContainsKey("--network")) yield return $"{name}-network-{f}";
            }
        }
    }

    private static IEnumerable<string> Values(Option option)
    {
        var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        Assert.NotEmpty(values);
        return values;
    }

    [Fact]
    public void Every_command_and_format_has_a_snapshot_run()
    {
        var required = Required().ToList();
        Assert.Contains("export-stix", required);
        Assert.Contains("actors-network-csv", required);
        var missing = required.Except(SnapshotRuns.All.Select(r => r.Key)).ToList();
        Assert.True(missing.Count == 0, "no snapshot run for " + string.Join(", ", missing) + " (add it to SnapshotRuns)");
    }

    [Fact]
    public void Every_snapshot_run_has_its_expected_file_and_every_expected_file_a_run()
    {
        var files = SnapshotRuns.All.Select(r => r.File).ToHashSet();
        var present = Directory.GetFiles(Snapshot.ExpectedFolder).Select(Path.GetFileName).ToHashSet();
        var missing = files.Where(f => !present.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "no expected file for " + string.Join(", ", missing) + "; run UPDATE_SNAPSHOTS=1 dotnet test");
        var stderr = SnapshotRuns.All.Select(r => r.StderrFile).ToHashSet();
        var orphans = present.Where(f => !files.Contains(f!) && !stderr.Contains(f!)).ToList();
        Assert.True(orphans.Count == 0, "expected files no run writes: " + string.Join(", ", orphans));
    }
}
