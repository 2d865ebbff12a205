using Tessera.Analysis;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Provenance;

namespace Tessera.Tests.Analysis.Provenance;

/// <summary>A claim's provenance, the one model `tessera show` and the workbench render: the claims that bear on it and where
/// the analysis uses it.</summary>
public class ProvenanceTests
{
    private static (Findings Findings, AchMatrix Matrix) Analyse(AchMatrix matrix, params (string Id, string Publisher, string Text)[] documents)
    {
        var assessed = AnalysisKit.MakeCase(documents);
        var analysis = new CaseAnalysis(assessed, matrix, []);
        return (Findings.Of(analysis, Fixtures.Bundled), matrix);
    }

    private static readonly (string, string, string)[] Tolls =
    [
        ("a", "Steppe Wire", "The city radio reported 58 deaths on 3 May."),
        ("b", "Daily Herald", "The coroner said that 71 people had died, including 6 firefighters."),
        ("c", "Evening Post", "A toll of 80 deaths was given by the harbour police."),
    ];

    [Fact]
    public void A_claim_names_the_rival_figures_it_cannot_agree_with()
    {
        var (findings, matrix) = Analyse(new AchMatrix([], []), Tolls);
        var shown = ClaimProvenance.Of(findings, matrix, "b#1")!;
        var rivals = shown.Related.Where(r => r.Relation == Relation.Contradicts).Select(r => r.ClaimId).Order().ToList();
        Assert.Equal(["a#1", "c#1"], rivals);
        Assert.All(shown.Related, r => Assert.NotEqual("b#1", r.ClaimId));
        Assert.Equal("Daily Herald", shown.Source!.Publisher);
        Assert.Same(findings.Corroboration.OriginOf("b#1"), shown.Origin);
    }

    [Fact]
    public void An_ach_item_that_cites_the_claim_is_listed_with_its_ratings()
    {
        var matrix = new AchMatrix([new Hypothesis("H1", "a fire"), new Hypothesis("H2", "a flood")],
            [new EvidenceItem("E1", "the coroner's count", "b#1", "b", Level.High, Level.Medium, new Dictionary<string, Rating> { ["H1"] = Rating.C, ["H2"] = Rating.I })]);
        var (findings, _) = Analyse(matrix, Tolls);
        var use = Assert.Single(ClaimProvenance.Of(findings, matrix, "b#1")!.Uses, u => u.Kind == UseKind.AchEvidence);
        Assert.Equal("E1", use.Item);
        Assert.StartsWith("H1 C, H2 I", use.Detail);
        Assert.DoesNotContain(ClaimProvenance.Of(findings, matrix, "a#1")!.Uses, u => u.Kind == UseKind.AchEvidence);
    }

    [Fact]
    public void A_statement_taken_back_names_the_claim_that_took_it_back_and_the_reverse()
    {
        var (findings, matrix) = Analyse(new AchMatrix([], []),
            ("a", "Steppe Wire", "The harbour police said divers had recovered the ferry's data recorder near the pier."),
            ("b", "Daily Herald", "The harbour police withdrew their statement that divers had recovered the ferry's data recorder."));
        var taken = Assert.Single(ClaimProvenance.Of(findings, matrix, "a#1")!.Related, r => r.Relation == Relation.RetractedBy);
        Assert.Equal(("b#1", "it is taken back"), (taken.ClaimId, taken.Note));
        var taker = Assert.Single(ClaimProvenance.Of(findings, matrix, "b#1")!.Related, r => r.Relation == Relation.Retracts);
        Assert.Equal(("a#1", "takes it back"), (taker.ClaimId, taker.Note));
    }

    [Fact]
    public void An_unknown_claim_has_no_provenance()
    {
        var (findings, matrix) = Analyse(new AchMatrix([], []), Tolls);
        Assert.Null(ClaimProvenance.Of(findings, matrix, "b#9"));
    }
}
