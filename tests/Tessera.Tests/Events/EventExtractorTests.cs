using Tessera.Events;
using Tessera.Analysis.Events;

namespace Tessera.Tests.Analysis.Events;

/// <summary>Who did what to whom: each row is a small text and the events it reports, as "source|CAMEO code|target".</summary>
public class EventExtractorTests
{
    [Theory]
    [InlineData("Mali asked Russia for military help.", "Mali|0232|Russia")]
    [InlineData("Niger requested assistance from ECOWAS.", "Niger|023|ECOWAS")]
    [InlineData("France sent troops to Chad.", "France|074|Chad")]
    [InlineData("Turkey accused Greece of aggression.", "Turkey|1123|Greece")]
    [InlineData("Greece was attacked by Turkey.", "Turkey|190|Greece")]
    [InlineData("Hunter Biden, the son of Joe Biden, visited Ukraine.", "Hunter Biden|042|Ukraine")]
    // The codebook codes the expulsion of diplomats as breaking relations (161), that of other groups as 166.
    [InlineData("Lithuania expelled Belarus's ambassador on Monday.", "Lithuania|161|Belarus")]
    [InlineData("France suspended development aid to Niger on Sunday.", "France|162|Niger")]
    public void A_verb_phrase_between_two_actors_is_an_event(string text, string expected)
    {
        Assert.Equal([expected], Texts.Events(text));
    }

    [Theory]
    [InlineData("Chile was accused by Peru of espionage.", "Peru|1125|Chile")]
    [InlineData("Chile was accused of espionage by Peru.", "Peru|1125|Chile")]
    [InlineData("The detention of Ilham Aliyev by Georgia angered Baku.", "Georgia|173|Ilham Aliyev")]
    [InlineData("Chad's withdrawal of its soldiers from Mali was completed.", "Chad|1661|Mali")]
    [InlineData("The Egyptian invasion of Libya was condemned.", "Egypt|190|Libya")]
    public void Passives_and_nominal_acts_take_their_agent_as_source(string text, string expected)
    {
        Assert.Equal([expected], Texts.Events(text));
    }

    [Theory]
    [InlineData("Tunisia said they had arrested Ilham Aliyev.", "Tunisia|173|Ilham Aliyev")]
    [InlineData("Chad expelled two Sudanese diplomats.", "Chad|161|Sudan")]
    public void Reported_acts_and_hostile_acts_on_a_named_group_find_their_parties(string text, string expected)
    {
        Assert.Contains(expected, Texts.Events(text));
    }

