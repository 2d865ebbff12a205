using Tessera.Analysis.Corroboration;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis;

/// <summary>Grouping claims that state the same thing, counting independent sources, and flagging contradictions, on short
/// made-up sentences.</summary>
public class CorroborationTests
{
    private static readonly CorroborationLexicon Lex = Fixtures.Bundled.Corroboration;

    private static CorroborationResult Run(params (string Id, string Publisher, string Text)[] documents)
    {
        var c = MakeCase(documents);
        return Corroborator.Run(c, Lex);
    }

    private static ClaimFeatures Features(string sentence) => ClaimFeatures.Of(MakeCase(("s", "S", sentence)).Claims.Single(), Lex);

    [Fact]
    public void Paraphrases_of_one_event_group_and_another_event_stays_apart()
    {
        var result = Run(
            ("a", "Steppe Wire", "Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent. Prosecutors said that 225 people died in the unrest."),
            ("b", "Daily Herald", "On Jan. 6 the first Russian paratroopers of the CSTO contingent arrived in Almaty. The death toll reached 225, prosecutors said."),
            ("c", "Evening Post", "The price of bread rose sharply in Almaty."));
        Assert.Equal(2, result.Groups.Count);
        Assert.Equal(["a#1", "b#1"], result.Groups[0].ClaimIds);
        Assert.Equal(["a#2", "b#2"], result.Groups[1].ClaimIds);
        Assert.Equal(2, result.OriginsBacking("a#1"));
        Assert.Equal(1, result.OriginsBacking("c#1"));
        Assert.Null(result.GroupFor("c#1"));
    }

    [Theory]
    [InlineData("Twenty-two passengers died when the coach left the road.", 22)]
    [InlineData("Thirty-one miners were brought to the surface.", 31)]
    // A hyphen between two number words that are not tens and units leaves them apart.
    [InlineData("The two-thirds majority needed for the vote was not reached.", 2)]
    public void A_number_in_words_with_a_hyphen_is_one_number(string sentence, double number) =>
        Assert.Equal([number], Features(sentence).Numbers);

    [Theory]
    // Every word the two reports share is carried by a third claim too: with a cap of two, none of them proposes the pair.
    [InlineData("Russian paratroopers landed in Almaty as part of the CSTO contingent.",
                "The first Russian paratroopers of the CSTO contingent arrived in Almaty.", false)]
    // "airfield" is theirs alone, so it proposes the pair, which is then scored on every word it shares.
    [InlineData("Russian paratroopers landed at the airfield in Almaty as part of the CSTO contingent.",
                "The first Russian paratroopers of the CSTO contingent arrived at the Almaty airfield.", true)]
    public void A_term_more_common_than_the_cap_proposes_no_pair_to_compare(string first, string second, bool grouped)
    {
        var c = MakeCase(("a", "Steppe Wire", first), ("b", "Daily Herald", second),
            ("c", "Evening Post", "Russian paratroopers of the CSTO contingent guarded the airport in Almaty."));
        Assert.Contains(Corroborator.Run(c, Lex).Groups, g => g.ClaimIds.Contains("a#1") && g.ClaimIds.Contains("b#1"));
        using var capped = Fixtures.Lexicon(("corroboration.tsv", "common-term\t2\ta term in three claims is common here\n"));
        var result = Corroborator.Run(c.Claims, c.Sources, capped.Resources.Corroboration);
        Assert.Equal(grouped, result.Groups.Any(g => g.ClaimIds.SequenceEqual(["a#1", "b#1"])));
        Assert.Null(result.GroupFor("c#1"));
    }

