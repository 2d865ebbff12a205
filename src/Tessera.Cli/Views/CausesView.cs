using Spectre.Console;
using Tessera.Analysis.Causes;
using Tessera.Output;
using Tessera.Output.Records;

namespace Tessera.Cli.Views;

/// <summary>`tessera causes` for people: the factors in order of support, then the competing explanations.</summary>
public static class CausesView
{
    public static void Write(TextWriter stdout, CaseCauses causes)
    {
        var console = Terminal.Console(stdout);
        var factors = new Table().Border(TableBorder.Rounded).Title("[bold]Causes[/]");
        factors.AddColumn("factor").AddColumn("cause").AddColumn("asserted by").AddColumn("denied by").AddColumn(new TableColumn("origins").RightAligned())
            .AddColumn("status").AddColumn("explanation");
        foreach (var f in causes.Factors)
        {
            var cause = Terminal.Escape(Format.Clip(f.Cause, 70)) + (f.Trigger ? " [yellow](trigger)[/]" : "")
                        + (f.HedgeWords.Count > 0 ? $" [grey](hedged: {Terminal.Escape(string.Join(", ", f.HedgeWords))})[/]" : "");
            var status = Terms.Status(f.Status);
            factors.AddRow(new Markup($"[grey]{f.Id}[/]"), new Markup(cause), new Markup(Terminal.Escape(string.Join(", ", f.AssertedBy))),
                new Markup(Terminal.Escape(string.Join(", ", f.DeniedBy))), new Markup(Format.Num(f.IndependentOrigins.Count)),
                new Markup(f.Status == Events.Causes.CauseStatus.Unsubstantiated ? $"[red]{status}[/]" : status),
                new Markup(Terminal.Escape(f.Explanation ?? "")));
        }
        console.Write(factors);
        if (causes.Explanations.Count == 0) return;

        var explanations = new Table().Border(TableBorder.Rounded).Title("[bold]Competing explanations[/]");
        explanations.AddColumn("").AddColumn("explanation").AddColumn("put forward by").AddColumn("denied by").AddColumn("factors");
        foreach (var x in causes.Explanations)
            explanations.AddRow(new Markup($"[grey]{x.Id}[/]"), new Markup(Terminal.Escape(x.Statement)), new Markup(Terminal.Escape(string.Join(", ", x.Speakers))),
                new Markup(Terminal.Escape(string.Join(", ", x.DeniedBy))), new Markup(string.Join(" ", x.Factors.Select(f => f.Id))));
        console.Write(explanations);
    }
}
