using System.Text.Json;
using Tessera.Evaluation;

namespace Tessera.Tests.Evaluation;

public class GoldScorerTests
{
    private static LabelledUnit Unit(string json) => GoldScorer.Parse(JsonDocument.Parse(json).RootElement, 1);

    [Fact]
    public void Counts_and_span_matching_follow_score_py()
    {
        var gold = new[]
        {
            Unit("""{"id":"g1","start":0,"end":10,"claim":true,"speaker":"Lena Park","hedged":true,"boosted":false,"probability":"likely","prediction":false,"unverified":false,"actors":["France"]}"""),
            Unit("""{"id":"g2","start":11,"end":20,"claim":true,"speaker":null,"hedged":false,"boosted":false,"probability":null,"prediction":true,"unverified":false,"actors":[]}"""),
            Unit("""{"id":"g3","start":21,"end":30,"claim":false,"speaker":null,"hedged":true,"boosted":false,"probability":null,"prediction":false,"unverified":false,"actors":["Chad"]}"""),
        };
        var system = new[]
        {
            Unit("""{"start":0,"end":6,"speaker":"Minister Lena Park","hedged":false,"probability":{"band":"likely"},"actors":["French"]}"""),
            Unit("""{"start":6,"end":10,"hedged":true,"actors":[]}"""),
            Unit("""{"start":11,"end":20,"speaker":"Ortiz","prediction":false,"actors":["Chad"]}"""),
        };
        var report = GoldScorer.Score([(gold, system)], new Dictionary<string, string> { ["french"] = "France", ["france"] = "France" });
        Assert.Equal((1, 0, 0), (report["hedged"]!.TruePositives, report["hedged"]!.FalsePositives, report["hedged"]!.FalseNegatives));
        Assert.Equal((0, 0, 1), (report["prediction"]!.TruePositives, report["prediction"]!.FalsePositives, report["prediction"]!.FalseNegatives));
        Assert.Equal((1, 1, 0), (report["attributed"]!.TruePositives, report["attributed"]!.FalsePositives, report["attributed"]!.FalseNegatives));
        Assert.Equal((1, 1, 0), (report["actors"]!.TruePositives, report["actors"]!.FalsePositives, report["actors"]!.FalseNegatives));
        Assert.Equal(1.0, report.SpeakerAccuracy);
        Assert.Equal(1.0, report.ProbabilityAccuracy);
        Assert.Equal(0, report.UnmatchedGoldClaims);
        Assert.Contains(report.Errors, e => e.UnitId == "g2" && e.Field == "prediction" && e.What == "missed");
    }

    [Theory]
    [InlineData("President Xi’s", "president xi")]
    [InlineData("  Kazakh   media ", "kazakh media")]
    [InlineData("ＣＳＴＯ", "csto")]
    public void Names_fold_as_score_py_folds_them(string name, string folded) => Assert.Equal(folded, GoldScorer.Fold(name));

    [Fact]
    public void A_malformed_gold_line_is_a_problem_with_its_line()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("gold.jsonl", "{\"start\":0,\"end\":3}\n{not json\n");
        var result = GoldScorer.Load(path);
        Assert.Equal("TSR018", result.Problem!.Code);
        Assert.Contains("line 2", result.Problem.Message);
    }
}
