using Tessera.Case;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Events.Causes;
using Tessera.Pipeline;
using Tessera.Recognition.Time;

namespace Tessera.Tests.Case;

/// <summary>A document as a case holds it for analysis keeps every value it had, with the words its claims repeat held once for
/// the case, its lists as arrays and its layers pointing at the claims it holds.</summary>
public class HeldDocumentTests
{
    private const string Text = "The interior ministry said troops left Almaty. Protesters said troops fired. \"We stay,\" the ministry said.";

    private static AnnotatedDocument Made(string id)
    {
        var made = new DocumentPipeline(Fixtures.Bundled).Run(Fixtures.Text(Text, id), new DateHints(new DateOnly(2022, 1, 10), null));
        var (first, second) = (made.Claims[0], made.Claims[1]);
        var day = new TimeExpression(0, 6, "Sunday", DateRange.Day(new DateOnly(2022, 1, 9)), TimePrecision.Day, TimeBasis.Document);
        return made with
        {
            // The second and third passages inherit the first one's time: the same times, held once.
            Times = [new PassageTimes([day], day, null), new PassageTimes([], null, day), new PassageTimes(new List<TimeExpression>(), null, day)],
            Figures = [new FigureClaim("death toll", 12, "12", second, false)],
            Outcomes = [new OutcomeEntry("Army", OutcomeDirection.Loss, "fired", second)],
            Causes = [new CausalClaim(second, "troops", 0, 6, null, -1, -1, true, false, false, ["fired"], first)],
        };
    }

    [Fact]
    public void A_held_document_stores_as_the_document_it_was_made_from()
    {
        var made = Made("wire");

        var held = HeldDocument.Of(made, new WordPool());

        Assert.Equal(StoredLayers.Layers(made), StoredLayers.Layers(held));
        Assert.Equal(StoredLayers.Units(made), StoredLayers.Units(held));
        Assert.Equal(made.Claims.Select(Shown), held.Claims.Select(Shown));
        Assert.Equal(made.Claims.Select(c => c.Status), held.Claims.Select(c => c.Status));
    }

    [Fact]
    public void Its_layers_point_at_the_claims_it_holds()
    {
        var held = HeldDocument.Of(Made("wire"), new WordPool());

        Assert.Same(held.Claims[1], held.Figures[0].Claim);
        Assert.Same(held.Claims[1], held.Outcomes[0].Claim);
        Assert.Same(held.Claims[1], held.Causes[0].Claim);
        Assert.Same(held.Claims[0], held.Causes[0].LeadIn);
        Assert.Same(held.Times[1], held.Times[2]);
        Assert.NotSame(held.Times[0], held.Times[1]);
    }

    [Fact]
    public void Words_repeated_across_documents_are_held_once_and_lists_are_arrays()
    {
        var words = new WordPool();

        var one = HeldDocument.Of(Made("one"), words);
        var two = HeldDocument.Of(Made("two"), words);

        var (a, b) = (one.Claims[0], two.Claims[0]);
        Assert.NotEmpty(a.Mentions);
        Assert.Same(a.Mentions[0].Canonical, b.Mentions[0].Canonical);
        Assert.Same(a.Cues[0].Family, b.Cues[0].Family);
        Assert.Same(a.Speakers[0], b.Speakers[0]);
        Assert.All(one.Claims, c => Assert.True(c.Mentions is Tessera.Recognition.Mention[] && c.Cues is Tessera.Stance.Cue[] && c.Speakers is string[]));
        Assert.Same(one.Claims.First(c => c.Mentions.Count == 0).Mentions, two.Claims.First(c => c.Mentions.Count == 0).Mentions);
        Assert.IsType<Tessera.Language.CompactUnits>(one.Units);
    }

    [Fact]
    public void Analysis_keeps_a_stored_document_without_its_text_and_reads_the_same_tokens_of_each_claim()
    {
        var held = HeldDocument.Of(Made("wire"), new WordPool());

        var kept = HeldDocument.ForAnalysis(held);

        Assert.Equal("", kept.Source.Text);
        Assert.Equal(held.Source.Fingerprint, kept.Source.Fingerprint);
        Assert.Equal(held.Claims.Select(Shown), kept.Claims.Select(Shown));
        Assert.Equal(held.LocalUnits.Select(u => string.Join(" ", u.Tokens.Select(t => $"{t.Start}+{t.Length}:{t.Kind}"))),
            kept.LocalUnits.Select(u => string.Join(" ", u.Tokens.Select(t => $"{t.Start}+{t.Length}:{t.Kind}"))));
        Assert.Equal(held.LocalUnits.Select(u => string.Join(" ", u.Lower)), kept.LocalUnits.Select(u => string.Join(" ", u.Lower)));
        // A unit over the document's text cannot be made without it: asking is a mistake, not a wrong answer.
        Assert.Throws<InvalidOperationException>(() => kept.Units[0]);
    }

    private static string Shown(Claim c) => string.Join("|", c.Id, c.Text, c.Kind, string.Join(",", c.Speakers), c.Hedged, c.Boosted, c.Band?.Name,
        c.Prediction, c.Likelihood, c.Unverified, c.Origin, string.Join(",", c.Mentions), string.Join(",", c.Cues), string.Join(",", c.Actors));
}
