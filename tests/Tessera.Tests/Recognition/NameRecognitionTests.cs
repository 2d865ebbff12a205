using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>Names found by their shape and context, with the gazetteer only folding and typing them.</summary>
public class NameRecognitionTests
{
    [Theory]
    [InlineData("Oleksiy Marchenko scored twice in the second half.", "Oleksiy Marchenko")]
    [InlineData("The ball fell to Miriam Adeyemi, who scored.", "Miriam Adeyemi")]
    [InlineData("Former FBI Director James B. Comey testified on Thursday.", "James B. Comey")]
    [InlineData("The goal came from Sergio de la Fuente in the last minute.", "Sergio de la Fuente")]
    [InlineData("The envoy met Abdullah bin Hamad al-Khalifa in the afternoon.", "Abdullah bin Hamad al-Khalifa")]
    [InlineData("The club said Ihor Sydorenko Jr. would miss the game.", "Ihor Sydorenko Jr.")]
    [InlineData("Coach Andriy Hnatiuk praised the players.", "Andriy Hnatiuk")]
    public void A_person_is_found_by_a_given_name_or_a_title_with_initials_particles_and_suffixes(string sentence, string person) =>
        Assert.Contains((person, MentionKind.Person), Fixtures.Named(sentence));

    [Theory]
    [InlineData("Brightwater Energy Inc. agreed to buy a rival.", "Brightwater Energy Inc.")]
    [InlineData("FC Karpaty Lviv won on Sunday.", "FC Karpaty Lviv")]
    [InlineData("She previously worked for Goldman Sachs in New York.", "Goldman Sachs")]
    [InlineData("The deal was advised by Ortiz & Keane LLP.", "Ortiz & Keane LLP")]
    [InlineData("The Senate Intelligence Committee on Thursday heard the witness.", "Senate Intelligence Committee")]
    public void An_organisation_is_found_by_its_head_or_the_preposition_before_it(string sentence, string organisation) =>
        Assert.Contains((organisation, MentionKind.Organisation), Fixtures.Named(sentence));

    [Fact]
    public void Two_people_joined_by_and_are_two_names()
    {
        Assert.Equal([("Miriam Adeyemi", MentionKind.Person), ("Oleksiy Marchenko", MentionKind.Person)],
            Fixtures.Named("Miriam Adeyemi and Oleksiy Marchenko both scored in the final."));
    }

    [Theory]
    [InlineData("Democrat Miriam Adeyemi voted against the bill.")]
    [InlineData("Republican Miriam Adeyemi voted against the bill.")]
    public void A_party_word_before_a_name_is_no_part_of_it(string sentence) =>
        Assert.Equal([("Miriam Adeyemi", MentionKind.Person)], Fixtures.Named(sentence));

    [Theory]
    [InlineData("KYIV (Reuters) - The port reopened on Monday after the storm.")]
    [InlineData("The port reopened on Monday. (Reporting by Miriam Adeyemi; Editing by Peter Lindqvist)")]
    public void A_wire_story_s_credits_name_no_actor(string text) =>
        Assert.DoesNotContain(Fixtures.Claims(text).SelectMany(c => c.Mentions), m => m.Kind is MentionKind.Organisation or MentionKind.Person);

    [Fact]
    public void The_agency_is_an_actor_where_the_story_names_it()
    {
        Assert.Contains(("Reuters", MentionKind.Organisation), Fixtures.Named("Miriam Adeyemi told Reuters the port would reopen."));
    }

    [Fact]
    public void A_one_word_organisation_after_a_given_name_is_a_person_s_surname_and_stays_one()
    {
        const string text = "Michael Bloomberg spoke at the dinner. Bloomberg said the city would recover.";
        Assert.Equal([("Michael Bloomberg", MentionKind.Person)], Fixtures.Named(text));
        Assert.Equal([("Michael Bloomberg", MentionKind.Person)], Fixtures.Named(text, 1));
        Assert.Equal([("Bloomberg", MentionKind.Organisation)], Fixtures.Named("Bloomberg reported the deal on Friday."));
    }

