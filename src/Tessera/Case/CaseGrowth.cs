using System.Text.RegularExpressions;
using Tessera.Reading;
using Tessera.Recognition.Time;

namespace Tessera.Case;

/// <summary>What the analyst tells `tessera add` of the files it adds, where the documents say nothing of their own.</summary>
public sealed record GivenDetails(string? Title = null, string? Publisher = null, DateOnly? Date = null);

/// <summary>One file to copy into the case's sources/ folder (none when it is there already).</summary>
public sealed record SourceCopy(string From, string To);

/// <summary>What adding files to a case will do: the files to copy, the entries to list, the files already listed, and case.yaml
/// with the entries added.</summary>
public sealed record AddPlan(IReadOnlyList<SourceCopy> Copies, IReadOnlyList<SourceEntry> Entries, IReadOnlyList<string> AlreadyListed, string Yaml);

/// <summary>Growing a case: the files `tessera add` lists, and the files in sources/ that case.yaml does not list.</summary>
public static class CaseGrowth
{
    public const string SourcesFolder = "sources";

    /// <summary>A "Publisher:" (or "Source:") field at the head of a text or Markdown document, as front matter writes it.</summary>
    private static readonly Regex PublisherField = new(@"^\s*(?:publisher|source|site)\s*:\s*(?<value>\S.*?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline);

    /// <summary>Plans the addition of <paramref name="files"/>: each is read (so a file Tessera cannot read is refused now, not at
    /// the next assessment), its title, publisher and date come from the document or from <paramref name="given"/>, and a file
    /// that lacks any of them is refused, naming what to give. Nothing is written.</summary>
    public static Result<AddPlan> PlanFiles(CaseFile caseFile, string yamlText, IReadOnlyList<string> files, GivenDetails given, TimeNormalizer time)
    {
        var listed = caseFile.Sources.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        var ids = caseFile.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sourcesDir = Path.Combine(caseFile.Folder, SourcesFolder);
        var copies = new List<SourceCopy>();
        var entries = new List<SourceEntry>();
        var already = new List<string>();
        foreach (var file in files)
        {
            var target = Path.Combine(sourcesDir, Path.GetFileName(file));
            var real = FilePaths.RealPath(file);
            if (real is null || !File.Exists(real)) return Messages.MissingPath(file);
            var targetReal = FilePaths.RealPath(target) ?? Path.GetFullPath(target);
            var inPlace = targetReal == real;
            var same = inPlace || SameBytes(real, target);
            if (listed.Contains(targetReal) && same)
            {
                already.Add(file);
                continue;
            }
            if ((File.Exists(target) && !same) || entries.Any(e => e.File == Relative(target))) return Messages.SourceFileTaken(target);
            var read = DocumentReader.Read(real);
            if (!read.Ok) return read.Problem!;
            var (title, publisher, date) = Details(read.Value!, given, time);
            var missing = new[] { ("title", title is null), ("publisher", publisher is null), ("date", date is null) }.Where(m => m.Item2).Select(m => m.Item1).ToList();
            if (missing.Count > 0) return Messages.MissingDetails(file, missing);
            var id = UniqueId(DocumentReader.Slug(Path.GetFileNameWithoutExtension(file)), ids);
            if (!File.Exists(target)) copies.Add(new SourceCopy(real, target));
            entries.Add(new SourceEntry(id, Relative(target), title!, publisher!, date!.Value));
        }
        return new AddPlan(copies, entries, already, CaseYamlEdit.AddSources(yamlText, entries, caseFile.YamlPath));
    }

    /// <summary>The title, publisher and date of a document: what the analyst gave, else what the document says of itself (HTML
    /// metadata, a Markdown heading or first line, a "Publisher:" or "Date:" line, a dateline); null where neither says.</summary>
    internal static (string? Title, string? Publisher, DateOnly? Date) Details(Document doc, GivenDetails given, TimeNormalizer time)
    {
        var title = given.Title ?? (doc.Title.Length > 0 ? doc.Title : null);
        var publisher = given.Publisher ?? (doc.Publisher.Length > 0 ? doc.Publisher : null) ?? HeadPublisher(doc.Text);
        var date = given.Date ?? doc.Published;
        // Only a whole day: a month ("January 2022") would date the source wrongly by up to a month.
        if (date is null && DocumentDate.Resolve(null, null, doc.Text, time).Value is { Range.Precision: TimePrecision.Day } found) date = found.Range.From;
        return (title, publisher, date);
    }

    private static string? HeadPublisher(string text)
    {
        var m = PublisherField.Match(text[..Math.Min(text.Length, 2000)]);
        return m.Success ? m.Groups["value"].Value : null;
    }

    /// <summary>The file's id, or the id with -2, -3... when another source has it.</summary>
    internal static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }

    private static string Relative(string target) => SourcesFolder + "/" + Path.GetFileName(target);

    private static bool SameBytes(string a, string b)
    {
        try
        {
            var (fa, fb) = (new FileInfo(a), new FileInfo(b));
            return fa.Exists && fb.Exists && fa.Length == fb.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Files in the case's sources/ folder (and its subfolders) that case.yaml does not list: they would be ignored
    /// without a word. Hidden files (a leading dot: editors' swap files, .DS_Store) are not sources.</summary>
    public static IReadOnlyList<string> Unlisted(CaseFile caseFile)
    {
        var dir = Path.Combine(caseFile.Folder, SourcesFolder);
        if (!Directory.Exists(dir)) return [];
        var listed = caseFile.Sources.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => !Path.GetRelativePath(dir, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .Where(f => !listed.Contains(FilePaths.RealPath(f) ?? f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
