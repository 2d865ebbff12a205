using System.Globalization;
using System.Text;

namespace Tessera.Output.Tables;

/// <summary>Writes a table as RFC 4180 CSV, safe to open in a spreadsheet.</summary>
/// <remarks>
/// Lines end in CRLF, as RFC 4180 §2.1 has them and spreadsheets expect; a line break inside a field is kept as written,
/// inside quotes (§2.6). A field is quoted only when it holds a comma, a quote or a line break; quotes in it are doubled
/// (§2.7). The first line is the header (§2.3). No byte-order mark: the file is plain UTF-8 for the tools that read it.
/// List cells join their items with "; ".
/// </remarks>
public static class Csv
{
    public const string LineBreak = "\r\n";

    /// <summary>Separates the items of a list cell: a semicolon, which no name in the gazetteer contains.</summary>
    public const string ListSeparator = "; ";

    public static string Write(Table table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Columns.Select(c => Field(c))).Append(LineBreak);
        foreach (var row in table.Rows) sb.AppendJoin(',', row.Select(Render)).Append(LineBreak);
        return sb.ToString();
    }

    public static string Render(Cell cell) => cell switch
    {
        TextCell t => Field(t.Text),
        ListCell l => Field(string.Join(ListSeparator, l.Items)),
        FlagCell f => f.Flag ? "true" : "false",
        NumberCell n => n.Number.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>One row of fields whose kind is not known (see <see cref="Value"/>), ended by CRLF: what the analysis commands write.</summary>
    public static void Row(TextWriter output, IEnumerable<string?> fields)
    {
        output.Write(string.Join(',', fields.Select(f => Value(f ?? ""))));
        output.Write(LineBreak);
    }

    public static void Row(TextWriter output, params string?[] fields) => Row(output, (IEnumerable<string?>)fields);

    /// <summary>A field whose kind is not known: a number ("-5.66") as written, anything else as text.</summary>
    public static string Value(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text : Field(text);

    /// <summary>One text field: neutralised against formula injection, then quoted where RFC 4180 needs it.</summary>
    public static string Field(string text)
    {
        var safe = Neutralise(text);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, and a source's
    /// text is not to be trusted: such a cell gets a leading single quote, as the OWASP guidance on CSV injection advises.
    /// Spreadsheets also skip leading blanks and fold full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) to the ASCII signs, so a
    /// cell whose first visible character is any of those is neutralised too. Numbers and flags are written by Tessera, never
    /// from a source, and are left alone.</summary>
    public static string Neutralise(string text)
    {
        if (text.Length == 0) return text;
        if (text[0] is '\t' or '\r') return "'" + text;
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || IsInvisible(text[i]))) i++;
        return i < text.Length && IsFormulaSign(text[i]) ? "'" + text : text;
    }

    private static bool IsFormulaSign(char c) => c is '=' or '+' or '-' or '@'
        or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'   // full-width
        or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B';  // small forms

    /// <summary>Zero-width characters and the byte-order mark, which show nothing before a sign.</summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
