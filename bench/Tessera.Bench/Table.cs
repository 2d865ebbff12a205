namespace Tessera.Bench;

/// <summary>Prints rows as an aligned plain-text table: first column left-aligned, the rest right-aligned when they are numbers.</summary>
internal static class Table
{
    public static void Print(TextWriter o, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select(h => h.Length).ToArray();
        foreach (var row in rows)
            for (var i = 0; i < row.Length && i < widths.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        void Line(IReadOnlyList<string> cells)
        {
            var parts = new string[widths.Length];
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                parts[i] = i > 0 && LooksNumeric(cell) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]);
            }
            o.WriteLine("  " + string.Join("  ", parts).TrimEnd());
        }
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows) Line(row);
    }

    private static bool LooksNumeric(string s) => s.Length > 0 && (char.IsDigit(s[0]) || s[0] == '-') && s.All(c => char.IsDigit(c) || c is ',' or '.' or '%' or '-' or '×');
}
