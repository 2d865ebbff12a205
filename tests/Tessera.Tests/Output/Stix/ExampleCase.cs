using Tessera.Analysis;
using Tessera.Case;

namespace Tessera.Tests.Output.Stix;

/// <summary>The bundled example case (Kazakhstan, January 2022), assessed once into a throwaway store for every export test.</summary>
public static class ExampleCase
{
    public static AssessedCase Assessed => _assessed.Value;

    /// <summary>The example case's hypotheses, evidence and forecasts resolved against its claims.</summary>
    public static CaseAnalysis Analysis => _analysis.Value;

    private static readonly Lazy<CaseAnalysis> _analysis = new(() =>
        AnalysisInputs.Resolve(AnalysisInputs.Read(CaseYaml.Load(Fixtures.ExampleCase).Value!).Value!, Assessed, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders).Value!);

    private static readonly Lazy<AssessedCase> _assessed = new(() =>
    {
        using var dir = Fixtures.TempFolder();
        using var store = CaseStore.OpenSqlite(Path.Combine(dir.Path, "case.db")).Value!;
        var result = Assessment.Run(CaseYaml.Load(Fixtures.ExampleCase).Value!, store, Fixtures.Bundled);
        if (!result.Ok) throw new InvalidOperationException(result.Problem!.ToString());
        return result.Value.Case;
    });
}
