using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Each attribution pattern, on sentences written for these tests.</summary>
public class AttributionTests
{
    private static IReadOnlyList<string> Speakers(string text, string unitStart) => Fixtures.ClaimStarting(text, unitStart).Speakers;

    [Theory]
    [InlineData("Interior Minister Ana Ruiz said that the curfew would end.", "Ana Ruiz")]
    [InlineData("The governor announced that schools will reopen.", "governor")]
    [InlineData("Opposition leaders claimed the vote was rigged.", "Opposition leaders")]
    [InlineData("Local residents warned that the dam was cracking.", "Local residents")]
    [InlineData("The army denied any role in the shooting.", "army")]
    [InlineData("Several diplomats believe that the talks will fail.", "Several diplomats")]
    [InlineData("The ministry recognized that mistakes were made.", "ministry")]
    [InlineData("Some observers speculate that the fire was set on purpose.", "Some observers")]
    [InlineData("Two people close to the president said he was ill.", "Two people close to the president")]
    [InlineData("Aid agencies warn that famine is spreading.", "Aid agencies")]
    [InlineData("Some investors fear that the rally has gone too far.", "Some investors")]
    [InlineData("In a filing, the firm disclosed that it had hired advisers.", "firm")]
    [InlineData("He is believed to be unharmed, his party said.", "his party")]
    [InlineData("Critics argue the law will silence dissent.", "Critics")]
    [InlineData("The mayor was quoted as saying that the dam held.", "mayor")]
    [InlineData("The inspectors' report found that the dam was weak.", "inspectors' report")]
    [InlineData("The official, who spoke on condition of anonymity, said the talks had stalled.", "official")]
    [InlineData("The company expects sales to fall, the chief executive said.", "company|chief executive")]
    public void The_subject_of_a_reporting_verb_with_content_is_the_speaker(string sentence, string speaker) =>
        Assert.Equal(speaker.Split('|'), Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("“We will not retreat,” said Colonel Omar Bashir.", "Omar Bashir")]
    [InlineData("“The bridge is gone,” a police spokesman said on Friday.", "a police spokesman")]
    [InlineData("The convoy was attacked twice, the agency said.", "agency")]
    [InlineData("The shelling stopped at dawn, residents say.", "residents")]
    public void Inverted_and_closing_attributions_name_the_speaker(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("“The total beats our goal,” Tamsin Oduya, the campaign manager, said in a statement.", "Tamsin Oduya")]
    [InlineData("“The bridge held,” Oduya said in an interview.", "Oduya")]
    [InlineData("Corin Vale, 21, a student from Harlow, said she came to vote for the first time.", "Corin Vale")]
    [InlineData("Vale, 35, the daughter of a former mayor, said on Monday that the family would move.", "Vale")]
    [InlineData("“We were there,” Corin Vale, 21, said after the rally.", "Corin Vale")]
    public void An_adjunct_age_or_reported_clause_after_the_verb_does_not_take_the_speakers_place(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Fact]
    public void A_number_before_the_verb_without_a_comma_after_it_is_no_age() =>
        // "43 said the same" counts respondents: there is no aside to step over, so the number is the subject.
        Assert.Equal(["43"], Fixtures.Claim("Of the 86 voters asked, 43 said the same for Vale.").Speakers);

