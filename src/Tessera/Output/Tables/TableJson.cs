using System.Text.Json;

namespace Tessera.Output.Tables;

/// <summary>Writes a table as a JSON array of objects, one per row, keys in column order; booleans, numbers and lists keep their types.</summary>
public static class TableJson
{
    public static byte[] Write(Table table) => Json.Document(w =>
    {
        w.WriteStartArray();
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                w.WritePropertyName(table.Columns[i]);
                WriteCell(w, i < row.Count ? row[i] : Cell.Empty);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void WriteCell(Utf8JsonWriter w, Cell cell)
    {
        switch (cell)
        {
            case TextCell t: w.WriteStringValue(t.Text); break;
            case FlagCell f: w.WriteBooleanValue(f.Flag); break;
            case NumberCell n: w.WriteNumberValue(n.Number); break;
            case ListCell l:
                w.WriteStartArray();
                foreach (var item in l.Items) w.WriteStringValue(item);
                w.WriteEndArray();
                break;
            default: w.WriteNullValue(); break;
        }
    }
}
