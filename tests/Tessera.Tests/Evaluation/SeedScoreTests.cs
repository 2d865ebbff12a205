using System.Diagnostics;
using System.Text.Json;
using Tessera.Claims;
using Tessera.Evaluation;
using Tessera.Reading;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Evaluation;

/// <summary>The seed brief's score as a regression test, and the C# scorer against score.py itself.</summary>
public class SeedScoreTests
{
    private static bool SeedPresent => File.Exists(Fixtures.SeedBrief) && File.Exists(Fixtures.SeedGold);

    [Fact]
    public void The_seed_brief_scores_above_the_targets()
    {
        if (!SeedPresent) { Assert.Skip($"the seed brief and its gold file are not beside the repository ({Fixtures.Shared})"); return; }
        var gold = GoldScorer.Load(Fixtures.SeedGold).Value!;
        var system = Tessera.Evaluation.GoldScorer.SystemUnits(Fixtures.Bundled.Claims.Extract(DocumentReader.Read(Fixtures.SeedBrief).Value!));
        var report = GoldScorer.Score([(gold, system)], GoldScorer.LoadAliases(Fixtures.SeedAliases));
        Assert.True(report.Macro >= 0.95, $"macro {report.Macro}");
        Assert.All(report.Fields, f => Assert.True(f.F1 >= 0.90, $"{f.Field} F1 {f.F1}"));
        Assert.True(report.SpeakerAccuracy >= 0.90, $"speaker accuracy {report.SpeakerAccuracy}");
        Assert.Equal(1.0, report.ProbabilityAccuracy);
        Assert.Equal(0, report.UnmatchedGoldClaims);
    }

    [Fact]
    public void Tessera_eval_reports_the_same_figures_as_score_py()
    {
        if (!SeedPresent) { Assert.Skip($"the seed brief is not beside the repository ({Fixtures.Shared})"); return; }
        var python = new[] { "/usr/bin/python3", "/usr/local/bin/python3" }.FirstOrDefault(File.Exists) ?? FindOnPath("python3");
        if (python is null) { Assert.Skip("python3 is not installed, so score.py cannot be run"); return; }
        using var dir = Fixtures.TempFolder();
        var read = CliRunner.Invoke("read", Fixtures.SeedBrief, "--format", "jsonl");
        var systemPath = dir.Write("system.jsonl", read.Out);
        // Degrade the system output a little, so the comparison also covers disagreements.
        var degraded = read.Out.Split('\n').Select((l, i) => i % 7 == 3 ? l.Replace("\"hedged\":true", "\"hedged\":false").Replace("\"speaker\":null", "\"speaker\":\"someone\"") : l);
        var degradedPath = dir.Write("degraded.jsonl", string.Join('\n', degraded));
        foreach (var path in new[] { systemPath, degradedPath })
        {
            var psi = new ProcessStartInfo(python, ["../shared/eval/score.py".Replace("../shared", Fixtures.Shared), "--gold", Fixtures.SeedGold, "--system", path, "--aliases", Fixtures.SeedAliases, "--json"])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            var expected = JsonDocument.Parse(output).RootElement;
            var report = GoldScorer.Score([(GoldScorer.Load(Fixtures.SeedGold).Value!, GoldScorer.Load(path).Value!)], GoldScorer.LoadAliases(Fixtures.SeedAliases));
            Assert.Equal(expected.GetProperty("macro").GetDouble(), report.Macro, 3);
            foreach (var f in report.Fields)
                Assert.Equal(expected.GetProperty(f.Field).GetProperty("f1").GetDouble(), f.F1, 3);
            Assert.Equal(expected.GetProperty("speaker_accuracy").GetDouble(), report.SpeakerAccuracy!.Value, 3);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
