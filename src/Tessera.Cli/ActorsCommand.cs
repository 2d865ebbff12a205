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
            var (assessed, events, resources) = input.Value;
            var net = ActorNetwork.Build(events.Events, parsed.GetValue(sides) ? resources.Sides.Side : null);
            var consequences = Consequences.Build(assessed);
            var fmt = parsed.GetValue(format);
            if (fmt == "table") AnalysisInput.WarnUndated(stderr, events);
            switch (fmt, parsed.GetValue(network))
            {
                case ("jsonl", true): TiesJsonl.Write(stdout, net); break;
                case ("csv", true): TiesCsv.Write(stdout, net); break;
                case (_, true): ActorsView.WriteTies(stdout, net); break;
                case ("jsonl", false): ActorsJsonl.Write(stdout, net, consequences); break;
                case ("csv", false): ActorsCsv.Write(stdout, net, consequences); break;
                default: ActorsView.WriteActors(stdout, net, consequences); break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
