using System.Globalization;
using System.Text;

namespace Tessera;

/// <summary>Characters of source text that must not reach a terminal or a page as they are: control characters, which a terminal
/// obeys (ESC opens an escape sequence, BEL rings, CSI in C1 moves the cursor), and the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which silently reorder the text that follows them.</summary>
/// <remarks>Every line Tessera prints to a terminal and every piece of source text in the brief goes through <see cref="Visible"/>;
/// the JSON writers escape the same characters (see <see cref="Output.Json"/>), so data keeps them and nothing shows them raw.</remarks>
public static class UnsafeText
{
    /// <summary>Right-to-left and left-to-right embeddings, overrides and isolates, and their terminators (Unicode UAX #9).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>C0 controls but tab and line feed, DEL and the C1 controls. A carriage return is unsafe alone (it sends the cursor back
    /// to overwrite a line) but not as half of a CRLF line end.</summary>
    /// <param name="oneLine">A line break is unsafe too: in a one-line message it would start a line the reader takes for another.</param>
    public static bool IsUnsafe(string text, int i, bool oneLine = false)
    {
        var c = text[i];
        if (oneLine && c is '\n' or '\r') return true;
        if (c == '\r') return i + 1 >= text.Length || text[i + 1] != '\n';
        return c is < ' ' and not '\t' and not '\n' or >= '\u007F' and <= '\u009F' || IsBidiControl(c);
    }

    /// <summary>The text with each unsafe character shown as a visible token ("[U+202E]", "[U+001B]"); other text unchanged.</summary>
    public static string Visible(string text, bool oneLine = false)
    {
        var first = 0;
        while (first < text.Length && !IsUnsafe(text, first, oneLine)) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsUnsafe(text, i, oneLine)) sb.Append("[U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
