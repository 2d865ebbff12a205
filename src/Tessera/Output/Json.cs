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
    internal static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON object on one line, ended by "\n": a record of JSON Lines.</summary>
    /// <remarks>For many records to one writer, <see cref="JsonLines"/> reuses its buffers from one record to the next.</remarks>
    public static void Line(TextWriter output, Action<Utf8JsonWriter> fields)
    {
        using var lines = new JsonLines(output);
        lines.Write(fields, static (w, f) => f(w));
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
        var length = EmbeddableLength(json);
        return length == json.Length ? json : string.Create(length, json, static (into, j) => WriteEmbeddable(j, into));
    }

    /// <summary>How long <paramref name="json"/> is once escaped by <see cref="WriteEmbeddable"/>.</summary>
    internal static int EmbeddableLength(ReadOnlySpan<char> json)
    {
        var length = json.Length;
        for (var i = json.IndexOfAny(MustEscape); i >= 0; i = NextToEscape(json, i)) length += EscapeLength - 1;
        return length;
    }

    /// <summary>Copies <paramref name="json"/> into <paramref name="into"/> (at least <see cref="EmbeddableLength"/> long) with
    /// each character that must not appear raw written as a \uXXXX escape; returns the characters written.</summary>
    internal static int WriteEmbeddable(ReadOnlySpan<char> json, Span<char> into)
    {
        var written = 0;
        var from = 0;
        for (var i = json.IndexOfAny(MustEscape); i >= 0; i = NextToEscape(json, i))
        {
            json[from..i].CopyTo(into[written..]);
            written += i - from;
            into[written++] = '\\';
            into[written++] = 'u';
            ((int)json[i]).TryFormat(into.Slice(written, 4), out _, "X4", CultureInfo.InvariantCulture);
            written += 4;
            from = i + 1;
        }
        json[from..].CopyTo(into[written..]);
        return written + json.Length - from;
    }

    private const int EscapeLength = 6;

    private static int NextToEscape(ReadOnlySpan<char> json, int after)
    {
        var next = json[(after + 1)..].IndexOfAny(MustEscape);
        return next < 0 ? -1 : after + 1 + next;
    }

    private static readonly SearchValues<char> MustEscape =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(MustBeEscaped).ToArray());

    private static bool MustBeEscaped(char c) =>
        c is '<' or '>' or '&' or >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' || UnsafeText.IsBidiControl(c);

}
