namespace Tessera.Output.Tables;

/// <summary>One value of a table, typed, so JSON keeps booleans, numbers and lists while CSV flattens them to text.</summary>
public abstract record Cell
{
    public static Cell Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new TextCell(text);
    public static Cell Of(bool flag) => new FlagCell(flag);
    public static Cell Of(double? number) => number is { } n ? new NumberCell(n) : Empty;
    public static Cell Of(IEnumerable<string> items) => new ListCell(items.ToList());
    public static Cell Empty { get; } = new EmptyCell();
}

/// <summary>Text, which CSV neutralises against formula injection and JSON writes as a string.</summary>
public sealed record TextCell(string Text) : Cell;

/// <summary>A yes or no, a JSON boolean.</summary>
public sealed record FlagCell(bool Flag) : Cell;

/// <summary>A number, written invariantly and never neutralised.</summary>
public sealed record NumberCell(double Number) : Cell;

/// <summary>Several values: a JSON array, or one CSV field joined with semicolons.</summary>
public sealed record ListCell(IReadOnlyList<string> Items) : Cell;

/// <summary>No value: an empty CSV field, a JSON null.</summary>
public sealed record EmptyCell : Cell;

/// <summary>A named table: its columns and its rows, each row one cell per column, ready for any writer.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    /// <summary>Builds a table from records and one function per column, so a column's name sits beside how it is filled.</summary>
    public static Table Of<T>(string name, IEnumerable<T> items, params (string Column, Func<T, Cell> Value)[] columns) =>
        new(name, columns.Select(c => c.Column).ToList(),
            items.Select(item => (IReadOnlyList<Cell>)columns.Select(c => c.Value(item)).ToList()).ToList());
}
