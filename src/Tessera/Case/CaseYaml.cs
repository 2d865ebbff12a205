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
    private static readonly string[] SourceKeys = ["id", "file", "title", "publisher", "date", "grade", "url", "guid"];
    private static readonly string[] ActorKeys = ["name", "aliases", "kind"];

    public static Result<CaseFile> Load(string folder, ReadingLimits? limits = null)
    {
        limits ??= ReadingLimits.Default;
        var path = Path.Combine(folder, "case.yaml");
        if (!File.Exists(path)) return Messages.NoCaseFile(folder);
        var realFolder = FilePaths.RealPath(folder);
        if (realFolder is null) return Messages.Unreadable(folder, "its symbolic links loop");
        // case.yaml too must be the folder's own: a link to another file would echo its lines back in error messages.
        if (Outside(path, 0, "case.yaml", realFolder) is { } outside) return outside;
        var text = YamlText.Read(path, limits);
        if (!text.Ok) return text.Problem!;
        return Read(folder, realFolder, path, text.Value!, limits);
    }

    /// <summary>The folder's case.yaml as text, read within the size bound and decoded as strictly as <see cref="Load"/> reads it:
    /// an edit starts from the text as it stands.</summary>
    public static Result<string> Text(string folder, ReadingLimits? limits = null) =>
        YamlText.Read(Path.Combine(folder, "case.yaml"), limits ?? ReadingLimits.Default);

    /// <summary>Reads a text as the folder's case.yaml would be read, without it being written: an edit is checked before it is saved.</summary>
    public static Result<CaseFile> Read(string folder, string text, ReadingLimits? limits = null)
    {
        var realFolder = FilePaths.RealPath(folder);
        if (realFolder is null) return Messages.Unreadable(folder, "its symbolic links loop");
        return Read(folder, realFolder, Path.Combine(folder, "case.yaml"), text, limits ?? ReadingLimits.Default);
    }

    private static Result<CaseFile> Read(string folder, string realFolder, string path, string text, ReadingLimits limits)
    {
        try
        {
            return Parse(folder, realFolder, path, text, limits);
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
            var (line, column) = WhereScanningStops(text);
            return Messages.BadYaml(path, line, column, "malformed YAML (an unclosed bracket or quote?)");
        }
    }

    /// <summary>The problem when a file of the case, once every link is followed, lies outside its folder; null when inside.</summary>
    private static Problem? Outside(string yamlPath, long line, string file, string realFolder)
    {
        var real = FilePaths.RealPath(Path.Combine(realFolder, file));
        if (real is null) return Messages.CaseField(yamlPath, line, $"'{file}' cannot be resolved: its symbolic links loop");
        return FilePaths.IsInside(real, realFolder) ? null : Messages.SourceOutsideCase(yamlPath, line, file, real);
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

    private static CaseFile Parse(string folder, string realFolder, string path, string text, ReadingLimits limits)
    {
        var stream = YamlText.Load(path, text, limits);
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
        // A case just begun (`tessera init`) lists no sources yet: `sources: []` or nothing; assessing it says so (TSR019).
        IList<YamlNode> sourceNodes = Child(root, "sources") switch
        {
            null => [],
            YamlScalarNode { Value: null or "" } => [],
            YamlSequenceNode s => s.Children,
            var n => throw Fail(path, Line(n), "'sources' must be a list of source files"),
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sourceNodes)
        {
            if (node is not YamlMappingNode m) throw Fail(path, Line(node), "each source must be a mapping with at least 'file'");
            CheckKeys(path, m, SourceKeys, "source");
            var file = Scalar(path, m, "file") ?? throw Fail(path, Line(m), "a source needs 'file'");
            // The path checked is the path read: resolved, links and all, so "link/../x" cannot mean one file here and another there.
            if (Outside(path, Line(m), file, realFolder) is { } outside) throw new ProblemException(outside);
            var full = FilePaths.RealPath(Path.Combine(realFolder, file))!;
            if (!File.Exists(full)) throw new ProblemException(Messages.MissingSource(path, Line(m), file));
            var id = Scalar(path, m, "id") ?? DocumentReader.Slug(Path.GetFileNameWithoutExtension(file));
            if (!ids.Add(id)) throw Fail(path, Line(m), $"source id '{id}' is used twice");
            var gradeText = Scalar(path, m, "grade");
            var grade = SourceGrade.Unknown;
            if (gradeText is not null && !SourceGrade.TryParse(gradeText, out grade))
                throw new ProblemException(Messages.BadGrade(path, Line(Child(m, "grade")!), gradeText));
            // The address is shown as a link wherever a claim of the source is cited, so only a web address may be one.
            var url = Scalar(path, m, "url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                throw new ProblemException(Messages.BadSourceUrl(path, Line(Child(m, "url")!), url));
            sources.Add(new CaseSource(id, full, Scalar(path, m, "title") ?? "", Scalar(path, m, "publisher") ?? "", Date(path, m, "date"), grade, Line(m))
            {
                Url = url,
                Guid = Scalar(path, m, "guid"),
            });
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
