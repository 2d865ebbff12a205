using Tessera.Events;
using Tessera.Analysis.Consequences;
using Tessera.Tests.Analysis.Events;

namespace Tessera.Tests.Analysis.Consequences;

/// <summary>Who gains and who loses: each row is a sentence and the outcome it states for an actor.</summary>
public class ConsequencesTests
{
    private static string[] Outcomes(string text) =>
        Tessera.Analysis.Consequences.Consequences.Build(Texts.Document(text).Outcomes).Entries.Select(e => $"{e.Actor}|{e.Direction}").ToArray();

    [Theory]
    [InlineData("Kenya emerged from the talks stronger.", "Kenya|Gain")]
    [InlineData("Azerbaijan looks like the clear winner.", "Azerbaijan|Gain")]
    [InlineData("Hungary's influence in the bloc is likely to wane.", "Hungary|Loss")]
    [InlineData("Ethiopia lost influence in the region.", "Ethiopia|Loss")]
    [InlineData("The blockade weakened Qatar.", "Qatar|Loss")]
    [InlineData("The biggest loser is Armenia.", "Armenia|Loss")]
    [InlineData("Serbia has been strengthened by the vote.", "Serbia|Gain")]
    [InlineData("The vote was a blow for Montenegro.", "Montenegro|Loss")]
    public void A_cue_names_the_actor_that_gains_or_loses(string text, string expected)
    {
        Assert.Equal([expected], Outcomes(text));
    }

    [Theory]
    [InlineData("The deal tilted the balance in favour of Iran and Syria.", "Iran|Gain", "Syria|Gain")]
    [InlineData("Poland and Estonia will probably lose influence.", "Poland|Loss", "Estonia|Loss")]
    public void Joined_actors_share_the_outcome(string text, string first, string second)
    {
        Assert.Equal([first, second], Outcomes(text));
    }

    [Fact]
    public void Two_actors_joined_before_a_partnership_are_one_actor()
    {
        Assert.Equal(["Azerbaijan–Turkey alliance|Gain"], Outcomes("The Turkey-Azerbaijan alliance has been strengthened."));
    }

    [Theory]
    [InlineData("Serbia did not lose influence.")]
    [InlineData("Nobody knows who will win.")]
    public void A_negated_cue_or_one_without_an_actor_states_no_outcome(string text)
    {
        Assert.Empty(Outcomes(text));
    }

    [Fact]
    public void The_balance_sums_each_actors_claims_with_their_stance()
    {
        var c = Tessera.Analysis.Consequences.Consequences.Build(Texts.Document(
            "Kenya emerged from the talks stronger. Kenya will probably gain influence. Critics say Kenya lost credibility.").Outcomes);
        var kenya = c.Of("Kenya")!;
        Assert.Equal(2, kenya.Gains.Count);
        Assert.Single(kenya.Losses);
        Assert.Equal(1, kenya.Net);
        Assert.Equal("gains", kenya.Verdict);
        Assert.True(kenya.Gains[1].Hedged);
        Assert.Equal(["doc#1", "doc#2"], kenya.Gains.Select(g => g.ClaimId));
    }

    [Fact]
    public void An_unknown_direction_in_a_users_cue_file_is_a_numbered_problem()
    {
        var dir = Directory.CreateTempSubdirectory("tessera-outcomes");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "outcome-cues.tsv"), "maybe\tsubject\tthrive+\n");
            var e = Assert.Throws<ProblemException>(() => new LanguageResources(dir.FullName).Outcomes);
            Assert.Equal("TSR021", e.Problem.Code);
        }
        finally { dir.Delete(recursive: true); }
    }
}
