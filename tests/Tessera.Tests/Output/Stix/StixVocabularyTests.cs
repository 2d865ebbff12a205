using Tessera.Output.Stix;

namespace Tessera.Tests.Output.Stix;

/// <summary>The data files behind the mapping: complete, checked on load, and extensible from a folder like every lexicon.</summary>
public class StixVocabularyTests
{
    [Fact]
    public void Every_country_of_the_gazetteer_has_an_ISO_code_and_no_two_share_one()
    {
        var countries = Fixtures.Bundled.Data.Rows("gazetteer/countries.tsv").Select(r => r[0]).ToList();
        Assert.All(countries, c => Assert.NotNull(Fixtures.Bundled.Stix.CountryCode(c)));
        Assert.Equal(countries.Count, countries.Select(c => Fixtures.Bundled.Stix.CountryCode(c)).Distinct().Count());
    }

    [Fact]
    public void Every_ICD_203_band_has_a_confidence_and_an_opinion_that_rise_with_its_likelihood()
    {
        var bands = Fixtures.Bundled.Stance.Bands.Values.OrderBy(b => b.Low).ToList();
        var confidences = bands.Select(b => Fixtures.Bundled.Stix.Confidence(b, 6)).ToList();
        Assert.All(confidences, c => Assert.InRange(Assert.NotNull(c), 0, 100));
        Assert.Equal(confidences.Order(), confidences);
        string[] scale = ["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"];
        var opinions = bands.Select(b => Array.IndexOf(scale, Fixtures.Bundled.Stix.Opinion(b, false, false))).ToList();
        Assert.DoesNotContain(-1, opinions);
        Assert.Equal(opinions.Order(), opinions);
    }

    [Theory]
    [InlineData("stix-confidence.tsv", "band\tlikely\t170\n", "TSR016", "line 2")]
    [InlineData("stix-confidence.tsv", "band\tfairly likely\t60\n", "TSR021", "unknown band")]
    [InlineData("stix-confidence.tsv", "credibility\t7\t5\n", "TSR021", "unknown credibility grade '7'")]
    [InlineData("opinions.tsv", "band\tlikely\tyes\n", "TSR021", "unknown opinion 'yes'")]
    [InlineData("country-codes.tsv", "Atlantis\tatl\n", "TSR016", "alpha-2")]
    public void A_malformed_user_file_is_a_problem_naming_the_file_and_line(string file, string row, string code, string message)
    {
        using var dir = Fixtures.TempFolder();
        dir.Write(file, "# mine\n" + row);
        var e = Assert.Throws<ProblemException>(() => new StixVocabulary(new LanguageData(dir.Path)));
        Assert.Equal(code, e.Problem.Code);
        Assert.Contains(file, e.Problem.File);
        Assert.Contains(message, e.Problem.Message);
    }

    [Fact]
    public void A_user_folder_adds_a_country_code_and_overrides_a_confidence()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("country-codes.tsv", "# a case's own state\nSoviet Union\tSU\n");
        dir.Write("stix-confidence.tsv", "# our desk reads credibility 6 as low\ncredibility\t6\t15\n");
        var vocabulary = new StixVocabulary(new LanguageData(dir.Path));
        Assert.Equal("SU", vocabulary.CountryCode("Soviet Union"));
        Assert.Equal("KZ", vocabulary.CountryCode("Kazakhstan"));
        Assert.Equal(15, vocabulary.Confidence(null, 6));
    }
}
