using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>Vague sourcing (ICD 206): a claim whose source the text leaves unnamed or uncheckable is flagged, with the words.</summary>
public class VagueSourcingTests
{
    [Theory]
    [InlineData("Officials said the curfew would be lifted on Friday.", "Officials said", "unnamed-source")]
    [InlineData("Kazakh officials in Almaty have said the airport was retaken.", "officials in Almaty have said", "unnamed-source")]
    [InlineData("According to two senior officials, the president left the capital.", "According to two senior officials", "unnamed-source")]
    [InlineData("The airport was retaken, said diplomats.", "said diplomats", "unnamed-source")]
    [InlineData("A person familiar with the matter said the talks were postponed.", "A person familiar with", "unnamed-source")]
    [InlineData("The envoy, speaking on condition of anonymity, confirmed the delay.", "on condition of anonymity", "unnamed-source")]
    [InlineData("It is believed that the former security chief fled abroad.", "It is believed", "impersonal-belief")]
    [InlineData("The former security chief is thought to have fled abroad.", "is thought to", "impersonal-belief")]
    [InlineData("Some analysts see the crisis as an elite struggle.", "Some analysts", "vague-group")]
    [InlineData("Experts say the price rise was the trigger.", "Experts say", "vague-group")]
    [InlineData("Many believe the protests were organised.", "Many believe", "vague-group")]
    [InlineData("As one expert said, the alliance will hold.", "one expert said", "vague-group")]
    [InlineData("Witnesses told of beatings in custody.", "Witnesses told", "unnamed-source")]
    public void A_claim_on_an_unnamed_or_vague_source_is_flagged_with_its_words(string sentence, string words, string family)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.True(claim.VaguelySourced, sentence);
        var cue = Assert.Single(claim.Cues, c => c.Flag == Flag.VaguelySourced);
        Assert.Equal(words, cue.Text);
        Assert.Equal(family, cue.Family);
        Assert.Equal(words, sentence[cue.Start..cue.End]);
    }

    [Theory]
    [InlineData("The interior ministry said 164 people had died.")]
    [InlineData("Tokayev said the troops would leave within ten days.")]
    [InlineData("Officials arrested 20 people, police said.")]
    [InlineData("The official news agency said the situation was stable.")]
    [InlineData("Officials were told to leave the building.")]
    [InlineData("Former officials suspected of treason are in custody.")]
    [InlineData("\u201cSources said nothing,\u201d the minister added.")]
    public void A_named_source_or_a_group_that_is_not_a_source_is_not_flagged(string sentence) =>
        Assert.False(Fixtures.Claim(sentence).VaguelySourced, sentence);
}

/// <summary>The brief and the exports count each source's vaguely sourced claims.</summary>
public class VagueSourcingCountTests
{
    [Fact]
    public void Each_source_counts_its_vaguely_sourced_claims()
    {
        var assessed = Tessera.Tests.Analysis.AnalysisKit.MakeCase(
            ("wire", "Wire", "Officials said the bridge reopened. Sources close to the mayor said he resigned. The bridge reopened on Monday."),
            ("ministry", "Ministry", "The ministry said the bridge reopened."));
        var tallies = Tessera.Analysis.Summary.CaseSummary.Of(assessed).Sources.ToDictionary(t => t.Source.Id, t => t.VaguelySourced);
        Assert.Equal(2, tallies["wire"]);
        Assert.Equal(0, tallies["ministry"]);
    }
}
