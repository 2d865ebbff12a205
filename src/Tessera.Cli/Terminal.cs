using Spectre.Console;
using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>Spectre.Console renderings shared by the commands; every source string is escaped as markup.</summary>
public static class Terminal
{
    public static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = ReferenceEquals(writer, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(writer, System.Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });

    public static Table ClaimTable(Document doc, IReadOnlyList<Claim> claims)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(doc.Title)}[/] ({Markup.Escape(doc.Path)})");
        table.AddColumn("#").AddColumn("unit").AddColumn("speaker").AddColumn("stance").AddColumn("actors");
        foreach (var c in claims)
        {
            var stance = string.Join(" ", new[]
            {
                c.Hedged ? "[yellow]hedged[/]" : null,
                c.Boosted ? "[magenta]boosted[/]" : null,
                c.Band is not null ? $"[cyan]{Markup.Escape(c.Band.Name)}[/]" : null,
                c.Prediction ? $"[blue]prediction{(c.Likelihood is { } p ? $" {p.Value:P0}" : "")}[/]" : null,
                c.Unverified ? "[red]unverified[/]" : null,
                c.IsClaim ? null : "[grey]" + c.Kind.ToString().ToLowerInvariant() + "[/]",
            }.Where(s => s is not null));
            table.AddRow(
                new Markup((c.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(c.Text)),
                new Markup(Markup.Escape(string.Join("; ", c.Speakers))),
                new Markup(stance),
                new Markup(Markup.Escape(string.Join(", ", c.Actors))));
        }
        return table;
    }
}
