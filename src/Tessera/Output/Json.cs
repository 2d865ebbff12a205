using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tessera.Output;

/// <summary>The one way Tessera writes JSON: JSON Lines, indented documents, and the encoder they share.</summary>
public static class Json
{
    // Relaxed escaping keeps Cyrillic and typographic quotes readable; quotes, backslashes and control characters are
    // still escaped, so the output is valid JSON whatever a source says.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON object on one line, ended by "\n": a record of JSON Lines.</summary>
    public static void Line(TextWriter output, Action<Utf8JsonWriter> fields)
    {
        output.Write(Encoding.UTF8.GetString(Bytes(Compact, w =>
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        })));
        output.Write('\n');
    }

    /// <summary>A whole JSON document, two-space indented with "\n" line ends and a final "\n", as UTF-8 bytes.</summary>
    public static byte[] Document(Action<Utf8JsonWriter> value)
    {
        var bytes = Bytes(Indented, value);
        return [.. bytes, (byte)'\n'];
    }

    /// <summary>A property holding an array of strings.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>A property holding a number, or null.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static byte[] Bytes(JsonWriterOptions options, Action<Utf8JsonWriter> value)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, options)) value(w);
        return buffer.ToArray();
    }
}
