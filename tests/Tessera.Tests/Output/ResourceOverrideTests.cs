namespace Tessera.Tests.Output;

/// <summary>Each output mapping file, extended from a --lexicon folder, changes what the STIX export writes.</summary>
public class ResourceOverrideTests
{
    [Fact]
    [Overrides("output/country-codes.tsv")]
    public void A_country_code_lets_a_country_be_exported_as_a_location()
    {
        Assert.Null(Fixtures.Bundled.Stix.CountryCode("Soviet Union"));
        using var lex = Fixtures.Lexicon(("country-codes.tsv", "# a case's own state\nSoviet Union\tSU\n"));
        Assert.Equal("SU", lex.Resources.Stix.CountryCode("Soviet Union"));
        Assert.Equal("KZ", lex.Resources.Stix.CountryCode("Kazakhstan"));
    }

    [Fact]
    [Overrides("output/opinions.tsv")]
    public void An_opinion_row_changes_the_opinion_a_hedged_claim_gets()
    {
        Assert.Equal("neutral", Fixtures.Bundled.Stix.Opinion(null, boosted: false, hedged: true));
        using var lex = Fixtures.Lexicon(("opinions.tsv", "# our desk reads a hedge as doubt\nflag\thedged\tdisagree\n"));
        Assert.Equal("disagree", lex.Resources.Stix.Opinion(null, boosted: false, hedged: true));
    }

    [Fact]
    [Overrides("output/stix-confidence.tsv")]
    public void A_confidence_row_gives_a_grade_a_confidence()
    {
        Assert.Null(Fixtures.Bundled.Stix.Confidence(null, credibility: 6));
        using var lex = Fixtures.Lexicon(("stix-confidence.tsv", "# our desk reads credibility 6 as low\ncredibility\t6\t15\n"));
        Assert.Equal(15, lex.Resources.Stix.Confidence(null, credibility: 6));
    }
}
