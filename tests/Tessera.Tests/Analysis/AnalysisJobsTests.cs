using Tessera.Analysis;
using Tessera.Case;
using Tessera.Output.Brief;
using Tessera.Tests.Pipeline;

namespace Tessera.Tests.Analysis;

/// <summary>The analysis on several cores finds what it finds on one: the same forecasts and proposed outcomes, the same groups,
/// origins and contradictions, the same brief to the byte.</summary>
public class AnalysisJobsTests
{
    private const int Seed = 20221403;

    /// <summary>Sixty random crisis documents from a dozen publishers: enough claims that corroboration compares them in many
    /// ranges, and predictions with later reports to propose outcomes from.</summary>
    private static readonly AssessedCase Case = AnalysisKit.MakeCase(Enumerable.Range(0, 60)
        .Select(i => ($"d{i:00}", i % 5 == 0 ? "Steppe Wire" : $"Paper {i % 12}", (DateOnly?)new DateOnly(2022, 1, 1 + i % 28), RandomText.Document(Seed, i)))
        .ToArray());

    [Fact]
    public void Every_number_of_cores_finds_what_one_core_finds()
    {
        var one = Analyse(1);
        Assert.True(one.Findings.Case.Claims.Count(c => c.IsClaim) > 200, "the case is too small to be cut into ranges");
        Assert.True(one.Findings.Corroboration.Groups.Count >= 5, "too few groups to compare");
        Assert.Contains(one.Findings.Forecasts.Forecasts, f => f.Proposal?.ResolvedBy.Count > 0);
        foreach (var jobs in new[] { 2, 3, 8 })
        {
            var many = Analyse(jobs);
            Assert.Equal(Proposals(one.Findings), Proposals(many.Findings));
            Assert.Equal(one.Findings.Corroboration.Groups.Select(g => $"{g.Id} {string.Join(",", g.ClaimIds)} {string.Join(",", g.Origins)}"),
                many.Findings.Corroboration.Groups.Select(g => $"{g.Id} {string.Join(",", g.ClaimIds)} {string.Join(",", g.Origins)}"));
            Assert.Equal(one.Brief, many.Brief);
        }
    }

    [Fact]
    public void Each_step_is_reported_once_and_the_end_last()
    {
        var reported = new List<AnalysisProgress>();
        var analysis = AnalysisInputs.Resolve(AnalysisSpec.Empty("case.yaml"), Case, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders, jobs: 4).Value!;
        Findings.Of(analysis, Fixtures.Bundled, new Collect(reported), jobs: 4);
        Assert.Equal(Findings.Steps + 1, reported.Count);
        Assert.Equal(Findings.Steps, reported.Take(Findings.Steps).Select(p => p.Step).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, Findings.Steps), reported.Take(Findings.Steps).Select(p => p.Done));
        Assert.Equal(new AnalysisProgress(Findings.Steps, Findings.Steps, ""), reported[^1]);
    }

    private static (Findings Findings, string Brief) Analyse(int jobs)
    {
        var analysis = AnalysisInputs.Resolve(AnalysisSpec.Empty("case.yaml"), Case, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders, jobs);
        Assert.True(analysis.Ok, analysis.Problem?.ToString());
        var findings = Findings.Of(analysis.Value!, Fixtures.Bundled, jobs: jobs);
        return (findings, MarkdownBrief.Render(BriefBuilder.Build(findings)));
    }

    private static IEnumerable<string> Proposals(Findings findings) =>
        findings.Forecasts.Forecasts.Select(f => $"{f.Id} {f.Proposal?.Outcome} {string.Join(",", f.Proposal?.ResolvedBy ?? [])} {f.Proposal?.Reason}");

    /// <summary>Keeps every report, from whichever thread it comes.</summary>
    private sealed class Collect(List<AnalysisProgress> reported) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            lock (reported) reported.Add(value);
        }
    }
}
