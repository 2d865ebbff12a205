using System.Text;
using AngleSharp.Dom;

namespace Tessera.Reading;

/// <summary>The readable text of an HTML page: block elements become paragraphs, list items become bullets, chrome and code are dropped.</summary>
/// <remarks>AngleSharp's TextContent runs blocks together, so the DOM is walked instead.</remarks>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "svg", "iframe",
        "object", "embed", "canvas", "select", "textarea", "head", "menu", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "pre", "figure", "figcaption", "table", "tr",
        "ul", "ol", "dl", "dt", "dd", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "caption",
    };

    public static string Extract(IDocument dom)
    {
        var sb = new StringBuilder();
        var root = (INode?)dom.Body ?? dom.DocumentElement;
        if (root is not null) Walk(root, sb);
        return Tidy(sb.ToString());
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendInline(sb, text.Data);
                    break;
                case IElement el:
                    var name = el.LocalName;
                    if (Skipped.Contains(name) || el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true") break;
                    if (name == "br") { sb.Append('\n'); break; }
                    if (name == "li") { Paragraph(sb); sb.Append("• "); Walk(el, sb); Paragraph(sb); break; }
                    if (name is "td" or "th") { Walk(el, sb); sb.Append(" \t "); break; }
                    var block = Blocks.Contains(name);
                    if (block) Paragraph(sb);
                    Walk(el, sb);
                    if (block) Paragraph(sb);
                    break;
            }
        }
    }

    private static void AppendInline(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            var ws = char.IsWhiteSpace(c);
            if (ws && (sb.Length == 0 || char.IsWhiteSpace(sb[^1]))) continue;
            sb.Append(ws ? ' ' : c);
        }
    }

    private static void Paragraph(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\t') sb.Length--;
        if (sb.Length == 0 || sb.ToString(Math.Max(0, sb.Length - 2), Math.Min(2, sb.Length)) == "\n\n") return;
        sb.Append(sb[^1] == '\n' ? "\n" : "\n\n");
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim(' ', '\t'));
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank++; continue; }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line);
        }
        return sb.ToString();
    }
}
