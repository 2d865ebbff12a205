using Spectre.Console;
using Tessera.Events;
using Tessera.Output;
using Tessera.Output.Records;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;

namespace Tessera.Cli.Views;

/// <summary>`tessera timeline` for people: entries grouped by day, events without a date, and where the sources disagree.</summary>
public static class TimelineView
{
    public static void Write(TextWriter stdout, TimelineOf timeline)
    {
        var console = Terminal.WideConsole(stdout);
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Timeline[/]");
        table.AddColumn("when").AddColumn("time words").AddColumn("what happened, and the claim").AddColumn("claim");
        foreach (var g in timeline.Groups)
        {
            var first = true;
            foreach (var e in g.Entries)
            {
                var what = string.Join("\n", e.Events.Select(x => "[bold]" + Terminal.Escape(Terms.EventLine(x)) + "[/]"));
                table.AddRow(
                    new Markup(first ? $"[bold]{Terminal.Escape(g.Label)}[/]\n[grey]{g.When.Precision.ToString().ToLowerInvariant()}[/]" : ""),
                    new Markup(Terminal.Escape(Terms.Words(e) ?? "(dated by the report)") + (e.How == EventTimeSource.Story ? "\n[grey](the story's time)[/]" : "")),
                    new Markup((what.Length > 0 ? what + "\n" : "") + Terminal.Escape(Format.Clip(e.Claim.Text, 200))),
                    new Markup(Terminal.Escape(e.ClaimId) + "\n" + Terminal.Stance(e.Claim)));
                first = false;
            }
            foreach (var e in g.Imported)
            {
                table.AddRow(
                    new Markup(first ? $"[bold]{Terminal.Escape(g.Label)}[/]\n[grey]{g.When.Precision.ToString().ToLowerInvariant()}[/]" : ""),
                    new Markup("[grey](dated by the data set)[/]"),
                    new Markup("[bold]" + Terminal.Escape(Terms.EventLine(e)) + "[/]" + (e.Place is { } place ? "\n" + Terminal.Escape(place) : "")),
                    new Markup(Terminal.Escape(e.ClaimId) + (e.Imported!.Url is { } url ? "\n[grey]" + Terminal.Escape(url) + "[/]" : "")));
                first = false;
            }
        }
        console.Write(table);
        if (timeline.Undated.Count > 0)
        {
            var undated = new Table().Border(TableBorder.Rounded).Title("[bold]Events without a date[/]");
            undated.AddColumn("event").AddColumn("claim");
            foreach (var e in timeline.Undated) undated.AddRow(Terminal.Escape(Terms.EventLine(e)), Terminal.Escape(e.ClaimId));
            console.Write(undated);
        }
        if (timeline.Disagreements.Count > 0)
        {
            var d = new Table().Border(TableBorder.Rounded).Title("[bold]Where sources disagree[/]");
            d.AddColumn("on").AddColumn("value").AddColumn("sources").AddColumn("claims");
            foreach (var x in timeline.Disagreements)
            {
                var first = true;
                foreach (var s in x.Sides)
                {
                    d.AddRow(
                        new Markup(first ? $"[bold]{Terminal.Escape(x.Topic)}[/] [grey]({Terminal.Escape(x.Kind)})[/]" : ""),
                        new Markup(Terminal.Escape(s.Value) + (s.Retracted ? " [red](retracted)[/]" : "")),
                        new Markup(Terminal.Escape(string.Join(", ", s.SourceIds))),
                        new Markup(Terminal.Escape(string.Join(", ", s.ClaimIds))));
                    first = false;
                }
            }
            console.Write(d);
        }
    }
}
