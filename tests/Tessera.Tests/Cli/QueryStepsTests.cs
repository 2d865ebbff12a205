namespace Tessera.Tests.Cli;

/// <summary>A query computes what it prints and nothing else, each step once: every command asks the findings for the parts it
/// prints, and a part runs the steps it rests on and no others (<see cref="Tessera.Analysis.Findings.OnDemand"/>).</summary>
public class QueryStepsTests
{
    /// <summary>Each command, and the analysis steps it runs (reading the case aside; corroboration's own stages aside, which the
    /// causes run again over the causes' words, other claims than the case's).</summary>
    public static TheoryData<string[], string[]> Queries => new()
    {
        // The matrix alone: no forecast proposed, no claim's features read, nothing corroborated.
        { ["ach", "--format", "jsonl"], ["resolve inputs", "ACH"] },
        { ["corroborate", "--format", "jsonl"], ["resolve inputs", "events", "claim features", "corroboration", "credibility"] },
        { ["forecasts", "--format", "jsonl"], ["resolve inputs", "forecasts", "claim features", "forecasts and proposals"] },
        { ["timeline", "--format", "jsonl"], ["resolve inputs", "events", "timeline"] },
        { ["actors", "--format", "jsonl"], ["resolve inputs", "events", "network", "consequences"] },
        { ["actors", "--network", "--format", "jsonl"], ["resolve inputs", "events", "network"] },
        { ["causes", "--format", "jsonl"], ["resolve inputs", "events", "claim features", "corroboration", "causes"] },
        { ["export"], ["resolve inputs", "events", "claim features", "corroboration", "credibility", "causes"] },
        { ["export", "--format", "csv", "--what", "forecasts"], ["resolve inputs", "forecasts", "claim features", "forecasts and proposals"] },
        { ["export", "--format", "csv", "--what", "sources"], ["resolve inputs", "summary"] },
        { ["show", "d03#2", "--format", "json"], ["resolve inputs", "events", "claim features", "corroboration", "credibility", "forecasts",
            "forecasts and proposals", "ACH", "consequences", "key judgments"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_query_runs_the_steps_of_what_it_prints_each_once(string[] query, string[] expected)
    {
        using var dir = Fixtures.TempFolder();
        var folder = QueryJobsTests.MakeCase(dir.Path);
        var db = Path.Combine(dir.Path, "case.db");
        // Stored first, so the query's own run reads the case from its store alike for every command.
        Assert.Equal(0, CliRunner.Invoke("assess", folder, "--db", db, "--quiet").Exit);
        CliRunner.Run? run = null;
        var steps = StepRecorder.During(() => run = CliRunner.Invoke([query[0], folder, .. query[1..], "--db", db, "--jobs", "2"]));
        Assert.True(run!.Exit == 0, run.Err);
        Assert.True(run.Out.Length > 100, run.Out);
        var analysis = steps.Select(s => s.Name).Where(n => n is not ("read and store" or "load from store") && !n.StartsWith("corroboration: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), analysis.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_brief_runs_every_step_of_the_analysis_once()
    {
        using var dir = Fixtures.TempFolder();
        var folder = QueryJobsTests.MakeCase(dir.Path);
        CliRunner.Run? run = null;
        var steps = StepRecorder.During(() => run = CliRunner.Invoke("assess", folder, "--quiet", "--jobs", "2"));
        Assert.True(run!.Exit == 0, run.Err);
        var names = steps.Select(s => s.Name).Where(n => !n.StartsWith("corroboration: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(names.Distinct(StringComparer.Ordinal), names);
        foreach (var step in new[] { "summary", "ACH", "events", "corroboration", "credibility", "forecasts", "timeline", "network", "consequences",
                     "causes", "key judgments", "claim features", "forecasts and proposals" })
            Assert.Contains(step, names);
        Assert.Equal(Tessera.Analysis.Findings.Steps, names.Count(n => n is "summary" or "ACH" or "events" or "corroboration" or "credibility" or
            "forecasts" or "timeline" or "network" or "consequences" or "causes" or "key judgments"));
    }
}
