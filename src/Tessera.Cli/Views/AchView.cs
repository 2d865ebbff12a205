using Spectre.Console;
using Tessera.Analysis.Ach;
using Tessera.Output;

namespace Tessera.Cli.Views;

/// <summary>`tessera ach` for people: the hypotheses ranked, the matrix of ratings, the items' words and what the lead hangs on.</summary>
public static class AchView
{
    /// <summary>Colour follows the rating: greens for consistent, reds for inconsistent, grey for neither.</summary>
    public static string RatingMarkup(Rating r) => r switch
    {
        Rating.CC => "[bold green]CC[/]",
        Rating.C => "[green]C[/]",
        Rating.N => "[grey]N[/]",
        Rating.I => "[red]I[/]",
        Rating.II => "[bold red]II[/]",
        _ => "[grey]NA[/]",
    };

    public static void Write(TextWriter stdout, AchResult result)
    {
        var console = Terminal.Console(stdout);
        var m = result.Matrix;
        var hypotheses = new Table().Border(TableBorder.Rounded).Title("[bold]Hypotheses[/]");
        hypotheses.AddColumn("id").AddColumn("statement").AddColumn(new TableColumn("inconsistency").RightAligned())
            .AddColumn(new TableColumn("weighted").RightAligned()).AddColumn(new TableColumn("rank").RightAligned())
            .AddColumn(new TableColumn("prior").RightAligned()).AddColumn(new TableColumn("posterior").RightAligned());
        foreach (var s in result.Ranking)
        {
            var lead = result.Leaders.Contains(s.Id) ? "[bold]" + Terminal.Escape(s.Id) + "[/]" : Terminal.Escape(s.Id);
            hypotheses.AddRow(lead, Terminal.Escape(s.Statement), Format.Num(s.Inconsistency), Format.Num(s.WeightedInconsistency, 2),
                Format.Num(s.Rank), Format.Num(s.Prior, 2), Format.Num(s.Posterior, 3));
        }
        console.Write(hypotheses);

        // The matrix holds ratings only, so it stays narrow; the items' words follow in a table of their own.
        var matrix = new Table().Border(TableBorder.Rounded).Title("[bold]Evidence against hypotheses[/]");
        matrix.AddColumn("item").AddColumn("cred.").AddColumn("rel.").AddColumn(new TableColumn("diag.").RightAligned());
        foreach (var h in m.Hypotheses) matrix.AddColumn(new TableColumn(Terminal.Escape(h.Id)).Centered());
        foreach (var e in m.Evidence)
        {
            var row = new List<string> { Terminal.Escape(e.Id), Ratings.Name(e.Credibility), Ratings.Name(e.Relevance), Format.Num(result.DiagnosticityOf(e.Id).Spread) };
            row.AddRange(m.Hypotheses.Select(h => RatingMarkup(e.RatingFor(h.Id))));
            matrix.AddRow(row.Select(x => new Markup(x)));
        }
        matrix.AddEmptyRow();
        AddScoreRow(matrix, "inconsistency", m, h => Format.Num(result.Score(h).Inconsistency));
        AddScoreRow(matrix, "weighted", m, h => Format.Num(result.Score(h).WeightedInconsistency, 2));
        AddScoreRow(matrix, "rank", m, h => Format.Num(result.Score(h).Rank));
        AddScoreRow(matrix, "posterior", m, h => Format.Num(result.Score(h).Posterior, 3));
        console.Write(matrix);
        console.MarkupLine("[grey]inconsistency: Heuer's count (I 1, II 2); weighted: PARC ACH (I -1, II -2, times credibility and relevance " +
                           "weights); posterior: the Bayesian reading (analysis/ach-likelihoods.tsv).[/]");

        var items = new Table().Border(TableBorder.Rounded).Title("[bold]Evidence items[/]");
        items.AddColumn("item").AddColumn("claim").AddColumn("evidence");
        foreach (var e in m.Evidence)
            items.AddRow(Terminal.Escape(e.Id), Terminal.Escape(e.ClaimId ?? (e.SourceId is null ? "analyst" : "analyst, " + e.SourceId)),
                Terminal.Escape(Format.Clip(e.Text, 160)));
        console.Write(items);

        console.MarkupLine($"Leading by inconsistency: [bold]{Terminal.Escape(string.Join(", ", result.Leaders))}[/]; " +
                           $"by posterior: [bold]{Terminal.Escape(string.Join(", ", result.BayesLeaders))}[/].");
        if (result.Note is { } note) console.MarkupLine("[yellow]Note:[/] " + Terminal.Escape(note));
        if (result.Sensitivity.Count == 0) console.MarkupLine("Sensitivity: no single item, removed or reversed, changes the lead.");
        else
        {
            var sens = new Table().Border(TableBorder.Rounded).Title("[bold]Sensitivity: items the lead hangs on[/]");
            sens.AddColumn("item").AddColumn("if").AddColumn("reading").AddColumn("lead becomes");
            foreach (var f in result.Sensitivity)
                sens.AddRow(Terminal.Escape(f.EvidenceId), f.Change.ToString().ToLowerInvariant(), f.Reading.ToString(),
                    Terminal.Escape(string.Join(", ", f.LeadersAfter)));
            console.Write(sens);
        }
    }

    private static void AddScoreRow(Table table, string label, AchMatrix m, Func<string, string> cell)
    {
        var row = new List<string> { $"[bold]{label}[/]", "", "", "" };
        row.AddRange(m.Hypotheses.Select(h => cell(h.Id)));
        table.AddRow(row.Select(x => new Markup(x)));
    }
}
