using System.CommandLine;
using Tessera.Analysis.Timeline;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera timeline`: events and dated claims of a case or files in time order, grouped by day, with disagreements.</summary>
public static class TimelineCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = AnalysisInput.Options();
        var format = inputs.Format;
        var command = inputs.AddTo(new Command("timeline", "Show events and dated claims in time order, grouped by day, with the figures and dates sources disagree on."));
        command.SetAction(parsed =>
        {
            var input = AnalysisInput.Load(parsed, inputs);
            if (!input.Ok) return Cli.Fail(stderr, input.Problem!);
            var (_, findings, _) = input.Value;
            var (events, timeline) = (findings.Events, findings.Timeline);
            switch (parsed.GetValue(format))
            {
                case "jsonl": TimelineJsonl.Write(stdout, timeline); break;
                case "csv": TimelineCsv.Write(stdout, timeline); break;
                default:
                    AnalysisInput.WarnUndated(stderr, events);
                    TimelineView.Write(stdout, timeline);
                    break;
            }
            return Cli.Ok;
        });
        return command;
    }
}
