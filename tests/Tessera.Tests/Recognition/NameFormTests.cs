using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Names read from the language around them that samples k, l and m of real news missed: datelines before a wire's
/// name or a dash, a nationality inside a name the text abbreviates, callings before a person's name, a company's legal
/// suffix, a university named after a state, a political committee and a medium's reporter.</summary>
public class NameFormTests
{
    [Theory]
    [InlineData("WASHINGTON (AP) — The harbour board met on Monday.")]
    [InlineData("BERLIN - Talks on the harbour broke down late on Friday.")]
    [InlineData("Washington (AFP) - The harbour board met on Monday.")]
    public void A_dateline_before_a_wire_s_name_or_a_dash_names_no_country(string sentence) =>
        Assert.DoesNotContain(Fixtures.Named(sentence), n => n.Item2 == MentionKind.Country);

    [Fact]
    public void A_capital_standing_for_its_state_mid_sentence_still_counts()
    {
        Assert.Contains(Fixtures.Named("The talks stalled after Berlin - and its partners - refused the terms."), n => n.Item2 == MentionKind.Country);
    }

    [Fact]
    public void A_nationality_inside_a_name_the_text_abbreviates_is_no_state()
    {
        var named = Fixtures.Named("The group Young Americans for Freedom (YAF) held a rally at the campus.");
        Assert.Contains(("Young Americans for Freedom", MentionKind.Organisation), named);
        Assert.DoesNotContain(named, n => n.Item2 == MentionKind.Country);
    }

    [Fact]
    public void Initials_that_do_not_match_the_name_join_nothing()
    {
        Assert.DoesNotContain(Fixtures.Named("Young Americans for Freedom (ABC) held a rally at the campus."),
            n => n == ("Young Americans for Freedom", MentionKind.Organisation));
    }

    [Theory]
    [InlineData("Actress Nora Quellby joined the march on Sunday.", "Nora Quellby")]
    [InlineData("The march was led by the writer Tobin Arksey and two friends.", "Tobin Arksey")]
    [InlineData("The film's producer was best-selling author Dobrin Haskell.", "Dobrin Haskell")]
    public void A_calling_before_a_name_introduces_a_person(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Fixtures.Named(sentence));

    [Fact]
    public void A_calling_before_one_capitalised_word_makes_no_person()
    {
        Assert.DoesNotContain(Fixtures.Named("Actress Quellby joined the march on Sunday."), n => n.Item2 == MentionKind.Person && n.Item1.StartsWith("Actress", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_suffix_keeps_its_period()
    {
        var named = Fixtures.Named("The deal with Harlow Pharma Inc. was signed, and Dunmore Corp. objected.");
        Assert.Contains(("Harlow Pharma Inc.", MentionKind.Organisation), named);
        Assert.Contains(("Dunmore Corp.", MentionKind.Organisation), named);
    }

    [Fact]
    public void A_university_named_after_a_state_is_one_organisation()
    {
        var named = Fixtures.Named("He studied at Georgia Southern University before the war.");
        Assert.Equal([("Georgia Southern University", MentionKind.Organisation)], named);
    }

    [Fact]
    public void A_political_committee_and_a_medium_s_reporter_name_organisations()
    {
        Assert.Contains(("Harbour Values PAC", MentionKind.Organisation), Fixtures.Named("Last week Harbour Values PAC paid for the advertisements."));
        Assert.Contains(("Quillpost", MentionKind.Organisation), Fixtures.Named("A Quillpost reporter asked the question."));
    }

    [Fact]
    public void A_capitalised_possessive_inside_a_sentence_opens_a_name()
    {
        Assert.Contains(("Our Harbour Values PAC", MentionKind.Organisation), Fixtures.Named("The ad came from Our Harbour Values PAC on Monday."));
    }

    [Theory]
    [InlineData("The plan angered members in Congress who oppose such deals.")]
    [InlineData("It is time for Congress to act on the harbour.")]
    public void Congress_before_a_relative_clause_or_to_is_the_body(string sentence) =>
        Assert.Contains(Fixtures.Named(sentence), n => n.Item2 == MentionKind.Organisation && n.Item1.Contains("Congress", StringComparison.Ordinal));

    [Fact]
    public void A_newspaper_named_for_its_country_in_capitals_is_the_newspaper()
    {
        var named = Fixtures.Named("A USA TODAY survey of voters found the race tight.");
        Assert.Contains(("USA Today", MentionKind.Organisation), named);
        Assert.DoesNotContain(named, n => n.Item2 == MentionKind.Country);
    }
}
