using Tessera.Events.Causes;
using Tessera.Pipeline;

namespace Tessera.Tests.Events.Causes;

/// <summary>The causal claims the pipeline reads: a cause, an effect (or the crisis), the words that link them, and the stance
/// a listed cause inherits from its lead-in. Every sentence here is written for its test.</summary>
public class CausalReaderTests
{
    private static IReadOnlyList<CausalClaim> Read(string text, LanguageResources? resources = null) =>
        new DocumentPipeline(resources ?? Fixtures.Bundled).Run(Fixtures.Text(text)).Causes;

    /// <summary>A claim as "cause => effect [cue]", with "(crisis)" for an effect the text leaves to the case.</summary>
    private static string Line(CausalClaim c) => $"{c.Cause} => {c.Effect ?? "(crisis)"} [{string.Join(" + ", c.Cues)}]";

    [Theory]
    [InlineData("Rising bread prices sparked protests in the capital.", "Rising bread prices => protests in the capital [sparked]")]
    [InlineData("The strike was triggered by the dismissal of two union leaders.", "the dismissal of two union leaders => The strike [was triggered by]")]
    [InlineData("The clashes stem from a long dispute over grazing land.", "a long dispute over grazing land => The clashes [stem from]")]
    [InlineData("Hundreds fled the valley because of the shelling.", "the shelling => Hundreds fled the valley [because of]")]
    [InlineData("Corruption in the customs service led to the shortages.", "Corruption in the customs service => the shortages [led to]")]
    [InlineData("Smugglers were behind the violence at the border post.", "Smugglers => the violence at the border post [were behind]")]
    [InlineData("Drought and failed harvests played a major role in the unrest.", "Drought and failed harvests => the unrest [played ... role in]")]
    [InlineData("The initial trigger was a sudden rise in the price of cooking oil.", "a sudden rise in the price of cooking oil => (crisis) [The ... trigger was]")]
    [InlineData("The governor blamed exiled activists for organising the riots.", "exiled activists for organising the riots => (crisis) [blamed ... for]")]
    [InlineData("Witnesses described a militia-instigated revolt.", "militia => revolt [instigated]")]
    [InlineData("The riots, which began over a disputed count, lasted a week.", "a disputed count => The riots [began over]")]
    public void A_causal_pattern_links_a_cause_to_its_effect(string text, string expected)
    {
        Assert.Contains(expected, Read(text).Select(Line));
    }

    [Theory]
    [InlineData("Let me start with the border, because that is where the talks failed.")]
    [InlineData("We know the raid was planned, because the trucks arrived within the hour.")]
    [InlineData("The foreign minister led the delegation to Geneva.")]
    [InlineData("The guard pulled the trigger of a gun and ran.")]
    [InlineData("The convoy drove to the capital overnight.")]
    [InlineData("Fuel prices rose by a tenth in March.")]
    [InlineData("The soldiers stood behind the wall of the barracks.")]
    public void A_look_alike_is_no_cause(string text) => Assert.Empty(Read(text));

    [Theory]
    [InlineData("The opposition had nothing to do with the riots.", "The opposition")]
    [InlineData("Foreign powers did not cause the unrest, the minister said.", "Foreign powers")]
    [InlineData("The union was not behind the strikes.", "The union")]
    public void A_negated_or_denying_pattern_is_a_denial(string text, string cause)
    {
        var c = Assert.Single(Read(text));
        Assert.Equal(cause, c.Cause);
        Assert.True(c.Denied);
    }

    [Fact]
    public void Each_item_under_a_causal_lead_in_is_a_cause_with_the_lead_ins_hedge_and_words()
    {
        const string text = "Army Report\n\nThe following factors may have played a role in the unrest:\n\n" +
                            "- unpaid wages in the northern mines\n- a disputed election in the spring, which the opposition boycotted\n\nThe army restored order.\n";
        var causes = Read(text);
        Assert.Equal(["unpaid wages in the northern mines", "a disputed election in the spring"], causes.Select(c => c.Cause));
        Assert.All(causes, c =>
        {
            Assert.True(c.Hedged);
            Assert.Contains(c.HedgeWords, w => w.StartsWith("may", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("following factors", c.Cues);
            Assert.Equal("the unrest", c.Effect);
            Assert.NotNull(c.LeadIn);
            Assert.Equal(CauseStatus.Alleged, c.Status);
        });
    }

    [Fact]
    public void A_list_item_that_states_its_own_cause_gives_that_cause()
    {
        const string text = "Notes\n\nThe following causes stand out:\n\n- Neighbouring states blamed the smugglers for arming the rebels.\n";
        var c = Assert.Single(Read(text));
        Assert.Equal("the smugglers for arming the rebels", c.Cause);
        Assert.Contains("blamed ... for", c.Cues);
    }

    [Fact]
    public void A_trigger_cue_marks_what_set_the_crisis_off()
    {
        Assert.True(Assert.Single(Read("A tax on mobile calls sparked the demonstrations.")).Trigger);
        Assert.False(Assert.Single(Read("A tax on mobile calls fuelled the demonstrations.")).Trigger);
    }

    [Fact]
    public void A_cause_the_text_says_lacks_evidence_is_unsubstantiated()
    {
        var c = Assert.Single(Read("No evidence has been presented that foreign agents were behind the riots."));
        Assert.Equal(CauseStatus.Unsubstantiated, c.Status);
        Assert.NotEmpty(c.AbsenceWords);
    }

    [Fact]
    public void Spans_point_at_the_cause_and_effect_in_the_text()
    {
        const string text = "Heading\n\nIn the north, a bad harvest caused the famine.";
        var c = Assert.Single(Read(text));
        Assert.Equal(c.Cause, text[c.CauseStart..c.CauseEnd]);
        Assert.Equal(c.Effect, text[c.EffectStart..c.EffectEnd]);
    }

    [Fact]
    [Overrides("analysis/causal-cues.tsv")]
    public void A_users_pattern_reads_a_new_causal_verb()
    {
        const string text = "Years of hunger begot the revolt.";
        Assert.Empty(Read(text));
        using var lex = Fixtures.Lexicon(("causal-cues.tsv", "# an old verb\ncause\t{C} beget+|begot {E}\n"));
        Assert.Equal("Years of hunger => the revolt [begot]", Line(Assert.Single(Read(text, lex.Resources))));
    }

    [Theory]
    [InlineData("cause\t{X} sparked {E}\n", "unknown slot")]
    [InlineData("cause\tsparked {E}\n", "needs a {C} slot")]
    [InlineData("cause\t{C} * {E}\n", "at least one word")]
    [InlineData("reason\t{C} sparked {E}\n", "unknown reading")]
    public void A_bad_row_is_refused_with_its_file_and_line(string row, string why)
    {
        using var lex = Fixtures.Lexicon(("causal-cues.tsv", "# a bad row\n" + row));
        var e = Assert.Throws<ProblemException>(() => lex.Resources.Load());
        Assert.Contains("causal-cues.tsv", e.Problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 2", e.Problem.ToString(), StringComparison.Ordinal);
        Assert.Contains(why, e.Problem.ToString(), StringComparison.Ordinal);
    }
}
