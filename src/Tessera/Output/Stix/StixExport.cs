using Tessera.Analysis;
using Tessera.Case;
using Tessera.Recognition;

namespace Tessera.Output.Stix;

/// <summary>An assessed case as a STIX 2.1 bundle, in one call: the mapping, then the JSON.</summary>
public static class StixExport
{
    /// <summary>The bundle's UTF-8 bytes. The language data supplies the mapping tables and the gazetteer's coordinates.</summary>
    public static byte[] Bundle(AssessedCase assessed, LanguageData data, IReadOnlyList<StixHypothesis>? hypotheses = null)
    {
        var bundled = ReferenceEquals(data, LanguageData.Bundled);
        var vocabulary = bundled ? StixVocabulary.Default : new StixVocabulary(data);
        var gazetteer = bundled ? Gazetteer.Default : new Gazetteer(data);
        return StixJson.Write(StixMapping.Map(assessed, vocabulary, gazetteer, hypotheses));
    }

    /// <summary>The bundle of a case with its analysis: each hypothesis becomes a grouping of the claims rated against it.</summary>
    public static byte[] Bundle(CaseAnalysis analysis, LanguageData data) => Bundle(analysis.Case, data, Hypotheses(analysis));

    public static IReadOnlyList<StixHypothesis> Hypotheses(CaseAnalysis analysis) =>
        analysis.Matrix.Hypotheses.Select(h => new StixHypothesis(h.Id, h.Statement,
            analysis.Matrix.Evidence.Where(e => e.ClaimId is not null && e.RatingFor(h.Id) != Analysis.Ach.Rating.NA).Select(e => e.ClaimId!).Distinct().ToList())).ToList();
}