    [Theory]
    // An announced withdrawal in three wordings: withdrawal, leaving and pullout fold to one concept. "The bloc" is no source
    // noun, so each paper speaks in its own voice: three origins.
    [InlineData(3, "The bloc said its phased withdrawal from Mali would begin in three days.",
                "Its soldiers would begin leaving Mali in three days, the bloc said.",
                "The pullout of the bloc's soldiers from Mali will begin in three days.")]
    // A deployment on one day: the troops arriving, and the decision to send them.
    [InlineData(2, "Peacekeepers of the ECOWAS force arrived in Bamako on 4 March.", "ECOWAS decided on 4 March to send its peacekeepers to Bamako.")]
    // One toll counted in people and in bodies, both from the prosecutors: one origin.
    [InlineData(1, "Prosecutors said 312 people had died in the floods.", "Prosecutors say 312 bodies were recovered after the floods.")]
    // A relayed figure, told by the relay and by those who cite it; only the first names its origin.
    [InlineData(3, "The regional radio station, quoting hospital staff, reported 87 deaths.", "A toll of 87 was broadcast by the regional radio station.",
                "The figure of 87 dead came from hospital staff.")]
    // An exact figure and an approximate one that holds it, both from the security service.
    [InlineData(1, "Police have detained 4,900 people since Sunday, the security service said.",
                "Nearly 5,000 people have been detained by police since Sunday, according to the security service.")]
    // A report and a hedged retelling of it, both the governor's words.
    [InlineData(1, "The governor said he had ordered the police to shoot looters on sight.", "The governor says police may shoot looters on sight.")]
    public void Paraphrases_of_one_event_across_sources_are_grouped(int origins, params string[] sentences)
    {
        var result = Run(sentences.Select((s, i) => ($"s{i}", $"Publisher {i}", s)).ToArray());
        var group = Assert.Single(result.Groups);
        Assert.Equal(sentences.Select((_, i) => $"s{i}#1"), group.ClaimIds);
        Assert.Equal((origins, sentences.Length), (group.IndependentOrigins, group.Reports));
    }

