using System.Globalization;
using Tessera.Reading;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>What an analyst sets of a listed source: who published it, when, and its Admiralty grade. A null publisher or date
/// is one case.yaml does not give (the document's own, if any, stands).</summary>
public sealed record SourceDetails(string? Publisher, DateOnly? Date, SourceGrade Grade);

/// <summary>Edits one source's entry in case.yaml as text, as <see cref="CaseYamlEdit"/> adds entries: only the values that
/// change are rewritten, in place, so the analyst's comments, key order and quoting survive.</summary>
/// <remarks>The result is parsed again before it is returned and must differ from the old text in those values of that entry
/// alone; anything else is a bug in the edit.</remarks>
public static class SourceEntryEdit
{
    private static readonly string[] Edited = ["publisher", "date", "grade"];

    /// <summary>The entry of source <paramref name="id"/> as case.yaml writes it now (what an edit's version is taken of), or null
    /// when case.yaml lists no such source.</summary>
    public static string? EntryText(string text, string id, string path = "case.yaml") =>
        Find(CaseYamlEdit.Root(text, path), id) is { } entry ? text[Start(entry)..End(entry)] : null;

    // A block mapping's own marks do not span its text, so the entry runs from its first key to the end of its last value.
    private static int Start(YamlMappingNode entry) => entry.Children.Count == 0 ? (int)entry.Start.Index : (int)entry.Children.Keys.Min(k => k.Start.Index);

    private static int End(YamlMappingNode entry) => entry.Children.Count == 0 ? (int)entry.End.Index : (int)entry.Children.Values.Max(v => v.End.Index);

    /// <summary>The entry's details as case.yaml gives them (the grade F6 when it gives none).</summary>
    public static SourceDetails? Details(string text, string id, string path = "case.yaml")
    {
        if (Find(CaseYamlEdit.Root(text, path), id) is not { } entry) return null;
        return new SourceDetails(Value(entry, "publisher"),
            DateOnly.TryParseExact(Value(entry, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            SourceGrade.TryParse(Value(entry, "grade"), out var g) ? g : SourceGrade.Unknown);
    }

    /// <summary>The text with the source's publisher, date and grade set to <paramref name="details"/>; a value case.yaml gives
    /// cannot be made blank (TSR759 names the field), and an entry written so that it cannot be edited line by line is refused
    /// (TSR760).</summary>
    public static Result<string> Set(string text, string id, SourceDetails details, string path = "case.yaml")
    {
        var root = CaseYamlEdit.Root(text, path);
        if (Find(root, id) is not { } entry) return Messages.CaseField(path, 0, $"lists no source '{id}'");
        var wanted = new Dictionary<string, string?>
        {
            ["publisher"] = details.Publisher is null ? null : CaseYamlEdit.Scalar(details.Publisher),
            ["date"] = details.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // No grade written means F6, so F6 need not be written.
            ["grade"] = details.Grade == SourceGrade.Unknown && Value(entry, "grade") is null ? null : details.Grade.ToString(),
        };
        // Replacements run from the end of the text back, so each one leaves the offsets of those before it valid.
        var edits = new List<(int At, int Length, string With)>();
        foreach (var key in Edited)
        {
            var node = YamlFields.Child(entry, key);
            var now = Value(entry, key);
            var value = wanted[key];
            if (value is null)
            {
                if (now is not null) return Messages.BadEditField(key, $"is blank, but case.yaml gives '{now}' for source '{id}'; give a value (or remove the line from case.yaml itself)");
                continue;
            }
            if (Same(key, now, key == "publisher" ? details.Publisher! : value)) continue;
            if (node is YamlScalarNode scalar && scalar.Start.Index < scalar.End.Index)
            {
                if (scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
                    return Messages.EntryNotEditable(path, scalar.Start.Line, $"'{key}' is a block scalar (| or >); write it on one line to edit it here");
                edits.Add(((int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index), value));
            }
            else if (node is null && entry.Style != YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                var at = LineEnd(text, End(entry));
                var indent = new string(' ', (int)entry.Children.Keys.First().Start.Column - 1);
                var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                edits.Add((at, 0, (at == text.Length && !text.EndsWith('\n') ? newline : "") + $"{indent}{key}: {value}{newline}"));
            }
            else return Messages.EntryNotEditable(path, entry.Start.Line, $"source '{id}' is written in flow style ({{...}}) or its '{key}' is empty; write it one key a line to edit it here");
        }
        var result = text;
        // Two additions at one place go in the order of Edited: the later one is inserted first, the earlier before it.
        foreach (var (at, length, with) in edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.At).ThenByDescending(x => x.i).Select(x => x.e)) result = result[..at] + with + result[(at + length)..];
        Check(text, result, id, path, details);
        return result;
    }

    private static bool Same(string key, string? now, string wanted) => key switch
    {
        "grade" => SourceGrade.TryParse(now, out var g) && g.ToString() == wanted,
        _ => now == wanted,
    };

    /// <summary>The offset just past the end of the line holding <paramref name="index"/> (its newline included).</summary>
    private static int LineEnd(string text, int index)
    {
        var newline = text.IndexOf('\n', Math.Min(index, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode? root) =>
        root is not null && YamlFields.Child(root, "sources") is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>() : [];

    /// <summary>The entry whose id, or (without one) whose file's slug, is <paramref name="id"/>, as <see cref="CaseYaml"/> names sources.</summary>
    private static YamlMappingNode? Find(YamlMappingNode? root, string id) =>
        Entries(root).FirstOrDefault(m => (Value(m, "id") ?? (Value(m, "file") is { } f ? DocumentReader.Slug(Path.GetFileNameWithoutExtension(f)) : null)) == id);

    private static string? Value(YamlMappingNode m, string key) =>
        YamlFields.Child(m, key) is YamlScalarNode { Value: { Length: > 0 } v } && !string.IsNullOrWhiteSpace(v) ? v : null;

    /// <summary>The edited text must hold the same case but for the edited entry's three values.</summary>
    private static void Check(string before, string after, string id, string path, SourceDetails details)
    {
        var (oldRoot, newRoot) = (CaseYamlEdit.Root(before, path)!, CaseYamlEdit.Root(after, path)!);
        var ok = oldRoot.Children.Where(kv => (kv.Key as YamlScalarNode)?.Value != "sources")
            .All(kv => newRoot.Children.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));
        var (oldEntries, newEntries) = (Entries(oldRoot).ToList(), Entries(newRoot).ToList());
        ok &= oldEntries.Count == newEntries.Count;
        for (var i = 0; ok && i < oldEntries.Count; i++)
        {
            var (o, n) = (oldEntries[i], newEntries[i]);
            if (Find(oldRoot, id) != o) { ok &= o.Equals(n); continue; }
            ok &= o.Children.Where(kv => !Edited.Contains((kv.Key as YamlScalarNode)?.Value)).All(kv => n.Children.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value))
                  && Value(n, "publisher") == details.Publisher
                  && Value(n, "date") == details.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                  && (SourceGrade.TryParse(Value(n, "grade"), out var g) ? g : SourceGrade.Unknown) == details.Grade;
        }
        if (!ok) throw new InvalidOperationException($"editing source '{id}' in case.yaml changed more than its publisher, date and grade");
    }
}
