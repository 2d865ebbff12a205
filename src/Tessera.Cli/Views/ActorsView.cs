using Spectre.Console;
using Tessera.Analysis.Consequences;
using Tessera.Analysis.Network;
using Tessera.Events;
using Tessera.Output;
using Tessera.Output.Records;

namespace Tessera.Cli.Views;

/// <summary>`tessera actors` for people: each actor's centrality, ties and balance of gains and losses; with --network, the ties.</summary>
public static class ActorsView
{
    public static void WriteActors(TextWriter stdout, ActorNetwork net, Consequences c)
    {
        var console = Terminal.WideConsole(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Actors[/]");
        table.AddColumn("actor").AddColumn("degree").AddColumn("out/in").AddColumn("strength").AddColumn("betweenness").AddColumn("strongest ties").AddColumn("outcome");
        foreach (var name in Terms.Actors(net, c))
        {
            var node = net.Node(name);
            var balance = c.Of(name);
            table.AddRow(
                new Markup($"[bold]{Terminal.Escape(name)}[/]"),
                new Markup(node is null ? "" : Format.Num(node.Degree)),
                new Markup(node is null ? "" : $"{Format.Num(node.OutDegree)}/{Format.Num(node.InDegree)}"),
                new Markup(node is null ? "" : Format.Short(node.Strength)),
                new Markup(node is null ? "" : Format.Num(node.Betweenness, 3)),
                new Markup(Terminal.Escape(string.Join("\n", net.StrongestTies(name).Select(t => $"{Other(t, name)} ({Terms.Kind(t)}, {Format.Num(t.Count)})")))),
                new Markup(balance is null ? "" : $"{Verdict(balance)} +{Format.Num(balance.Gains.Count)} −{Format.Num(balance.Losses.Count)}"));
        }
        console.Write(table);
        if (c.Entries.Count == 0) return;
        var outcomes = new Table().Border(TableBorder.Rounded).Title("[bold]Consequences: who gains, who loses[/]");
        outcomes.AddColumn("actor").AddColumn("").AddColumn("words").AddColumn("stance").AddColumn("claim");
        foreach (var b in c.Balance)
            foreach (var e in b.Gains.Concat(b.Losses))
                outcomes.AddRow(
                    new Markup(Terminal.Escape(e.Actor)),
                    new Markup(e.Direction == OutcomeDirection.Gain ? "[green]gains[/]" : "[red]loses[/]"),
                    new Markup(Terminal.Escape(e.Cue)),
                    new Markup(Terminal.Stance(e.Claim)),
                    new Markup(Terminal.Escape(e.ClaimId)));
        console.Write(outcomes);
    }

    public static void WriteTies(TextWriter stdout, ActorNetwork net)
    {
        var console = Terminal.WideConsole(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Ties[/]");
        table.AddColumn("from").AddColumn("to").AddColumn("kind").AddColumn("cooperation").AddColumn("conflict").AddColumn("events").AddColumn("codes").AddColumn("claims");
        foreach (var t in net.Ties)
        {
            var colour = t.Kind switch { TieKind.Cooperation => "green", TieKind.Conflict => "red", TieKind.Mixed => "yellow", _ => "grey" };
            table.AddRow(
                new Markup(Terminal.Escape(t.Source)),
                new Markup(Terminal.Escape(t.Target)),
                new Markup($"[{colour}]{Terms.Kind(t)}[/]\n[grey]{Terms.Quad(t.Quad)}[/]"),
                new Markup(Format.Short(t.CooperationWeight)),
                new Markup(Format.Short(t.ConflictWeight)),
                new Markup(Format.Num(t.Count) + (t.Unconfirmed > 0 ? $" [yellow]({Format.Num(t.Unconfirmed)} unconfirmed)[/]" : "")),
                new Markup(Terminal.Escape(string.Join("\n", t.Codes.Select(x => $"{x.Code} {x.Name}")))),
                new Markup(Terminal.Escape(string.Join("\n", t.ClaimIds))));
        }
        console.Write(table);
    }

    private static string Other(Tie t, string actor) => t.Source == actor ? "→ " + t.Target : "← " + t.Source;

    private static string Verdict(ActorBalance b) => b.Verdict switch
    {
        "gains" => "[green]gains[/]",
        "loses" => "[red]loses[/]",
        _ => "[yellow]mixed[/]",
    };
}
