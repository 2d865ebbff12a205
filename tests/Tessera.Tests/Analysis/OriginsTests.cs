using Tessera.Analysis;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Credibility;
using Tessera.Analysis.Judgments;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis;

/// <summary>Origins and relays, updates and retractions, figures as intervals, credibility, and a judgment held down by thin
/// evidence, each on a small case written for it.</summary>
public class OriginsTests
{
    private static readonly LanguageResources Resources = Fixtures.Bundled;

    private static (Tessera.Case.AssessedCase Case, CorroborationResult Result) Run(params (string Id, string Publisher, DateOnly? Published, string Text)[] documents)
    {
        var c = MakeCase(documents);
        return (c, Corroborator.Run(c, Resources.Corroboration));
    }

    private static DateOnly Jan(int day) => new(2022, 1, day);

    [Fact]
    public void One_origin_relayed_by_four_outlets_and_one_independent_report_are_two_origins()
    {
        var (_, result) = Run(
            ("tv", "State TV", Jan(9), "State television, citing the health ministry, reported that 164 people died in Almaty."),
            ("wire", "Steppe Wire", Jan(9), "According to the health ministry, 164 people died in Almaty."),
            ("herald", "Daily Herald", Jan(10), "The health ministry said that 164 people died in Almaty."),
            ("post", "Evening Post", Jan(10), "Citing the health ministry, the agency said 164 people died in Almaty."),
            ("monitor", "Rights Monitor", Jan(11), "Our researchers counted 164 people who died in Almaty."));
        var group = Assert.Single(result.Groups);
        Assert.Equal((2, 5), (group.IndependentOrigins, group.Reports));
        Assert.Equal(["health ministry", "Rights Monitor"], group.Origins);
        // The relay shows who passed it on: the broadcaster that carried it, then the ministry it cited.
        var tv = result.OriginOf("tv#1")!;
        Assert.Equal((OriginBasis.Cited, "health ministry"), (tv.Basis, tv.Name));
        Assert.Equal(["State TV", "State television"], tv.Relays);
    }

    [Fact]
    public void A_word_for_word_copy_is_a_relay_of_the_earliest_report()
    {
        const string story = "Crowds stormed the mayor's office in Almaty and set it on fire, witnesses said on Wednesday.";
        var (_, result) = Run(
            ("late", "Evening Post", Jan(7), story + " The airport was closed."),
            ("wire", "Steppe Wire", Jan(5), story + " Flights were cancelled."));
        var copy = result.OriginOf("late#1")!;
        Assert.Equal((OriginBasis.Copy, "wire#1"), (copy.Basis, copy.CopyOf));
        Assert.Equal(result.OriginOf("wire#1")!.Key, copy.Key);
        Assert.Equal(["Evening Post", "Steppe Wire"], copy.Relays);
        var group = result.GroupFor("late#1")!;
        Assert.Equal((1, 2), (group.IndependentOrigins, group.Reports));
    }

    [Fact]
    public void A_later_figure_from_the_same_origin_is_an_update_not_a_contradiction()
    {
        var (_, result) = Run(
            ("early", "Steppe Wire", Jan(10), "The interior ministry said 227 people had died."),
            ("later", "Daily Herald", Jan(12), "The interior ministry said 238 people had died."));
        Assert.DoesNotContain(result.Contradictions, c => c.Kind == ContradictionKind.Figures);
        var series = Assert.Single(result.Updates);
        Assert.Equal(("interior ministry", "later#1"), (series.Origin, series.Current.ClaimId));
        Assert.Equal("later#1", result.SupersededBy("early#1"));
        Assert.Null(result.SupersededBy("later#1"));
    }

    [Fact]
    public void The_same_two_figures_from_independent_origins_contradict()
    {
        var (_, result) = Run(
            ("a", "Steppe Wire", Jan(10), "The interior ministry said 227 people had died."),
            ("b", "Daily Herald", Jan(12), "Hospital staff said 238 people had died."));
        var contradiction = Assert.Single(result.Contradictions, c => c.Kind == ContradictionKind.Figures);
        Assert.Equal(["a#1"], contradiction.RivalsOf("b#1"));
    }

