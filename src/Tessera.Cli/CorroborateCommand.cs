using Tessera.Analysis;
using System.CommandLine;
using Spectre.Console;
using Tessera.Analysis.Corroboration;
using Tessera.Case;

namespace Tessera.Cli;

/// <summary>`tessera corroborate`: which claims of a case several independent sources back, and which contradict one another.</summary>
public static class CorroborateCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon) = AnalysisOutput.Options("csv: one row per claim with its group and backing.");
        var command = new Command("corroborate", "Group claims of different sources that state the same thing, count the independent sources " +
                                                 "behind each claim, and flag contradictions (opposite polarity, conflicting figures or dates).")
        {
            folder, format, store, lexicon,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Open([parsed.GetValue(folder)!], parsed.GetValue(store), resources);
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var c = opened.Value!.Case;
            var result = Corroborator.Run(c, resources.Corroboration);
            switch (parsed.GetValue(format))
            {
                case "jsonl": WriteJsonl(stdout, c, result); break;
                case "csv": WriteCsv(stdout, c, result); break;
                default: WriteTable(stdout, c, result); break;
            }
            return Cli.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter stdout, AssessedCase c, CorroborationResult result)
    {
        var console = Terminal.Console(stdout);
        var text = c.Claims.ToDictionary(x => x.Id, x => x.Text, StringComparer.Ordinal);
        var groups = new Table().Border(TableBorder.Rounded).Title("[bold]Claims stated by more than one source[/]");
        groups.AddColumn("group").AddColumn(new TableColumn("independent").RightAligned()).AddColumn("claims");
        foreach (var g in result.Groups)
            groups.AddRow(new Markup(g.Id), new Markup(AnalysisOutput.Num(g.IndependentSources)),
                new Markup(string.Join("\n", g.ClaimIds.Select(id => $"[grey]{Markup.Escape(id)}[/] {Markup.Escape(AnalysisOutput.Clip(text[id], 100))}"))));
        console.Write(groups);
        if (result.CopiedSources.Count > 0)
            console.MarkupLine("Copies counted once: " + Markup.Escape(string.Join("; ", result.CopiedSources.Select(s => string.Join(" = ", s)))));
        if (result.Contradictions.Count == 0)
        {
            console.MarkupLine("No contradictions found.");
            return;
        }
        var contra = new Table().Border(TableBorder.Rounded).Title("[bold]Contradictions[/]");
        contra.AddColumn("kind").AddColumn("about").AddColumn("what differs");
        foreach (var x in result.Contradictions)
            contra.AddRow(Markup.Escape(x.Kind.ToString().ToLowerInvariant()), Markup.Escape(x.Subject), Markup.Escape(x.Detail));
        console.Write(contra);
    }

    private static void WriteJsonl(TextWriter stdout, AssessedCase c, CorroborationResult result)
    {
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "claim");
                w.WriteString("id", claim.Id);
                w.WriteString("source", claim.DocumentId);
                w.WriteString("text", claim.Text);
                if (result.GroupOf.TryGetValue(claim.Id, out var g)) w.WriteString("group", g); else w.WriteNull("group");
                w.WriteNumber("independent_sources", result.SourcesBacking(claim.Id));
                AnalysisOutput.WriteStrings(w, "contradictions", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct());
            });
        foreach (var g in result.Groups)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "group");
                w.WriteString("id", g.Id);
                AnalysisOutput.WriteStrings(w, "claims", g.ClaimIds);
                AnalysisOutput.WriteStrings(w, "sources", g.SourceIds);
                w.WriteNumber("independent_sources", g.IndependentSources);
            });
        foreach (var x in result.Contradictions)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "contradiction");
                w.WriteString("kind", x.Kind.ToString().ToLowerInvariant());
                w.WriteString("subject", x.Subject);
                AnalysisOutput.WriteStrings(w, "claims", x.ClaimIds);
                w.WriteString("detail", x.Detail);
            });
    }

    private static void WriteCsv(TextWriter stdout, AssessedCase c, CorroborationResult result)
    {
        AnalysisOutput.CsvRow(stdout, ["claim", "source", "publisher", "group", "independent_sources", "contradictions", "text"]);
        foreach (var claim in c.Claims.Where(x => x.IsClaim))
            AnalysisOutput.CsvRow(stdout, [claim.Id, claim.DocumentId, c.Source(claim.DocumentId)?.Publisher ?? "",
                result.GroupOf.GetValueOrDefault(claim.Id, ""), AnalysisOutput.Num(result.SourcesBacking(claim.Id)),
                string.Join(" ", result.ContradictionsOf(claim.Id).Select(x => x.Kind.ToString().ToLowerInvariant()).Distinct()), claim.Text]);
    }
}
