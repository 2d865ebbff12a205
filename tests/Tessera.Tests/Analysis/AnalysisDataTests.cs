namespace Tessera.Tests.Analysis;

/// <summary>Every analysis data file loads and says what it is, where it comes from and when.</summary>
public class AnalysisDataTests
{
    [Fact]
    public void The_bundled_analysis_data_loads()
    {
        Assert.NotNull(new Tessera.Analysis.Ach.AchModel(Fixtures.Bundled.Data));
        Assert.NotNull(new Tessera.Analysis.Corroboration.CorroborationLexicon(Fixtures.Bundled.Data));
        Assert.Equal(7, Tessera.Analysis.Forecasts.ForecastSettings.Load(Fixtures.Bundled.Data).Bins.Count);
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
