using System.Net;
using System.Text;

namespace Tessera.Output;

/// <summary>Builds HTML where every piece of source text goes through one escaping path, so nothing a source says can become markup.</summary>
public sealed class Html
{
    private readonly StringBuilder _sb = new();

    /// <summary>Source text for the page: HTML-encoded, with control and bidirectional characters shown as visible tokens.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(UnsafeText.Visible(text ?? ""));

    /// <summary>Appends trusted markup written by Tessera itself (tags, class names), never source text.</summary>
    public Html Raw(string markup) { _sb.Append(markup); return this; }

    /// <summary>Appends untrusted text, escaped.</summary>
    public Html Text(string? text) { _sb.Append(Escape(text)); return this; }

    public Html Open(string tag, string? cssClass = null, string? id = null)
    {
        _sb.Append('<').Append(tag);
        if (cssClass is not null) _sb.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        if (id is not null) _sb.Append(" id=\"").Append(Escape(id)).Append('"');
        _sb.Append('>');
        return this;
    }

    public Html Close(string tag) { _sb.Append("</").Append(tag).Append('>'); return this; }

    public Html Element(string tag, string? text, string? cssClass = null) => Open(tag, cssClass).Text(text).Close(tag);

    public Html Link(string href, string? text, string? cssClass = null)
    {
        _sb.Append("<a href=\"").Append(Escape(href)).Append('"');
        if (cssClass is not null) _sb.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        _sb.Append('>').Append(Escape(text)).Append("</a>");
        return this;
    }

    /// <summary>An anchor id for any source or claim id, never the same for two ids: ASCII letters, digits and - . _ ~ stay as
    /// they are, every other character is percent-encoded as UTF-8 (RFC 3986 §2.1), so "ТАСС" and "РИАН" get anchors of their own.
    /// The same string serves as the element's id and after the '#' of a link: a browser matches the fragment as written.</summary>
    public static string Anchor(string prefix, string id)
    {
        var sb = new StringBuilder(prefix).Append('-');
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~') sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public override string ToString() => _sb.ToString();
}