    [Fact]
    public void Different_events_of_one_crisis_told_by_two_sources_make_a_group_each()
    {
        // The same six events in each source, in other words: the announced and the completed withdrawal are told apart by
        // their days, the three tolls by what they count.
        var result = Run(
            ("a", "Steppe Wire", "On 11 March the bloc said its phased withdrawal from Mali would begin in three days. " +
                                 "On 19 March the bloc said its withdrawal from Mali was complete. " +
                                 "Peacekeepers of the ECOWAS force arrived in Bamako on 4 March. Prosecutors said 312 people had died in the floods. " +
                                 "The regional radio station, quoting hospital staff, reported 87 deaths. " +
                                 "Police have detained 4,900 people since Sunday, the security service said."),
            ("b", "Daily Herald", "The pullout of the bloc's soldiers from Mali will begin in three days, it announced on 11 March. " +
                                  "The last of the bloc's soldiers left Mali on 19 March, completing the withdrawal. " +
                                  "ECOWAS decided on 4 March to send its peacekeepers to Bamako. Prosecutors say 312 bodies were recovered after the floods. " +
                                  "A toll of 87 was broadcast by the regional radio station. " +
                                  "Nearly 5,000 people have been detained by police since Sunday, according to the security service."));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"a#{i} b#{i}"), result.Groups.Select(g => string.Join(' ', g.ClaimIds)));
        // "Nearly 5,000" agrees with 4,900: an approximate figure agrees with any within a tenth of it.
        Assert.DoesNotContain(result.Contradictions, c => c.Subject == "detained");
    }

    [Fact]
    public void Each_claim_counts_the_independent_origins_that_back_it()
    {
        var result = Run(
            ("a", "Steppe Wire", "The bloc said its phased withdrawal from Mali would begin in three days. " +
                                 "Prosecutors said 312 people had died in the floods. Looters set fire to the customs house in Bamako."),
            ("b", "Daily Herald", "Its soldiers would begin leaving Mali in three days, the bloc said. Prosecutors say 312 bodies were recovered after the floods."),
            ("c", "Evening Post", "The pullout of the bloc's soldiers from Mali will begin in three days."));
        // Three papers in their own voices; the prosecutors, however many papers retell them; one claim alone.
        Assert.Equal([3, 1, 1], new[] { "a#1", "a#2", "a#3" }.Select(result.OriginsBacking));
    }

    [Fact]
    public void Claims_of_one_document_are_not_corroboration_of_each_other()
    {
        var result = Run(("a", "Steppe Wire", "The CSTO contingent left Almaty on 19 January. On 19 January the CSTO contingent left Almaty."));
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Sharing_a_topic_is_not_stating_the_same_thing()
    {
        var result = Run(
            ("a", "Steppe Wire", "The first rallies in the capital were peaceful."),
            ("b", "Daily Herald", "Free everyone jailed only for joining a peaceful rally."));
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void A_question_corroborates_nothing()
    {
        var result = Run(
            ("a", "Steppe Wire", "The coroner has released no count of the injured in Lagos."),
            ("b", "Daily Herald", "Has the coroner released any count of the injured in Lagos?"));
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void One_publisher_counts_once()
    {
        var result = Run(
            ("a", "Steppe Wire", "Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent."),
            ("b", "Steppe Wire (evening edition)", "On Jan. 6 the first Russian paratroopers of the CSTO contingent arrived in Almaty."),
            ("c", "Daily Herald", "CSTO paratroopers from Russia landed in Almaty on 6 January."));
        var group = Assert.Single(result.Groups);
        Assert.Equal(3, group.SourceIds.Count);
        Assert.Equal(2, group.IndependentOrigins);
    }

    [Fact]
    public void Copies_of_one_wire_story_count_once()
    {
        const string story = "Russian paratroopers landed in Almaty on 6 January. The CSTO said its contingent would leave within ten days. " +
                             "Prosecutors said that 225 people died.";
        var result = Run(("paper1", "Daily Herald", story), ("paper2", "Evening Post", story),
            ("own", "Steppe Wire", "On Jan. 6 Russian paratroopers landed at Almaty airport."));
        Assert.Equal(["paper1", "paper2"], Assert.Single(result.CopiedSources));
        var landing = result.GroupFor("own#1")!;
        Assert.Equal(3, landing.SourceIds.Count);
        Assert.Equal(2, landing.IndependentOrigins);
    }

    [Fact]
    public void Different_figures_for_one_count_are_a_contradiction()
    {
        var result = Run(
            ("a", "Steppe Wire", "The city radio reported 58 deaths on 3 May."),
            ("b", "Daily Herald", "The coroner said that 71 people had died, including 6 firefighters."),
            ("c", "Evening Post", "The mayor's office later raised the death toll to 74 and then 80."),
            ("d", "Morning Star", "About 1,500 troops were deployed."),
            ("e", "Night Owl", "The alliance sent 1,540 troops."));
        var deaths = Assert.Single(result.Contradictions, c => c.Kind == ContradictionKind.Figures);
        Assert.Equal("deaths", deaths.Subject);
        Assert.Equal(["a#1", "b#1", "c#1"], deaths.ClaimIds);
        // The mayor's office raised its own toll: 80 is its current figure, 74 an update it left behind, not a rival.
        Assert.Equal("58 (a#1); 71 (b#1); 80 (c#1)", deaths.Detail);
        // "about 1,500" and 1,540 agree: "about" widens a figure by a tenth either way (analysis/approximations.tsv).
        Assert.DoesNotContain(result.Contradictions, c => c.Subject == "troops");
    }

    [Fact]
    public void Saying_the_same_thing_negatively_is_a_contradiction()
    {
        var result = Run(
            ("a", "Steppe Wire", "Russian troops will stay in Kazakhstan after February."),
            ("b", "Daily Herald", "Russian troops will not stay in Kazakhstan after February."));
        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal(ContradictionKind.Polarity, contradiction.Kind);
        Assert.Equal(["a#1", "b#1"], contradiction.ClaimIds);
    }

    [Fact]
    public void A_negation_in_a_clause_of_its_own_contradicts_nothing()
    {
        var result = Run(
            ("a", "Steppe Wire", "Russian troops will stay in Kazakhstan after February, officials in Almaty said."),
            ("b", "Daily Herald", "Russian troops will stay in Kazakhstan after February; no date has been set."));
        Assert.Single(result.Groups);
        Assert.Empty(result.Contradictions);
    }

    [Fact]
    public void The_same_statement_on_different_days_is_a_contradiction()
    {
        var result = Run(
            ("a", "Steppe Wire", "Tokayev accepted the resignation of Mamin's government in Almaty on 5 January."),
            ("b", "Daily Herald", "Tokayev accepted the resignation of Mamin's government in Almaty on 6 January."));
        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal(ContradictionKind.Dates, contradiction.Kind);
        Assert.Equal("Jan 5 (a#1) against Jan 6 (b#1)", contradiction.Detail);
    }

    [Theory]
    // sentence                                                        figures (kind:value, ~ approximate)
    [InlineData("The coroner said that 71 people had died, including 6 firefighters.", "deaths:71")]
    [InlineData("A toll of 58 was withdrawn a day later.", "deaths:58")]
    [InlineData("The mayor put the death toll at 74 and then 80; about 3,000 were detained.", "deaths:74 deaths:80 detained:~3000")]
    [InlineData("Nearly 3,000 people were detained, the police chief said.", "detained:~3000")]
    [InlineData("More than 270 deaths were reported in Almaty.", "deaths:~270")]
    [InlineData("Up to 40 people were injured.", "injured:~40")]
    [InlineData("The pullout of the peacekeepers will start in two weeks.", "")]
    [InlineData("Talks will resume in two weeks.", "")]
    [InlineData("The bloc sent two soldiers.", "troops:2")]
    [InlineData("On the night of 8–9 May guards fired on the crowd.", "")]
    [InlineData("The price rose to 120 tenge a litre in 2022.", "")]
    public void A_figure_is_a_number_with_what_it_counts(string sentence, string expected)
    {
        var figures = Features(sentence).Figures.Select(f => $"{f.Kind}:{(f.Approximate ? "~" : "")}{f.Value}");
        Assert.Equal(expected, string.Join(' ', figures));
    }

    [Theory]
    [InlineData("MAY 6 – The alliance agrees to send ships.", "May 6")]
    [InlineData("Geneva, March 7, 2023 – a statement.", "Mar 7")]
    [InlineData("The contingent was gone by 19 January.", "Jan 19")]
    [InlineData("On the night of 8–9 May guards fired.", "May 8 May 9")]
    [InlineData("Protests may spread to 5 more cities.", "")]
    [InlineData("Talks are set for May 12.", "May 12")]
    // Digits of other scripts make a number token, but only ASCII digits are read as a day.
    [InlineData("Talks are set for \u0661\u0662 May.", "")]
    public void Days_are_read_in_the_ways_reports_write_them(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', Features(sentence).Dates.Order().Select(d => d.ToString())));

    [Theory]
    [InlineData("arrived", "deploy")]
    [InlineData("pullout", "withdraw")]
    [InlineData("leaving", "withdraw")]
    [InlineData("demonstrators", "protest")]
    [InlineData("facilities", "facility")]
    [InlineData("guarded", "guard")]
    [InlineData("stopped", "stop")]
    [InlineData("strategic", "strategic")]
    public void Words_fold_to_their_concept_or_a_light_stem(string word, string term) =>
        Assert.Equal(term, ClaimFeatures.Term(word, Lex));

    [Theory]
    [InlineData("The troops will not stay.", true)]
    [InlineData("Washington denied any role.", true)]
    [InlineData("It leaves no doubt that the riots were planned abroad.", false)]
    [InlineData("The evacuation will last no more than a week.", false)]
    [InlineData("The troops will stay.", false)]
    public void Negation_is_read_past_idioms(string sentence, bool negative) => Assert.Equal(negative, Features(sentence).Negative);
}
