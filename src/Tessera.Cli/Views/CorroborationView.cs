using Spectre.Console;
using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Output;

namespace Tessera.Cli.Views;

/// <summary>`tessera corroborate` for people: the claims several sources state, the copies counted once, the contradictions.</summary>
public static class CorroborationView
{
    public static void Write(TextWriter stdout, AssessedCase c, CorroborationResult result)
    {
        var console = Terminal.Console(stdout);
        var text = c.Claims.ToDictionary(x => x.Id, x => x.Text, StringComparer.Ordinal);
        var groups = new Table().Border(TableBorder.Rounded).Title("[bold]Claims stated by more than one source[/]");
        groups.AddColumn("group").AddColumn(new TableColumn("origins").RightAligned()).AddColumn(new TableColumn("reports").RightAligned()).AddColumn("claims");
        foreach (var g in result.Groups)
            groups.AddRow(new Markup(g.Id), new Markup(Format.Num(g.IndependentOrigins)), new Markup(Format.Num(g.Reports)),
                new Markup(string.Join("\n", g.ClaimIds.Select(id => $"[grey]{Terminal.Escape(id)}[/] {Terminal.Escape(Format.Clip(text[id], 100))}"))));
        console.Write(groups);
        if (result.CopiedSources.Count > 0)
            console.MarkupLine("Copies counted once: " + Terminal.Escape(string.Join("; ", result.CopiedSources.Select(s => string.Join(" = ", s)))));
        foreach (var s in result.Updates)
            console.MarkupLine(Terminal.Escape($"Update, not a contradiction: {s.Origin} on {s.Kind}: " +
                string.Join(", then ", s.Figures.Select(f => $"{f.Figure.Text} ({f.ClaimId})")) + $"; current {s.Current.ClaimId}"));
        foreach (var (claim, by) in result.Retracted.OrderBy(r => r.Key, StringComparer.Ordinal))
            console.MarkupLine(Terminal.Escape($"Retracted, supports nothing: {claim}" + (by == claim ? "" : $" (taken back in {by})")));
        if (result.Contradictions.Count == 0)
        {
            console.MarkupLine("No contradictions found.");
            return;
        }
        var contra = new Table().Border(TableBorder.Rounded).Title("[bold]Contradictions[/]");
        contra.AddColumn("kind").AddColumn("about").AddColumn("what differs");
        foreach (var x in result.Contradictions)
            contra.AddRow(Terminal.Escape(x.Kind.ToString().ToLowerInvariant()), Terminal.Escape(x.Subject), Terminal.Escape(x.Detail));
        console.Write(contra);
    }
}
