using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Names that samples k to n of real news missed or read as someone else: another given name before a surname the
/// document knows, a body's word before its offices, a person set off by a phrase for a person, an organisation's short name,
/// a headline's surname after a title, a speaker named with an article, a credit of one word, datelines with any dash, and a nationality before "-language".</summary>
public class NameLinkTests
{
    [Theory]
    [InlineData("Eric Olsen, her son, spoke on Monday.")]
    [InlineData("“We won the vote,” Eric Olsen said.")]
    public void Another_given_name_before_a_known_surname_is_another_person(string sentence)
    {
        var named = Fixtures.Named("Marta Olsen spoke at the harbour. " + sentence, 1);
        Assert.Contains(("Eric Olsen", MentionKind.Person), named);
        Assert.DoesNotContain(("Marta Olsen", MentionKind.Person), named);
    }

    [Fact]
    public void The_known_surname_alone_still_names_the_person_introduced()
    {
        Assert.Contains(("Marta Olsen", MentionKind.Person), Fixtures.Named("Marta Olsen spoke at the harbour. Later Olsen said no.", 1));
        Assert.Equal([("Marta Olsen", MentionKind.Person)], Fixtures.Named("Marta Olsen spoke at the harbour. Her son said The Olsen is back.", 1));
    }

    [Theory]
    [InlineData("Senate Majority Leader Tomas Hale let the bill get a vote.", "Senate")]
    [InlineData("Senate Republican leaders have refused to hold a vote.", "Senate")]
    [InlineData("House Speaker Ilse Varga called the vote.", "House")]
    [InlineData("House Democrats walked out of the chamber.", "House")]
    public void A_body_s_word_before_its_offices_or_its_members_names_the_body(string sentence, string body) =>
        Assert.Contains((body, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void A_body_s_word_before_another_name_or_after_state_is_not_taken_alone()
    {
        Assert.DoesNotContain(("Senate", MentionKind.Organisation), Fixtures.Named("The Senate Judiciary Committee met on Monday."));
        Assert.DoesNotContain(("House", MentionKind.Organisation), Fixtures.Named("The state House Speaker Ilse Varga called the vote."));
    }

    [Theory]
    [InlineData("The union will march on Friday, the Harbour Courier reports.")]
    [InlineData("The Harbour Courier said the union will march on Friday.")]
    public void A_speaker_named_with_an_article_is_an_organisation(string sentence) =>
        Assert.Contains(("Harbour Courier", MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void A_speaker_named_with_an_article_and_a_party_word_is_no_organisation()
    {
        Assert.DoesNotContain(Fixtures.Named("In the letter the Dunmore Republican asks for an inquiry."), n => n.Item2 == MentionKind.Organisation);
        Assert.DoesNotContain(Fixtures.Named("Refugees fled north into the Central Asian states."), n => n.Item2 == MentionKind.Organisation);
    }

    [Fact]
    public void Words_between_two_titles_are_no_person()
    {
        Assert.Equal([("Ilse Varga", MentionKind.Person)], Fixtures.Named("The presidential candidate Dunmore Senator Ilse Varga argued for the bill."));
    }

    [Fact]
    public void A_name_set_off_by_a_phrase_for_a_person_is_a_person()
    {
        Assert.Contains(("Tavion Marsh", MentionKind.Person), Fixtures.Named("The panel finally voted on one: Tavion Marsh, a district court nominee."));
    }

    [Fact]
    public void A_listed_short_name_names_the_organisation_once_the_text_has_named_it()
    {
        Assert.Contains(("Fox News", MentionKind.Organisation), Fixtures.Named("Fox News aired the debate. Fox executives said ratings rose.", 1));
        Assert.Contains(("Fox News", MentionKind.Organisation), Fixtures.Named("Doubts at Fox, after the exit\n\nFox News named a new chief on Monday."));
        Assert.DoesNotContain(("Fox News", MentionKind.Organisation), Fixtures.Named("Fox executives said ratings rose."));
    }

    [Fact]
    public void A_headline_s_surname_after_a_title_is_the_person_the_text_introduces_below()
    {
        Assert.Equal([("Teodric Vasquel", MentionKind.Person)], Fixtures.Named("Former AG Vasquel at the rally\n\nTeodric Vasquel said he would stay."));
    }

    [Fact]
    public void A_unit_of_one_name_alone_is_a_credit()
    {
        Assert.Empty(Fixtures.Named("The board posted its reply on Monday.\n\nTwitter.\n\nThe vote is on Friday.", 1));
        Assert.Contains(("Twitter", MentionKind.Organisation), Fixtures.Named("The board posted its reply on Twitter on Monday."));
    }

    [Fact]
    public void A_dateline_set_off_by_a_horizontal_bar_names_no_country()
    {
        Assert.DoesNotContain(Fixtures.Named("WASHINGTON ― The harbour board met on Monday."), n => n.Item2 == MentionKind.Country);
    }

    [Fact]
    public void A_nationality_before_language_describes_the_language()
    {
        Assert.DoesNotContain(Fixtures.Named("He spoke on Spanish-language television on Monday."), n => n.Item2 == MentionKind.Country);
        Assert.Contains(Fixtures.Named("Spanish forces crossed the river on Monday."), n => n.Item2 == MentionKind.Country);
    }
}
