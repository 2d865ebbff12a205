using System.Text;
using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>The claims table of `read` for a file or a pipe: the terminal table's rows and words (<see cref="Terminal.ClaimRows"/>)
/// in fixed columns 80 characters wide, written line by line.</summary>
/// <remarks>Spectre.Console measures every cell of a table before it draws one, which made `read --format table` of 20,000 units
/// cost four times JSONL's CPU; with fixed widths each row is wrapped and written as it comes. A cell is wrapped at spaces; a
/// word longer than its column is cut across lines, so every character of the terminal table is here too. Widths count UTF-16
/// characters, not terminal cells, which a pipe does not have.</remarks>
public static class PlainClaimTable
{
    /// <summary>The columns' widths inside their padding: 4 + 32 + 10 + 10 + 8, with borders and padding 80 in all.</summary>
    private static readonly int[] Widths = [4, 32, 10, 10, 8];

    public static void Write(TextWriter output, Document doc, IReadOnlyList<Claim> claims, int numberedAfter = 0)
    {
        var sb = new StringBuilder();
        sb.Append(UnsafeText.Visible(Terminal.ClaimTitle(doc), oneLine: true)).Append('\n');
        Rule(sb, '╭', '┬', '╮');
        Row(sb, Terminal.ClaimColumns);
        Rule(sb, '├', '┼', '┤');
        output.Write(sb);
        foreach (var row in Terminal.ClaimRows(claims, numberedAfter))
        {
            sb.Clear();
            Row(sb, [row.Number, row.Unit, row.Speaker, string.Join(" ", row.Stance.Select(w => w.Word)), row.Actors]);
            output.Write(sb);
        }
        sb.Clear();
        Rule(sb, '╰', '┴', '╯');
        output.Write(sb);
    }

    private static void Rule(StringBuilder sb, char left, char middle, char right)
    {
        sb.Append(left);
        for (var i = 0; i < Widths.Length; i++)
        {
            if (i > 0) sb.Append(middle);
            sb.Append('─', Widths[i] + 2);
        }
        sb.Append(right).Append('\n');
    }

    /// <summary>One row, as many lines as its tallest cell needs.</summary>
    private static void Row(StringBuilder sb, IReadOnlyList<string> cells)
    {
        var lines = new List<string>[cells.Count];
        var height = 1;
        for (var i = 0; i < cells.Count; i++)
        {
            lines[i] = Wrap(UnsafeText.Visible(cells[i], oneLine: true), Widths[i]);
            height = Math.Max(height, lines[i].Count);
        }
        for (var line = 0; line < height; line++)
        {
            sb.Append('│');
            for (var i = 0; i < cells.Count; i++)
            {
                var text = line < lines[i].Count ? lines[i][line] : "";
                sb.Append(' ').Append(text).Append(' ', Widths[i] - text.Length + 1).Append('│');
            }
            sb.Append('\n');
        }
    }

    /// <summary>Text cut into lines of at most <paramref name="width"/> characters: at spaces where it can, inside a word where it must.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word.AsSpan();
            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            while (line.Length + rest.Length > width)
            {
                var take = width - line.Length;
                line.Append(rest[..take]);
                lines.Add(line.ToString());
                line.Clear();
                rest = rest[take..];
            }
            line.Append(rest);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
