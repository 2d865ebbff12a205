using Tessera.Stance;

namespace Tessera.Tests.Stance;

/// <summary>A modal is a hedge only when it doubts (epistemic); granting, being able, asking and being polite doubt nothing, and a
/// habit, an offer or a supposition predicts nothing that can resolve (lexicon/modal-readings.tsv).</summary>
public class ModalityTests
{
    [Theory]
    [InlineData("The ceasefire may collapse within days.")]
    [InlineData("The shelling could spread to the northern districts.")]
    [InlineData("The dam might fail if the rains continue.")]
    public void An_epistemic_modal_hedges(string sentence) => Assert.True(Fixtures.Claim(sentence).Hedged);

    [Theory]
    [InlineData("Border guards may now fire without warning.")]
    [InlineData("Under the decree, journalists may enter the zone only with an escort.")]
    [InlineData("You may leave the shelter once the siren stops.")]
    [InlineData("Villagers could hear artillery through the night.")]
    [InlineData("Could you tell us where the convoy is heading?")]
    [InlineData("May I ask the minister about the arrests?")]
    public void Permission_ability_and_requests_are_neither_hedges_nor_predictions(string sentence)
    {
        var claim = Fixtures.Claim(sentence);
        Assert.False(claim.Hedged);
        Assert.False(claim.Prediction);
    }

    [Theory]
    [InlineData("Ministers will usually meet on Tuesdays.")]
    [InlineData("We will help anyone who asks for shelter.")]
    [InlineData("Will you please take your seats.")]
    [InlineData("If talks fail, the army will resume the offensive.")]
    [InlineData("Should the rebels advance, the government will call in allied troops.")]
    [InlineData("Unless aid arrives, thousands will go hungry.")]
    public void A_habit_an_offer_or_a_supposition_is_no_prediction(string sentence) =>
        Assert.False(Fixtures.Claim(sentence).Prediction);

    [Theory]
    [InlineData("The president will visit Almaty on Monday.")]
    [InlineData("The committee will publish its report next month.")]
    [InlineData("Talks could resume next week in Geneva.")]
    public void A_future_event_that_can_resolve_is_a_prediction(string sentence) =>
        Assert.True(Fixtures.Claim(sentence).Prediction);

    [Fact]
    public void Do_you_is_an_open_question_not_a_request()
    {
        // "*" in the file stands for the modals it names, so a question opened by "Do" still doubts.
        Assert.True(Fixtures.Claim("Do you think the bridge will hold?").Hedged);
    }

    [Fact]
    public void The_first_row_in_file_order_reads_the_modal_whether_it_names_the_modal_or_every_one()
    {
        const string text = "The dam may soon hold.";
        // A supposition still doubts; permission doubts nothing. Which row reads "may" is the file's order, across "*" rows and
        // the modal's own.
        using var everyOneFirst = Fixtures.Lexicon(("modal-readings.tsv", "*\tsoon\tafter\tconditional\nmay\tsoon\tafter\tpermission\n"));
        Assert.True(Claim(everyOneFirst.Resources, text).Hedged);
        using var ownFirst = Fixtures.Lexicon(("modal-readings.tsv", "may\tsoon\tafter\tpermission\n*\tsoon\tafter\tconditional\n"));
        Assert.False(Claim(ownFirst.Resources, text).Hedged);
        Assert.True(Fixtures.Claim(text).Hedged);
    }

    private static Tessera.Claims.Claim Claim(LanguageResources resources, string text) =>
        resources.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim);
}
