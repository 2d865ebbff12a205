using System.Text.Json;
using Tessera.Language;
using Tessera.Reading;

namespace Tessera.Tests.Language;

public class SeedAlignmentTests
{
    [Fact]
    public void Units_of_the_seed_brief_line_up_with_the_gold_units()
    {
        if (!File.Exists(Fixtures.SeedBrief) || !File.Exists(Fixtures.SeedGold))
        {
            Assert.Skip($"the seed brief is not beside the repository ({Fixtures.Shared})");
            return;
        }
        var doc = DocumentReader.Read(Fixtures.SeedBrief).Value!;
        var units = Fixtures.Bundled.Segmenter.Segment(doc.Text).Select(u => (u.Start, u.End)).ToHashSet();
        var gold = File.ReadLines(Fixtures.SeedGold).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList();
        var missing = gold.Where(g => !units.Contains(g)).ToList();
        Assert.Empty(missing);
        Assert.Equal(gold.Count, units.Count);
    }
}
