using Tessera.Analysis;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Tessera.Analysis.Ach;
using Tessera.Case;

namespace Tessera.Cli;

/// <summary>`tessera ach`: the case's hypotheses against its rated evidence, scored Heuer's way and read the Bayesian way.</summary>
public static class AchCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (folder, format, store, lexicon) = AnalysisOutput.Options("csv: the matrix with score rows, for a spreadsheet.");
        var command = new Command("ach", "Analysis of Competing Hypotheses on a case: inconsistency scores (Heuer, and weighted as in PARC ACH), " +
                                         "diagnosticity, sensitivity, and the Bayesian posterior of each hypothesis.")
        {
            folder, format, store, lexicon,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(store), resources);
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var analysis = opened.Value.Analysis;
            if (analysis.Matrix.IsEmpty) return Cli.Fail(stderr, Messages.NoHypotheses(analysis.Case.File.YamlPath));
            var model = resources.Ach;
            var result = AchAnalysis.Run(analysis.Matrix, model);
            switch (parsed.GetValue(format))
            {
                case "jsonl": WriteJsonl(stdout, result, model); break;
                case "csv": WriteCsv(stdout, result); break;
                default: WriteTable(stdout, result); break;
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>Colour follows the rating: greens for consistent, reds for inconsistent, grey for neither.</summary>
    public static string Markup(Rating r) => r switch
    {
        Rating.CC => "[bold green]CC[/]",
        Rating.C => "[green]C[/]",
        Rating.N => "[grey]N[/]",
        Rating.I => "[red]I[/]",
        Rating.II => "[bold red]II[/]",
        _ => "[grey]NA[/]",
    };

    private static void WriteTable(TextWriter stdout, AchResult result)
    {
        var console = Terminal.Console(stdout);
        var m = result.Matrix;
        var hypotheses = new Table().Border(TableBorder.Rounded).Title("[bold]Hypotheses[/]");
        hypotheses.AddColumn("id").AddColumn("statement").AddColumn(new TableColumn("inconsistency").RightAligned())
            .AddColumn(new TableColumn("weighted").RightAligned()).AddColumn(new TableColumn("rank").RightAligned())
            .AddColumn(new TableColumn("prior").RightAligned()).AddColumn(new TableColumn("posterior").RightAligned());
        foreach (var s in result.Ranking)
        {
            var lead = result.Leaders.Contains(s.Id) ? "[bold]" + Spectre.Console.Markup.Escape(s.Id) + "[/]" : Spectre.Console.Markup.Escape(s.Id);
            hypotheses.AddRow(lead, Spectre.Console.Markup.Escape(s.Statement), AnalysisOutput.Num(s.Inconsistency), AnalysisOutput.Num(s.WeightedInconsistency, 2),
                AnalysisOutput.Num(s.Rank), AnalysisOutput.Num(s.Prior, 2), AnalysisOutput.Num(s.Posterior, 3));
        }
        console.Write(hypotheses);

        // The matrix holds ratings only, so it stays narrow; the items' words follow in a table of their own.
        var matrix = new Table().Border(TableBorder.Rounded).Title("[bold]Evidence against hypotheses[/]");
        matrix.AddColumn("item").AddColumn("cred.").AddColumn("rel.").AddColumn(new TableColumn("diag.").RightAligned());
        foreach (var h in m.Hypotheses) matrix.AddColumn(new TableColumn(Spectre.Console.Markup.Escape(h.Id)).Centered());
        foreach (var e in m.Evidence)
        {
            var row = new List<string> { Spectre.Console.Markup.Escape(e.Id), Ratings.Name(e.Credibility), Ratings.Name(e.Relevance), AnalysisOutput.Num(result.DiagnosticityOf(e.Id).Spread) };
            row.AddRange(m.Hypotheses.Select(h => Markup(e.RatingFor(h.Id))));
            matrix.AddRow(row.Select(x => new Markup(x)));
        }
        matrix.AddEmptyRow();
        AddScoreRow(matrix, "inconsistency", m, h => AnalysisOutput.Num(result.Score(h).Inconsistency));
        AddScoreRow(matrix, "weighted", m, h => AnalysisOutput.Num(result.Score(h).WeightedInconsistency, 2));
        AddScoreRow(matrix, "rank", m, h => AnalysisOutput.Num(result.Score(h).Rank));
        AddScoreRow(matrix, "posterior", m, h => AnalysisOutput.Num(result.Score(h).Posterior, 3));
        console.Write(matrix);
        console.MarkupLine("[grey]inconsistency: Heuer's count (I 1, II 2); weighted: PARC ACH (I -1, II -2, times credibility and relevance " +
                           "weights); posterior: the Bayesian reading (analysis/ach-likelihoods.tsv).[/]");

        var items = new Table().Border(TableBorder.Rounded).Title("[bold]Evidence items[/]");
        items.AddColumn("item").AddColumn("claim").AddColumn("evidence");
        foreach (var e in m.Evidence)
            items.AddRow(Spectre.Console.Markup.Escape(e.Id), Spectre.Console.Markup.Escape(e.ClaimId ?? (e.SourceId is null ? "analyst" : "analyst, " + e.SourceId)),
                Spectre.Console.Markup.Escape(AnalysisOutput.Clip(e.Text, 160)));
        console.Write(items);

        console.MarkupLine($"Leading by inconsistency: [bold]{Spectre.Console.Markup.Escape(string.Join(", ", result.Leaders))}[/]; " +
                           $"by posterior: [bold]{Spectre.Console.Markup.Escape(string.Join(", ", result.BayesLeaders))}[/].");
        if (result.Note is { } note) console.MarkupLine("[yellow]Note:[/] " + Spectre.Console.Markup.Escape(note));
        if (result.Sensitivity.Count == 0) console.MarkupLine("Sensitivity: no single item, removed or reversed, changes the lead.");
        else
        {
            var sens = new Table().Border(TableBorder.Rounded).Title("[bold]Sensitivity: items the lead hangs on[/]");
            sens.AddColumn("item").AddColumn("if").AddColumn("reading").AddColumn("lead becomes");
            foreach (var f in result.Sensitivity)
                sens.AddRow(Spectre.Console.Markup.Escape(f.EvidenceId), f.Change.ToString().ToLowerInvariant(), f.Reading.ToString(),
                    Spectre.Console.Markup.Escape(string.Join(", ", f.LeadersAfter)));
            console.Write(sens);
        }
    }

    private static void AddScoreRow(Table table, string label, AchMatrix m, Func<string, string> cell)
    {
        var row = new List<string> { $"[bold]{label}[/]", "", "", "" };
        row.AddRange(m.Hypotheses.Select(h => cell(h.Id)));
        table.AddRow(row.Select(x => new Markup(x)));
    }

    private static void WriteJsonl(TextWriter stdout, AchResult result, AchModel model)
    {
        var m = result.Matrix;
        foreach (var s in result.Scores)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "hypothesis");
                w.WriteString("id", s.Id);
                w.WriteString("statement", s.Statement);
                w.WriteNumber("inconsistency", s.Inconsistency);
                w.WriteNumber("weighted_inconsistency", Math.Round(s.WeightedInconsistency, 6));
                w.WriteNumber("rank", s.Rank);
                w.WriteNumber("prior", Math.Round(s.Prior, 6));
                w.WriteNumber("posterior", Math.Round(s.Posterior, 6));
                w.WriteNumber("bayes_rank", s.BayesRank);
                w.WriteBoolean("leader", result.Leaders.Contains(s.Id));
            });
        foreach (var e in m.Evidence)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                var d = result.DiagnosticityOf(e.Id);
                w.WriteString("type", "evidence");
                w.WriteString("id", e.Id);
                w.WriteString("text", e.Text);
                if (e.ClaimId is null) w.WriteNull("claim"); else w.WriteString("claim", e.ClaimId);
                if (e.SourceId is null) w.WriteNull("source"); else w.WriteString("source", e.SourceId);
                w.WriteString("credibility", Ratings.Name(e.Credibility));
                w.WriteString("relevance", Ratings.Name(e.Relevance));
                w.WriteNumber("weight", Math.Round(model.Weight(e), 6));
                w.WriteStartObject("ratings");
                foreach (var h in m.Hypotheses) w.WriteString(h.Id, e.RatingFor(h.Id).ToString());
                w.WriteEndObject();
                w.WriteNumber("diagnosticity", d.Spread);
                w.WriteNumber("likelihood_ratio", Math.Round(d.LikelihoodRatio, 6));
            });
        foreach (var f in result.Sensitivity)
            AnalysisOutput.JsonLine(stdout, w =>
            {
                w.WriteString("type", "sensitivity");
                w.WriteString("evidence", f.EvidenceId);
                w.WriteString("change", f.Change.ToString().ToLowerInvariant());
                w.WriteString("reading", f.Reading.ToString().ToLowerInvariant());
                AnalysisOutput.WriteStrings(w, "leaders_before", f.LeadersBefore);
                AnalysisOutput.WriteStrings(w, "leaders_after", f.LeadersAfter);
            });
        AnalysisOutput.JsonLine(stdout, w =>
        {
            w.WriteString("type", "summary");
            AnalysisOutput.WriteStrings(w, "leaders", result.Leaders);
            AnalysisOutput.WriteStrings(w, "bayes_leaders", result.BayesLeaders);
            if (result.Note is null) w.WriteNull("note"); else w.WriteString("note", result.Note);
        });
    }

    /// <summary>The matrix as PARC ACH lays it out: an evidence row per item, then a row per score.</summary>
    private static void WriteCsv(TextWriter stdout, AchResult result)
    {
        var m = result.Matrix;
        var header = new List<string> { "row", "id", "text", "claim", "credibility", "relevance", "diagnosticity" };
        header.AddRange(m.Hypotheses.Select(h => h.Id));
        AnalysisOutput.CsvRow(stdout, header);
        foreach (var e in m.Evidence)
        {
            var row = new List<string> { "evidence", e.Id, e.Text, e.ClaimId ?? "", Ratings.Name(e.Credibility), Ratings.Name(e.Relevance),
                AnalysisOutput.Num(result.DiagnosticityOf(e.Id).Spread) };
            row.AddRange(m.Hypotheses.Select(h => e.RatingFor(h.Id).ToString()));
            AnalysisOutput.CsvRow(stdout, row);
        }
        void Score(string name, Func<HypothesisScore, string> value)
        {
            var row = new List<string> { "score", name, "", "", "", "", "" };
            row.AddRange(m.Hypotheses.Select(h => value(result.Score(h.Id))));
            AnalysisOutput.CsvRow(stdout, row);
        }
        Score("inconsistency", s => AnalysisOutput.Num(s.Inconsistency));
        Score("weighted_inconsistency", s => AnalysisOutput.Num(s.WeightedInconsistency, 4));
        Score("rank", s => AnalysisOutput.Num(s.Rank));
        Score("prior", s => AnalysisOutput.Num(s.Prior, 4));
        Score("posterior", s => AnalysisOutput.Num(s.Posterior, 4));
        Score("bayes_rank", s => AnalysisOutput.Num(s.BayesRank));
    }
}

/// <summary>What the three analysis commands share: their options, and writing numbers, JSON Lines and CSV the same way.</summary>
internal static class AnalysisOutput
{
    public static (Argument<string> Folder, Option<string> Format, Option<string?> Store, Option<string[]> Lexicon) Options(string csvMeaning)
    {
        var folder = new Argument<string>("case") { Description = "A case folder with case.yaml." };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"table (for people), jsonl (one JSON object per line) or {csvMeaning}",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return (folder, format, Cli.DbOption(), Cli.LexiconOption());
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void JsonLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>One CSV row as the exports write it (RFC 4180, CRLF, formula cells neutralised): see <see cref="Tessera.Output.Tables.Csv"/>.</summary>
    public static void CsvRow(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(',', fields.Select(Tessera.Output.Tables.Csv.Value)));
        output.Write("\r\n");
    }

    public static void CsvRow(TextWriter output, params string?[] fields) => CsvRow(output, fields.Select(f => f ?? ""));

    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Num(double value, int decimals) => value.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture);

    public static string Num(double? value, int decimals) => value is { } v ? Num(v, decimals) : "";

    public static string Clip(string text, int length)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= length ? t : t[..(length - 1)] + "…";
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
