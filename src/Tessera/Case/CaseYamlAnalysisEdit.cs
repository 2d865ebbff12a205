using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>One change an analyst makes by hand to the analysis part of case.yaml (hypotheses, evidence, forecasts).</summary>
public abstract record AnalysisEdit;

/// <summary>A hypothesis stated anew, or added when no hypothesis has its id.</summary>
public sealed record HypothesisEdit(string Id, string Statement) : AnalysisEdit;

/// <summary>An evidence item added at the end of the list: a claim by its id, or the analyst's own text; its cells are rated one
/// by one afterwards, so it starts with no ratings (every hypothesis NA).</summary>
public sealed record EvidenceAdd(string Id, string? ClaimId, string? Text) : AnalysisEdit;

/// <summary>One cell of the ACH matrix rated, with the analyst who rated it (`by:`), or nobody when none is named.</summary>
public sealed record CellRating(string EvidenceId, string HypothesisId, string Rating, string? By) : AnalysisEdit;

/// <summary>A forecast or commitment resolved: `outcome:` and `resolved:` set on its case.yaml entry (the one starting on
/// <paramref name="Line"/>), or a new entry naming the claim when case.yaml does not list it yet.</summary>
public sealed record ForecastResolution(long? Line, string ClaimId, bool Outcome, DateOnly Resolved) : AnalysisEdit;

/// <summary>Edits the analysis part of case.yaml as text, like <see cref="CaseYamlEdit"/> edits its sources: only the value
/// changed or the lines added are touched, so the analyst's comments, blank lines, order and quoting survive.</summary>
/// <remarks>Positions come from YamlDotNet's parse of the same text (every node's start and end), so an edit finds its place in
/// block and flow style alike (`ratings: {H1: C}` or one key a line). The result is parsed again and must differ from the text
/// only in the entry edited, which must read back as asked; anything else is a bug in the edit and throws.</remarks>
public static class CaseYamlAnalysisEdit
{
    private readonly record struct Splice(int At, int End, string With);

    /// <summary>The text with the edit made.</summary>
    /// <exception cref="ProblemException">The entry to change is not there (TSR722, TSR727), or its list is written in a way
    /// that cannot be added to (TSR729).</exception>
    public static string Apply(string text, AnalysisEdit edit, string path = "case.yaml")
    {
        var doc = new Doc(text, path);
        var (key, index, splices) = edit switch
        {
            HypothesisEdit h => Hypothesis(doc, h),
            EvidenceAdd e => ("evidence", -1, doc.Append("evidence",
                [("id", Value(e.Id)), e.ClaimId is { } c ? ("claim", Value(c)) : ("text", Value(e.Text ?? "")), ("ratings", "{}")])),
            CellRating r => Rate(doc, r),
            ForecastResolution f => Resolve(doc, f),
            _ => throw new ArgumentException($"unknown edit {edit.GetType().Name}", nameof(edit)),
        };
        var result = splices.OrderByDescending(x => x.At).Aggregate(text, (t, x) => t[..x.At] + x.With + t[x.End..]);
        Check(text, result, key, index, edit);
        return result;
    }

    /// <summary>The id an evidence item has: its own, else E1, E2, ... by position, as case.yaml is read.</summary>
    private static string EvidenceId(YamlMappingNode item, int index) => Scalar(item, "id") ?? $"E{index + 1}";

    private static (string, int, List<Splice>) Hypothesis(Doc doc, HypothesisEdit h)
    {
        var index = doc.Items("hypotheses").FindIndex(m => Scalar(m, "id") == h.Id);
        return index < 0
            ? ("hypotheses", -1, doc.Append("hypotheses", [("id", Value(h.Id)), ("statement", Value(h.Statement))]))
            : ("hypotheses", index, doc.Set(doc.Items("hypotheses")[index], [("statement", Value(h.Statement))]));
    }

    private static (string, int, List<Splice>) Rate(Doc doc, CellRating r)
    {
        var items = doc.Items("evidence");
        var index = items.Select((m, i) => (m, i)).FirstOrDefault(x => EvidenceId(x.m, x.i) == r.EvidenceId, (null!, -1)).Item2;
        if (index < 0) throw new ProblemException(Messages.UnknownEvidenceField(r.EvidenceId));
        var item = items[index];
        // Ratings are written bare, as analysts write them (`H1: N`), though YAML 1.1 would read a bare N as "no": case.yaml is
        // read as text, and a quoted "N" among bare ones would look like a different kind of value.
        var rating = r.Rating.Length > 0 && r.Rating.All(char.IsAsciiLetter) ? r.Rating : Value(r.Rating);
        var value = r.By is null ? rating : $"{{rating: {rating}, by: {Value(r.By)}}}";
        var splices = YamlFields.Child(item, "ratings") is YamlMappingNode ratings
            ? doc.Set(ratings, [(r.HypothesisId, value)])
            : doc.Set(item, [("ratings", $"{{{Value(r.HypothesisId)}: {value}}}")]);
        return ("evidence", index, splices);
    }