    [Theory]
    // An exact figure inside the interval an approximate one stands for agrees with it; outside it, it does not.
    [InlineData("nearly 10,000", "9,900", false)]
    [InlineData("about 10,000", "10,600", false)]
    [InlineData("nearly 10,000", "10,200", true)]
    [InlineData("more than 270", "225", true)]
    [InlineData("at least 220", "225", false)]
    [InlineData("up to 40", "52", true)]
    public void Approximate_figures_are_intervals(string approximate, string exact, bool contradicts)
    {
        var (_, result) = Run(
            ("a", "Steppe Wire", Jan(10), $"According to the prosecutors, {approximate} people were detained."),
            ("b", "Daily Herald", Jan(12), $"Volunteers said {exact} people were detained."));
        Assert.Equal(contradicts, result.Contradictions.Any(c => c.Kind == ContradictionKind.Figures));
    }

    [Fact]
    public void A_dispatch_is_dated_by_its_own_words_before_its_dateline()
    {
        var (_, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "ALMATY, Jan 9 – Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire."),
            ("herald", "Daily Herald", Jan(10), "Protesters stormed the mayor's office in Almaty on 5 January and set it on fire."));
        // Wednesday before Sunday 9 January is the 5th: the two agree, where the dateline's 9th would have disputed the date.
        Assert.NotNull(result.GroupFor("wire#1"));
        Assert.DoesNotContain(result.Contradictions, c => c.Kind == ContradictionKind.Dates);
    }

    [Fact]
    public void A_revision_names_the_figure_it_takes_back_and_retracts_its_origin_s_earlier_claims_of_it()
    {
        var (_, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "The health ministry said 164 people died in Almaty."),
            ("post", "Evening Post", Jan(9), "According to the health ministry, 164 people died in Almaty."),
            ("monitor", "Rights Monitor", Jan(10), "Our researchers counted 164 people who died in Almaty."),
            ("herald", "Daily Herald", Jan(12), "The health ministry revised its death toll in Almaty from 164 to 225."));
        // The ministry's own 164, first-hand or relayed, is taken back by the claim that revised it ...
        Assert.Equal("herald#1", result.Retracted.GetValueOrDefault("wire#1"));
        Assert.Equal("herald#1", result.Retracted.GetValueOrDefault("post#1"));
        // ... which gives the toll standing now, so it is no retraction itself; a count of 164 by another origin is its own.
        Assert.False(result.IsRetracted("herald#1"));
        Assert.False(result.IsRetracted("monitor#1"));
        Assert.Null(result.GroupFor("wire#1"));
    }

    [Fact]
    public void A_denied_figure_is_retracted_only_for_the_origin_that_denied_it()
    {
        var (_, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "The interior ministry said 40 police officers were killed in Almaty."),
            ("monitor", "Rights Monitor", Jan(10), "Witnesses said 40 police officers were killed in Almaty."),
            ("herald", "Daily Herald", Jan(11), "The interior ministry denied that 40 police officers were killed."));
        Assert.True(result.IsRetracted("wire#1"));
        Assert.True(result.IsRetracted("herald#1"));
        Assert.False(result.IsRetracted("monitor#1"));
    }

    [Fact]
    public void A_withdrawn_figure_is_retracted_and_corroborates_nothing()
    {
        var (c, result) = Run(
            ("tv", "State TV", Jan(9), "The health ministry reported 164 deaths in Almaty. The figure was withdrawn the next day."),
            ("wire", "Steppe Wire", Jan(9), "The health ministry reported 164 deaths in Almaty."),
            ("monitor", "Rights Monitor", Jan(15), "Prosecutors said 225 people died in Almaty."));
        Assert.True(result.IsRetracted("tv#1"));
        Assert.True(result.IsRetracted("wire#1"));
        Assert.Null(result.GroupFor("wire#1"));
        Assert.Equal(1, result.OriginsBacking("wire#1"));
        // Only the standing toll is left to compare: nothing contradicts it.
        Assert.DoesNotContain(result.Contradictions, x => x.Kind == ContradictionKind.Figures);
        var credibility = ClaimCredibility.Grade(c, result, Resources.Credibility);
        Assert.Equal(5, credibility["wire#1"].Grade);
        Assert.Contains("tv#1", credibility["wire#1"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_withdrawn_without_a_figure_is_retracted_for_its_origin_and_corroborates_nothing()
    {
        var (c, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "The defence ministry said soldiers opened fire on marchers near the Aktobe railway depot."),
            ("monitor", "Rights Monitor", Jan(9), "Witnesses told us soldiers opened fire on marchers near the Aktobe railway depot."),
            ("herald", "Daily Herald", Jan(11), "The defence ministry withdrew its statement that soldiers opened fire on marchers near the Aktobe depot."));
        Assert.Equal("herald#1", result.Retracted.GetValueOrDefault("wire#1"));
        Assert.Contains("wire#1", result.StatementsTakenBack);
        // The taker is no retraction itself, and the witnesses' account is their own: it stands, with nothing left to back it.
        Assert.False(result.IsRetracted("herald#1"));
        Assert.False(result.IsRetracted("monitor#1"));
        Assert.Null(result.GroupFor("wire#1"));
        Assert.Equal(1, result.OriginsBacking("monitor#1"));
        Assert.Equal(5, ClaimCredibility.Grade(c, result, Resources.Credibility)["wire#1"].Grade);
    }

    [Theory]
    // Someone else's denial is a dispute, not a retraction; a negated cue takes nothing back; a cue about other content neither.
    [InlineData("The mayor's office denied that soldiers opened fire on marchers near the Aktobe railway depot.")]
    [InlineData("The defence ministry did not withdraw its statement that soldiers opened fire on marchers near the Aktobe depot.")]
    [InlineData("The defence ministry withdrew its request for extra funds for the regional garrison.")]
    public void A_statement_stands_unless_its_own_origin_takes_it_back(string later)
    {
        var (_, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "The defence ministry said soldiers opened fire on marchers near the Aktobe railway depot."),
            ("herald", "Daily Herald", Jan(11), later));
        Assert.False(result.IsRetracted("wire#1"));
    }

    [Theory]
    // The speaker takes back its own word when a pronoun stands for it; a judgment by someone else ("was wrong") takes back
    // nothing, nor does a report that the statement "was withdrawn" (by whom?) or a source's own "it denies" of another.
    [InlineData("\"We withdraw our earlier statement that soldiers opened fire on marchers near the Aktobe depot,\" the defence ministry said.", true)]
    [InlineData("The defence ministry said it had withdrawn its statement that soldiers opened fire on marchers near the Aktobe depot.", true)]
    [InlineData("The governor said the defence ministry was wrong to say that soldiers opened fire on marchers near the Aktobe depot.", false)]
    [InlineData("A statement that soldiers opened fire on marchers near the Aktobe depot was withdrawn.", false)]
    public void Who_takes_a_statement_back_is_read_from_the_words_before_the_cue(string later, bool retracted)
    {
        var (_, result) = Run(
            ("wire", "Steppe Wire", Jan(9), "The defence ministry said soldiers opened fire on marchers near the Aktobe railway depot."),
            ("herald", "Daily Herald", Jan(11), later));
        Assert.Equal(retracted, result.IsRetracted("wire#1"));
    }

    [Fact]
    public void Within_one_report_the_later_sentence_takes_back_the_earlier_and_not_the_reverse()
    {
        var (_, result) = Run(
            ("tv", "State TV", Jan(9), "Police said the protest leaders had been detained in Taraz on Tuesday morning. " +
                "Hours later police retracted the report that the protest leaders had been detained in Taraz."));
        Assert.Equal("tv#2", result.Retracted.GetValueOrDefault("tv#1"));
        Assert.False(result.IsRetracted("tv#2"));
    }

    [Theory]
    // A second independent origin confirms (1); one origin from a usually reliable source is probably true (2); hedged, possibly
    // true (3); marked unverified, doubtful (4); a prediction cannot be judged yet (6).
    [InlineData("Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent.", 1)]
    [InlineData("The customs house in Shymkent burned down overnight.", 2)]
    [InlineData("The customs house in Shymkent may have burned down overnight.", 3)]
    [InlineData("The customs house in Shymkent reportedly burned down overnight.", 4)]
    [InlineData("The customs house in Shymkent will be rebuilt.", 6)]
    // Unnamed sources hold a claim at "possibly true" however reliable the outlet, unless a second origin confirms it.
    [InlineData("Officials said the customs house in Shymkent burned down overnight.", 3)]
    [InlineData("Officials said Russian paratroopers landed in Almaty on 6 January as part of the CSTO contingent.", 1)]
    public void Each_claim_has_an_Admiralty_credibility_with_its_reason(string sentence, int grade)
    {
        var (c, result) = Run(
            ("a", "Steppe Wire", Jan(10), sentence),
            ("b", "Daily Herald", Jan(10), "On Jan. 6 the first Russian paratroopers of the CSTO contingent arrived in Almaty."));
        var credibility = ClaimCredibility.Grade(c, result, Resources.Credibility)["a#1"];
        Assert.Equal(grade, credibility.Grade);
        Assert.False(string.IsNullOrWhiteSpace(credibility.Reason));
    }

    [Fact]
    public void A_judgment_resting_on_three_items_from_one_origin_is_at_most_likely_with_low_confidence()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("ministry.txt", "The interior ministry said the riots were directed from abroad. " +
                                  "The interior ministry said foreign fighters attacked the airport. " +
                                  "The interior ministry said the attackers had trained in camps abroad.");
        dir.Write("case.yaml", """
            title: One voice
            sources:
              - id: ministry
                file: ministry.txt
                date: 2022-01-10
                grade: B2
            hypotheses:
              - id: H1
                statement: A plot directed from abroad
              - id: H2
                statement: A spontaneous protest
            evidence:
              - id: E1
                quote: the riots were directed from abroad
                ratings: {H1: CC, H2: II}
              - id: E2
                quote: foreign fighters attacked the airport
                ratings: {H1: CC, H2: II}
              - id: E3
                quote: the attackers had trained in camps abroad
                ratings: {H1: CC, H2: II}
            """);
        var opened = CaseInput.OpenAnalysis(dir.Path, Resources);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        var findings = Findings.Of(opened.Value!, Resources);
        // Counted as three independent items, the ratings make H1 almost certain.
        Assert.True(findings.Ach!.Score("H1").Posterior > 0.95);
        var judgment = findings.KeyJudgments.Single(j => j.Kind == "explanation");
        Assert.Equal(("likely", Confidence.Low), (judgment.Likelihood?.Name, judgment.Confidence));
        Assert.Contains("from 1 independent origins: interior ministry [B2] (3 items)", judgment.Basis, StringComparison.Ordinal);
        Assert.Contains("only 3 diagnostic items", judgment.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_graded_alike_for_the_same_reason_share_one_grade()
    {
        var (c, result) = Run(
            ("herald", "Daily Herald", Jan(9), "Protesters gathered outside the akimat in Almaty. Police closed the central square."),
            ("star", "Morning Star", Jan(9), "Shops in Aktobe stayed shut on Monday. Trains to Taraz were cancelled."));
        var credibility = ClaimCredibility.Grade(c, result, Resources.Credibility);
        // Each claim is graded as it is on its own; claims whose grade and reason are the same words are held as one.
        foreach (var (id, grade) in credibility)
            Assert.Equal(ClaimCredibility.Of(c.Claim(id)!, c.Source(c.Claim(id)!.DocumentId), result, Resources.Credibility), grade);
        Assert.True(credibility.Count >= 4, $"only {credibility.Count} claims");
        Assert.Equal(credibility.Values.Distinct().Count(), credibility.Values.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.True(credibility.Values.Distinct().Count() < credibility.Count, string.Join("; ", credibility.Values));
    }
}