    [Theory]
    [InlineData("Chile shared intelligence with Peru.", "06")]
    [InlineData("Chile investigated Peru.", "09")]
    [InlineData("Chile threatened to invade Peru.", "13")]
    [InlineData("Chile staged a protest against Peru.", "14")]
    [InlineData("Chile abducted Pedro Castillo.", "18")]
    [InlineData("Chile clashed with Peru.", "19")]
    [InlineData("Chile used chemical weapons against Peru.", "20")]
    public void Roots_of_material_cooperation_investigation_threat_protest_and_violence_are_coded(string text, string root)
    {
        Assert.Contains(Fixtures.Bundled.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor)), e => e.Root == root);
    }

    [Theory]
    [InlineData("Iran blamed the United States and Israel for the blast.", "Iran|112|United States", "Iran|112|Israel")]
    [InlineData("Poland and Lithuania criticized Belarus.", "Poland|111|Belarus", "Lithuania|111|Belarus")]
    [InlineData("Serbia and Hungary strengthened their cooperation.", "Serbia|050|Hungary", "Hungary|050|Serbia")]
    [InlineData("Wang Yi held a phone call with Antony Blinken.", "Wang Yi|041|Antony Blinken", "Antony Blinken|041|Wang Yi")]
    public void Joined_actors_act_together_and_joint_acts_run_both_ways(string text, string first, string second)
    {
        Assert.Equal([first, second], Texts.Events(text));
    }

    [Theory]
    [InlineData("Armenia, which had asked Russia for help, criticized the CSTO.", "Armenia|023|Russia", "Armenia|111|CSTO")]
    [InlineData("At Mozambique's request, Rwandan troops arrived in the north.", "Rwanda|074|Mozambique", "Mozambique|0234|Rwanda")]
    [InlineData("Ukraine accused Russia of shelling the plant. Russia denied any involvement.", "Ukraine|112|Russia", "Russia|016|Ukraine")]
    public void Relative_clauses_requests_and_denials_find_their_parties(string text, string first, string second)
    {
        Assert.Equal([first, second], Texts.Events(text));
    }

    [Theory]
    [InlineData("Egypt did not send troops to Libya.")]
    [InlineData("Egypt never criticized Libya.")]
    [InlineData("The troops arrived in the north.")]
    public void A_negated_act_or_one_without_an_actor_is_no_event(string text)
    {
        Assert.Empty(Texts.Events(text));
    }

    [Theory]
    [InlineData("Germany will provide humanitarian aid to Sudan.", "Germany|0333|Sudan")]
    [InlineData("Japan is willing to provide loans to Sri Lanka.", "Japan|0331|Sri Lanka")]
    [InlineData("Kenya agreed to send peacekeepers to Haiti.", "Kenya|0334|Haiti")]
    public void A_promised_cooperative_act_is_coded_as_intent(string text, string expected)
    {
        var e = Assert.Single(Fixtures.Bundled.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor)));
        Assert.Equal(expected, $"{e.Source}|{e.CameoCode}|{e.Target}");
        Assert.True(e.Future);
        Assert.False(e.Expected);
    }

    [Fact]
    public void An_expected_hostile_act_is_marked_so_and_keeps_its_code()
    {
        var e = Assert.Single(Fixtures.Bundled.Events.ExtractDocument(Texts.Claims("Chad will expel France."), Texts.Dated(Texts.Anchor)));
        Assert.Equal("166", e.CameoCode);
        Assert.True(e.Expected);
    }

    [Theory]
    [InlineData("Mali reportedly asked Russia for help.", true)]
    [InlineData("Mali may have asked Russia for help.", true)]
    [InlineData("Mali asked Russia for help.", false)]
    public void The_claims_stance_travels_with_the_event(string text, bool unconfirmed)
    {
        var claims = Texts.Claims(text);
        var e = Assert.Single(Fixtures.Bundled.Events.ExtractDocument(claims, Texts.Dated(Texts.Anchor)));
        Assert.Equal(claims[0].Hedged, e.Hedged);
        Assert.Equal(claims[0].Unverified, e.Unverified);
        Assert.Equal(claims[0].Status, e.Status);
        Assert.Equal(unconfirmed, e.Unconfirmed);
    }

    [Theory]
    // 2023-03-10 is a Friday.
    [InlineData("On 3 March, Chad expelled France.", "2023-03-03", EventTimeSource.Stated)]
    [InlineData("Chad expelled France on Monday.", "2023-03-06", EventTimeSource.Stated)]
    [InlineData("MARCH 3 – Protests spread. Chad expelled France.", "2023-03-03", EventTimeSource.Story)]
    [InlineData("Chad expelled France.", "2023-03-10", EventTimeSource.Document)]
    public void An_event_takes_the_time_written_next_to_it_else_the_storys_else_the_documents(string text, string expected, EventTimeSource source)
    {
        var e = Fixtures.Bundled.Events.ExtractDocument(Texts.Claims(text), Texts.Dated(Texts.Anchor)).Single(x => x.CameoCode == "166");
        Assert.Equal(expected, e.Time?.Range?.ToString());
        Assert.Equal(source, e.Time?.Source);
    }

    [Fact]
    public void A_claim_read_on_its_own_counts_its_times_from_the_date_given()
    {
        var claim = Texts.Claims("Chad expelled France yesterday.")[0];
        var e = Assert.Single(Fixtures.Bundled.Events.Extract(claim, new DateOnly(2023, 3, 10)));
        Assert.Equal("2023-03-09", e.Time?.Range?.ToString());
    }

    [Fact]
    public void Two_acts_in_one_sentence_each_take_the_time_nearest_them()
    {
        var events = Fixtures.Bundled.Events.ExtractDocument(Texts.Claims("On 2 March Kenya agreed to send troops, and Kenyan troops arrived in Haiti within hours."), Texts.Dated(Texts.Anchor));
        Assert.Equal("2023-03-02", events.Single(e => e.CameoCode == "0334").Time?.Range?.ToString());
        Assert.Equal("2023-03-02/2023-03-03", events.Single(e => e.CameoCode == "074").Time?.Range?.ToString());
    }

    [Fact]
    public void The_action_words_and_place_are_kept()
    {
        var e = Assert.Single(Fixtures.Bundled.Events.ExtractDocument(Texts.Claims("Mali asked Russia for help in Bamako."), Texts.Dated(Texts.Anchor)));
        Assert.Equal("asked … for help", e.Action);
        Assert.Equal("Bamako", e.Place);
        Assert.Equal("Mali asked Russia for help in Bamako.".IndexOf("asked", StringComparison.Ordinal), e.Start);
    }
}
