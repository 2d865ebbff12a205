using Tessera.Events;
using Tessera.Analysis.Events;
using Tessera.Analysis.Network;
using Tessera.Claims;
using Tessera.Tests.Analysis.Events;

namespace Tessera.Tests.Analysis.Network;

/// <summary>Events aggregated into ties: cooperation and conflict weighed apart, degree and betweenness per actor.</summary>
public class ActorNetworkTests
{
    /// <summary>A hand-made event: only source, code and target matter to the network.</summary>
    private static ActorEvent E(string source, string code, string? target, bool future = false, bool hedged = false) =>
        new("doc#1", "doc", source, "acted", target, Fixtures.Bundled.Cameo.Code(code)!, null, null, 0, 0, hedged, false, future, EvidenceStatus.Asserted);

    [Fact]
    public void Cooperation_and_conflict_are_weighed_apart_by_Goldstein_value()
    {
        var net = ActorNetwork.Build([E("Chad", "074", "Niger"), E("Chad", "0234", "Niger"), E("Chad", "112", "Niger")]);
        var tie = Assert.Single(net.Ties);
        Assert.Equal(8.5 + 3.4, tie.CooperationWeight, 6);
        Assert.Equal(2, tie.ConflictWeight, 6);
        Assert.Equal(TieKind.Cooperation, tie.Kind);
        Assert.Equal(QuadClass.MaterialCooperation, tie.Quad);
        Assert.Equal(3, tie.Count);
    }

    [Theory]
    [InlineData("112", TieKind.Conflict)]
    [InlineData("051", TieKind.Cooperation)]
    [InlineData("010", TieKind.Neutral)]
    public void A_tie_is_of_the_kind_its_events_weigh(string code, TieKind kind)
    {
        Assert.Equal(kind, Assert.Single(ActorNetwork.Build([E("Iran", code, "Iraq")]).Ties).Kind);
    }

    [Fact]
    public void Ties_are_directed()
    {
        var net = ActorNetwork.Build([E("Iran", "112", "Iraq"), E("Iraq", "051", "Iran")]);
        Assert.Equal(TieKind.Conflict, net.Tie("Iran", "Iraq")!.Kind);
        Assert.Equal(TieKind.Cooperation, net.Tie("Iraq", "Iran")!.Kind);
    }

    [Fact]
    public void Events_without_a_target_or_only_expected_are_left_out_and_doubts_are_counted()
    {
        var net = ActorNetwork.Build([E("Iran", "112", null), E("Iran", "166", "Iraq", future: true), E("Iran", "111", "Iraq", hedged: true)]);
        var tie = Assert.Single(net.Ties);
        Assert.Equal(1, tie.Count);
        Assert.Equal(1, tie.Unconfirmed);
    }

    [Fact]
    public void The_actor_between_two_others_has_all_the_betweenness()
    {
        // Peru - Chile - Bolivia: every path from Peru to Bolivia runs through Chile.
        var net = ActorNetwork.Build([E("Peru", "040", "Chile"), E("Chile", "040", "Bolivia")]);
        Assert.Equal(1.0, net.Node("Chile")!.Betweenness, 6);
        Assert.Equal(0.0, net.Node("Peru")!.Betweenness, 6);
        Assert.Equal(2, net.Node("Chile")!.Degree);
        Assert.Equal(1, net.Node("Chile")!.InDegree);
        Assert.Equal(1, net.Node("Chile")!.OutDegree);
    }

    [Fact]
    public void In_a_triangle_nobody_brokers()
    {
        var net = ActorNetwork.Build([E("Peru", "040", "Chile"), E("Chile", "040", "Bolivia"), E("Bolivia", "040", "Peru")]);
        Assert.All(net.Actors, a => Assert.Equal(0.0, a.Betweenness, 6));
    }

    [Fact]
    public void The_strongest_ties_of_an_actor_come_first()
    {
        var net = ActorNetwork.Build([E("Peru", "040", "Chile"), E("Peru", "190", "Bolivia"), E("Ecuador", "051", "Peru")]);
        Assert.Equal(["Bolivia", "Ecuador", "Chile"], net.StrongestTies("Peru").Select(t => t.Source == "Peru" ? t.Target : t.Source));
        Assert.Single(net.StrongestTies("Peru", 1));
    }

    [Fact]
    public void A_text_gives_ties_of_the_kind_its_events_are()
    {
        // A request is verbal cooperation, troops sent are material cooperation, accusations are conflict each way.
        var events = Texts.Case(("wire", "Mali asked ECOWAS for military help on 5 March. The next day ECOWAS sent troops to Mali. " +
                                         "Russia accused the United States of meddling in the crisis, and the United States accused Russia of spreading lies.",
            Texts.Anchor)).Events;
        var net = ActorNetwork.Build(events);
        Assert.Equal((TieKind.Cooperation, QuadClass.VerbalCooperation), (net.Tie("Mali", "ECOWAS")!.Kind, net.Tie("Mali", "ECOWAS")!.Quad));
        Assert.Equal((TieKind.Cooperation, QuadClass.MaterialCooperation), (net.Tie("ECOWAS", "Mali")!.Kind, net.Tie("ECOWAS", "Mali")!.Quad));
        Assert.Equal((TieKind.Conflict, QuadClass.VerbalConflict), (net.Tie("Russia", "United States")!.Kind, net.Tie("Russia", "United States")!.Quad));
        Assert.Equal(TieKind.Conflict, net.Tie("United States", "Russia")!.Kind);
    }

    [Fact]
    public void Sides_fold_people_into_their_countries()
    {
        var net = ActorNetwork.Build([E("Sergey Lavrov", "041", "Wang Yi"), E("Vladimir Putin", "051", "Russia")], Fixtures.Bundled.Sides.Side);
        var tie = Assert.Single(net.Ties);
        Assert.Equal(("Russia", "China"), (tie.Source, tie.Target));
    }
}
