using Tessera.Analysis;
using Tessera.Case;
using Tessera.Recognition;

namespace Tessera.Output.Stix;

/// <summary>An assessed case as a STIX 2.1 bundle, in one call: the mapping, then the JSON.</summary>
public static class StixExport
{
    /// <summary>The bundle's UTF-8 bytes, with the causes the sources give. The resources supply the mapping tables, the gazetteer's
    /// coordinates and the cue words of causes.</summary>
    public static byte[] Bundle(AssessedCase assessed, LanguageResources resources, IReadOnlyList<StixHypothesis>? hypotheses = null,
        IReadOnlyDictionary<string, Analysis.Credibility.Credibility>? credibility = null) =>
        StixJson.Write(StixMapping.Map(assessed, resources.Stix, resources.Gazetteer, hypotheses, credibility,
            Analysis.Causes.CaseCauses.Of(assessed, resources.Corroboration, resources.Credibility, resources.Explanations)));

    /// <summary>The bundle of a case with its analysis: each hypothesis becomes a grouping of the claims rated against it, and each
    /// claim's confidence follows its own credibility.</summary>
    /// <param name="jobs">How many cores corroboration may use; the bundle is the same for any number.</param>
    public static byte[] Bundle(CaseAnalysis analysis, LanguageResources resources, int jobs = 1)
    {
        // The findings' own steps, so the causes take their origins from the same corroboration, not from a second run of it.
        var findings = Findings.OnDemand(analysis, resources, jobs);
        return StixJson.Write(StixMapping.Map(analysis.Case, resources.Stix, resources.Gazetteer, Hypotheses(analysis), findings.Credibility, findings.Causes));
    }

    public static IReadOnlyList<StixHypothesis> Hypotheses(CaseAnalysis analysis) =>
        analysis.Matrix.Hypotheses.Select(h => new StixHypothesis(h.Id, h.Statement,
            analysis.Matrix.Evidence.Where(e => e.ClaimId is not null && e.RatingFor(h.Id) != Analysis.Ach.Rating.NA).Select(e => e.ClaimId!).Distinct().ToList())).ToList();
}
