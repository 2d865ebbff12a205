using System.Text;

namespace Tessera.Tests.Output.Tables;

/// <summary>An RFC 4180 reader written apart from the writer, so a round trip tests the writer against the RFC and not against itself.</summary>
public static class CsvReader
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; break;
                case '\r' or '\n': throw new FormatException($"a bare line break outside quotes at {i}: records end in CRLF");
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) throw new FormatException("the last record does not end in CRLF");
        return rows;
    }
}
