using System.Diagnostics.Metrics;
using Tessera.Analysis;
using Tessera.Analysis.Corroboration;
using Tessera.Case;

namespace Tessera.Tests.Analysis.Corroboration;

/// <summary>Each claim's corroboration features are read once per analysis and shared by every step that compares claims: the
/// forecasts' proposed outcomes, corroboration, and the absences of evidence that causes look for.</summary>
public class CaseFeaturesTests
{
    /// <summary>A prediction and the report that bears it out, a cause given by two sources, and a claim that says no evidence
    /// backs another cause: every step that reads features has something to read.</summary>
    private static AssessedCase Case() => AnalysisKit.MakeCase(
        ("ministry", "Defence Ministry", new DateOnly(2022, 1, 10),
            "The ministry announced that its troops will withdraw from the airport within five days. Higher prices for cooking gas sparked the protests in the port city."),
        ("wire", "North Wire", new DateOnly(2022, 1, 14),
            "The troops completed their withdrawal from the airport on 13 January. Higher prices for cooking gas triggered the protests in the port city, the union said."),
        ("ngo", "Rights Watchers", new DateOnly(2022, 1, 15),
            "Foreign-trained saboteurs were behind the riots in the capital, the governor said. The claim about foreign-trained saboteurs in the capital is unsubstantiated."));

    /// <summary>Claims whose features were read on this thread while <paramref name="work"/> ran (tests on other threads do not count).</summary>
    private static long FeaturesRead(Action work)
    {
        var thread = Environment.CurrentManagedThreadId;
        long claims = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "tessera.claim-features.claims") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (Environment.CurrentManagedThreadId == thread) claims += value;
        });
        listener.Start();
        work();
        return claims;
    }

    [Fact]
    public void An_analysis_reads_each_claims_features_once_for_every_step_that_compares_claims()
    {
        var assessed = Case();
        Findings? findings = null;
        var read = FeaturesRead(() =>
        {
            var analysis = AnalysisInputs.Resolve(AnalysisSpec.Empty("case.yaml"), assessed, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders).Value!;
            findings = Findings.Of(analysis, Fixtures.Bundled);
        });
        // Each step had something to read: a proposal from a later report, a factor given by two sources, an absence of evidence.
        Assert.Contains(findings!.Forecasts.Forecasts, f => f.Proposal?.ResolvedBy.Contains("wire#1") == true);
        Assert.Contains(findings.Causes.Factors, f => f.Sources.Count == 2);
        Assert.Contains(findings.Causes.Factors, f => f.Unsubstantiated.Contains("ngo#2"));
        // Every stated claim once, and each cause once as a claim of its own words (they are other texts than their claims').
        var stated = assessed.Claims.Count(c => c.IsClaim);
        var causes = assessed.Documents.Sum(d => d.Causes.Count);
        Assert.Equal(stated + causes, read);
    }

    [Fact]
    public void Features_read_with_another_lexicon_are_refused_rather_than_compared()
    {
        var assessed = Case();
        using var lex = Fixtures.Lexicon(("concepts.tsv", "pullout\twithdraw\n"));
        var features = CaseFeatures.Read(assessed, Fixtures.Bundled.Corroboration);
        Assert.Same(features, CaseFeatures.For(features, assessed, Fixtures.Bundled.Corroboration));
        Assert.Throws<ArgumentException>(() => CaseFeatures.For(features, assessed, lex.Resources.Corroboration));
    }

    [Fact]
    public void The_features_a_case_keeps_are_each_claims_own_with_equal_words_held_once()
    {
        var assessed = Case();
        var lex = Fixtures.Bundled.Corroboration;

        var kept = CaseFeatures.Read(assessed, lex);

        // The same terms, word runs, days, numbers and figures in the same order as a claim's own reading gives them.
        foreach (var f in kept.All)
        {
            var own = ClaimFeatures.Of(f.Claim, lex, assessed.TokensOf(f.Claim));
            Assert.Equal(own.Terms.ToList(), f.Terms.ToList());
            Assert.Equal(own.NegatedTerms.ToList(), f.NegatedTerms.ToList());
            Assert.Equal(own.Shingles.ToList(), f.Shingles.ToList());
            Assert.Equal(own.Dates.ToList(), f.Dates.ToList());
            Assert.Equal(own.Numbers.ToList(), f.Numbers.ToList());
            Assert.Equal(own.Figures, f.Figures);
        }
        // "airport" is a term of two claims of two sources: one string serves both.
        var airport = kept.All.SelectMany(f => f.Terms.Where(t => t == "airport")).ToList();
        Assert.Equal(2, airport.Count);
        Assert.Same(airport[0], airport[1]);
    }
}
