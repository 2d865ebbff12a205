using Spectre.Console;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>Spectre.Console renderings shared by the commands; every source string goes through <see cref="Escape"/>.</summary>
public static class Terminal
{
    /// <summary>Source text for the terminal: control and bidirectional characters made visible tokens, then escaped as markup.</summary>
    public static string Escape(string? text) => Markup.Escape(UnsafeText.Visible(text ?? ""));

    public static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = ReferenceEquals(writer, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(writer, System.Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });

    /// <summary>Whether this writer is a terminal a person reads (not a file, a pipe or a test's buffer).</summary>
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;

    /// <summary>A console for wide tables; written to a file or a pipe, it is wide enough for the tables not to wrap every word.</summary>
    public static IAnsiConsole WideConsole(TextWriter writer)
    {
        var console = Console(writer);
        if (!ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 180);
        return console;
    }

    /// <summary>A claim's stance as coloured words: hedged, boosted, its likelihood band, prediction, unverified, its speakers.</summary>
    public static string Stance(Claim c) =>
        string.Join(" ", FlagWords(c, withLikelihood: false).Select(Colored).Append(c.Speakers.Count > 0 ? $"[grey]{Escape(string.Join("; ", c.Speakers))}[/]" : null).OfType<string>());

    private static string Colored((string Word, string Color) w) => $"[{w.Color}]{Escape(w.Word)}[/]";

    /// <summary>The flags a claim carries as words with their colours, shared by the stance line and both claims tables.</summary>
    private static IEnumerable<(string Word, string Color)> FlagWords(Claim c, bool withLikelihood)
    {
        if (c.Hedged) yield return ("hedged", "yellow");
        if (c.Boosted) yield return ("boosted", "magenta");
        if (c.Band is not null) yield return (c.Band.Name, "cyan");
        if (c.Prediction) yield return ("prediction" + (withLikelihood && c.Likelihood is { } p ? $" {p.Value:P0}" : ""), "blue");
        if (c.Unverified) yield return ("unverified", "red");
        if (c.VaguelySourced) yield return ("vaguely sourced", "red");
    }

    /// <summary>What a row of the claims table says, in columns, before any colour: one source for the terminal's table and the plain one.</summary>
    public sealed record ClaimRow(string Number, string Unit, string Speaker, IReadOnlyList<(string Word, string Color)> Stance, string Actors);

    /// <summary>The column names of the claims table.</summary>
    public static readonly string[] ClaimColumns = ["#", "unit", "speaker", "stance", "actors"];

    /// <summary>A document's claims as rows, numbered from <paramref name="numberedAfter"/> + 1 (a part of a streamed file goes on
    /// from the part before); a unit that states nothing says what it is (heading, byline) in grey.</summary>
    public static IEnumerable<ClaimRow> ClaimRows(IReadOnlyList<Claim> claims, int numberedAfter) => claims.Select(c => new ClaimRow(
        (numberedAfter + c.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        c.Text,
        string.Join("; ", c.Speakers),
        (c.IsClaim ? FlagWords(c, withLikelihood: true) : FlagWords(c, withLikelihood: true).Append((c.Kind.ToString().ToLowerInvariant(), "grey"))).ToList(),
        string.Join(", ", c.Actors)));

    /// <summary>The title of a document's claims table: its title and where it was read.</summary>
    public static string ClaimTitle(Document doc) => $"{doc.Title} ({doc.Path})";

    /// <summary>A document's claims as a table for the terminal (Spectre.Console lays it out to the terminal's width).</summary>
    public static Table ClaimTable(Document doc, IReadOnlyList<Claim> claims, int numberedAfter = 0)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Escape(doc.Title)}[/] ({Escape(doc.Path)})");
        foreach (var column in ClaimColumns) table.AddColumn(column);
        foreach (var row in ClaimRows(claims, numberedAfter))
            table.AddRow(new Markup(row.Number), new Markup(Escape(row.Unit)), new Markup(Escape(row.Speaker)),
                new Markup(string.Join(" ", row.Stance.Select(Colored))), new Markup(Escape(row.Actors)));
        return table;
    }

    /// <summary>How many sources the summary of `assess` lists before it points to the brief.</summary>
    public const int SummarySources = 20;

    /// <summary>The summary `assess` prints: what changed in the store, the sources with their grades, claims by status, top actors, predictions.</summary>
    public static void Summary(IAnsiConsole console, Tessera.Analysis.Summary.CaseOverview overview, Tessera.Case.StoreChange change)
    {
        console.MarkupLine($"[bold]{Escape(overview.Title)}[/]: {overview.Sources.Count} sources ({change.Added} new, {change.Replaced} changed, {change.Unchanged} unchanged, {change.Removed} removed), {overview.Claims} claims.");
        var sources = new Table().Border(TableBorder.Rounded).Title("Sources");
        sources.AddColumn("source").AddColumn("publisher").AddColumn("date").AddColumn("grade").AddColumn(new TableColumn("claims").RightAligned())
            .AddColumn(new TableColumn("hedged").RightAligned()).AddColumn(new TableColumn("unverified").RightAligned()).AddColumn(new TableColumn("predictions").RightAligned())
            .AddColumn(new TableColumn("vague").RightAligned());
        foreach (var t in overview.Sources.Take(SummarySources))
            sources.AddRow(Escape(t.Id), Escape(t.Publisher), t.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                Escape(t.Grade), Num(t.Claims), Num(t.Hedged), Num(t.Unverified), Num(t.Predictions), Num(t.Vague));
        // A case of thousands of sources would print thousands of rows before the figures a reader looks for; the brief
        // and `tessera actors`/`export` list every source.
        if (overview.Sources.Count > SummarySources)
            sources.Caption($"the first {SummarySources} of {Num(overview.Sources.Count)} sources; the brief lists them all");
        console.Write(sources);
        var kinds = new BarChart().Label("Claims by evidence status").Width(60)
            .AddItem("asserted", overview.Asserted, Color.Green)
            .AddItem("attributed", overview.Attributed, Color.Blue)
            .AddItem("hedged", overview.Hedged, Color.Yellow)
            .AddItem("unverified", overview.Unverified, Color.Red)
            .AddItem("predictions", overview.Predictions, Color.Aqua);
        console.Write(kinds);
        console.MarkupLine("Most-mentioned actors: " + Escape(string.Join(", ", overview.Actors.Select(a => $"{a.Actor} ({a.Claims})"))));
        if (overview.TopPredictions.Count > 0)
        {
            var predictions = new Table().Border(TableBorder.Rounded).Title("Predictions, most probable first");
            predictions.AddColumn("p").AddColumn("prediction").AddColumn("source");
            foreach (var c in overview.TopPredictions)
                predictions.AddRow(c.Likelihood is { } p ? p.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "-", Escape(c.Text), Escape(c.Id));
            console.Write(predictions);
        }
    }

    /// <summary>A path as the user would type it: relative to the current folder when it lies inside it, else in full.</summary>
    public static string Shown(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static string Num(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
