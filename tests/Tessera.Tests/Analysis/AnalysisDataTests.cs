using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;

namespace Tessera.Tests.Analysis;

/// <summary>Every analysis data file loads and says what it is, where it comes from and when.</summary>
public class AnalysisDataTests
{
    [Fact]
    public void The_bundled_analysis_data_loads_with_the_values_the_hand_computed_tests_rest_on()
    {
        // Heuer counts only what argues against a hypothesis; the Bayesian reading takes P(E|H) from the ICD 203 bands' middles.
        var ach = Fixtures.Bundled.Ach;
        Rating[] ratings = [Rating.CC, Rating.C, Rating.N, Rating.I, Rating.II, Rating.NA];
        Assert.Equal([0, 0, 0, -1, -2, 0], ratings.Select(ach.Inconsistency));
        Assert.Equal([0.875, 0.675, 0.5, 0.325, 0.125, 0.5], ratings.Select(ach.Likelihood));
        Assert.Equal(Math.Sqrt(2), ach.Weight(Level.High), 9);
        var corroboration = Fixtures.Bundled.Corroboration;
        Assert.Equal("withdraw", corroboration.Concepts["pullout"]);
        Assert.Equal(7, Fixtures.Bundled.Forecasts.Bins.Count);
    }

    public static TheoryData<string> Files => new(LanguageData.BundledNames.Where(n => n.StartsWith("analysis/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_analysis_file_has_a_header(string name)
    {
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream("Tessera.Resources." + name)!;
        var header = string.Join('\n', new StreamReader(stream).ReadToEnd().Split('\n').TakeWhile(l => l.StartsWith('#')));
        Assert.Contains("# What:", header);
        Assert.Contains("Source:", header);
        Assert.Contains("Date:", header);
        Assert.NotEmpty(Fixtures.Bundled.Data.Rows(name));
    }
}
