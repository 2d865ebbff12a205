using System.Globalization;
using Tessera.Analysis.Corroboration;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis.Corroboration;

/// <summary>Reports of one event in other words belong together; alike but distinct events stay apart. Measured pair by pair on
/// same-event.tsv beside this file: each report its own outlet, every pair of reports either one event or two.</summary>
public class SameEventTests(ITestOutputHelper output)
{
    private static readonly string Fixture = Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Analysis", "Corroboration", "same-event.tsv");

    /// <summary>Pairwise precision and recall of the groups against the events the file names.</summary>
    public static (double Precision, double Recall, double F1, int Gold) Score(IReadOnlyList<(string Event, string Text)> reports, CorroborationLexicon lex)
    {
        var c = MakeCase(reports.Select((r, i) => ($"r{i + 1:000}", $"Outlet {i + 1}", r.Text)).ToArray());
        var result = Corroborator.Run(c, lex);
        int truePairs = 0, found = 0, gold = 0;
        for (var i = 0; i < reports.Count; i++)
            for (var j = i + 1; j < reports.Count; j++)
            {
                var same = reports[i].Event == reports[j].Event;
                var grouped = result.GroupFor($"r{i + 1:000}#1") is { } g && g.ClaimIds.Contains($"r{j + 1:000}#1");
                gold += same ? 1 : 0;
                found += grouped ? 1 : 0;
                truePairs += same && grouped ? 1 : 0;
            }
        var precision = found == 0 ? 1 : (double)truePairs / found;
        var recall = gold == 0 ? 1 : (double)truePairs / gold;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), gold);
    }

    public static List<(string Event, string Text)> Reports() =>
        File.ReadLines(Fixture).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToList();

    [Fact]
    public void Reports_of_one_event_in_other_words_group_and_alike_events_stay_apart()
    {
        var reports = Reports();
        Assert.True(reports.Select(r => r.Event).Distinct().Count() >= 60);
        var (precision, recall, f1, gold) = Score(reports, Fixtures.Bundled.Corroboration);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold} same-event pairs: precision {precision:0.000}, recall {recall:0.000}, F1 {f1:0.000}"));
        Assert.True(precision >= 0.85, $"precision {precision:0.000}");
        Assert.True(f1 >= 0.6, $"F1 {f1:0.000}");
    }

    [Fact]
    public void Two_bombings_on_one_day_in_two_cities_are_two_events()
    {
        var reports = Reports().Where(r => r.Event.StartsWith("blast-", StringComparison.Ordinal)).ToList();
        var (precision, _, _, _) = Score(reports, Fixtures.Bundled.Corroboration);
        Assert.Equal(1.0, precision);
    }
}
