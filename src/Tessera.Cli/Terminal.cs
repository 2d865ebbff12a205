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

    /// <summary>A console for wide tables; written to a file or a pipe, it is wide enough for the tables not to wrap every word.</summary>
    public static IAnsiConsole WideConsole(TextWriter writer)
    {
        var console = Console(writer);
        if (!ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 180);
        return console;
    }

    /// <summary>A claim's stance as coloured words: hedged, boosted, its likelihood band, prediction, unverified, its speakers.</summary>
    public static string Stance(Claim c) =>
        string.Join(" ", FlagWords(c, withLikelihood: false).Append(c.Speakers.Count > 0 ? $"[grey]{Escape(string.Join("; ", c.Speakers))}[/]" : null).OfType<string>());

    /// <summary>The flags a claim carries as coloured words, shared by the stance line and the claims table.</summary>
    private static IEnumerable<string?> FlagWords(Claim c, bool withLikelihood) =>
    [
        c.Hedged ? "[yellow]hedged[/]" : null,
        c.Boosted ? "[magenta]boosted[/]" : null,
        c.Band is not null ? $"[cyan]{Escape(c.Band.Name)}[/]" : null,
        c.Prediction ? $"[blue]prediction{(withLikelihood && c.Likelihood is { } p ? $" {p.Value:P0}" : "")}[/]" : null,
        c.Unverified ? "[red]unverified[/]" : null,
        c.VaguelySourced ? "[red]vaguely sourced[/]" : null,
    ];

    /// <summary>A document's claims as a table, numbered from <paramref name="numberedAfter"/> + 1 (a part of a streamed file goes on
    /// from the part before).</summary>
    public static Table ClaimTable(Document doc, IReadOnlyList<Claim> claims, int numberedAfter = 0)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Escape(doc.Title)}[/] ({Escape(doc.Path)})");
        table.AddColumn("#").AddColumn("unit").AddColumn("speaker").AddColumn("stance").AddColumn("actors");
        foreach (var c in claims)
        {
            var stance = string.Join(" ", FlagWords(c, withLikelihood: true)
                .Append(c.IsClaim ? null : "[grey]" + c.Kind.ToString().ToLowerInvariant() + "[/]").OfType<string>());
            table.AddRow(
                new Markup((numberedAfter + c.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(Escape(c.Text)),
                new Markup(Escape(string.Join("; ", c.Speakers))),
                new Markup(stance),
                new Markup(Escape(string.Join(", ", c.Actors))));
        }
        return table;
    }

    /// <summary>The summary `assess` prints: what changed in the store, the sources with their grades, claims by status, top actors, predictions.</summary>
    public static void Summary(IAnsiConsole console, Tessera.Analysis.Summary.CaseOverview overview, Tessera.Case.StoreChange change)
    {
        console.MarkupLine($"[bold]{Escape(overview.Title)}[/]: {overview.Sources.Count} sources ({change.Added} new, {change.Replaced} changed, {change.Unchanged} unchanged, {change.Removed} removed), {overview.Claims} claims.");
        var sources = new Table().Border(TableBorder.Rounded).Title("Sources");
        sources.AddColumn("source").AddColumn("publisher").AddColumn("date").AddColumn("grade").AddColumn(new TableColumn("claims").RightAligned())
            .AddColumn(new TableColumn("hedged").RightAligned()).AddColumn(new TableColumn("unverified").RightAligned()).AddColumn(new TableColumn("predictions").RightAligned())
            .AddColumn(new TableColumn("vague").RightAligned());
        foreach (var t in overview.Sources)
            sources.AddRow(Escape(t.Id), Escape(t.Publisher), t.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                Escape(t.Grade), Num(t.Claims), Num(t.Hedged), Num(t.Unverified), Num(t.Predictions), Num(t.Vague));
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