    [Theory]
    [InlineData("“The bridge held,” said Oduya.", "Oduya")]
    [InlineData("“The bridge held,” Mr. Oduya said.", "Oduya")]
    [InlineData("Velmora told reporters that the bridge held.", "Velmora")]
    [InlineData("“The bridge held,” said Sen. Tamsin R. Oduya (D-Ore.), who chairs the panel.", "Tamsin R. Oduya")]
    [InlineData("“The bridge held,” said Mr. Oduya of Harlow Engineering.", "Oduya of Harlow Engineering")]
    [InlineData("“The bridge held,” said former Velmora adviser Tamsin Oduya.", "Tamsin Oduya")]
    [InlineData("''The bridge held,'' Ms. Oduya said.", "Oduya")]
    public void A_name_no_gazetteer_knows_is_a_speaker_without_its_titles(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("No doubt the bridge will hold.")]
    [InlineData("Don’t believe them.")]
    public void A_capitalised_word_that_names_no_one_is_no_speaker(string sentence) =>
        Assert.Empty(Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("Oduya pushed back on Thursday, saying that the bridge had held.", "Oduya")]
    [InlineData("In an interview with the radio, Mr. Oduya defended the plan, arguing that the bridge had held.", "Oduya")]
    public void A_participle_after_a_comma_reports_for_the_subject(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("Tamsin Oduya, a former director of the Harlow Bridge Trust, said the bridge held.", "Tamsin Oduya")]
    [InlineData("Her campaign manager, Tamsin Oduya, said the bridge held.", "Her campaign manager")]
    [InlineData("Interior Minister of Velmora, Tamsin Oduya, said the bridge held.", "Tamsin Oduya")]
    [InlineData("A woman in Worcester, Massachusetts, told reporters that the bridge held.", "A woman in Worcester")]
    public void The_subject_speaks_and_an_aside_only_describes_it_unless_the_subject_is_a_title(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Theory]
    [InlineData("Kassym-Jomart Tokayev aides said the bridge held.", "Kassym-Jomart Tokayev aides")]
    [InlineData("Last month, 26 percent said the bridge would hold.", "26 percent")]
    [InlineData("Two in three said the bridge would hold.", "Two in three")]
    public void A_description_or_a_share_speaks_as_written(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Fact]
    public void A_pronoun_no_earlier_name_resolves_is_an_unknown_speaker()
    {
        Assert.Equal([Attributor.UnknownSpeaker], Fixtures.Claim("“The bridge held,” she said.").Speakers);
    }

    [Fact]
    public void Every_sentence_of_a_quotation_in_doubled_apostrophes_keeps_its_speaker()
    {
        var claims = Fixtures.Claims("''The bridge held,'' Mr. Oduya said. ''It was built to last. We checked it twice.''\n\nTraffic resumed.");
        Assert.Equal(["Oduya"], claims.Single(c => c.Text.StartsWith("''It was", StringComparison.Ordinal)).Speakers);
        Assert.Equal(["Oduya"], claims.Single(c => c.Text.StartsWith("We checked", StringComparison.Ordinal)).Speakers);
        Assert.Empty(claims.Single(c => c.Text == "Traffic resumed.").Speakers);
    }

    [Theory]
    [InlineData("According to the health ministry, 40 people died.", "health ministry")]
    [InlineData("Ninety people were detained, according to local media.", "local media")]
    public void According_to_names_the_source(string sentence, string speaker) =>
        Assert.Equal([speaker], Fixtures.Claim(sentence).Speakers);

    [Fact]
    public void Appositives_relative_clauses_and_participles_between_subject_and_verb_are_stepped_over()
    {
        Assert.Equal(["Ana Ruiz"], Speakers("Ana Ruiz, the interior minister, said the curfew would end.", "Ana Ruiz"));
        Assert.Equal(["Nigeria"], Speakers("Nigeria, which chairs the bloc, has denied the report.", "Nigeria"));
        Assert.Equal(["State radio"], Speakers("State radio, citing the army, reported heavy losses.", "State radio"));
        Assert.Equal(["Ana Ruiz"], Speakers("Deputy Minister of Health, Ana Ruiz, said that stocks were low.", "Deputy"));
    }

    [Fact]
    public void A_quotation_over_several_sentences_takes_the_speaker_named_where_it_closes()
    {
        const string text = "“We are ready to help. We are a reliable partner,” said Foreign Minister Lena Park.";
        Assert.Equal(["Lena Park"], Speakers(text, "“We are ready"));
        Assert.Equal(["Lena Park"], Speakers(text, "We are a reliable"));
    }

    [Fact]
    public void A_quotation_that_goes_on_in_the_next_sentence_keeps_its_speaker()
    {
        const string text = "\"We will not give up the city,\" the commander said. \"Our men are ready.\"\n\nThe minister told parliament:\n\n\"There will be no talks.\"";
        Assert.Equal(["commander"], Speakers(text, "\"Our men"));
        Assert.Equal(["minister"], Speakers(text, "\"There will"));
        Assert.Equal(["one protester"], Fixtures.Claim("\"Prices must come down,\" said one protester.").Speakers);
    }

    [Fact]
    public void An_epigraph_takes_its_attribution_line()
    {
        var claims = Fixtures.Claims("“Nothing is settled until everything is settled.”\n\nformer negotiator Lena Park\n\nThe talks began.");
        Assert.Equal(["Lena Park"], claims[0].Speakers);
        Assert.Empty(claims.Single(c => c.Text == "The talks began.").Speakers);
    }

