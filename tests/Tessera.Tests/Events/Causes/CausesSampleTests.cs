using System.Globalization;
using Tessera.Pipeline;

namespace Tessera.Tests.Events.Causes;

/// <summary>Precision and recall of causal claims on causes-sample.tsv, sentences written and annotated by the project. A claim is
/// found when the extractor reads a cause that shares at least half its content words with the annotated one (Dice); the figures
/// go to docs/accuracy.md, and this test fails if they fall below where they stood.</summary>
public class CausesSampleTests(ITestOutputHelper output)
{
    private sealed record Gold(string Sentence, string? Cause, string? Effect);

    private static IReadOnlyList<Gold> Sample() =>
        File.ReadLines(Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Events", "Causes", "causes-sample.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => c[1] == "none" ? new Gold(c[0], null, null) : new Gold(c[0], c[1], c[2]))
            .ToList();

    /// <summary>Lower-case words of three letters or more: what two readings of one cause share.</summary>
    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '"', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToHashSet();

    private static bool Same(string gold, string found)
    {
        var (a, b) = (Words(gold), Words(found));
        return a.Count + b.Count > 0 && 2.0 * a.Count(b.Contains) / (a.Count + b.Count) >= 0.5;
    }

    [Fact]
    public void Causal_claims_of_the_sample_are_found_with_their_causes()
    {
        var pipeline = new DocumentPipeline(Fixtures.Bundled);
        var sentences = Sample().GroupBy(g => g.Sentence).ToList();
        int gold = 0, found = 0, right = 0, effectRight = 0;
        foreach (var s in sentences)
        {
            var expected = s.Where(g => g.Cause is not null).ToList();
            var read = pipeline.Run(Fixtures.Text(s.Key)).Causes;
            gold += expected.Count;
            found += read.Count;
            var matched = read.Where(r => expected.Any(e => Same(e.Cause!, r.Cause))).ToList();
            right += matched.Count;
            effectRight += matched.Count(r => expected.Any(e => Same(e.Cause!, r.Cause) && (e.Effect == "(crisis)" ? r.Effect is null || r.AboutCrisis : r.Effect is { } f && Same(e.Effect!, f))));
            foreach (var r in read.Where(r => !matched.Contains(r))) output.WriteLine($"extra: {r.Cause} => {r.Effect} [{string.Join(" + ", r.Cues)}] in: {s.Key}");
            foreach (var e in expected.Where(e => !read.Any(r => Same(e.Cause!, r.Cause)))) output.WriteLine($"missed: {e.Cause} => {e.Effect} in: {s.Key}");
        }
        var precision = (double)right / found;
        var recall = (double)right / gold;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sentences {sentences.Count}, causal claims {gold}, read {found}, right {right}: precision {precision:0.000}, recall {recall:0.000}, effect right {effectRight}"));
        Assert.True(sentences.Count >= 150, $"the sample holds {sentences.Count} sentences");
        Assert.InRange(precision, 0.90, 1);
        Assert.InRange(recall, 0.68, 1);
    }
}
