using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Actors fold to one canonical name; places stay places.</summary>
public class ActorTests
{
    private static IReadOnlyList<string> Actors(string sentence) => Fixtures.Claim(sentence).Actors;

    [Theory]
    [InlineData("A court blocked the merger of Skyway Nordic and Nordair on Tuesday.", new[] { "Skyway Nordic", "Nordair" })]
    [InlineData("Nordair chief executive Lars Holm said the airline would appeal.", new[] { "Nordair", "Lars Holm" })]
    [InlineData("Shares in Velbrook fell 6 percent.", new[] { "Velbrook" })]
    public void Business_words_beside_a_name_make_it_an_organisation(string sentence, string[] actors) =>
        Assert.Equal(actors, Actors(sentence));

    [Fact]
    public void A_given_name_before_a_business_word_stays_a_person() =>
        // "Maria" is a given name: "Maria Velbrook chief executive" is no company.
        Assert.DoesNotContain("Maria", Actors("Shares in Maria fell after the report."));

    [Theory]
    [InlineData("Russian forces crossed the border.", "Russia")]
    [InlineData("The Kremlin denied it.", "Russia")]
    [InlineData("Moscow and Beijing agreed on a joint text.", "Russia|China")]
    [InlineData("A Pentagon-funded clinic reopened.", "United States")]
    [InlineData("The US-Russia summit was postponed.", "United States|Russia")]
    [InlineData("Kazakh authorities restored order.", "Kazakhstan")]
    [InlineData("The Turks and the Afghans were blamed.", "Turkey|Afghanistan")]
    [InlineData("NATO and the EU issued a joint call.", "NATO|European Union")]
    [InlineData("The Collective Security Treaty Organization sent troops.", "CSTO")]
    [InlineData("President Tokayev thanked Putin.", "Kassym-Jomart Tokayev|Vladimir Putin")]
    [InlineData("Tokaev spoke first.", "Kassym-Jomart Tokayev")]
    public void Names_demonyms_and_metonyms_fold_to_their_actor(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Actors(sentence));

    [Theory]
    [InlineData("President Tok\u200Bayev thanked Putin.", "Tok\u200Bayev")]
    [InlineData("President Toka\u200D\u2060yev thanked Putin.", "Toka\u200D\u2060yev")]
    [InlineData("President \uFEFFTokayev\u00AD thanked Putin.", "Tokayev")]
    [InlineData("President Ｔｏｋａｙｅｖ thanked Putin.", "Ｔｏｋａｙｅｖ")]
    public void Invisible_characters_and_full_width_letters_do_not_hide_a_name_and_spans_point_into_the_text_as_written(string sentence, string written)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.Equal(["Kassym-Jomart Tokayev", "Vladimir Putin"], claim.Actors);
        var tokayev = claim.Mentions.First(m => m.Canonical == "Kassym-Jomart Tokayev");
        Assert.Equal(written, sentence[tokayev.Start..tokayev.End]);
        Assert.Equal(sentence[tokayev.Start..tokayev.End], tokayev.Text);
    }

    [Theory]
    [InlineData("Protests spread from Almaty to Aktau.")]
    [InlineData("Crowds gathered in Central Asia and Europe.")]
    [InlineData("Agitators used pan-Turkish slogans.")]
    [InlineData("The West protested.")]
    [InlineData("Traders said the market was jittery.")]
    public void Places_ideologies_and_vague_groups_are_not_actors(string sentence) => Assert.Empty(Actors(sentence));

    [Fact]
    public void A_capital_after_a_locative_preposition_is_a_place()
    {
        var claim = Fixtures.Claim("Talks were held in Moscow, and Moscow objected.");
        Assert.Equal(["Russia"], claim.Actors);
        Assert.Contains(claim.Mentions, m => m.Kind == MentionKind.Place && m.Text == "Moscow");
    }

    [Fact]
    public void A_capital_in_a_dateline_is_where_the_report_was_filed()
    {
        var claim = Fixtures.Claim("NIAMEY, July 27 - Soldiers sealed off the palace.");
        Assert.Empty(claim.Actors);
        Assert.Contains(claim.Mentions, m => m.Kind == MentionKind.Place);
    }

    [Fact]
    public void An_unknown_person_after_a_title_is_found_and_remembered_by_surname()
    {
        var claims = Fixtures.Claims("Interior Minister Marat Bekov resigned. Later, Bekov said he had been pushed out.");
        Assert.Equal(["Marat Bekov"], claims[0].Actors);
        Assert.Equal(["Marat Bekov"], claims[1].Actors);
        Assert.Equal(["Marat Bekov"], claims[1].Speakers);
    }

    [Fact]
    public void A_state_body_counts_for_its_state_and_an_unknown_organisation_is_found_by_its_head_noun()
    {
        Assert.Equal(["Russia"], Actors("The Ministry of Defence of the Russian Federation denied the report."));
        Assert.Contains("National Unity Front", Actors("The National Unity Front called a strike."));
    }

    [Fact]
    public void A_case_can_add_actors_and_aliases()
    {
        var extractor = Fixtures.Bundled.ClaimsFor([new ActorName("Rivers Brigade", MentionKind.Organisation, ["the Brigade", "RB"])]);
        var claim = extractor.Extract(Fixtures.Text("RB fighters entered the town.")).First();
        Assert.Equal(["Rivers Brigade"], claim.Actors);
    }

    [Fact]
    public void Mentions_are_spans_of_the_document_text()
    {
        const string text = "Heading\n\nThe talks in Geneva involved Russian and Chinese envoys.";
        var claim = Fixtures.Bundled.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim);
        Assert.All(claim.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }
}
