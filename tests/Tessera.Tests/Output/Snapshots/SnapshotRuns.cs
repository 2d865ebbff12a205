namespace Tessera.Tests.Output.Snapshots;

/// <summary>One run of a command on the fixture case: its arguments ("{case}" stands for the case folder) and which output is pinned,
/// standard output or a file the command writes into the case folder.</summary>
public sealed record SnapshotRun(string Key, string[] Args, string? WrittenFile = null)
{
    public string Command => Args[0];

    /// <summary>The expected file: the key, then an extension that says what the output is.</summary>
    public string File => Key + Extension(Key[(Key.LastIndexOf('-') + 1)..]);

    public string StderrFile => Key + ".stderr.txt";

    private static string Extension(string format) => format switch
    {
        "jsonl" => ".jsonl",
        "csv" => ".csv",
        "json" or "stix" => ".json",
        "html" => ".html",
        "markdown" => ".md",
        _ => ".txt",
    };

    public override string ToString() => Key;
}

/// <summary>Every command in every format it supports, on the fixture case; <see cref="SnapshotCoverageTests"/> checks the list
/// against the command line's own definitions.</summary>
public static class SnapshotRuns
{
    private static readonly string[] Sources = ["{case}/sources/harbour-wire.txt", "{case}/sources/ministry-statement.md", "{case}/sources/policy-note.html"];
    private static readonly string[] Gold = ["{case}/eval/harbour-wire.gold.jsonl", "{case}/sources/harbour-wire.txt", "--aliases", "{case}/eval/actors.tsv"];
    private static readonly string[] Tables = ["claims", "actors", "sources", "events", "forecasts"];

    public static IReadOnlyList<SnapshotRun> All { get; } =
    [
        new("read-table", ["read", .. Sources]),
        new("read-jsonl", ["read", .. Sources, "--format", "jsonl"]),
        new("assess-summary", ["assess", "{case}"]),
        new("assess-brief-html", ["assess", "{case}", "--quiet"], "brief.html"),
        new("assess-brief-markdown", ["assess", "{case}", "--quiet", "--markdown", "{case}/brief.md"], "brief.md"),
        .. Formats("ach", "table", "jsonl", "csv"),
        .. Formats("corroborate", "table", "jsonl", "csv"),
        .. Formats("forecasts", "table", "jsonl", "csv"),
        .. Formats("timeline", "table", "jsonl", "csv"),
        .. Formats("causes", "table", "jsonl", "csv"),
        new("causes-propose", ["causes", "{case}", "--propose"]),
        .. Formats("actors", "table", "jsonl", "csv"),
        .. new[] { "table", "jsonl", "csv" }.Select(f => new SnapshotRun($"actors-network-{f}", ["actors", "{case}", "--network", "--format", f])),
        new("export-stix", ["export", "{case}", "--format", "stix"]),
        .. Tables.SelectMany(t => new[] { "csv", "json" }.Select(f => new SnapshotRun($"export-{t}-{f}", ["export", "{case}", "--format", f, "--what", t]))),
        // The fixture case holds no corrections: JSON is an empty gold file, CSV the audit table's header.
        .. new[] { "csv", "json" }.Select(f => new SnapshotRun($"export-corrections-{f}", ["export", "{case}", "--format", f, "--what", "corrections"])),
        new("eval-text", ["eval", .. Gold]),
        new("eval-errors", ["eval", .. Gold, "--errors"]),
        new("eval-json", ["eval", .. Gold, "--json"]),
        new("pipeline-text", ["pipeline"]),
        new("show-text", ["show", "{case}", "ministry-statement#5"]),
        new("show-json", ["show", "{case}", "ministry-statement#5", "--format", "json"]),
    ];

    private static IEnumerable<SnapshotRun> Formats(string command, params string[] formats) =>
        formats.Select(f => new SnapshotRun($"{command}-{f}", [command, "{case}", "--format", f]));

    public static SnapshotRun Named(string key) => All.Single(r => r.Key == key);
}
