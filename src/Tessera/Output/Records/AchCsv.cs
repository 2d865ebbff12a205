using Tessera.Analysis.Ach;
using Tessera.Output.Tables;

namespace Tessera.Output.Records;

/// <summary>`tessera ach --format csv`: the matrix as PARC ACH lays it out, an evidence row per item, then a row per score.</summary>
public static class AchCsv
{
    public static void Write(TextWriter output, AchResult result)
    {
        var m = result.Matrix;
        Csv.Row(output, ["row", "id", "text", "claim", "credibility", "relevance", "diagnosticity", .. m.Hypotheses.Select(h => h.Id)]);
        foreach (var e in m.Evidence)
            Csv.Row(output, ["evidence", e.Id, e.Text, e.ClaimId ?? "", Ratings.Name(e.Credibility), Ratings.Name(e.Relevance),
                Format.Num(result.DiagnosticityOf(e.Id).Spread), .. m.Hypotheses.Select(h => e.RatingFor(h.Id).ToString())]);
        void Score(string name, Func<HypothesisScore, string> value) =>
            Csv.Row(output, ["score", name, "", "", "", "", "", .. m.Hypotheses.Select(h => value(result.Score(h.Id)))]);
        Score("inconsistency", s => Format.Num(s.Inconsistency));
        Score("weighted_inconsistency", s => Format.Num(s.WeightedInconsistency, 4));
        Score("rank", s => Format.Num(s.Rank));
        Score("prior", s => Format.Num(s.Prior, 4));
        Score("posterior", s => Format.Num(s.Posterior, 4));
        Score("bayes_rank", s => Format.Num(s.BayesRank));
    }
}
