using Tessera.Analysis.Corroboration;
using Tessera.Tests.Pipeline;
using static Tessera.Tests.Analysis.AnalysisKit;

namespace Tessera.Tests.Analysis.Corroboration;

/// <summary>Corroboration on several cores finds what it finds on one: the statements taken back (weighed on every core, chosen in
/// the takers' order), the groups linked from the pairs compared in ranges, their origins and the contradictions.</summary>
public class CorroborationJobsTests
{
    private const int Seed = 20221404;
    private static readonly (string Place, string Crowd, string Building)[] Places =
    [
        ("Aktobe", "marchers", "railway depot"), ("Taraz", "students", "bus station"), ("Atyrau", "miners", "grain silo"),
        ("Semey", "farmers", "city hall"), ("Kostanay", "drivers", "oil terminal"), ("Pavlodar", "teachers", "airport"),
    ];

    /// <summary>A ministry's statements about six places, each relayed by a second outlet and taken back by two later reports a day
    /// apart, which compete for what they take back; forty random crisis documents around them for groups.</summary>
    private static readonly Tessera.Case.AssessedCase Case = MakeCase(
    [
        .. Places.SelectMany((p, i) => new (string, string, DateOnly?, string)[]
        {
            ($"said{i}", "Steppe Wire", new DateOnly(2022, 1, 3),
                $"The defence ministry said soldiers opened fire on {p.Crowd} near the {p.Place} {p.Building}."),
            ($"relay{i}", "Evening Post", new DateOnly(2022, 1, 4),
                $"The defence ministry said that soldiers opened fire on {p.Crowd} near the {p.Place} {p.Building}."),
            ($"first{i}", "Daily Herald", new DateOnly(2022, 1, 8),
                $"The defence ministry withdrew its statement that soldiers opened fire on {p.Crowd} near the {p.Place} {p.Building}."),
            ($"second{i}", "Morning Star", new DateOnly(2022, 1, 9),
                $"The defence ministry has withdrawn its statement that soldiers opened fire on {p.Crowd} near the {p.Place} {p.Building}."),
        }),
        .. Enumerable.Range(0, 40).Select(i => ($"r{i:00}", $"Paper {i % 7}", (DateOnly?)new DateOnly(2022, 1, 1 + i % 28), RandomText.Document(Seed, i))),
    ]);

    [Fact]
    public void Every_number_of_cores_takes_back_groups_and_flags_what_one_core_does()
    {
        var one = Corroborator.Run(Case, Fixtures.Bundled.Corroboration, jobs: 1);
        // The case exercises what is spread: statements taken back, by the first of two takers, and groups to link.
        Assert.True(one.StatementsTakenBack.Count >= Places.Length, $"only {one.StatementsTakenBack.Count} statements taken back");
        // The first taker takes back the later of the two equal reports; the second, which the relay is no longer open to, takes
        // back the first taker's own words, also the ministry's: each choice depends on the ones before it.
        Assert.Equal(["first0#1>second0#1", "relay0#1>first0#1"], Shown(one.Retracted).Where(r => r.Contains("0#1>", StringComparison.Ordinal)));
        Assert.True(one.Groups.Count >= 5, $"only {one.Groups.Count} groups");
        foreach (var jobs in new[] { 2, 3, 8 })
        {
            var many = Corroborator.Run(Case, Fixtures.Bundled.Corroboration, jobs: jobs);
            Assert.Equal(Shown(one.Retracted), Shown(many.Retracted));
            Assert.Equal(one.StatementsTakenBack.Order(), many.StatementsTakenBack.Order());
            Assert.Equal(one.Groups.Select(g => $"{g.Id} {string.Join(",", g.ClaimIds)} {string.Join(",", g.Origins)}"),
                many.Groups.Select(g => $"{g.Id} {string.Join(",", g.ClaimIds)} {string.Join(",", g.Origins)}"));
            Assert.Equal(one.Contradictions.Select(c => $"{c.Kind} {c.Subject} {string.Join(",", c.ClaimIds)} {c.Detail}"),
                many.Contradictions.Select(c => $"{c.Kind} {c.Subject} {string.Join(",", c.ClaimIds)} {c.Detail}"));
        }
    }

    [Fact]
    public void Pairs_compared_in_many_ranges_on_several_cores_are_the_pairs_one_core_compares()
    {
        var lex = Fixtures.Bundled.Corroboration;
        var features = CaseFeatures.Read(Case, lex).All.Where(f => f.Terms.Count >= lex.MinTerms).ToList();
        // Ranges are of at least 16 claims: with this many, twice as many ranges are compared as can be in flight at once on two or
        // three cores, so each range's scratch (its list of pairs, its marks of the claims proposed) is handed on to later ones.
        Assert.True(features.Count > 16 * (2 * 3 + 1) * 2, $"only {features.Count} claims");
        var idf = Corroborator.InverseDocumentFrequency(features);
        var (one, oneCopies) = ComparedPairs.Of(features, idf, lex, jobs: 1);
        Assert.True(one.Count > features.Count, $"only {one.Count} pairs");
        foreach (var jobs in new[] { 2, 3, 8 })
        {
            var (many, copies) = ComparedPairs.Of(features, idf, lex, jobs);
            Assert.Equal(one.ToList(), many.ToList());
            Assert.Equal(oneCopies, copies);
        }
    }

    private static IEnumerable<string> Shown(IReadOnlyDictionary<string, string> retracted) =>
        retracted.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}>{r.Value}");
}
