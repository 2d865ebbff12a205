using System.Globalization;
using Tessera.Reading;
using Tessera.Recognition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>Reads case.yaml into a <see cref="CaseFile"/>, naming the line of every mistake; unknown keys are mistakes too.</summary>
public static class CaseYaml
{
    /// <summary>Keys of case.yaml; hypotheses, evidence and forecasts are read as written and given meaning by the analysis stage.</summary>
    private static readonly string[] TopKeys = ["title", "period", "region", "description", "sources", "actors", "hypotheses", "evidence", "forecasts"];
    private static readonly string[] SourceKeys = ["id", "file", "title", "publisher", "date", "grade"];
    private static readonly string[] ActorKeys = ["name", "aliases", "kind"];

    public static Result<CaseFile> Load(string folder)
    {
        var path = Path.Combine(folder, "case.yaml");
        if (!File.Exists(path)) return Messages.NoCaseFile(folder);
        try
        {
            return Parse(folder, path, File.ReadAllText(path));
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (YamlException e)
        {
            return Messages.BadYaml(path, e.Start.Line, e.Start.Column, FirstLine(e.InnerException?.Message ?? e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up on some malformed input without a position; find where its scanner stopped.
            var (line, column) = WhereScanningStops(File.ReadAllText(path));
            return Messages.BadYaml(path, line, column, "malformed YAML (an unclosed bracket or quote?)");
        }
        catch (IOException e)
        {
            return Messages.Unreadable(path, e.Message);
        }
    }

    private static (long Line, long Column) WhereScanningStops(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext()) { }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException) { }
        return (scanner.CurrentPosition.Line, scanner.CurrentPosition.Column);
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n')[0].Trim();
        var paren = line.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && line.StartsWith('(') ? line[(paren + 3)..] : line;
    }

    private static CaseFile Parse(string folder, string path, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Fail(path, 1, "case.yaml must be a mapping with title, sources and the other case fields");
        CheckKeys(path, root, TopKeys, "case");

        var title = Scalar(path, root, "title") ?? Path.GetFileName(Path.GetFullPath(folder));
        DateOnly? from = null, to = null;
        if (Child(root, "period") is { } period)
        {
            if (period is not YamlMappingNode pm) throw Fail(path, Line(period), "period must have 'from' and 'to' dates");
            CheckKeys(path, pm, ["from", "to"], "period");
            from = Date(path, pm, "from");
            to = Date(path, pm, "to");
            if (from > to) throw Fail(path, Line(pm), $"period runs backwards: {from:yyyy-MM-dd} is after {to:yyyy-MM-dd}");
        }

        var sources = new List<CaseSource>();
        if (Child(root, "sources") is not YamlSequenceNode seq || seq.Children.Count == 0)
            throw Fail(path, Child(root, "sources") is { } n ? Line(n) : 1, "a case needs 'sources': a list of source files");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in seq.Children)
        {
            if (node is not YamlMappingNode m) throw Fail(path, Line(node), "each source must be a mapping with at least 'file'");
            CheckKeys(path, m, SourceKeys, "source");
            var file = Scalar(path, m, "file") ?? throw Fail(path, Line(m), "a source needs 'file'");
            var full = Path.GetFullPath(Path.Combine(folder, file));
            if (!File.Exists(full)) throw new ProblemException(Messages.MissingSource(path, Line(m), file));
            var id = Scalar(path, m, "id") ?? DocumentReader.Slug(Path.GetFileNameWithoutExtension(file));
            if (!ids.Add(id)) throw Fail(path, Line(m), $"source id '{id}' is used twice");
            var gradeText = Scalar(path, m, "grade");
            var grade = SourceGrade.Unknown;
            if (gradeText is not null && !SourceGrade.TryParse(gradeText, out grade))
                throw new ProblemException(Messages.BadGrade(path, Line(Child(m, "grade")!), gradeText));
            sources.Add(new CaseSource(id, full, Scalar(path, m, "title") ?? "", Scalar(path, m, "publisher") ?? "", Date(path, m, "date"), grade, Line(m)));
        }

        var actors = new List<ActorName>();
        if (Child(root, "actors") is { } actorsNode)
        {
            if (actorsNode is not YamlSequenceNode aseq) throw Fail(path, Line(actorsNode), "actors must be a list");
            foreach (var node in aseq.Children)
            {
                if (node is not YamlMappingNode m) throw Fail(path, Line(node), "each actor must be a mapping with 'name'");
                CheckKeys(path, m, ActorKeys, "actor");
                var name = Scalar(path, m, "name") ?? throw Fail(path, Line(m), "an actor needs 'name'");
                var kindText = Scalar(path, m, "kind") ?? "person";
                if (!Enum.TryParse<MentionKind>(kindText, ignoreCase: true, out var kind) || kind == MentionKind.Place)
                    throw Fail(path, Line(m), $"actor kind '{kindText}' must be person, organisation or country");
                var aliases = new List<string>();
                if (Child(m, "aliases") is { } al)
                {
                    if (al is not YamlSequenceNode als) throw Fail(path, Line(al), "aliases must be a list of names");
                    aliases.AddRange(als.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0));
                }
                actors.Add(new ActorName(name, kind, aliases));
            }
        }
        var caseFile = new CaseFile(Path.GetFullPath(folder), title, from, to, Scalar(path, root, "region") ?? "",
            (Scalar(path, root, "description") ?? "").Trim(), sources, actors);
        return CaseYamlAnalysis.Read(path, root, caseFile);
    }

    private static YamlFields Fields(string path) => new(path, Messages.CaseField);

    private static ProblemException Fail(string path, long line, string why) => Fields(path).Error(line, why);

    private static long Line(YamlNode node) => YamlFields.Line(node);

    private static YamlNode? Child(YamlMappingNode m, string key) => YamlFields.Child(m, key);

    private static void CheckKeys(string path, YamlMappingNode m, string[] allowed, string what) => Fields(path).CheckKeys(m, allowed, what);

    private static string? Scalar(string path, YamlMappingNode m, string key) => Fields(path).Scalar(m, key);

    private static DateOnly? Date(string path, YamlMappingNode m, string key) => Fields(path).Date(m, key);
}