    [Fact]
    public void A_surname_links_to_the_full_name_the_document_introduced()
    {
        const string text = "Peter J. Lindqvist advised the seller. Lindqvist declined to comment.";
        Assert.Equal([("Peter J. Lindqvist", MentionKind.Person)], Fixtures.Named(text, 1));
    }

    [Fact]
    public void A_company_or_club_is_later_named_by_its_own_word()
    {
        const string text = "Norvale Power agreed to the offer. Shares of Norvale rose 14 percent.";
        Assert.Equal([("Norvale Power", MentionKind.Organisation)], Fixtures.Named(text, 1));
    }

    [Fact]
    public void An_acronym_defined_in_brackets_joins_its_full_name()
    {
        const string text = "The Party of Action and Solidarity (PAS) led the count. PAS accused its rivals of fraud.";
        Assert.Equal([("Party of Action and Solidarity", MentionKind.Organisation)], Fixtures.Named(text, 1));
    }

    [Theory]
    [InlineData("Senator Ron Johnson of Wisconsin asked a question.", "Ron Johnson")]
    [InlineData("Rebecca Harris sits on the panel. Later, Harris told reporters the questions were fair.", "Rebecca Harris", 1)]
    public void A_listed_person_is_not_matched_by_a_surname_another_person_bears(string text, string person, int unit = 0)
    {
        var named = Fixtures.Named(text, unit);
        Assert.Contains((person, MentionKind.Person), named);
        Assert.DoesNotContain(named, n => n.Item1 is "Boris Johnson" or "Kamala Harris");
    }

    [Fact]
    public void A_bare_common_surname_is_not_the_listed_person_unless_the_document_named_her()
    {
        Assert.DoesNotContain(("Kamala Harris", MentionKind.Person), Fixtures.Named("Harris asked the witness about the timing."));
        Assert.Contains(("Kamala Harris", MentionKind.Person), Fixtures.Named("Vice President Kamala Harris spoke first. Harris then left the room.", 1));
    }

    [Fact]
    public void A_byline_names_no_actor()
    {
        var claims = Fixtures.Claims("Storm hits coast\n\nBy Chad Bray\n\nThe storm reached the coast on Monday.");
        Assert.All(claims, c => Assert.Empty(c.Actors));
    }

    [Fact]
    public void A_country_that_is_also_a_given_name_opens_a_person_s_name()
    {
        Assert.Equal([("Jordan Ellery", MentionKind.Person)], Fixtures.Named("Jordan Ellery wrote the report."));
    }

    [Theory]
    [InlineData("The Japanese yen weakened against the dollar.")]
    [InlineData("The Italian league allows five foreign players.")]
    [InlineData("The tanker was operated by a Greek company.")]
    [InlineData("Kazakh tenge bonds fell in early trading.")]
    public void A_nationality_word_that_describes_a_thing_names_no_state(string sentence) => Assert.Empty(Fixtures.Named(sentence));

    [Theory]
    [InlineData("Russian forces made up most of the contingent.", "Russia")]
    [InlineData("The Saudi-led coalition was monitoring the situation.", "Saudi Arabia")]
    [InlineData("Ukrainian officials welcomed the result.", "Ukraine")]
    public void A_nationality_word_that_stands_for_the_state_or_its_people_names_it(string sentence, string country) =>
        Assert.Equal([(country, MentionKind.Country)], Fixtures.Named(sentence));

    [Fact]
    public void A_country_inside_an_organisation_s_own_name_is_not_a_country()
    {
        var named = Fixtures.Named("Radio Moldova reported long queues at polling stations.");
        Assert.Equal([("Radio Moldova", MentionKind.Organisation)], named);
    }

    [Fact]
    public void A_nationality_before_an_organisation_s_own_name_stays_a_country()
    {
        var named = Fixtures.Named("The pro-Russian Patriotic Bloc came second.");
        Assert.Equal([("Russia", MentionKind.Country), ("Patriotic Bloc", MentionKind.Organisation)], named);
    }
}