    private static (string, int, List<Splice>) Resolve(Doc doc, ForecastResolution f)
    {
        var fields = new List<(string, string)> { ("outcome", f.Outcome ? "true" : "false"), ("resolved", f.Resolved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
        if (f.Line is not { } line) return ("forecasts", -1, doc.Append("forecasts", [("claim", Value(f.ClaimId)), .. fields]));
        var items = doc.Items("forecasts");
        var index = items.FindIndex(m => m.Start.Line == line);
        if (index < 0) throw new ProblemException(Messages.NoSuchForecast(f.ClaimId));
        return ("forecasts", index, doc.Set(items[index], fields));
    }

    /// <summary>A value written so that it reads back as itself in block and flow style alike.</summary>
    private static string Value(string value) => CaseYamlEdit.Scalar(value, flow: true);

    private static string? Scalar(YamlMappingNode m, string key) => (YamlFields.Child(m, key) as YamlScalarNode)?.Value;

    /// <summary>The text and its parse, and the splices that change one mapping or add to one list.</summary>
    private sealed class Doc
    {
        private readonly string _text;
        private readonly string _path;
        private readonly string _newline;

        public Doc(string text, string path)
        {
            _text = text;
            _path = path;
            _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            Root = CaseYamlEdit.Root(text, path);
        }

        public YamlMappingNode? Root { get; }

        public List<YamlMappingNode> Items(string key) =>
            Root is not null && YamlFields.Child(Root, key) is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>().ToList() : [];

        /// <summary>Sets keys of a mapping: a value that is there is replaced where it stands, the missing keys are added after
        /// its last value in its own style (a line each at its keys' indentation, or inside its braces).</summary>
        public List<Splice> Set(YamlMappingNode m, IReadOnlyList<(string Key, string Value)> fields)
        {
            var splices = new List<Splice>();
            var missing = new List<(string Key, string Value)>();
            foreach (var (key, value) in fields)
            {
                if (YamlFields.Child(m, key) is { } old) splices.Add(new Splice(Index(old.Start), ContentEnd(old), value));
                else missing.Add((key, value));
            }
            if (missing.Count == 0) return splices;
            if (m.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                var close = FlowEnd(m, '}') - 1;
                splices.Add(new Splice(close, close, (m.Children.Count > 0 ? ", " : "") + string.Join(", ", missing.Select(f => $"{f.Key}: {f.Value}"))));
            }
            else
            {
                var indent = new string(' ', Column(Index(m.Children.First().Key.Start)));
                var at = ContentEnd(m);
                splices.Add(new Splice(at, at, string.Concat(missing.Select(f => $"{_newline}{indent}{f.Key}: {f.Value}"))));
            }
            return splices;
        }

        /// <summary>Adds an item to the end of a top-level list, in the list's style; a key with no list yet gets one.</summary>
        public List<Splice> Append(string key, IReadOnlyList<(string Key, string Value)> fields)
        {
            var end = _text.Length;
            if (Root is null || YamlFields.Child(Root, key) is not { } node)
            {
                var before = end == 0 || _text.EndsWith('\n') ? "" : _newline;
                return [new Splice(end, end, $"{before}{key}:{_newline}{Block("  ", fields)}{_newline}")];
            }
            var keyNode = Root.Children.Keys.First(k => (k as YamlScalarNode)?.Value == key);
            switch (node)
            {
                case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow when flow.Children.Count == 0:
                    return [new Splice(Index(flow.Start), FlowEnd(flow, ']'), _newline + Block("  ", fields))];
                case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow:
                    var close = FlowEnd(flow, ']') - 1;
                    return [new Splice(close, close, ", {" + string.Join(", ", fields.Select(f => $"{f.Key}: {f.Value}")) + "}")];
                case YamlSequenceNode seq when seq.Children.Count > 0:
                    var first = Index(seq.Children[0].Start);
                    var dash = _text.LastIndexOf('-', first);
                    var at = ContentEnd(seq);
                    return [new Splice(at, at, _newline + Block(new string(' ', Column(dash)), fields))];
                case YamlScalarNode { Value: null or "" }:
                    // `evidence:` with nothing after it (a comment may follow on the line): the list starts on the next line.
                    var lineEnd = _text.IndexOf('\n', Index(keyNode.End));
                    if (lineEnd < 0) lineEnd = end;
                    else if (lineEnd > 0 && _text[lineEnd - 1] == '\r') lineEnd--;
                    return [new Splice(lineEnd, lineEnd, _newline + Block("  ", fields))];
                default:
                    throw new ProblemException(Messages.CannotExtendList(_path, node.Start.Line, key, "it is not a list of '- ' items"));
            }
        }

        private string Block(string indent, IReadOnlyList<(string Key, string Value)> fields) =>
            string.Join(_newline, fields.Select((f, i) => $"{indent}{(i == 0 ? "- " : "  ")}{f.Key}: {f.Value}"));

        /// <summary>Where a node's own text ends: a block scalar's trailing line breaks and a block collection's trailing comments
        /// belong to what follows, so an edit there keeps them in place.</summary>
        private int ContentEnd(YamlNode node) => node switch
        {
            YamlScalarNode s => TrimBack(Index(s.Start), Index(s.End)),
            YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } m => FlowEnd(m, '}'),
            YamlMappingNode m when m.Children.Count > 0 => ContentEnd(m.Children.Last().Value),
            YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } q => FlowEnd(q, ']'),
            YamlSequenceNode q when q.Children.Count > 0 => ContentEnd(q.Children[^1]),
            _ => Index(node.Start),
        };

        /// <summary>Just past a flow collection's closing bracket: the first such bracket after its last item (YamlDotNet keeps no
        /// usable end mark on a collection node, so the end is found from what it holds).</summary>
        private int FlowEnd(YamlNode node, char bracket)
        {
            var from = node switch
            {
                YamlMappingNode { Children.Count: > 0 } m => ContentEnd(m.Children.Last().Value),
                YamlSequenceNode { Children.Count: > 0 } q => ContentEnd(q.Children[^1]),
                _ => Index(node.Start) + 1,
            };
            var close = _text.IndexOf(bracket, from);
            if (close < 0) throw new InvalidOperationException($"a flow collection at line {node.Start.Line} without its '{bracket}'");
            return close + 1;
        }

        private int TrimBack(int start, int end)
        {
            while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
            return end;
        }

        /// <summary>How far into its line a position is, in characters: the indentation of a key or a dash that starts there.</summary>
        private int Column(int index) => index - (_text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);

        private static int Index(YamlDotNet.Core.Mark mark) => checked((int)mark.Index);
    }

