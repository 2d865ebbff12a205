using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Names read from the words around them and from the rest of the document: headlines that name by surname whom the
/// text introduces below, title-case headlines, ages, titles, datelines, shared surnames and short names of organisations.</summary>
public class NameContextTests
{
    [Fact]
    public void A_headline_s_surname_is_the_person_the_text_introduces_below()
    {
        const string text = "Lindqvist wins the harbour vote.\n\nPeter Lindqvist won the harbour vote on Sunday.";
        Assert.Equal([("Peter Lindqvist", MentionKind.Person)], Fixtures.Named(text));
    }

    [Fact]
    public void A_headline_s_one_word_organisation_is_the_person_the_text_introduces_below()
    {
        const string text = "Bleak outlook for Bloomberg run.\n\nMichael Bloomberg is thinking about a run.";
        Assert.Equal([("Michael Bloomberg", MentionKind.Person)], Fixtures.Named(text));
    }

    [Fact]
    public void In_the_body_a_surname_before_the_full_name_is_not_linked_forward()
    {
        const string text = "The panel met.\n\nHarris asked the witness about the dates. Rebecca Harris sits on the panel.";
        Assert.DoesNotContain(("Rebecca Harris", MentionKind.Person), Fixtures.Named(text, 1));
    }

    [Fact]
    public void A_title_case_headline_takes_known_names_and_no_new_ones_from_its_capitals()
    {
        const string text = "Lindqvist Just Answered Adeyemi's Attack With One Line\n\nPeter Lindqvist answered Miriam Adeyemi on Friday.";
        Assert.Equal([("Peter Lindqvist", MentionKind.Person), ("Miriam Adeyemi", MentionKind.Person)], Fixtures.Named(text));
        Assert.Empty(Fixtures.Named("Harbour Post Assembles A Sizable Army Of Reporters"));
    }

    [Fact]
    public void A_sentence_with_lower_case_words_is_not_title_case()
    {
        Assert.Contains(("Teodric Vasquel", MentionKind.Person), Fixtures.Named("Teodric Vasquel said the count was wrong."));
    }

    [Theory]
    [InlineData("Teodric Vasquel Anan, 44, was sentenced on Thursday.", "Teodric Vasquel Anan")]
    [InlineData("Pastor Ilse Brandvold preached on Sunday.", "Ilse Brandvold")]
    [InlineData("Yorrick Tamm, a senior adviser to the mayor, resigned.", "Yorrick Tamm")]
    [InlineData("Moderator Bret Okafor opened the debate.", "Bret Okafor")]
    [InlineData("The crowd cheered, said Marta Keel of Dunmore, Alabama.", "Marta Keel")]
    public void A_person_is_found_by_an_age_a_title_or_an_apposition(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Fixtures.Named(sentence));

    [Fact]
    public void A_title_closing_a_run_belongs_to_the_name_after_it()
    {
        Assert.Equal([("Tamsin Ruddle", MentionKind.Person), ("Anders Blake", MentionKind.Person), ("Kim Oduya", MentionKind.Person)],
            Fixtures.Named("Groups supporting Idaho Gov. Tamsin Ruddle, Ohio Gov. Anders Blake and Utah Sen. Kim Oduya spent heavily."));
        Assert.Contains(("Department of Justice", MentionKind.Organisation), Fixtures.Named("The Department of Justice declined to comment."));
    }

    [Fact]
    public void A_dateline_in_capitals_names_no_actor()
    {
        Assert.Empty(Fixtures.Named("FORT ARDEN, Ore. - The mill closed on Monday."));
    }

    [Fact]
    public void Given_names_before_one_surname_are_as_many_people()
    {
        Assert.Equal([("Ethan Varga", MentionKind.Person), ("Joel Varga", MentionKind.Person)],
            Fixtures.Named("The film was written and directed by Ethan and Joel Varga."));
    }

