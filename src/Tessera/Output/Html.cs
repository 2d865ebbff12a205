using System.Net;
using System.Text;

namespace Tessera.Output;

/// <summary>Builds HTML where every piece of source text goes through one escaping path, so nothing a source says can become markup.</summary>
/// <remarks>It writes into a <see cref="TextWriter"/>: by default a string in memory (a page, a fragment), or a file, so that a
/// brief larger than a string can hold is written as it is built (the same calls make both).</remarks>
public sealed class Html
{
    private readonly TextWriter _out;

    public Html() : this(new StringWriter(System.Globalization.CultureInfo.InvariantCulture)) { }

    /// <param name="into">Where the markup goes; the caller owns it and flushes it.</param>
    public Html(TextWriter into) => _out = into;

    /// <summary>Source text for the page: HTML-encoded, with control and bidirectional characters shown as visible tokens.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(UnsafeText.Visible(text ?? ""));

    /// <summary>Appends trusted markup written by Tessera itself (tags, class names), never source text.</summary>
    public Html Raw(string markup) { _out.Write(markup); return this; }

    /// <summary>Appends untrusted text, escaped.</summary>
    public Html Text(string? text) { _out.Write(Escape(text)); return this; }

    public Html Open(string tag, string? cssClass = null, string? id = null)
    {
        _out.Write('<');
        _out.Write(tag);
        if (cssClass is not null) Attribute(" class=\"", cssClass);
        if (id is not null) Attribute(" id=\"", id);
        _out.Write('>');
        return this;
    }

    public Html Close(string tag)
    {
        _out.Write("</");
        _out.Write(tag);
        _out.Write('>');
        return this;
    }

    private void Attribute(string opening, string value)
    {
        _out.Write(opening);
        _out.Write(Escape(value));
        _out.Write('"');
    }

    public Html Element(string tag, string? text, string? cssClass = null) => Open(tag, cssClass).Text(text).Close(tag);

    public Html Link(string href, string? text, string? cssClass = null)
    {
        Attribute("<a href=\"", href);
        if (cssClass is not null) Attribute(" class=\"", cssClass);
        _out.Write('>');
        _out.Write(Escape(text));
        _out.Write("</a>");
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

    /// <summary>The markup written so far, when it was written into memory.</summary>
    public override string ToString() => _out is StringWriter ? _out.ToString()! : throw new InvalidOperationException("This HTML was written into a stream, not kept as a string.");
}
