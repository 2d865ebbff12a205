using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Names read from the words around them and from the rest of the document: headlines that name by surname whom the
/// text introduces below, title-case headlines, ages, titles, datelines, shared surnames and short names of organisations.</summary>
public class NameContextTests
{
    private static IReadOnlyList<(string, MentionKind)> Named(string text, int unit = 0) =>
        Fixtures.Claims(text)[unit].Mentions.Where(m => m.IsActor).Select(m => (m.Canonical, m.Kind)).ToList();

    [Fact]
    public void A_headline_s_surname_is_the_person_the_text_introduces_below()
    {
        const string text = "Lindqvist wins the harbour vote.\n\nPeter Lindqvist won the harbour vote on Sunday.";
        Assert.Equal([("Peter Lindqvist", MentionKind.Person)], Named(text));
    }

    [Fact]
    public void A_headline_s_one_word_organisation_is_the_person_the_text_introduces_below()
    {
        const string text = "Bleak outlook for Bloomberg run.\n\nMichael Bloomberg is thinking about a run.";
        Assert.Equal([("Michael Bloomberg", MentionKind.Person)], Named(text));
    }

    [Fact]
    public void In_the_body_a_surname_before_the_full_name_is_not_linked_forward()
    {
        const string text = "The panel met.\n\nHarris asked the witness about the dates. Rebecca Harris sits on the panel.";
        Assert.DoesNotContain(("Rebecca Harris", MentionKind.Person), Named(text, 1));
    }

    [Fact]
    public void A_title_case_headline_takes_known_names_and_no_new_ones_from_its_capitals()
    {
        const string text = "Lindqvist Just Answered Adeyemi's Attack With One Line\n\nPeter Lindqvist answered Miriam Adeyemi on Friday.";
        Assert.Equal([("Peter Lindqvist", MentionKind.Person), ("Miriam Adeyemi", MentionKind.Person)], Named(text));
        Assert.Empty(Named("Harbour Post Assembles A Sizable Army Of Reporters"));
    }

    [Fact]
    public void A_sentence_with_lower_case_words_is_not_title_case()
    {
        Assert.Contains(("Teodric Vasquel", MentionKind.Person), Named("Teodric Vasquel said the count was wrong."));
    }

    [Theory]
    [InlineData("Teodric Vasquel Anan, 44, was sentenced on Thursday.", "Teodric Vasquel Anan")]
    [InlineData("Pastor Ilse Brandvold preached on Sunday.", "Ilse Brandvold")]
    [InlineData("Yorrick Tamm, a senior adviser to the mayor, resigned.", "Yorrick Tamm")]
    [InlineData("Moderator Bret Okafor opened the debate.", "Bret Okafor")]
    [InlineData("The crowd cheered, said Marta Keel of Dunmore, Alabama.", "Marta Keel")]
    public void A_person_is_found_by_an_age_a_title_or_an_apposition(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Named(sentence));

    [Fact]
    public void A_title_closing_a_run_belongs_to_the_name_after_it()
    {
        Assert.Equal([("Tamsin Ruddle", MentionKind.Person), ("Anders Blake", MentionKind.Person), ("Kim Oduya", MentionKind.Person)],
            Named("Groups supporting Idaho Gov. Tamsin Ruddle, Ohio Gov. Anders Blake and Utah Sen. Kim Oduya spent heavily."));
        Assert.Contains(("Department of Justice", MentionKind.Organisation), Named("The Department of Justice declined to comment."));
    }

    [Fact]
    public void A_dateline_in_capitals_names_no_actor()
    {
        Assert.Empty(Named("FORT ARDEN, Ore. - The mill closed on Monday."));
    }

    [Fact]
    public void Given_names_before_one_surname_are_as_many_people()
    {
        Assert.Equal([("Ethan Varga", MentionKind.Person), ("Joel Varga", MentionKind.Person)],
            Named("The film was written and directed by Ethan and Joel Varga."));
    }

    [Fact]
    public void The_head_of_an_organisation_s_name_names_it_again()
    {
        const string text = "The Harbour Post reported the fire. An editor at the Post said the count was rising.";
        Assert.Contains(("Harbour Post", MentionKind.Organisation), Named(text, 1));
    }

    [Fact]
    public void A_head_two_organisations_share_names_neither()
    {
        const string text = "The Harbour Post and the Valley Post reported the fire. An editor at the Post said the count was rising.";
        Assert.DoesNotContain(Named(text, 1), n => n.Item2 == MentionKind.Organisation);
    }

    [Theory]
    [InlineData("He worked at the Brightfield plant for years.", "Brightfield")]
    [InlineData("She is the founder of Zentrix and a donor.", "Zentrix")]
    [InlineData("Fourth was the Quiet Rivers group.", "Quiet Rivers")]
    [InlineData("Quill Magazine chose her as its person of the year.", "Quill Magazine")]
    [InlineData("He is a pastor at the Harvest Church of Elmwood.", "Harvest Church of Elmwood")]
    public void An_organisation_is_found_by_business_words_or_its_head(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Named(sentence));
}