    [Fact]
    public void The_head_of_an_organisation_s_name_names_it_again()
    {
        const string text = "The Harbour Post reported the fire. An editor at the Post said the count was rising.";
        Assert.Contains(("Harbour Post", MentionKind.Organisation), Fixtures.Named(text, 1));
    }

    [Fact]
    public void A_head_two_organisations_share_names_neither()
    {
        const string text = "The Harbour Post and the Valley Post reported the fire. An editor at the Post said the count was rising.";
        Assert.DoesNotContain(Fixtures.Named(text, 1), n => n.Item2 == MentionKind.Organisation);
    }

    [Theory]
    [InlineData("He worked at the Brightfield plant for years.", "Brightfield")]
    [InlineData("She is the founder of Zentrix and a donor.", "Zentrix")]
    [InlineData("Fourth was the Quiet Rivers group.", "Quiet Rivers")]
    [InlineData("Quill Magazine chose her as its person of the year.", "Quill Magazine")]
    [InlineData("He is a pastor at the Harvest Church of Elmwood.", "Harvest Church of Elmwood")]
    public void An_organisation_is_found_by_business_words_or_its_head(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Theory]
    [InlineData("Snack giant Verlo on Monday cut 300 jobs.", "Verlo")]
    [InlineData("The latest Quorra Research poll shows the mayor ahead.", "Quorra Research")]
    [InlineData("A Tallis executive told staff the mill would close.", "Tallis")]
    [InlineData("He was the general manager of Brisco-Vale for a decade.", "Brisco-Vale")]
    [InlineData("On his website, Plainspeak.com, he sells vitamins.", "Plainspeak")]
    [InlineData("The debate was broadcast on Kestrel One.", "Kestrel One")]
    [InlineData("A spokeswoman for its parent company, Torvane Brands, confirmed the cuts.", "Torvane Brands")]
    [InlineData("Kell, an Air Force reserve major, filed the suit.", "Air Force")]
    public void A_company_or_outlet_with_no_head_is_found_by_the_words_around_it(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void An_organisation_found_by_its_context_is_known_by_its_name_later_and_above()
    {
        const string text = "Verlo shuts its bakery.\n\nSnack giant Verlo on Monday cut 300 jobs. Verlo issued a notice to the staff.";
        Assert.Equal([("Verlo", MentionKind.Organisation)], Fixtures.Named(text));
        Assert.Equal([("Verlo", MentionKind.Organisation)], Fixtures.Named(text, 2));
    }

    [Fact]
    public void Business_words_beside_a_person_the_document_named_do_not_make_a_company()
    {
        const string text = "Governor Carla Osterveld-Maas spoke.\n\nOn her website Osterveld-Maas promises lower fares.";
        Assert.DoesNotContain(Fixtures.Named(text, 1), n => n.Item2 == MentionKind.Organisation);
    }

    [Theory]
    [InlineData("KRBN reported the count on Monday.", "KRBN")]
    [InlineData("The mayor told KRBN that the count was wrong.", "KRBN")]
    [InlineData("The count, WTVQ reports, was wrong.", "WTVQ")]
    public void An_acronym_that_speaks_or_is_spoken_to_is_an_organisation(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void An_acronym_before_a_title_is_where_the_title_is_held()
    {
        Assert.Equal([("NFU", MentionKind.Organisation), ("Tomas Hale", MentionKind.Person)], Fixtures.Named("NFU Chairman Tomas Hale spoke first."));
    }

    [Fact]
    public void An_acronym_of_an_organisation_s_initials_names_it_again_below_and_in_the_headline()
    {
        const string text = "NFU rules row erupts.\n\nA row has erupted at the Northern Farmers Union. The NFU's board met on Friday.";
        Assert.Equal([("Northern Farmers Union", MentionKind.Organisation)], Fixtures.Named(text));
        Assert.Equal([("Northern Farmers Union", MentionKind.Organisation)], Fixtures.Named(text, 2));
    }

    [Theory]
    [InlineData("She was elected to the U.S. Senate in 2010.", "U.S. Senate")]
    [InlineData("He would abolish the U.S. Department of Fisheries.", "U.S. Department of Fisheries")]
    [InlineData("The rules of the U.S. House of Representatives apply.", "U.S. House of Representatives")]
    public void A_country_s_name_written_into_a_state_body_s_name_is_part_of_the_body(string sentence, string body)
    {
        Assert.Equal([(body, MentionKind.Organisation)], Fixtures.Named(sentence));
    }

    [Fact]
    public void A_nationality_word_before_a_state_body_or_a_country_s_government_still_counts_for_its_state()
    {
        Assert.Equal([("Russia", MentionKind.Country)], Fixtures.Named("The Russian Defence Ministry denied the report."));
        Assert.Equal([("Kazakhstan", MentionKind.Country)], Fixtures.Named("The Kazakh Parliament voted on Tuesday."));
        Assert.Equal([("Kazakhstan", MentionKind.Country)], Fixtures.Named("They tried to change the Kazakhstan Government."));
    }

    [Theory]
    [InlineData("After years of debate, Congress replaced the law.", "Congress")]
    [InlineData("The push gains steam in Senate.", "Senate")]
    [InlineData("The county is shifting toward the GOP.", "GOP")]
    public void A_legislature_s_head_names_it_alone_as_a_noun(string sentence, string body) =>
        Assert.Equal([(body, MentionKind.Organisation)], Fixtures.Named(sentence));

    [Theory]
    [InlineData("Senate candidates debated in Dover.")]
    [InlineData("Senate panel hears the harbour master.")]
    [InlineData("The GOP nomination fight goes on.")]
    [InlineData("Presumptive GOP nominee visits Dover.")]
    public void A_legislature_s_head_before_a_noun_is_an_adjective(string sentence) => Assert.Empty(Fixtures.Named(sentence));

    [Fact]
    public void A_party_word_before_a_body_or_an_event_opens_its_name_and_no_person_s()
    {
        Assert.Equal([("Republican Harbour Committee", MentionKind.Organisation)], Fixtures.Named("A feud erupted at the Republican Harbour Committee on Monday."));
        Assert.Empty(Fixtures.Named("As the Republican Harbour Convention opened, the delegates cheered."));
    }

    [Fact]
    public void A_name_after_an_organisation_s_possessive_is_one_of_its_people()
    {
        Assert.Contains(("Quenby Tarrant", MentionKind.Person), Fixtures.Named("He sparred with the Harbour Post's Quenby Tarrant for months."));
    }

    [Fact]
    public void A_spaced_dash_or_a_party_tag_does_not_join_a_name()
    {
        Assert.Equal([("Mark Quell", MentionKind.Person), ("Jon Tarrant", MentionKind.Person)],
            Fixtures.Named("FARM PRICES NOT FALLING - Mark Quell and Jon Tarrant: \"Prices held in March.\""));
        Assert.DoesNotContain(Fixtures.Named("The aide, fired by Quell, R -Ore., in June, sued."), n => n.Item1.StartsWith('R'));
    }

    [Fact]
    public void An_adverb_may_stand_between_a_name_and_its_reporting_verb()
    {
        Assert.Contains(("Quell", MentionKind.Person), Fixtures.Named("Quell then asked the witness about the dates."));
    }

    [Theory]
    [InlineData("Leaders met at a North American summit in Ottawa.")]
    [InlineData("She read the letter in a British accent.")]
    public void A_continent_s_adjective_or_an_accent_names_no_state(string sentence) => Assert.Empty(Fixtures.Named(sentence));

    [Fact]
    public void A_school_is_an_organisation()
    {
        Assert.Contains(("Dunmore Memorial High School", MentionKind.Organisation), Fixtures.Named("Voters queued outside Dunmore Memorial High School."));
    }

    [Fact]
    public void A_name_joined_by_and_to_a_given_name_s_is_a_person_too()
    {
        Assert.Equal([("Mark Quell", MentionKind.Person), ("Zdzislaw Ortrand", MentionKind.Person)],
            Fixtures.Named("The firm hired two strategists, Mark Quell and Zdzislaw Ortrand, in June."));
        // Each part must look like a name: a company's single words do not become people.
        Assert.DoesNotContain(Fixtures.Named("The deal between Mark Quell and Dunmore was signed."), n => n.Item1 == "Dunmore" && n.Item2 == MentionKind.Person);
    }

    [Theory]
    [InlineData("The crew thanked Dunmore Rescue EMT Peter Ostrand on Monday.", "Peter Ostrand")]
    [InlineData("Dunmore Ferry Committee Chairman Jason Quell asked for a vote.", "Jason Quell")]
    public void A_person_at_the_end_of_a_run_is_kept_apart_from_the_words_before(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Fixtures.Named(sentence));

    [Fact]
    public void A_committee_before_its_chairman_s_name_is_still_an_organisation()
    {
        // A place before a title is no name of its own.
        Assert.Equal([("Tomas Quell", MentionKind.Person)], Fixtures.Named("The crowd cheered, said Dunmore Harbour Mayor Tomas Quell on Friday."));
        Assert.Contains(("Dunmore Ferry Committee", MentionKind.Organisation), Fixtures.Named("Dunmore Ferry Committee Chairman Jason Quell asked for a vote."));
        // Two given names in a row are one person's: no cut between them.
        Assert.Contains(("Mary Anne Quell", MentionKind.Person), Fixtures.Named("Mary Anne Quell asked for a vote."));
    }

    [Theory]
    [InlineData("The aides met supportive House members.", "House")]
    [InlineData("The former Treasury secretary spoke about rates.", "Treasury")]
    [InlineData("She points to his Senate votes on firearms.", "Senate")]
    public void A_body_s_word_before_its_members_or_offices_names_the_body(string sentence, string body) =>
        Assert.Equal([(body, MentionKind.Organisation)], Fixtures.Named(sentence));

    [Theory]
    [InlineData("GOP leaders met in Dover.")]
    [InlineData("Treasury yields rose on Monday.")]
    public void A_party_s_word_before_its_leaders_or_a_body_s_word_before_a_thing_names_none(string sentence) => Assert.Empty(Fixtures.Named(sentence));

    [Fact]
    public void A_party_s_name_written_with_periods_is_the_same_name()
    {
        Assert.Equal([("GOP", MentionKind.Organisation)], Fixtures.Named("It shows how deeply the G.O.P. misjudged its voters."));
        Assert.Empty(Fixtures.Named("Quell fires up the G.O.P. base."));
    }

    [Fact]
    public void The_marine_corps_is_an_organisation()
    {
        Assert.Contains(("Harbour Marine Corps", MentionKind.Organisation), Fixtures.Named("He served 22 years in the Harbour Marine Corps."));
    }

    [Theory]
    [InlineData("Quorvex, the largest data outfit, sold the lists.", "Quorvex")]
    [InlineData("The campaign hired the data outfit Quorvex in May.", "Quorvex")]
    [InlineData("She wrote in a Chirper post that the count was wrong.", "Chirper")]
    [InlineData("The clip was posted to Vidstream on Thursday.", "Vidstream")]
    public void A_kind_of_organisation_or_a_platform_s_words_make_a_name_an_organisation(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void A_person_s_role_or_a_nationality_beside_a_kind_of_organisation_is_no_organisation()
    {
        Assert.DoesNotContain(Fixtures.Named("The tanker, run by the Greek company Dunmore Shipping, sailed."), n => n.Item1 == "Greek");
        Assert.DoesNotContain(Fixtures.Named("Quell, the head of the company, resigned."), n => n.Item2 == MentionKind.Organisation);
    }

    [Fact]
    public void The_state_department_is_the_department_and_the_pentagon_stands_for_its_state()
    {
        Assert.Equal([("United States Department of State", MentionKind.Organisation)], Fixtures.Named("The State Department denied the report."));
        Assert.Equal([("United States", MentionKind.Country)], Fixtures.Named("The Pentagon denied the report."));
    }

    [Theory]
    [InlineData("The rally was led by the mother of Tavion Marsh, who was shot in 2012.", "Tavion Marsh")]
    [InlineData("Harbour Lights star Osric Fenn Valdo returns to the stage this week.", "Osric Fenn Valdo")]
    [InlineData("The network would not exist but for his corporate patron, Ruprecht Mardell.", "Ruprecht Mardell")]
    public void A_noun_for_a_person_introduces_a_name_whose_given_name_is_on_no_list(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Fixtures.Named(sentence));

    [Fact]
    public void A_person_introduced_by_a_noun_for_a_person_is_known_by_surname_later()
    {
        const string text = "The network would not exist but for his corporate patron, Ruprecht Mardell. Without Mr. Mardell's support it would have failed.";
        Assert.Equal([("Ruprecht Mardell", MentionKind.Person)], Fixtures.Named(text, 1));
    }

    [Fact]
    public void A_country_s_name_after_a_given_name_is_a_surname()
    {
        Assert.Equal([("Kevin Jordan", MentionKind.Person)], Fixtures.Named("Sponsors met league owner Kevin Jordan on Friday."));
        Assert.Contains(("France", MentionKind.Country), Fixtures.Named("Will France agree to the plan?"));
    }

    [Fact]
    public void A_service_s_member_word_in_capitals_is_no_part_of_the_service_s_name()
    {
        var named = Fixtures.Named("The actor played Navy SEAL Tomas Reyes in the film.");
        Assert.Contains(("Navy", MentionKind.Organisation), named);
        Assert.Contains(("Tomas Reyes", MentionKind.Person), named);
        Assert.Equal([("Navy", MentionKind.Organisation)], Fixtures.Named("He was found by Navy SEALs in 2011."));
    }

    [Theory]
    [InlineData("Other Republicans echoed those comments.")]
    [InlineData("Some Democrats said the bill had failed.")]
    [InlineData("The senator is beholden to Wall Street, her rival said.")]
    [InlineData("She spoke to a crowd in Lake Orva, Wisconsin.")]
    public void Members_of_a_party_the_financial_industry_and_a_town_before_its_state_name_no_actor(string sentence) =>
        Assert.Empty(Fixtures.Named(sentence));

    [Fact]
    public void A_party_tag_set_off_by_commas_is_no_name()
    {
        Assert.Equal([("Ilse Varga", MentionKind.Person)], Fixtures.Named("Sen. Ilse Varga, R-Texas, voted against the bill."));
    }

    [Fact]
    public void An_acronym_before_a_lower_case_title_is_where_the_title_is_held_but_a_party_s_is_not()
    {
        Assert.Contains(("KRFA", MentionKind.Organisation), Fixtures.Named("KRFA chief Tomas Hale resigned on Monday."));
        Assert.DoesNotContain(Fixtures.Named("\"We will see,\" said Ana Ruiz, a former state GOP chair."), n => n.Item2 == MentionKind.Organisation);
    }

    [Theory]
    [InlineData("Harbour Gulls coach Anton Reyes quit on Sunday.", "Harbour Gulls")]
    [InlineData("Swiplo, the mobile dating application, suspended her account.", "Swiplo")]
    [InlineData("The photo appeared on his Chirper page within minutes.", "Chirper")]
    public void A_team_s_coach_an_application_and_a_platform_s_page_make_a_name_an_organisation(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void A_day_after_a_name_is_no_part_of_it()
    {
        var named = Fixtures.Named("Voters elect a justice to the Dunmore Supreme Court Tuesday.");
        Assert.DoesNotContain(named, n => n.Item1.EndsWith("Tuesday", StringComparison.Ordinal));
        Assert.Contains(named, n => n.Item1 == "Dunmore Supreme Court");
    }
}
