using System.CommandLine;
using Tessera.Analysis.Consequences;
using Tessera.Analysis.Network;
using Tessera.Cli.Views;
using Tessera.Output.Records;

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
            var (_, findings, resources) = input.Value;
            var events = findings.Events;
            // Folded into sides, the network is another than the findings' own.
            var net = parsed.GetValue(sides) ? ActorNetwork.Build(events.Events, resources.Sides.Side) : findings.Network;
            var fmt = parsed.GetValue(format);
            if (fmt == "table") AnalysisInput.WarnUndated(stderr, events);
            // The ties print no gains and losses: the consequences are read only for the actors' table.
            switch (fmt, parsed.GetValue(network))
            {
                case ("jsonl", true): TiesJsonl.Write(stdout, net); break;
                case ("csv", true): TiesCsv.Write(stdout, net); break;
                case (_, true): ActorsView.WriteTies(stdout, net); break;
                case ("jsonl", false): ActorsJsonl.Write(stdout, net, findings.Consequences); break;
                case ("csv", false): ActorsCsv.Write(stdout, net, findings.Consequences); break;
                default: ActorsView.WriteActors(stdout, net, findings.Consequences); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
