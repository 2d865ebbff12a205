using System.Net;
using System.Text;

namespace Tessera.Output;

/// <summary>Builds HTML where every piece of source text goes through one escaping path, so nothing a source says can become markup.</summary>
public sealed class Html
{
    private readonly StringBuilder _sb = new();

    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

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

    /// <summary>An anchor id made only of safe characters, whatever the source id holds.</summary>
    public static string Anchor(string prefix, string id)
    {
        var sb = new StringBuilder(prefix).Append('-');
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return sb.ToString();
    }

    public override string ToString() => _sb.ToString();
}
