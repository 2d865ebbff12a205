using Tessera.Stance;

namespace Tessera.Tests;

/// <summary>Every bundled language resource loads, has its header, and can be extended or replaced from a folder.</summary>
public class ResourceTests
{
    [Fact]
    public void Every_bundled_resource_loads_with_rows_and_a_documented_header()
    {
        var names = LanguageData.BundledNames.ToList();
        Assert.Contains("lexicon/hedges.tsv", names);
        Assert.Contains("gazetteer/countries.tsv", names);
        foreach (var name in names)
        {
            Assert.NotEmpty(Fixtures.Bundled.Data.Rows(name));
            var path = Path.Combine(Fixtures.RepoRoot, "src", "Tessera", "Resources", name);
            var header = File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).ToList();
            Assert.True(header.Any(l => l.Contains("Source", StringComparison.OrdinalIgnoreCase) || l.Contains("source:", StringComparison.OrdinalIgnoreCase)), $"{name} names no source");
            Assert.True(header.Any(l => l.Contains("20", StringComparison.Ordinal)), $"{name} has no date");
        }
    }

    [Fact]
    public void The_gazetteer_covers_every_UN_member()
    {
        Assert.True(Fixtures.Bundled.Data.Rows("gazetteer/countries.tsv").Count >= 193);
    }

    [Fact]
    public void A_user_folder_extends_a_lexicon()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("hedges.tsv", "# my hedges\nconceivably not\tspeculation\nby all accounts\thearsay\n");
        var extractor = new LanguageResources(dir.Path).Claims;
        var claim = extractor.Extract(Fixtures.Text("By all accounts the dam held.")).First();
        Assert.True(claim.Hedged);
        Assert.True(extractor.Extract(Fixtures.Text("The dam may hold.")).First().Hedged);
    }

    [Fact]
    public void A_user_folder_can_replace_a_lexicon()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("boosters.tsv", "!replace\ncategorically\tcertainty\n");
        var extractor = new LanguageResources(dir.Path).Claims;
        Assert.False(extractor.Extract(Fixtures.Text("The dam obviously held.")).First().Boosted);
        Assert.True(extractor.Extract(Fixtures.Text("The dam categorically held.")).First().Boosted);
    }

    [Fact]
    public void A_malformed_user_lexicon_is_a_problem_naming_the_file_and_line()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("future.tsv", "# bad\nwill\twill\tseventy\n");
        var e = Assert.Throws<ProblemException>(() => new StanceLexicon(new LanguageData(dir.Path)));
        Assert.Equal("TSR016", e.Problem.Code);
        Assert.Contains("future.tsv", e.Problem.File);
        Assert.Contains("line 2", e.Problem.Message);
    }
}
