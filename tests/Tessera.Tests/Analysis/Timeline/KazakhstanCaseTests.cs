using Tessera.Events;
using Tessera.Analysis.Events;
using Tessera.Analysis.Network;
using Tessera.Case;
using Tessera.Tests.Analysis.Events;
using ConsequencesOf = Tessera.Analysis.Consequences.Consequences;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;

namespace Tessera.Tests.Analysis.Timeline;

/// <summary>The issue's acceptance on the example case and the seed brief: the January 2022 sequence in order, the CSTO
/// deployment at Tokayev's request and the accusations as ties of the right kind, and who gains and who loses.</summary>
public class KazakhstanCaseTests(ITestOutputHelper output)
{
    private static readonly Lazy<AssessedCase> Example = new(() => Assess(CaseYaml.Load(Path.Combine(Texts.RepoRoot(), "cases", "kazakhstan-2022")).Value!));

    private static string SeedPath => Path.GetFullPath(Path.Combine(Texts.RepoRoot(), "..", "shared", "seed", "kazakhstan-crisis-january-2022.txt"));

    private static readonly Lazy<AssessedCase> Seed = new(() => Assess(CaseFile.FromFiles([SeedPath], Path.GetDirectoryName(SeedPath)!)));

    private static AssessedCase Assess(CaseFile file)
    {
        using var store = CaseStore.OpenSqlite(":memory:").Value!;
        var run = Assessment.Run(file, store, Fixtures.Bundled);
        Assert.True(run.Ok, run.Problem?.ToString());
        return run.Value.Case;
    }

    private static CaseEvents Events(AssessedCase assessed) => CaseEvents.Of(assessed);

    private bool SeedMissing()
    {
        if (File.Exists(SeedPath)) return false;
        output.WriteLine($"skipped: the seed brief is not at {SeedPath}");
        return true;
    }

    private static DateOnly FirstDay(TimelineOf t, Func<Tessera.Analysis.Timeline.TimelineEntry, bool> match) =>
        t.Groups.SelectMany(g => g.Entries).Where(match).Min(e => e.When.From);

    [Fact]
    public void The_example_timeline_runs_from_the_request_through_the_deployment_to_the_withdrawal()
    {
        var t = TimelineOf.Build(Events(Example.Value));
        var request = FirstDay(t, e => e.Events.Any(x => x.Root == "02" && x.Target == "CSTO"));
        var deployment = FirstDay(t, e => e.Events.Any(x => x.CameoCode == "074"));
        var announcement = FirstDay(t, e => e.Claim.Text.Contains("begin", StringComparison.Ordinal) && e.Time.Text.Contains("11", StringComparison.Ordinal));
        var pullout = FirstDay(t, e => e.Events.Any(x => x.CameoCode == "1661"));
        Assert.Equal(new DateOnly(2022, 1, 5), request);
        Assert.Equal(new DateOnly(2022, 1, 6), deployment);
        Assert.Equal(new DateOnly(2022, 1, 11), announcement);
        Assert.Equal(new DateOnly(2022, 1, 13), pullout);
        Assert.Contains(t.Disagreements, d => d.Topic == "death toll" && d.Sides.Any(s => s.Value == "164" && s.Retracted) && d.Sides.Any(s => s.Value == "225"));
        Assert.Contains(t.Disagreements, d => d.Topic == "detained" && d.Sides.Count >= 2);
    }

    [Fact]
    public void The_example_network_shows_the_deployment_at_the_request_and_the_accusations()
    {
        var net = ActorNetwork.Build(Events(Example.Value).Events);
        Assert.Equal(TieKind.Cooperation, net.Tie("Kassym-Jomart Tokayev", "CSTO")!.Kind);
        Assert.Equal(QuadClass.VerbalCooperation, net.Tie("Kassym-Jomart Tokayev", "CSTO")!.Quad);
        Assert.Equal(QuadClass.MaterialCooperation, net.Tie("CSTO", "Kazakhstan")!.Quad);
        Assert.Equal(TieKind.Conflict, net.Tie("Russia", "United States")!.Kind);
        Assert.Equal(TieKind.Conflict, net.Tie("United States", "Russia")!.Kind);
    }

    [Fact]
    public void The_example_consequences_have_Tokayev_and_Russia_gaining_and_the_US_losing()
    {
        var c = ConsequencesOf.Build(Example.Value);
        Assert.Equal("gains", c.Of("Kassym-Jomart Tokayev")!.Verdict);
        Assert.Equal("gains", c.Of("Russia")!.Verdict);
        Assert.Equal("loses", c.Of("United States")!.Verdict);
        Assert.All(c.Entries, e => Assert.StartsWith(e.SourceId + "#", e.ClaimId, StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_timeline_puts_the_withdrawal_announcement_in_week_2_after_the_request_and_deployment()
    {
        if (SeedMissing()) return;
        var t = TimelineOf.Build(Events(Seed.Value));
        var request = t.Groups.SelectMany(g => g.Entries).First(e => e.Events.Any(x => x.Source == "Kassym-Jomart Tokayev" && x.Target == "CSTO"));
        var announcement = t.Groups.SelectMany(g => g.Entries).First(e => e.Claim.Text.Contains("announced", StringComparison.Ordinal));
        Assert.Equal("2022-W01", request.When.ToString());
        Assert.Equal("2022-W02", announcement.When.ToString());
        Assert.True(t.Groups.ToList().FindIndex(g => g.Entries.Contains(request)) < t.Groups.ToList().FindIndex(g => g.Entries.Contains(announcement)));
    }

    [Fact]
    public void The_seed_network_shows_the_request_and_the_Chinese_accusation_of_the_US()
    {
        if (SeedMissing()) return;
        var net = ActorNetwork.Build(Events(Seed.Value).Events);
        Assert.Equal(TieKind.Cooperation, net.Tie("Kassym-Jomart Tokayev", "CSTO")!.Kind);
        Assert.Equal(TieKind.Cooperation, net.Tie("Kassym-Jomart Tokayev", "Russia")!.Kind);
        Assert.Equal(QuadClass.MaterialCooperation, net.Tie("CSTO", "Kassym-Jomart Tokayev")!.Quad);
        Assert.Equal(TieKind.Conflict, net.Tie("China", "United States")!.Kind);
        Assert.Equal(QuadClass.VerbalConflict, net.Tie("China", "United States")!.Quad);
    }

    [Fact]
    public void The_seed_consequences_name_Tokayev_Russia_and_the_partnership_as_gaining_and_the_US_as_losing()
    {
        if (SeedMissing()) return;
        var c = ConsequencesOf.Build(Seed.Value);
        foreach (var actor in new[] { "Kassym-Jomart Tokayev", "Russia", "China–Russia partnership" })
            Assert.Equal("gains", c.Of(actor)!.Verdict);
        Assert.Equal("loses", c.Of("United States")!.Verdict);
        Assert.Contains(c.Of("United States")!.Losses, l => l.Cue.Contains("loser", StringComparison.Ordinal));
    }
}
