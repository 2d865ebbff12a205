namespace Tessera.Reading;

/// <summary>What a Markdown file's front matter says of it: each field null when it is not given.</summary>
public sealed record FrontMatter(string? Title, DateOnly? Date, string? Author, string? Publisher);

/// <summary>The readable text of a Markdown file: front matter taken out as metadata, inline markup (emphasis, code, links,
/// images, escapes) and block markup that is not structure (quote markers, rules, link definitions) dropped, headings and list
/// items kept as the segmenter reads them. Every character of the text maps back to the file.</summary>
public static class MarkdownText
{
    /// <summary>Front matter longer than this is not front matter but a document that opens with a rule.</summary>
    private const int MaxFrontMatterLines = 100;

    public static (string Text, SourceMap Map, FrontMatter Meta) Read(string raw)
    {
        var (meta, bodyStart) = ReadFrontMatter(raw);
        var b = new SourceMap.Builder();
        var pos = bodyStart;
        while (pos < raw.Length)
        {
            var nl = raw.IndexOf('\n', pos);
            var end = nl < 0 ? raw.Length : nl;
            Line(raw, pos, end, b);
            if (nl >= 0) b.Copy('\n', nl);
            pos = end + 1;
        }
        var (text, map) = b.Build();
        return (text, map, meta);
    }

    /// <summary>A block of "key: value" lines between two "---" lines at the very start of the file.</summary>
    private static (FrontMatter Meta, int BodyStart) ReadFrontMatter(string raw)
    {
        var none = (new FrontMatter(null, null, null, null), 0);
        if (!raw.StartsWith("---", StringComparison.Ordinal)) return none;
        var first = raw.IndexOf('\n');
        if (first < 0 || raw[3..first].Trim().Length > 0) return none;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pos = first + 1;
        for (var n = 0; n < MaxFrontMatterLines && pos < raw.Length; n++)
        {
            var nl = raw.IndexOf('\n', pos);
            var end = nl < 0 ? raw.Length : nl;
            var line = raw[pos..end].TrimEnd('\r');
            if (line.Trim() is "---" or "...")
                return (new FrontMatter(Field(fields, "title", "headline"), DocumentReader.ParseDate(Field(fields, "date", "published", "pubdate", "date_published", "datePublished")),
                    Field(fields, "author", "authors", "byline"), Field(fields, "publisher", "source", "site", "site_name", "outlet")), nl < 0 ? raw.Length : nl + 1);
            var colon = line.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim().Trim('"', '\''));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return none;
    }

    private static string? Field(Dictionary<string, string> fields, params string[] keys) =>
        keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>One line: markup that is not structure dropped, the rest copied.</summary>
    private static void Line(string raw, int start, int end, SourceMap.Builder b)
    {
        var s = start;
        // Quote markers ("> ", "> > ") carry no words.
        while (true)
        {
            var k = s;
            while (k < end && raw[k] == ' ') k++;
            if (k < end && raw[k] == '>') { s = k + 1; if (s < end && raw[s] == ' ') s++; }
            else break;
        }
        var content = raw.AsSpan(s, end - s).Trim();
        if (IsRule(content) || IsLinkDefinition(content) || content.StartsWith("<!--") && content.EndsWith("-->")) return;
        Inline(raw, s, end, b);
    }

    /// <summary>"---", "***", "___", "===" (a rule or a heading's underline): three or more of one mark and nothing else.</summary>
    private static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] is not ('-' or '*' or '_' or '=')) return false;
        var mark = line[0];
        var count = 0;
        foreach (var c in line)
        {
            if (c == mark) count++;
            else if (c != ' ') return false;
        }
        return count >= 3;
    }

    /// <summary>"[1]: https://..." defines a link target; its words are not the document's.</summary>
    private static bool IsLinkDefinition(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '[') return false;
        var close = line.IndexOf("]:");
        return close > 1 && line[1..close].IndexOf(']') < 0;
    }

    private static void Inline(string raw, int start, int end, SourceMap.Builder b)
    {
        var i = start;
        // A list marker or heading opening the line stays: the segmenter reads them.
        var lead = i;
        while (lead < end && raw[lead] == ' ') lead++;
        if (lead + 1 < end && raw[lead] is '-' or '*' or '+' && raw[lead + 1] == ' ')
        {
            b.Copy(raw, i, lead + 2 - i, i);
            i = lead + 2;
        }
        while (i < end)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < end && char.IsPunctuation(raw[i + 1]) | char.IsSymbol(raw[i + 1])) { b.Copy(raw[i + 1], i + 1); i += 2; continue; }
            if (c == '`') { i++; continue; }
            if (c == '!' && i + 1 < end && raw[i + 1] == '[' && Link(raw, i + 1, end) is { } image) { Text(raw, image, b); i = image.After; continue; }
            if (c == '[' && Link(raw, i, end) is { } link) { Text(raw, link, b); i = link.After; continue; }
            if (c == '<' && i + 1 < end && (raw.AsSpan(i + 1, end - i - 1).StartsWith("http") || raw.AsSpan(i + 1, end - i - 1).StartsWith("mailto:")))
            {
                var close = raw.IndexOf('>', i + 1, end - i - 1);
                if (close > 0) { b.Copy(raw, i + 1, close - i - 1, i + 1); i = close + 1; continue; }
            }
            if (c is '*' or '~' || c == '_' && IsEmphasisUnderscore(raw, i, start, end))
            {
                var run = i;
                while (run < end && raw[run] == c) run++;
                // A run touching a word on one side opens or closes emphasis; one with blanks on both sides is a character.
                var before = i > start && !char.IsWhiteSpace(raw[i - 1]);
                var after = run < end && !char.IsWhiteSpace(raw[run]);
                if (before || after) { i = run; continue; }
            }
            b.Copy(c, i);
            i++;
        }
    }

    /// <summary>An underscore opens or closes emphasis only at a word's edge: snake_case keeps its underscores.</summary>
    private static bool IsEmphasisUnderscore(string raw, int i, int start, int end)
    {
        var j = i;
        while (j < end && raw[j] == '_') j++;
        var letterBefore = i > start && char.IsLetterOrDigit(raw[i - 1]);
        var letterAfter = j < end && char.IsLetterOrDigit(raw[j]);
        return !(letterBefore && letterAfter);
    }

    /// <summary>A link "[text](target)" or "[text][ref]": where its text lies and where it ends.</summary>
    private readonly record struct LinkSpan(int TextStart, int TextEnd, int After);

    private static LinkSpan? Link(string raw, int open, int end)
    {
        var close = raw.IndexOf(']', open + 1, end - open - 1);
        if (close < 0 || close + 1 >= end) return null;
        var kind = raw[close + 1];
        if (kind is not ('(' or '[')) return null;
        var finish = raw.IndexOf(kind == '(' ? ')' : ']', close + 2, end - close - 2);
        return finish < 0 ? null : new LinkSpan(open + 1, close, finish + 1);
    }

    private static void Text(string raw, LinkSpan link, SourceMap.Builder b) => Inline(raw, link.TextStart, link.TextEnd, b);
}
