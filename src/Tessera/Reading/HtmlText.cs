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

    /// <summary>The page's readable text, with a map from each character back to the HTML file.</summary>
    public static (string Text, SourceMap Map) Extract(IDocument dom, string html, PageFurniture furniture)
    {
        var sb = new StringBuilder();
        var offsets = new List<int>();
        var root = ArticleBody(dom) ?? (INode?)dom.Body ?? dom.DocumentElement;
        if (root is not null) Walk(root, sb, offsets, new HtmlSource(html), furniture);
        return Tidy(sb, offsets);
    }

    /// <summary>What to do on leaving an element once its children are written.</summary>
    private enum After { Nothing, Paragraph, Cell }

    /// <summary>Depth first with a stack of its own, so no page can run the walk out of call stack. Each character written
    /// records where it sits in the file; the breaks the walk adds record -1 and take the place of what follows them.</summary>
    private static void Walk(INode root, StringBuilder sb, List<int> offsets, HtmlSource source, PageFurniture furniture)
    {
        var pending = new Stack<(INode Node, After Leave)>();
        PushChildren(root, pending);
        while (pending.TryPop(out var item))
        {
            var (node, leave) = item;
            if (leave != After.Nothing)
            {
                if (leave == After.Paragraph) Paragraph(sb, offsets);
                else Add(sb, offsets, " \t ");
                continue;
            }
            switch (node)
            {
                case IText text:
                    AppendInline(sb, offsets, text.Data, source.Find(text.Data));
                    break;
                case IElement el:
                    var name = el.LocalName;
                    if (Skipped.Contains(name) || el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true" || IsBoilerplate(el, furniture)) break;
                    if (name == "br") { Add(sb, offsets, "\n"); break; }
                    if (name == "li") { Paragraph(sb, offsets); Add(sb, offsets, "• "); }
                    else if (Blocks.Contains(name)) Paragraph(sb, offsets);
                    var exit = name is "td" or "th" ? After.Cell : name == "li" || Blocks.Contains(name) ? After.Paragraph : After.Nothing;
                    if (exit != After.Nothing) pending.Push((el, exit));
                    PushChildren(el, pending);
                    break;
            }
        }
    }

    /// <summary>An element whose class, id or ARIA role names page furniture, or a list made of links only (related stories).</summary>
    private static bool IsBoilerplate(IElement el, PageFurniture furniture)
    {
        foreach (var attribute in new[] { "class", "id", "role" })
            if (el.GetAttribute(attribute) is { Length: > 0 and < 300 } value && furniture.Marks(value))
                return true;
        return el.LocalName is "ul" or "ol" && IsLinkList(el);
    }

    /// <summary>A list of at least three items in which links make up nearly all the words.</summary>
    private static bool IsLinkList(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 3) return false;
        var text = list.TextContent.Count(c => !char.IsWhiteSpace(c));
        var linked = list.QuerySelectorAll("a").Sum(a => a.TextContent.Count(c => !char.IsWhiteSpace(c)));
        return text > 0 && linked >= 0.8 * text;
    }

    /// <summary>The element holding the story: the schema.org articleBody, else the <c>article</c> or <c>main</c> with the most
    /// paragraph text. Null when the page marks none, or the one it marks holds too little to be the story.</summary>
    private static IElement? ArticleBody(IDocument dom)
    {
        var candidates = dom.QuerySelectorAll("[itemprop=articleBody]").ToList();
        if (candidates.Count == 0) candidates = dom.QuerySelectorAll("article, main, [role=main]").ToList();
        if (candidates.Count == 0) return null;
        var best = candidates.MaxBy(ParagraphChars)!;
        // A teaser card marked up as an article is not the story.
        return ParagraphChars(best) >= 200 ? best : null;
    }

    private static int ParagraphChars(IElement el) => el.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private static void PushChildren(INode node, Stack<(INode, After)> pending)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push((node.ChildNodes[i], After.Nothing));
    }

    private static void AppendInline(StringBuilder sb, List<int> offsets, string data, int at)
    {
        for (var k = 0; k < data.Length; k++)
        {
            var c = data[k];
            var ws = char.IsWhiteSpace(c);
            if (ws && (sb.Length == 0 || char.IsWhiteSpace(sb[^1]))) continue;
            sb.Append(ws ? ' ' : c);
            offsets.Add(at < 0 ? -1 : at + k);
        }
    }

    private static void Add(StringBuilder sb, List<int> offsets, string made)
    {
        sb.Append(made);
        for (var k = 0; k < made.Length; k++) offsets.Add(-1);
    }

    private static void Paragraph(StringBuilder sb, List<int> offsets)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\t') { sb.Length--; offsets.RemoveAt(offsets.Count - 1); }
        if (sb.Length == 0 || sb.ToString(Math.Max(0, sb.Length - 2), Math.Min(2, sb.Length)) == "\n\n") return;
        Add(sb, offsets, sb[^1] == '\n' ? "\n" : "\n\n");
    }

    /// <summary>Lines trimmed, runs of blank lines made one; each character keeps its offset, and a made-up one takes the
    /// offset of the next character from the file.</summary>
    private static (string, SourceMap) Tidy(StringBuilder sb, List<int> offsets)
    {
        var text = sb.ToString();
        var b = new SourceMap.Builder();
        var next = new int[text.Length + 1];
        next[text.Length] = offsets.Count > 0 ? offsets.LastOrDefault(o => o >= 0) + 1 : 0;
        for (var k = text.Length - 1; k >= 0; k--) next[k] = offsets[k] >= 0 ? offsets[k] : next[k + 1];
        var blank = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var s = pos;
            var e = end;
            while (s < e && text[s] is ' ' or '\t') s++;
            while (e > s && text[e - 1] is ' ' or '\t') e--;
            if (e == s) blank++;
            else
            {
                if (b.Length > 0)
                {
                    b.Add('\n', next[s]);
                    if (blank > 0) b.Add('\n', next[s]);
                }
                blank = 0;
                for (var k = s; k < e; k++)
                {
                    if (offsets[k] >= 0) b.Copy(text[k], offsets[k]);
                    else b.Add(text[k], next[k]);
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return b.Build();
    }
}

/// <summary>The text of an HTML file as the parser decodes it (entities read, tags, comments, scripts and styles skipped, line
/// ends made \n), with each character's offset in the file, so a text node of the DOM can be found where it was written.</summary>
internal sealed class HtmlSource
{
    private readonly string _flat;
    private readonly int[] _at;
    private int _cursor;
    private long _budget;

    public HtmlSource(string html)
    {
        var flat = new StringBuilder(html.Length);
        var at = new List<int>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                i = SkipMarkup(html, i);
                continue;
            }
            if (c == '&' && Entity(html, i) is { } entity)
            {
                foreach (var d in entity.Text) { flat.Append(d); at.Add(i); }
                i = entity.End;
                continue;
            }
            if (c == '\r')
            {
                flat.Append('\n');
                at.Add(i);
                i += i + 1 < html.Length && html[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            flat.Append(c);
            at.Add(i);
            i++;
        }
        _flat = flat.ToString();
        _at = [.. at];
        // Searching may read the text a few times over, never more: a page built to defeat it maps roughly, not slowly.
        _budget = 8L * _flat.Length + 4096;
    }

    /// <summary>Where a text node's data starts in the file, searching forward from the last one found; -1 if not found.</summary>
    public int Find(string data)
    {
        if (string.IsNullOrWhiteSpace(data) || _budget <= 0) return -1;
        const int Window = 256 * 1024;
        var length = Math.Min(_flat.Length - _cursor, Window + data.Length);
        if (length < data.Length) return -1;
        var k = _flat.IndexOf(data, _cursor, length, StringComparison.Ordinal);
        _budget -= k < 0 ? length : k - _cursor + data.Length;
        if (k < 0) return -1;
        _cursor = k + data.Length;
        return _at[k];
    }

    /// <summary>Past a tag, comment or declaration; past the whole element for script, style and the other raw-text elements,
    /// whose content never becomes text of the page.</summary>
    private static int SkipMarkup(string html, int i)
    {
        if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        var end = TagEnd(html, i);
        foreach (var raw in RawText)
        {
            if (end - i < raw.Length + 1 || string.Compare(html, i + 1, raw, 0, raw.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (i + 1 + raw.Length < html.Length && char.IsAsciiLetterOrDigit(html[i + 1 + raw.Length])) continue;
            var close = html.IndexOf("</" + raw, end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : TagEnd(html, close);
        }
        return end;
    }

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "noscript", "template", "xmp", "iframe"];

    /// <summary>The end of a tag, stepping over quoted attribute values.</summary>
    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (var k = i + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'' && AfterEquals(html, k, i)) quote = c;
            else if (c == '>') return k + 1;
        }
        return html.Length;
    }

    /// <summary>Whether an attribute's "=" comes before position k, blanks aside: only then does a quote open a value.</summary>
    private static bool AfterEquals(string html, int k, int tagStart)
    {
        var j = k - 1;
        while (j > tagStart && html[j] == ' ') j--;
        return html[j] == '=';
    }

    private static (string Text, int End)? Entity(string html, int i)
    {
        var semi = html.IndexOf(';', i + 1, Math.Min(34, html.Length - i - 1));
        if (semi < 0) return null;
        var entity = html[i..(semi + 1)];
        var decoded = System.Net.WebUtility.HtmlDecode(entity);
        return decoded.Length > 0 && decoded != entity ? (decoded, semi + 1) : null;
    }
}
