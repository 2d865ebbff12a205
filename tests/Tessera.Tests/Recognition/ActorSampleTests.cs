using System.Text.Json;
using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>The annotated news-like sample in eval/actors: actors found with their type, against the targets of issue 12.</summary>
public class ActorSampleTests
{
    private static readonly string Folder = Path.Combine(Fixtures.RepoRoot, "eval", "actors");

    /// <summary>Names folded as eval/actors/aliases.tsv folds them, in lower case as score.py compares them.</summary>
    private static Func<string, string> Folding()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(Path.Combine(Folder, "aliases.tsv")))
        {
            var cells = line.Split('\t');
            foreach (var c in cells) map[c] = cells[0];
        }
        return n => (map.TryGetValue(n, out var c) ? c : n).ToLowerInvariant();
    }

    private static MentionKind Kind(string type) => type switch
    {
        "person" => MentionKind.Person,
        "organisation" => MentionKind.Organisation,
        _ => MentionKind.Country,
    };

    [Fact]
    public void Actors_and_their_types_are_found_with_the_precision_and_recall_the_issue_asks_for()
    {
        var fold = Folding();
        int right = 0, found = 0, wanted = 0;
        foreach (var gold in Directory.GetFiles(Folder, "sample-*.gold.jsonl", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(gold.Replace(".gold.jsonl", ".txt"));
            var claims = Fixtures.Claims(text);
            foreach (var line in File.ReadLines(gold))
            {
                using var json = JsonDocument.Parse(line);
                var g = json.RootElement;
                int start = g.GetProperty("start").GetInt32(), end = g.GetProperty("end").GetInt32();
                var want = g.GetProperty("types").EnumerateObject().Select(p => (fold(p.Name), Kind(p.Value.GetString()!))).ToHashSet();
                var got = claims.Where(c => (c.Start + c.End) / 2 >= start && (c.Start + c.End) / 2 < end)
                    .SelectMany(c => c.Mentions).Where(m => m.IsActor).Select(m => (fold(m.Canonical), m.Kind)).ToHashSet();
                right += want.Intersect(got).Count();
                found += got.Count;
                wanted += want.Count;
            }
        }
        Assert.True(wanted > 100, $"the sample holds {wanted} actors");
        var precision = (double)right / found;
        var recall = (double)right / wanted;
        Assert.True(precision >= 0.92 && recall >= 0.88, $"precision {precision:F3}, recall {recall:F3} over {wanted} actors");
    }
}
