using System.CommandLine;
using System.Text.Json;
using Tessera.Cli;

namespace Tessera.Tests.Analysis;

/// <summary>`tessera ach`, `corroborate` and `forecasts` end to end on the example case, each command mounted on a root of its
/// own as Cli.Run would mount it.</summary>
public class AnalysisCommandTests
{
    private static (int Exit, string Out, string Err) Run(Func<TextWriter, TextWriter, Command> build, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand { build(stdout, stderr) };
        // Each run keeps its store apart, so tests running side by side never share the example case's own store.
        if (!args.Contains("--db")) args = [.. args, "--db", Path.Combine(Path.GetTempPath(), $"tessera-test-{Guid.NewGuid():N}.db")];
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static readonly string Example = Fixtures.ExampleCase;

    private static List<JsonElement> Jsonl(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Ach_prints_the_matrix_scores_and_lead()
    {
        var (exit, output, error) = Run(AchCommand.Build, "ach", Example);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Leading by inconsistency: H3; by posterior: H3.", output);
        Assert.Contains("Evidence items", output);
    }

    [Fact]
    public void Ach_jsonl_has_a_line_per_hypothesis_item_and_finding_then_a_summary()
    {
        var (exit, output, _) = Run(AchCommand.Build, "ach", Example, "--format", "jsonl");
        Assert.Equal(0, exit);
        var lines = Jsonl(output);
        Assert.Equal(4, lines.Count(l => l.GetProperty("type").GetString() == "hypothesis"));
        Assert.Equal(15, lines.Count(l => l.GetProperty("type").GetString() == "evidence"));
        var summary = lines[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal("H3", summary.GetProperty("leaders")[0].GetString());
    }

    [Fact]
    public void Ach_csv_is_the_matrix_with_score_rows()
    {
        var (exit, output, _) = Run(AchCommand.Build, "ach", Example, "-f", "csv");
        Assert.Equal(0, exit);
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,id,text,claim,credibility,relevance,diagnosticity,H1,H2,H3,H4", rows[0]);
        Assert.Equal(15, rows.Count(r => r.StartsWith("evidence,", StringComparison.Ordinal)));
        Assert.Contains("score,inconsistency,,,,,,5,7,1,6", rows);
    }

    [Theory]
    [InlineData("table", "Contradictions")]
    [InlineData("jsonl", "\"type\":\"contradiction\"")]
    [InlineData("csv", "claim,source,publisher,origin,group,independent_origins,reports,retracted,credibility,credibility_reason,contradictions,text")]
    public void Corroborate_writes_each_format(string format, string expected)
    {
        var (exit, output, _) = Run(CorroborateCommand.Build, "corroborate", Example, "--format", format);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Corroborate_jsonl_gives_every_claim_its_backing()
    {
        var lines = Jsonl(Run(CorroborateCommand.Build, "corroborate", Example, "--format", "jsonl").Out);
        var claims = lines.Where(l => l.GetProperty("type").GetString() == "claim").ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.InRange(c.GetProperty("independent_origins").GetInt32(), 1, 7));
        Assert.Contains(claims, c => c.GetProperty("independent_origins").GetInt32() == 3);
    }

    [Theory]
    [InlineData("table", "all sources")]
    [InlineData("jsonl", "\"scored\":3,\"brier\":0.088842")]
    [InlineData("csv", "id,source,speaker,kind,made,probability,basis,deadline,deadline_words,deadline_note,outcome,result,resolved,hindsight,brier,log,proposed_outcome,resolved_by,proposal_reason,source_url,statement")]
    public void Forecasts_writes_each_format(string format, string expected)
    {
        var (exit, output, _) = Run(ForecastsCommand.Build, "forecasts", Example, "--format", format);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void A_mistake_in_case_yaml_is_one_line_and_exit_code_two()
    {
        var folder = Directory.CreateTempSubdirectory("tessera-bad-case-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "note.txt"), "The CSTO contingent left Almaty on 19 January.");
            File.WriteAllText(Path.Combine(folder, "case.yaml"), """
                title: A bad case
                sources:
                  - file: note.txt
                hypotheses:
                  - id: H1
                    statement: They left.
                evidence:
                  - quote: The CSTO contingent left
                    ratings: {H1: X}
                """);
            foreach (var build in new Func<TextWriter, TextWriter, Command>[] { AchCommand.Build, ForecastsCommand.Build })
            {
                var name = build(TextWriter.Null, TextWriter.Null).Name;
                var (exit, output, error) = Run(build, name, folder);
                Assert.Equal(Tessera.Cli.Cli.BadInput, exit);
                Assert.Equal("", output);
                Assert.Matches(@"case\.yaml: line 9: .*\[TSR101\]\r?\n$", error);
            }
            // Every command that reads a case checks all of case.yaml, so a mistake is reported whatever the command.
            Assert.Equal(Tessera.Cli.Cli.BadInput, Run(CorroborateCommand.Build, "corroborate", folder).Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ach_on_a_case_without_hypotheses_says_what_is_missing()
    {
        var folder = Directory.CreateTempSubdirectory("tessera-plain-case-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "note.txt"), "The CSTO contingent left Almaty on 19 January.");
            File.WriteAllText(Path.Combine(folder, "case.yaml"), "title: Plain\nsources:\n  - file: note.txt\n");
            var (exit, _, error) = Run(AchCommand.Build, "ach", folder);
            Assert.Equal(Tessera.Cli.Cli.BadInput, exit);
            Assert.Contains("[TSR110]", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_case_folder_is_bad_input()
    {
        var (exit, _, error) = Run(ForecastsCommand.Build, "forecasts", Path.Combine(Path.GetTempPath(), "no-such-tessera-case"));
        Assert.Equal(Tessera.Cli.Cli.BadInput, exit);
        Assert.Contains("TSR001", error);
    }
}