    /// <summary>Parsed again, every top-level value but the edited list is as it was, and so is every item of that list but the
    /// one edited (or added, at the end); the edited item says what the edit asked.</summary>
    private static void Check(string before, string after, string key, int index, AnalysisEdit edit)
    {
        var (oldRoot, newRoot) = (CaseYamlEdit.Root(before), CaseYamlEdit.Root(after));
        if (newRoot is null) throw new InvalidOperationException("editing case.yaml left no mapping");
        var others = (oldRoot?.Children.Where(kv => (kv.Key as YamlScalarNode)?.Value != key) ?? []).ToList();
        var ok = others.All(kv => newRoot.Children.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));
        var oldItems = oldRoot is not null && YamlFields.Child(oldRoot, key) is YamlSequenceNode o ? o.Children : [];
        var newItems = YamlFields.Child(newRoot, key) is YamlSequenceNode n ? n.Children : [];
        var edited = index < 0 ? oldItems.Count : index;
        ok &= newItems.Count == oldItems.Count + (index < 0 ? 1 : 0)
              && oldItems.Select((x, i) => i == edited || x.Equals(newItems[i])).All(same => same)
              && newItems[edited] is YamlMappingNode item && ReadsBack(item, edited, edit);
        if (!ok) throw new InvalidOperationException($"editing '{key}' in case.yaml changed more than the entry edited");
    }

    private static bool ReadsBack(YamlMappingNode item, int index, AnalysisEdit edit) => edit switch
    {
        HypothesisEdit h => Scalar(item, "id") == h.Id && Scalar(item, "statement") == h.Statement,
        EvidenceAdd e => EvidenceId(item, index) == e.Id && (e.ClaimId is not null ? Scalar(item, "claim") == e.ClaimId : Scalar(item, "text") == e.Text),
        CellRating r => EvidenceId(item, index) == r.EvidenceId && YamlFields.Child(item, "ratings") is YamlMappingNode ratings
                        && YamlFields.Child(ratings, r.HypothesisId) switch
                        {
                            YamlScalarNode s => r.By is null && s.Value == r.Rating,
                            YamlMappingNode m => Scalar(m, "rating") == r.Rating && Scalar(m, "by") == r.By,
                            _ => false,
                        },
        ForecastResolution f => Scalar(item, "outcome") == (f.Outcome ? "true" : "false")
                                && Scalar(item, "resolved") == f.Resolved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => false,
    };
}
