using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;

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

    /// <summary>Parses a page within the bounds on nesting, elements and time; over one, the problem names the file and the bound.</summary>
    public static Result<IDocument> Parse(string path, string html, ReadingLimits limits)
    {
        var open = new HtmlOpenElements();
        var options = new HtmlParserOptions
        {
            // The parser's own limit keeps the tree shallow; the shadow of its stack keeps the parsing linear and the tree small.
            MaximumDepth = limits.MaxHtmlDepth,
            OnToken = (token, _) =>
            {
                switch (token.Type)
                {
                    case HtmlTokenType.StartTag: open.Start(token.Name, token.AsTag().IsSelfClosing, Key(token.AsTag())); break;
                    case HtmlTokenType.EndTag: open.End(token.Name); break;
                    case HtmlTokenType.Character: open.Text(); break;
                }
                if (open.Depth > limits.MaxHtmlDepth) throw new ProblemException(Messages.HtmlTooDeep(path, limits.MaxHtmlDepth));
                if (open.Created > limits.MaxHtmlElements) throw new ProblemException(Messages.HtmlTooManyElements(path, limits.MaxHtmlElements));
            },
        };
        using var deadline = new CancellationTokenSource(limits.MaxParseTime);
        try
        {
            return Result<IDocument>.Success(new HtmlParser(options).ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult());
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (OperationCanceledException)
        {
            return Messages.ParseTooSlow(path, limits.MaxParseTime);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Messages.MalformedHtml(path, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>A tag's name with its attributes, which is what makes two formatting elements the same to the parser.</summary>
    private static string Key(HtmlTagToken tag) =>
        tag.Attributes.Count == 0 ? tag.Name : tag.Name + string.Concat(tag.Attributes.Select(a => $" {a.Name}={a.Value}"));

    public static string Extract(IDocument dom)
    {
        var sb = new StringBuilder();
        var root = (INode?)dom.Body ?? dom.DocumentElement;
        if (root is not null) Walk(root, sb);
        return Tidy(sb.ToString());
    }

    /// <summary>What to do on leaving an element once its children are written.</summary>
    private enum After { Nothing, Paragraph, Cell }

    /// <summary>Depth first with a stack of its own, so no page can run the walk out of call stack.</summary>
    private static void Walk(INode root, StringBuilder sb)
    {
        var pending = new Stack<(INode Node, After Leave)>();
        PushChildren(root, pending);
        while (pending.TryPop(out var item))
        {
            var (node, leave) = item;
            if (leave != After.Nothing)
            {
                if (leave == After.Paragraph) Paragraph(sb);
                else sb.Append(" \t ");
                continue;
            }
            switch (node)
            {
                case IText text:
                    AppendInline(sb, text.Data);
                    break;
                case IElement el:
                    var name = el.LocalName;
                    if (Skipped.Contains(name) || el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true") break;
                    if (name == "br") { sb.Append('\n'); break; }
                    if (name == "li") { Paragraph(sb); sb.Append("• "); }
                    else if (Blocks.Contains(name)) Paragraph(sb);
                    var exit = name is "td" or "th" ? After.Cell : name == "li" || Blocks.Contains(name) ? After.Paragraph : After.Nothing;
                    if (exit != After.Nothing) pending.Push((el, exit));
                    PushChildren(el, pending);
                    break;
            }
        }
    }

    private static void PushChildren(INode node, Stack<(INode, After)> pending)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push((node.ChildNodes[i], After.Nothing));
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
