namespace Tessera.Tests.Stance;

/// <summary>Headlines in title case: their capitals hide whether a reporting word is a verb or a noun.</summary>
public class TitleCaseAttributionTests
{
    [Fact]
    public void A_reporting_word_after_a_possessive_and_a_name_is_a_noun()
    {
        var headline = Fixtures.Claims("What The Videos Contain Makes Hillary's Trump Claim Even Worse.\n\nThe videos were released on Monday.")[0];
        Assert.Empty(headline.Speakers);
    }

    [Fact]
    public void A_reporting_verb_after_a_known_name_still_names_the_speaker()
    {
        var headline = Fixtures.Claims("Tokayev Says The Harbour Protests Were Organised Abroad.\n\nThe president spoke on Monday.")[0];
        Assert.Equal(["Kassym-Jomart Tokayev"], headline.Speakers);
    }
}
