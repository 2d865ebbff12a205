using Tessera.Output;

namespace Tessera.Evaluation;

/// <summary>`tessera eval --json`: the figures of an evaluation as one JSON object on one line.</summary>
public static class EvalJson
{
    public static void Write(TextWriter output, EvalReport report) => Json.Line(output, w =>
    {
        w.WriteStartObject("fields");
        foreach (var f in report.Fields)
        {
            w.WriteStartObject(f.Field);
            w.WriteNumber("precision", f.Precision);
            w.WriteNumber("recall", f.Recall);
            w.WriteNumber("f1", f.F1);
            w.WriteNumber("tp", f.TruePositives);
            w.WriteNumber("fp", f.FalsePositives);
            w.WriteNumber("fn", f.FalseNegatives);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        Json.Number(w, "speaker_accuracy", report.SpeakerAccuracy);
        Json.Number(w, "probability_accuracy", report.ProbabilityAccuracy);
        w.WriteNumber("macro", report.Macro);
        w.WriteNumber("unmatched_gold_claims", report.UnmatchedGoldClaims);
    });
}
