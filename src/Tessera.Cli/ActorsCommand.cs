using Tessera.Events;
using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tessera.Analysis.Consequences;
using Tessera.Analysis.Events;
using Tessera.Analysis.Network;

namespace Tessera.Cli;

/// <summary>`tessera actors`: each actor's centrality and what the sources say it gains or loses; with --network, the ties between actors.</summary>
public static class ActorsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = AnalysisInput.Options();
        var format = inputs.Format;
        var network = new Option<bool>("--network") { Description = "Show the ties between actors: who did what to whom, cooperation and conflict weighed apart." };
        var sides = new Option<bool>("--sides") { Description = "Fold people into the countries they speak for (Lavrov into Russia)." };
        var command = inputs.AddTo(new Command("actors", "Show the actors: degree and betweenness centrality, strongest ties, and the gains and losses the sources ascribe to them."));
        command.Add(network);
        command.Add(sides);
        command.SetAction(parsed =>
        {
            var input = AnalysisInput.Load(parsed, inputs);
            if (!input.Ok) return Cli.Fail(stderr, input.Problem!);
            var (assessed, events, resources) = input.Value;
            var net = ActorNetwork.Build(events.Events, parsed.GetValue(sides) ? resources.Sides.Side : null);
            var consequences = Consequences.Build(assessed);
            var fmt = parsed.GetValue(format);
            if (fmt == "table") AnalysisInput.WarnUndated(stderr, events);
            if (parsed.GetValue(network))
            {
                if (fmt == "jsonl") WriteTiesJsonl(stdout, net);
                else if (fmt == "csv") WriteTiesCsv(stdout, net);
                else WriteTiesTable(stdout, net);
            }
            else
            {
                if (fmt == "jsonl") WriteActorsJsonl(stdout, net, consequences);
                else if (fmt == "csv") WriteActorsCsv(stdout, net, consequences);
                else WriteActorsTable(stdout, net, consequences);
            }
            return Cli.Ok;
        });
        return command;
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Other(Tie t, string actor) => t.Source == actor ? "→ " + t.Target : "← " + t.Source;

    private static string Kind(Tie t) => t.Kind.ToString().ToLowerInvariant();

    private static string Quad(QuadClass q) => q switch
    {
        QuadClass.VerbalCooperation => "verbal cooperation",
        QuadClass.MaterialCooperation => "material cooperation",
        QuadClass.VerbalConflict => "verbal conflict",
        _ => "material conflict",
    };

    /// <summary>Every actor of the network or of the balance, network actors first.</summary>
    private static IEnumerable<string> Actors(ActorNetwork net, Consequences c) =>
        net.Actors.Select(a => a.Actor).Concat(c.Balance.Select(b => b.Actor)).Distinct();

    internal static void WriteActorsTable(TextWriter stdout, ActorNetwork net, Consequences c)
    {
        var console = AnalysisInput.Console(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Actors[/]");
        table.AddColumn("actor").AddColumn("degree").AddColumn("out/in").AddColumn("strength").AddColumn("betweenness").AddColumn("strongest ties").AddColumn("outcome");
        foreach (var name in Actors(net, c))
        {
            var node = net.Node(name);
            var balance = c.Of(name);
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(name)}[/]"),
                new Markup(node?.Degree.ToString(CultureInfo.InvariantCulture) ?? ""),
                new Markup(node is null ? "" : $"{node.OutDegree}/{node.InDegree}"),
                new Markup(node is null ? "" : F(node.Strength)),
                new Markup(node is null ? "" : node.Betweenness.ToString("0.000", CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(string.Join("\n", net.StrongestTies(name).Select(t => $"{Other(t, name)} ({Kind(t)}, {t.Count})")))),
                new Markup(balance is null ? "" : $"{Verdict(balance)} +{balance.Gains.Count} −{balance.Losses.Count}"));
        }
        console.Write(table);
        if (c.Entries.Count == 0) return;
        var outcomes = new Table().Border(TableBorder.Rounded).Title("[bold]Consequences: who gains, who loses[/]");
        outcomes.AddColumn("actor").AddColumn("").AddColumn("words").AddColumn("stance").AddColumn("claim");
        foreach (var b in c.Balance)
            foreach (var e in b.Gains.Concat(b.Losses))
                outcomes.AddRow(
                    new Markup(Markup.Escape(e.Actor)),
                    new Markup(e.Direction == OutcomeDirection.Gain ? "[green]gains[/]" : "[red]loses[/]"),
                    new Markup(Markup.Escape(e.Cue)),
                    new Markup(AnalysisInput.Stance(e.Claim)),
                    new Markup(Markup.Escape(e.ClaimId)));
        console.Write(outcomes);
    }

    private static string Verdict(ActorBalance b) => b.Verdict switch
    {
        "gains" => "[green]gains[/]",
        "loses" => "[red]loses[/]",
        _ => "[yellow]mixed[/]",
    };

    internal static void WriteTiesTable(TextWriter stdout, ActorNetwork net)
    {
        var console = AnalysisInput.Console(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Ties[/]");
        table.AddColumn("from").AddColumn("to").AddColumn("kind").AddColumn("cooperation").AddColumn("conflict").AddColumn("events").AddColumn("codes").AddColumn("claims");
        foreach (var t in net.Ties)
        {
            var colour = t.Kind switch { TieKind.Cooperation => "green", TieKind.Conflict => "red", TieKind.Mixed => "yellow", _ => "grey" };
            table.AddRow(
                new Markup(Markup.Escape(t.Source)),
                new Markup(Markup.Escape(t.Target)),
                new Markup($"[{colour}]{Kind(t)}[/]\n[grey]{Quad(t.Quad)}[/]"),
                new Markup(F(t.CooperationWeight)),
                new Markup(F(t.ConflictWeight)),
                new Markup(t.Count + (t.Unconfirmed > 0 ? $" [yellow]({t.Unconfirmed} unconfirmed)[/]" : "")),
                new Markup(Markup.Escape(string.Join("\n", t.Codes.Select(x => $"{x.Code} {x.Name}")))),
                new Markup(Markup.Escape(string.Join("\n", t.ClaimIds))));
        }
        console.Write(table);
    }

    internal static void WriteActorsJsonl(TextWriter stdout, ActorNetwork net, Consequences c)
    {
        foreach (var name in Actors(net, c))
            AnalysisOutput.JsonLine(stdout, w =>
            {
                var node = net.Node(name);
                var b = c.Of(name);
                w.WriteString("actor", name);
                w.WriteNumber("degree", node?.Degree ?? 0);
                w.WriteNumber("out_degree", node?.OutDegree ?? 0);
                w.WriteNumber("in_degree", node?.InDegree ?? 0);
                w.WriteNumber("strength", Math.Round(node?.Strength ?? 0, 3));
                w.WriteNumber("betweenness", Math.Round(node?.Betweenness ?? 0, 4));
                w.WriteStartArray("strongest_ties");
                foreach (var t in net.StrongestTies(name))
                {
                    w.WriteStartObject();
                    w.WriteString("source", t.Source);
                    w.WriteString("target", t.Target);
                    w.WriteString("kind", Kind(t));
                    w.WriteNumber("events", t.Count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("outcome", b?.Verdict);
                w.WriteStartArray("outcomes");
                foreach (var e in b is null ? [] : b.Gains.Concat(b.Losses))
                {
                    w.WriteStartObject();
                    w.WriteString("direction", e.Direction == OutcomeDirection.Gain ? "gain" : "loss");
                    w.WriteString("words", e.Cue);
                    AnalysisInput.WriteClaim(w, e.Claim);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }

    internal static void WriteTiesJsonl(TextWriter stdout, ActorNetwork net)
    {
        foreach (var t in net.Ties)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("source", t.Source);
                w.WriteString("target", t.Target);
                w.WriteString("kind", Kind(t));
                w.WriteString("quad", Quad(t.Quad));
                w.WriteNumber("cooperation", Math.Round(t.CooperationWeight, 3));
                w.WriteNumber("conflict", Math.Round(t.ConflictWeight, 3));
                w.WriteNumber("events", t.Count);
                w.WriteNumber("unconfirmed", t.Unconfirmed);
                AnalysisOutput.WriteStrings(w, "codes", t.Codes.Select(x => x.Code));
                AnalysisOutput.WriteStrings(w, "claims", t.ClaimIds);
                w.WriteStartArray("evidence");
                foreach (var e in t.Events) AnalysisInput.WriteEvent(w, e);
                w.WriteEndArray();
            });
    }

    internal static void WriteActorsCsv(TextWriter stdout, ActorNetwork net, Consequences c)
    {
        AnalysisOutput.CsvRow(stdout, "actor", "degree", "out_degree", "in_degree", "strength", "betweenness", "outcome", "gains", "losses", "gain_claims", "loss_claims");
        foreach (var name in Actors(net, c))
        {
            var node = net.Node(name);
            var b = c.Of(name);
            AnalysisOutput.CsvRow(stdout, name, (node?.Degree ?? 0).ToString(CultureInfo.InvariantCulture), (node?.OutDegree ?? 0).ToString(CultureInfo.InvariantCulture),
                (node?.InDegree ?? 0).ToString(CultureInfo.InvariantCulture), F(node?.Strength ?? 0), (node?.Betweenness ?? 0).ToString("0.####", CultureInfo.InvariantCulture),
                b?.Verdict ?? "", (b?.Gains.Count ?? 0).ToString(CultureInfo.InvariantCulture), (b?.Losses.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                string.Join(" ", b?.Gains.Select(g => g.ClaimId) ?? []), string.Join(" ", b?.Losses.Select(g => g.ClaimId) ?? []));
        }
    }

    internal static void WriteTiesCsv(TextWriter stdout, ActorNetwork net)
    {
        AnalysisOutput.CsvRow(stdout, "source", "target", "kind", "quad", "cooperation", "conflict", "events", "unconfirmed", "codes", "claims");
        foreach (var t in net.Ties)
            AnalysisOutput.CsvRow(stdout, t.Source, t.Target, Kind(t), Quad(t.Quad), F(t.CooperationWeight), F(t.ConflictWeight),
                t.Count.ToString(CultureInfo.InvariantCulture), t.Unconfirmed.ToString(CultureInfo.InvariantCulture),
                string.Join(" ", t.Codes.Select(x => x.Code)), string.Join(" ", t.ClaimIds));
    }
}
