using Tessera.Analysis;
using Tessera.Analysis.Forecasts;
using Tessera.Case;

namespace Tessera.Tests.Analysis;

/// <summary>Forecasts are credited to whoever made them; an actor's announcement of its own action is a commitment.</summary>
public class CommitmentTests
{
    private static Forecast Only(string text, string publisher = "Ministry")
    {
        var assessed = AnalysisKit.MakeCase(("s", publisher, text));
        var forecasts = ForecastBuilder.Build(assessed, [], Fixtures.Bundled.ForecastReaders);
        return Assert.Single(forecasts);
    }

    [Theory]
    [InlineData("Our troops will withdraw in ten days.", "Our")]
    [InlineData("We will lift the curfew on Monday.", "We")]
    [InlineData("The price of gas will stay at 50 tenge for 180 days.", "price")]
    [InlineData("The withdrawal of the contingent will begin in two days.", "withdrawal")]
    [InlineData("The state of emergency will remain in force until 19 January.", "state of emergency")]
    [InlineData("The ministry announced that the border crossings will reopen on Friday.", "announced")]
    public void An_actor_announcing_its_own_action_makes_a_commitment(string text, string words)
    {
        var f = Only(text);
        Assert.Equal(ForecastKind.Commitment, f.Kind);
        Assert.Equal(words, f.KindCue!.Text);
        Assert.Null(f.Probability);
    }

    [Theory]
    [InlineData("Kazakhstan will surely restore order.")]
    [InlineData("The troops may withdraw in ten days.")]
    [InlineData("It is very unlikely that the troops will stay beyond February.")]
    [InlineData("The government is expected to present a new programme.")]
    [InlineData("Protests will spread to other cities.")]
    public void A_statement_about_what_others_or_the_world_will_do_is_a_forecast(string text) =>
        Assert.Equal(ForecastKind.Forecast, Only(text).Kind);

    [Fact]
    public void A_forecast_is_credited_to_its_speaker_not_the_publisher_that_carried_it()
    {
        var f = Only("Tokayev said that protests will spread to other cities.", publisher: "Steppe Wire");
        Assert.Equal("Kassym-Jomart Tokayev", f.Speaker);
        Assert.Equal("Steppe Wire", f.Publisher);
        Assert.Equal("Steppe Wire", Only("Protests will spread to other cities.", publisher: "Steppe Wire").Speaker);
    }

    [Fact]
    public void A_bare_will_has_no_probability_but_an_estimative_word_gives_one()
    {
        var bare = Only("Protests will spread to other cities.");
        Assert.Null(bare.Probability);
        Assert.Equal("no estimative word", bare.Basis);
        Assert.Equal(0.675, Only("Protests will likely spread to other cities.").Probability!.Value, 3);
    }

    [Fact]
    [Overrides("analysis/commitments.tsv")]
    public void A_desk_can_name_its_own_instruments_of_commitment()
    {
        const string text = "The subsidy will continue until March.";
        Assert.Equal(ForecastKind.Forecast, Only(text).Kind);
        using var lex = Fixtures.Lexicon(("commitments.tsv", "subsidy\town\n"));
        var assessed = AnalysisKit.MakeCase(("s", "Ministry", text));
        Assert.Equal(ForecastKind.Commitment, Assert.Single(ForecastBuilder.Build(assessed, [], lex.Resources.ForecastReaders)).Kind);
    }
}
