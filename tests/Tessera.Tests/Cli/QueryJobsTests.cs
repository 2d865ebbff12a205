using System.CommandLine;
using System.Globalization;

namespace Tessera.Tests.Cli;

/// <summary>Every command that reads or analyses a case takes --jobs, one option for all: the same output on one core as on
/// three, and a bad number refused in one line before anything is read.</summary>
public class QueryJobsTests
{
    private const int Seed = 20221414;

    /// <summary>The commands that assess a case into its store and analyse it, with the arguments each needs after the case.</summary>
    public static TheoryData<string[]> Queries => new()
    {
        { ["corroborate", "--format", "jsonl"] },
        { ["forecasts", "--format", "jsonl"] },
        { ["ach", "--format", "jsonl"] },
        { ["timeline", "--format", "jsonl"] },
        { ["actors", "--format", "jsonl"] },
        { ["causes", "--format", "jsonl"] },
        { ["export"] },
        { ["export", "--format", "csv", "--what", "forecasts"] },
        { ["show", "d03#2", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void One_core_and_three_print_the_same_bytes(string[] query)
    {
        using var dir = Fixtures.TempFolder();
        var folder = MakeCase(dir.Path);
        // Each run reads the sources into a store of its own, so the three-core run reads them on three cores too.
        string Run(int jobs)
        {
            var db = Path.Combine(dir.Path, $"case-{jobs}.db");
            var run = CliRunner.Invoke([query[0], folder, .. query[1..], "--db", db, "--jobs", jobs.ToString(CultureInfo.InvariantCulture)]);
            Assert.True(run.Exit == 0, run.Err);
            return run.Out;
        }
        var one = Run(1);
        Assert.True(one.Length > 200, $"{query[0]} printed too little to compare: {one}");
        // What the work on several cores spreads is there to be compared: groups of claims, proposals resting on later reports.
        if (query[0] == "corroborate") Assert.Contains("\"type\":\"group\"", one);
        if (query[0] == "forecasts") Assert.Contains("\"resolved_by\":[\"", one);
        Assert.Equal(one, Run(3));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public void A_bad_number_of_jobs_is_one_line_and_exit_code_2(string jobs)
    {
        using var dir = Fixtures.TempFolder();
        var folder = MakeCase(dir.Path);
        foreach (var command in new[] { "corroborate", "forecasts", "timeline", "export" })
        {
            var run = CliRunner.Invoke(command, folder, "--jobs", jobs);
            Assert.Equal(2, run.Exit);
            var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var error = Assert.Single(lines, l => l.Contains("TSR601", StringComparison.Ordinal));
            Assert.Contains($"'{jobs}'", error);
            Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
            Assert.Equal("", run.Out);
            // Refused before the case was opened: nothing was stored.
            Assert.False(Directory.Exists(Path.Combine(folder, ".tessera")), command);
        }
    }

    [Fact]
    public void Every_command_that_reads_or_analyses_explains_jobs_in_its_help()
    {
        var root = Tessera.Cli.Cli.Root(TextWriter.Null, TextWriter.Null);
        foreach (var name in new[] { "read", "assess", "corroborate", "forecasts", "ach", "timeline", "actors", "causes", "export", "show", "watch", "serve" })
        {
            var run = CliRunner.Invoke(name, "--help");
            Assert.Equal(0, run.Exit);
            Assert.Contains("--jobs", run.Out);
            Assert.Contains("every core", run.Out);
            // One definition: the same description everywhere.
            var option = root.Subcommands.Single(c => c.Name == name).Options.Single(o => o.Name == "--jobs");
            Assert.Equal(Tessera.Cli.Cli.JobsOption().Description, option.Description);
        }
    }

    /// <summary>A case folder of twenty short crisis reports from four publishers, made from a few sentence patterns so that
    /// reports repeat, dispute and follow up one another's claims (corroboration has groups, the forecasts later reports), with
    /// two hypotheses rated against two claims so that ach has a matrix.</summary>
    internal static string MakeCase(string root)
    {
        var folder = Path.Combine(root, "case");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        var yaml = new System.Text.StringBuilder("title: Twenty reports\nsources:\n");
        var random = new Random(Seed);
        string[] cities = ["Oskemen", "Taraz", "Kyzylorda", "Pavlodar"];
        string[] actors = ["the interior ministry", "the regional governor", "the opposition party", "the miners' union"];
        for (var n = 0; n < 20; n++)
        {
            var id = $"d{n:00}";
            string Pick(string[] from) => from[random.Next(from.Length)];
            var lines = new List<string>
            {
                $"Protesters gathered in {Pick(cities)} on {5 + n % 7} March, {Pick(actors)} said.",
                $"Police detained {20 + random.Next(4) * 10} people near the railway station in {Pick(cities)}.",
                $"{Pick(actors)} said the curfew in {Pick(cities)} will be lifted within five days.",
                $"The miners' strike in {Pick(cities)} ended on {8 + n % 5} March, according to {Pick(actors)}.",
                $"It is likely that the government will dismiss the regional governor before April.",
                $"The regional governor was dismissed on {10 + n % 9} March, {Pick(actors)} announced.",
                $"The curfew in {Pick(cities)} was lifted on {9 + n % 6} March.",
                $"{Pick(actors)} denied that {30 + random.Next(3) * 5} people were detained.",
                $"The protests in {Pick(cities)} were caused by the rise in coal prices, {Pick(actors)} said.",
                $"{Pick(["Tokayev", "Russia", "the United States"])} accused {Pick(["China", "Nazarbayev", "the European Union"])} of supporting the riots.",
            };
            File.WriteAllText(Path.Combine(folder, "sources", id + ".txt"),
                $"Unrest in the east\n\n" + string.Join(" ", lines.OrderBy(_ => random.Next())) + "\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  - file: sources/{id}.txt\n    publisher: Paper {n % 4}\n    date: 2022-03-{1 + n:00}\n");
        }
        yaml.Append("hypotheses:\n  - id: H1\n    statement: The unrest was organised\n  - id: H2\n    statement: The unrest was spontaneous\n");
        yaml.Append("evidence:\n  - id: E1\n    claim: d02#2\n    ratings: {H1: C, H2: I}\n  - id: E2\n    claim: d05#3\n    ratings: {H1: N, H2: C}\n");
        File.WriteAllText(Path.Combine(folder, "case.yaml"), yaml.ToString());
        return folder;
    }
}
