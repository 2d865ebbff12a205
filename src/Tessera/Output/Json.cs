using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tessera.Output;

/// <summary>The one way Tessera writes JSON: JSON Lines, indented documents, and the escaping they share.</summary>
/// <remarks>Relaxed escaping keeps Cyrillic and typographic quotes readable; quotes, backslashes and control characters are
/// escaped, so the output is valid JSON whatever a source says. On top of that, &lt; &gt; and &amp; are escaped (\u003C), so any
/// JSON Tessera writes can sit inside an HTML script element (no "&lt;/script&gt;", no "&lt;!--"), and so are DEL, the C1 controls,
/// the bidirectional controls of <see cref="UnsafeText"/> and the line and paragraph separators, so JSON shown on a terminal or
/// pasted into a page cannot drive or reorder it. These characters occur only inside strings, where \uXXXX means the same.</remarks>
public static class Json
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON object on one line, ended by "\n": a record of JSON Lines.</summary>
    public static void Line(TextWriter output, Action<Utf8JsonWriter> fields)
    {
        // One write per record, line end included.
        output.Write(Embeddable(JsonValues.Write(w =>
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }, Compact) + "\n"));
    }

    /// <summary>A whole JSON document, two-space indented with "\n" line ends and a final "\n", as UTF-8 bytes.</summary>
    public static byte[] Document(Action<Utf8JsonWriter> value)
    {
        var json = Embeddable(JsonValues.Write(value, Indented));
        return Encoding.UTF8.GetBytes(json + "\n");
    }

    /// <summary>A property holding an array of strings.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values) => JsonValues.WriteStrings(w, name, values);

    /// <summary>A property holding a number, or null.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value) => JsonValues.Number(w, name, value);

    /// <summary>The JSON with each character that must not appear raw written as a \uXXXX escape.</summary>
    public static string Embeddable(string json)
    {
        var first = json.AsSpan().IndexOfAny(MustEscape);
        if (first < 0) return json;
        var sb = new StringBuilder(json.Length + 32).Append(json, 0, first);
        for (var i = first; i < json.Length; i++)
        {
            var c = json[i];
            if (MustEscape.Contains(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> MustEscape =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(MustBeEscaped).ToArray());

    private static bool MustBeEscaped(char c) =>
        c is '<' or '>' or '&' or >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' || UnsafeText.IsBidiControl(c);

}
