using System.Text;

namespace Tessera.Events.Imported;

/// <summary>One record of a delimited file: its cells and the line it starts on, or why it could not be cut into cells.</summary>
public sealed record DelimitedRecord(long Line, IReadOnlyList<string> Cells, string? Error = null);

/// <summary>Cuts a CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) or tab-separated stream into records
/// one at a time, so a file of millions of rows is read in constant memory.</summary>
public static class DelimitedRecords
{
    /// <summary>The bound on one record: a stray quote would otherwise swallow the rest of the file into one cell.</summary>
    public const int MaxRecordChars = 1 << 20;

    /// <summary>Tab-separated records: one a line, no quoting (GDELT, ICEWS and POLECAT write cells without tabs or breaks).</summary>
    public static IEnumerable<DelimitedRecord> Tabs(TextReader reader)
    {
        long line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0) continue;
            yield return text.Length > MaxRecordChars ? new(line, [], $"the row runs past {MaxRecordChars:N0} characters") : new(line, text.Split('\t'));
        }
    }

    /// <summary>Comma-separated records with RFC 4180 quoting; a record whose quote is never closed within the bound is reported and
    /// reading resumes at the line after the one it started on.</summary>
    public static IEnumerable<DelimitedRecord> Csv(TextReader reader)
    {
        long line = 0;
        string? text;
        var pending = new Queue<string>();
        while ((text = pending.Count > 0 ? pending.Dequeue() : reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0) continue;
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            var consumed = new List<string> { text };
            var quoted = false;
            string? error = null;
            var i = 0;
            while (true)
            {
                if (i == text.Length)
                {
                    if (!quoted) break;
                    // A line break inside quotes belongs to the cell.
                    var next = pending.Count > 0 ? pending.Dequeue() : reader.ReadLine();
                    if (next is null || cell.Length > MaxRecordChars) { error = "a quoted cell is never closed"; break; }
                    consumed.Add(next);
                    cell.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (quoted)
                {
                    if (c != '"') cell.Append(c);
                    else if (i < text.Length && text[i] == '"') { cell.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"' && cell.Length == 0) quoted = true;
                else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            if (error is not null)
            {
                // The lines read past the record's first are read again as records of their own.
                pending = new Queue<string>(consumed.Skip(1).Concat(pending));
                yield return new DelimitedRecord(start, [], error);
                continue;
            }
            cells.Add(cell.ToString());
            line += consumed.Count - 1;
            yield return new DelimitedRecord(start, cells);
        }
    }
}
