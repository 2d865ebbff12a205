using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>A source as `tessera add` writes it into case.yaml: its file relative to the case folder and what is known of it.</summary>
public sealed record SourceEntry(string Id, string File, string Title, string Publisher, DateOnly Date)
{
    /// <summary>The web address it was found at (a feed item's link).</summary>
    public string? Url { get; init; }

    /// <summary>A feed item's identifier, written only when it differs from the link.</summary>
    public string? Guid { get; init; }
}

/// <summary>Edits case.yaml as text, so the analyst's comments, blank lines, key order and quoting survive: new sources are
/// appended to the end of the `sources` list, written in the indentation the list already uses.</summary>
/// <remarks>A YAML serializer would rewrite the whole file and drop every comment; editing lines keeps everything the analyst
/// wrote and touches only the lines it adds. The result is parsed again before it is returned, and must hold the old sources
/// followed by the new ones.</remarks>
public static class CaseYamlEdit
{
    /// <summary>The text with the sources appended to its `sources` list (made when there is none, or when it is `[]`).</summary>
    /// <exception cref="ProblemException">The list is written in flow style with items (`sources: [{...}]`), which cannot be
    /// extended line by line.</exception>
    public static string AddSources(string text, IReadOnlyList<SourceEntry> entries, string path = "case.yaml")
    {
        if (entries.Count == 0) return text;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // A file ending in a newline splits into a last empty line, which is not a line of the file.
        var endsWithNewline = lines.Count > 0 && lines[^1].Length == 0;
        if (endsWithNewline) lines.RemoveAt(lines.Count - 1);

        var key = lines.FindIndex(l => l.StartsWith("sources:", StringComparison.Ordinal));
        string indent;
        int insertAt;
        if (key < 0)
        {
            lines.Add("sources:");
            indent = "  ";
            insertAt = lines.Count;
        }
        else
        {
            var value = StripComment(lines[key]["sources:".Length..]).Trim();
            if (value == "[]" || value.Length == 0)
            {
                // `sources: []` becomes a block list; a comment after it stays on the key's line.
                var comment = lines[key]["sources:".Length..].Trim();
                comment = value == "[]" ? comment[2..].Trim() : comment;
                lines[key] = "sources:" + (comment.Length > 0 ? " " + comment : "");
            }
            else throw new ProblemException(Messages.CaseField(path, key + 1, "'sources' is written as a flow list ([...]); write it as a block list (one '- ' item a line) to add to it"));
            var end = BlockEnd(lines, key);
            indent = ItemIndent(lines, key, end) ?? "  ";
            insertAt = end;
        }
        var added = entries.SelectMany(e => Entry(e, indent)).ToList();
        lines.InsertRange(insertAt, added);
        var result = string.Join(newline, lines) + (endsWithNewline || key < 0 ? newline : "");
        Check(text, result, entries);
        return result;
    }

    /// <summary>The line after the last line of the block under a top-level key: the block runs while lines are indented, blank,
    /// comments or items at the left margin; comments and blank lines at its end belong to what follows.</summary>
    private static int BlockEnd(List<string> lines, int key)
    {
        var last = key;
        for (var i = key + 1; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Trim().Length == 0 || l.TrimStart().StartsWith('#')) continue;
            if (char.IsWhiteSpace(l[0]) || l.StartsWith("- ", StringComparison.Ordinal) || l == "-") last = i;
            else break;
        }
        return last + 1;
    }

    /// <summary>The indentation of the list's items ("  " for "  - id: x"), or null when the list has none yet.</summary>
    private static string? ItemIndent(List<string> lines, int key, int end)
    {
        for (var i = key + 1; i < end; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-") return lines[i][..(lines[i].Length - trimmed.Length)];
        }
        return null;
    }

    private static IEnumerable<string> Entry(SourceEntry e, string indent)
    {
        var field = indent + "  ";
        yield return $"{indent}- id: {Scalar(e.Id)}";
        yield return $"{field}file: {Scalar(e.File)}";
        yield return $"{field}title: {Scalar(e.Title)}";
        yield return $"{field}publisher: {Scalar(e.Publisher)}";
        yield return $"{field}date: {e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        if (e.Url is { } url) yield return $"{field}url: {Scalar(url)}";
        if (e.Guid is { } guid && guid != e.Url) yield return $"{field}guid: {Scalar(guid)}";
    }

    /// <summary>A value as YAML reads it back unchanged: plain where nothing in it means anything to YAML, else double-quoted.</summary>
    /// <param name="flow">The value sits inside brackets or braces, where commas and colons end it, so they are quoted too.</param>
    internal static string Scalar(string value, bool flow = false)
    {
        var plain = value.Length > 0 && value.Trim() == value
                    && !(flow && value.Any(c => c is ',' or ':' or '[' or ']' or '{' or '}'))
                    && (char.IsLetterOrDigit(value[0]) || value[0] == '_')
                    && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or ',' or '(' or ')' or '/' or '\'' or '’' or '?' or '!' or ':' or '&' or '+' or '=' or '%')
                    && !value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(':')
                    // Words YAML 1.1 reads as booleans or null, and anything that looks like a number or a date, are quoted.
                    && !IsSpecial(value);
        if (plain) return value;
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (char.IsControl(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static bool IsSpecial(string value) =>
        value.ToLowerInvariant() is "y" or "n" or "yes" or "no" or "true" or "false" or "on" or "off" or "null" or "~"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || (value.Length >= 4 && char.IsDigit(value[0]) && value.All(c => char.IsDigit(c) || c is '-' or ':' or '.' or ' '));

    private static string StripComment(string s)
    {
        var hash = s.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? s[..hash] : s.TrimStart().StartsWith('#') ? "" : s;
    }

    /// <summary>The edit must leave every other node as it was and add exactly the new entries: parsed again, the sources are the
    /// old ones and then the new ones, and every other top-level value is unchanged. Anything else is a bug in the edit.</summary>
    private static void Check(string before, string after, IReadOnlyList<SourceEntry> entries)
    {
        var (oldRoot, newRoot) = (Root(before), Root(after));
        var oldSources = Sources(oldRoot);
        var newSources = Sources(newRoot);
        var ok = newSources.Count == oldSources.Count + entries.Count
                 && oldSources.Zip(newSources).All(p => p.First.Equals(p.Second))
                 && entries.Select((e, i) => (e, n: newSources[oldSources.Count + i])).All(x =>
                     x.n is YamlMappingNode m && Value(m, "id") == x.e.Id && Value(m, "file") == x.e.File && Value(m, "title") == x.e.Title
                     && Value(m, "publisher") == x.e.Publisher && Value(m, "url") == x.e.Url);
        var others = (oldRoot?.Children.Where(kv => Key(kv.Key) != "sources") ?? []).ToList();
        ok &= others.All(kv => newRoot is not null && newRoot.Children.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));
        if (!ok) throw new InvalidOperationException("adding sources to case.yaml changed more than the sources list");
    }

    /// <summary>The top mapping of a case.yaml text, read as loading reads it (nesting bounded, one document): what every editor
    /// of case.yaml finds its entries in and checks its result against.</summary>
    internal static YamlMappingNode? Root(string text, string path = "case.yaml")
    {
        var stream = YamlText.Load(path, text, Reading.ReadingLimits.Default);
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    private static IList<YamlNode> Sources(YamlMappingNode? root) =>
        root is not null && root.Children.TryGetValue(new YamlScalarNode("sources"), out var s) && s is YamlSequenceNode seq ? seq.Children : [];

    private static string? Key(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string? Value(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
}