    [Fact]
    public void Pronouns_are_resolved_to_the_person_just_named_or_heard()
    {
        const string text = "Prime Minister Ilir Berisha met the envoy on Monday. He said the border would stay open. " +
                            "Later he warned that the talks could collapse.";
        Assert.Equal(["Ilir Berisha"], Speakers(text, "He said"));
        Assert.Equal(["Ilir Berisha"], Speakers(text, "Later he warned"));
    }

    [Fact]
    public void A_definite_description_of_a_source_refers_back_to_it()
    {
        const string text = "A statement from the Defence Ministry said the drills were routine. “No threat is intended,” the statement reads.";
        Assert.Equal(["Defence Ministry"], Speakers(text, "A statement"));
        Assert.Equal(["Defence Ministry"], Speakers(text, "“No threat"));
    }

    [Fact]
    public void A_possessor_is_not_the_source()
    {
        var claims = Fixtures.Claims("Foreign Minister Lena Park arrived. Park's deputy, however, suggested that talks could resume.");
        Assert.Equal(["Park's deputy"], claims[1].Speakers);
    }

    [Fact]
    public void Coordinated_actors_each_speak()
    {
        Assert.Equal(["France", "Germany"], Fixtures.Claim("France and Germany have criticized the blockade.").Speakers);
    }

    [Fact]
    public void A_transcript_label_speaks_for_its_paragraphs()
    {
        var claims = Fixtures.Claims("MINISTER LENA PARK: We are ready. The army will stay.\n\nWe have no other plans.\n\nQUESTION: When will it end?\n\nIt depends.");
        Assert.Equal(["Lena Park"], claims.Single(c => c.Text == "The army will stay.").Speakers);
        Assert.Equal(["Lena Park"], claims.Single(c => c.Text == "We have no other plans.").Speakers);
        // An interview's turn label names no one, and ends the turn before it.
        Assert.Empty(claims.Single(c => c.Text.StartsWith("QUESTION", StringComparison.Ordinal)).Speakers);
        Assert.Empty(claims.Single(c => c.Text == "It depends.").Speakers);
    }

    [Theory]
    [InlineData("Q: Will the talks resume?")]
    [InlineData("Question: Will the talks resume?")]
    [InlineData("A: They will, next week.")]
    public void An_interview_label_is_no_speaker(string text)
    {
        Assert.Empty(Fixtures.Claim(text).Speakers);
    }

    [Fact]
    public void A_narrative_sentence_that_names_its_source_ends_a_label_turn()
    {
        var claims = Fixtures.Claims("LENA PARK: We are ready.\n\nThe minister later said the army would stay.\n\nTroops crossed the border on Monday.");
        Assert.Empty(claims.Single(c => c.Text.StartsWith("Troops", StringComparison.Ordinal)).Speakers);
    }

    [Theory]
    [InlineData("The president asked the alliance for military help.")]
    [InlineData("Paris agreed to the request of the junta.")]
    [InlineData("The governor invited the envoys to the talks.")]
    [InlineData("This month's uprising in the capital, a city of four million, reaffirmed that the army is loyal.")]
    [InlineData("The reports of shooting were confirmed by medics.")]
    [InlineData("Claims of foreign involvement rest on no evidence.")]
    [InlineData("The violence was seen as a warning.")]
    [InlineData("The envoy refused to say what happened.")]
    [InlineData("Referring to earlier crises, the outcome looks familiar.")]
    [InlineData("The alliance has asserted itself as a security provider.")]
    [InlineData("The minister stressed the importance of dialogue.")]
    [InlineData("A spokesperson for the ministry declined to comment.")]
    public void Requests_agreements_passives_and_events_are_not_attributions(string sentence) =>
        Assert.Empty(Fixtures.Claim(sentence).Speakers);

    [Fact]
    public void The_speaker_cue_names_the_reporting_words()
    {
        var claim = Fixtures.Claim("The minister stressed that aid would continue.");
        var cue = Assert.Single(claim.Cues, c => c.Flag == Flag.Speaker);
        Assert.Equal("stressed", cue.Text);
    }

    [Fact]
    public void Names_joined_to_a_known_actor_are_a_source_though_the_last_is_on_no_list()
    {
        var claim = Fixtures.Claim("CNN and Quorvex-X say the harbour has more ferries.");
        Assert.Equal(["CNN and Quorvex-X"], claim.Speakers);
    }
}
