using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Each gazetteer file, extended from a --lexicon folder, changes which actors and places a sentence names.</summary>
public class ResourceOverrideTests
{
    private static IReadOnlyList<Mention> Mentions(LanguageResources resources, string text) =>
        resources.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim).Mentions;

    private static (string, MentionKind)[] Named(LanguageResources resources, string text) =>
        Mentions(resources, text).Select(m => (m.Canonical, m.Kind)).ToArray();

    [Fact]
    [Overrides("gazetteer/countries.tsv")]
    public void A_country_and_its_aliases_are_recognised()
    {
        const string text = "The Atlanteans protested.";
        Assert.Empty(Mentions(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("countries.tsv", "Atlantis\tRepublic of Atlantis|Atlantean|Atlanteans\n"));
        Assert.Equal([("Atlantis", MentionKind.Country)], Named(lex.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/org-heads.tsv")]
    public void An_organisation_head_makes_a_name_an_organisation()
    {
        const string text = "Members of the Harbour Guild watched the dam hold.";
        Assert.DoesNotContain(("Harbour Guild", MentionKind.Organisation), Named(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("org-heads.tsv", "Guild\n"));
        Assert.Contains(("Harbour Guild", MentionKind.Organisation), Named(lex.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/org-contexts.tsv")]
    public void Business_words_from_a_lexicon_folder_make_a_name_an_organisation()
    {
        const string text = "Investors in Velbrook lost heavily.";
        Assert.DoesNotContain(("Velbrook", MentionKind.Organisation), Named(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("org-contexts.tsv", "investors in\tbefore\n"));
        Assert.Contains(("Velbrook", MentionKind.Organisation), Named(lex.Resources, text));
    }

    [Fact]
    public void An_own_head_keeps_the_country_in_a_name_as_part_of_the_name()
    {
        const string text = "Guild Moldova said the dam held.";
        using var state = Fixtures.Lexicon(("org-heads.tsv", "Guild\n"));
        Assert.Equal([("Moldova", MentionKind.Country)], Named(state.Resources, text));
        using var own = Fixtures.Lexicon(("org-heads.tsv", "Guild\town\n"));
        Assert.Equal([("Guild Moldova", MentionKind.Organisation)], Named(own.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/organisations.tsv")]
    public void An_organisation_is_recognised_by_its_alias()
    {
        const string text = "RB fighters crossed the river.";
        Assert.Empty(Mentions(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("organisations.tsv", "Rivers Brigade\tRB|the Brigade\n"));
        Assert.Equal([("Rivers Brigade", MentionKind.Organisation)], Named(lex.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/people.tsv")]
    public void A_person_is_recognised_by_surname_and_speaks_for_a_country()
    {
        const string text = "Ruiz resigned on Friday.";
        Assert.Empty(Mentions(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("people.tsv", "Ana Ruiz\tChile\tInterior Minister of Chile (illustrative)\tRuiz\n"));
        Assert.Equal([("Ana Ruiz", MentionKind.Person)], Named(lex.Resources, text));
        Assert.Equal("Ana Ruiz", Fixtures.Bundled.Sides.Side("Ana Ruiz"));
        Assert.Equal("Chile", lex.Resources.Sides.Side("Ana Ruiz"));
    }

    [Fact]
    [Overrides("gazetteer/places.tsv")]
    public void A_place_is_recognised_and_located()
    {
        const string text = "Riots spread to Shangdu.";
        Assert.Empty(Mentions(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("places.tsv", "Xanadu\t\tcity\t42.36\t116.18\tShangdu\n"));
        Assert.Equal([("Xanadu", MentionKind.Place)], Named(lex.Resources, text));
        Assert.Equal((42.36, 116.18), lex.Resources.Gazetteer.Place("Shangdu") is { } p ? (p.Latitude, p.Longitude) : default);
    }

    [Fact]
    [Overrides("gazetteer/titles.tsv")]
    public void A_title_makes_the_name_after_it_a_person()
    {
        const string text = "Harbourmaster Tavi Pell closed the port.";
        Assert.DoesNotContain(("Tavi Pell", MentionKind.Person), Named(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("titles.tsv", "harbourmaster\n"));
        Assert.Contains(("Tavi Pell", MentionKind.Person), Named(lex.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/first-names.tsv")]
    public void A_given_name_makes_the_capitalised_name_it_opens_a_person()
    {
        const string text = "The ball fell to Tavi Pell in the box.";
        Assert.DoesNotContain(("Tavi Pell", MentionKind.Person), Named(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("first-names.tsv", "Tavi\n"));
        Assert.Contains(("Tavi Pell", MentionKind.Person), Named(lex.Resources, text));
    }

    [Fact]
    [Overrides("gazetteer/nationality-things.tsv")]
    public void A_thing_of_a_country_after_a_nationality_word_makes_it_no_actor()
    {
        const string text = "Kazakh carpets sold well.";
        Assert.Equal([("Kazakhstan", MentionKind.Country)], Named(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("nationality-things.tsv", "carpets\n"));
        Assert.Empty(Named(lex.Resources, text));
    }
}
