namespace Tessera.Reading;

/// <summary>Follows HTML start and end tags as the HTML5 tree builder handles them, to bound how many elements it holds open.</summary>
/// <remarks>The tree builder walks its stack of open elements for almost every tag ("is a p element in button scope?"), so
/// 100,000 unclosed elements make parsing quadratic: 900 KB of "&lt;div&gt;&lt;/x&gt;" took a minute. And it clones unclosed
/// formatting elements into every block that follows, so 60 stray &lt;b&gt; in 8 KB build 120,000 elements. This is a cheap
/// shadow of that stack and of those clones, fed each token as the parser reads it. It closes an element only where the HTML
/// standard (13.2.6, "the rules for parsing tokens in HTML content") surely closes it, and looks only within
/// <see cref="Window"/> elements of the top, so it counts more than the parser holds rather than fewer (the parser's own
/// tbody and tr aside): spam cannot hide from it, while sloppy real pages (unclosed p, li, td, font) are followed closely
/// enough to pass. What it does not model (the adoption agency's moves, foster parenting) is left to the time bound.</remarks>
internal sealed class HtmlOpenElements
{
    /// <summary>How far below the top an end tag is looked for; keeps every tag O(1).</summary>
    public const int Window = 64;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The standard's "special" category: an end tag for an ordinary element does not close past one of these.</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc",
    };

    /// <summary>Elements that bound "has an element in scope".</summary>
    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "mi", "mo", "mn", "ms", "mtext",
        "annotation-xml", "foreignobject", "desc", "title",
    };

    /// <summary>Where SVG and MathML hold HTML again (the standard's integration points).</summary>
    private static readonly string[] Islands = ["foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext"];

    private static readonly HashSet<string> ButtonScope = [.. Scope, "button"];
    private static readonly HashSet<string> ListItemScope = [.. Scope, "ol", "ul"];
    private static readonly HashSet<string> TableScope = new(StringComparer.Ordinal) { "html", "table", "template" };

    /// <summary>Start tags that close an open p first.</summary>
    private static readonly HashSet<string> ClosesP = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary",
        "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "hr", "xmp", "li", "dd", "dt",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Table parts the tree builder ignores outside a table.</summary>
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal)
    {
        "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
    };

    /// <summary>Elements that close the list of active formatting elements ("markers" in the standard): what was opened inside
    /// one of them is never rebuilt outside it.</summary>
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "applet", "caption", "marquee", "object", "td", "th", "template" };

    private readonly List<Entry> _open = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Formatting elements closed by something other than their own end tag: the parser clones them back into the next
    /// text ("reconstructs the active formatting elements"), which is how 60 unclosed &lt;b&gt; become 100,000 elements.</summary>
    private readonly List<Entry> _reopen = [];

    private int _markers;

    /// <summary>Elements held open now.</summary>
    public int Depth => _open.Count;

    /// <summary>Elements built so far, clones included.</summary>
    public long Created { get; private set; }

    /// <summary>An open element: its name, for formatting elements its attributes too (<paramref name="Key"/>), and how many
    /// markers were open below it.</summary>
    private readonly record struct Entry(string Name, string Key, int Markers);

    /// <summary>A start tag; <paramref name="key"/> is its name and attributes, which tell identical formatting elements apart.</summary>
    public void Start(string name, bool selfClosing, string? key = null)
    {
        if (Void.Contains(name)) return;
        // Inside SVG and MathML a self-closing tag opens nothing; in HTML, and so in an HTML island inside SVG, "<div/>" opens a div.
        if (selfClosing && (Has("svg") || Has("math")) && !Islands.Any(Has)) return;
        if (name is "html" or "head" or "body" && Has(name)) return;
        if (TableParts.Contains(name))
        {
            if (!Has("table")) return;
            if (name is "td" or "th" or "tr") PopTo(n => n is "td" or "th", TableScope);
            if (name == "tr") PopTo(n => n == "tr", TableScope);
            if (name is "tbody" or "thead" or "tfoot") PopTo(n => n is "tbody" or "thead" or "tfoot" or "tr" or "td" or "th", TableScope);
        }
        if (name == "li") PopTo(n => n == "li", Special, except: ["address", "div", "p"]);
        if (name is "dd" or "dt") PopTo(n => n is "dd" or "dt", Special, except: ["address", "div", "p"]);
        if (ClosesP.Contains(name)) PopTo(n => n == "p", ButtonScope);
        if (Headings.Contains(name) && _open.Count > 0 && Headings.Contains(_open[^1].Name)) Pop();
        if (name is "option" or "optgroup" && _open.Count > 0 && _open[^1].Name == "option") Pop();
        if (name is "a" or "nobr") PopTo(n => n == name, Special);
        if (!ClosesP.Contains(name) && !TableParts.Contains(name)) Reopen();
        Push(name, key ?? name);
    }

    /// <summary>Text, where the parser rebuilds the formatting elements closed around it.</summary>
    public void Text() => Reopen();

    public void End(string name)
    {
        if (Formatting.Contains(name) && !Has(name))
        {
            // Its end tag takes a closed formatting element off the list it would be rebuilt from.
            var last = _reopen.FindLastIndex(r => r.Name == name);
            if (last >= 0) _reopen.RemoveAt(last);
            return;
        }
        if (!Has(name) && !(Headings.Contains(name) && Headings.Any(Has))) return;
        // "</body>" and "</html>" only move the parser on; what is open stays open.
        if (name is "body" or "html") return;
        // "</form>" takes the form out of the stack and leaves what it holds open.
        if (name == "form") Remove("form", Scope);
        else if (name == "p") PopTo(n => n == "p", ButtonScope);
        else if (name == "li") PopTo(n => n == "li", ListItemScope);
        else if (Headings.Contains(name)) PopTo(Headings.Contains, Scope);
        else if (TableParts.Contains(name) || name == "table") PopTo(n => n == name, TableScope);
        // An ordinary element, or a formatting one with no block above it, closes down to its start tag; past a special element the
        // parser would rather ignore the tag or rebuild around it, so the shadow keeps everything open.
        else if (Formatting.Contains(name) || !Special.Contains(name)) PopTo(n => n == name, Special);
        else PopTo(n => n == name, Scope);
    }

    private bool Has(string name) => _counts.GetValueOrDefault(name) > 0;

    private void Push(string name, string key)
    {
        _open.Add(new Entry(name, key, _markers));
        _counts[name] = _counts.GetValueOrDefault(name) + 1;
        if (Markers.Contains(name)) _markers++;
        Created++;
    }

    private void Reopen()
    {
        if (_reopen.Count == 0) return;
        foreach (var e in _reopen) Push(e.Name, e.Key);
        _reopen.Clear();
    }

    /// <summary>Closes down to the nearest element <paramref name="match"/> accepts, if one lies within the window and no
    /// element of <paramref name="stop"/> (other than those in <paramref name="except"/>) lies above it.</summary>
    private void PopTo(Func<string, bool> match, HashSet<string> stop, string[]? except = null)
    {
        var floor = Math.Max(0, _open.Count - Window);
        for (var i = _open.Count - 1; i >= floor; i--)
        {
            var n = _open[i].Name;
            if (match(n))
            {
                while (_open.Count > i + 1) Pop();
                Pop(closedByOwnTag: Formatting.Contains(n));
                return;
            }
            if (stop.Contains(n) && (except is null || !except.Contains(n))) return;
        }
    }

    private void Remove(string name, HashSet<string> stop)
    {
        var floor = Math.Max(0, _open.Count - Window);
        for (var i = _open.Count - 1; i >= floor; i--)
        {
            if (_open[i].Name == name)
            {
                _open.RemoveAt(i);
                _counts[name]--;
                return;
            }
            if (stop.Contains(_open[i].Name)) return;
        }
    }

    private void Pop(bool closedByOwnTag = false)
    {
        var entry = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _counts[entry.Name]--;
        if (Markers.Contains(entry.Name))
        {
            _markers--;
            _reopen.RemoveAll(r => r.Markers > _markers);
        }
        else if (Formatting.Contains(entry.Name) && !closedByOwnTag)
        {
            // The standard keeps at most three identical formatting elements ("Noah's Ark"); more only drop the earliest.
            if (_reopen.Count(r => r.Key == entry.Key) >= 3) _reopen.RemoveAt(_reopen.FindIndex(r => r.Key == entry.Key));
            _reopen.Add(entry);
        }
    }
}
