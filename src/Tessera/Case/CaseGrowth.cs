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

/// <summary>A feed item to be written into sources/ as an HTML page that carries its own metadata.</summary>
public sealed record FeedSource(SourceEntry Entry, string Path, string Html);

/// <summary>What adding a feed will do: the items to write and list, how many were left out and why, and case.yaml with them.</summary>
public sealed record FeedPlan(IReadOnlyList<FeedSource> Sources, int Duplicates, int Older, int Undated, string Yaml);

/// <summary>Turns a news feed's items into sources of a case.</summary>
public static class FeedGrowth
{
    /// <summary>Each new item becomes a source: an HTML page in sources/ with its title, the feed's title as publisher, its date
    /// and its link. Items the case holds already (same GUID or link, or the same item twice in the feed) are skipped, as are
    /// items older than <paramref name="since"/> and items without a date, which Tessera does not guess.</summary>
    public static FeedPlan Plan(CaseFile caseFile, string yamlText, Reading.Feeds.Feed feed, DateOnly? since)
    {
        var seen = caseFile.Sources.SelectMany(s => new[] { s.Url, s.Guid }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ids = caseFile.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var dir = System.IO.Path.Combine(caseFile.Folder, CaseGrowth.SourcesFolder);
        int duplicates = 0, older = 0, undated = 0;
        var result = new List<FeedSource>();
        foreach (var item in feed.Items)
        {
            var keys = new[] { item.Guid, item.Link }.OfType<string>().ToList();
            if (keys.Any(seen.Contains)) { duplicates++; continue; }
            if (item.Published is not { } date) { undated++; continue; }
            if (date < since) { older++; continue; }
            foreach (var k in keys) seen.Add(k);
            var title = item.Title.Length > 0 ? item.Title : item.Link ?? item.Guid ?? "untitled";
            var slug = Reading.DocumentReader.Slug(title);
            var id = CaseGrowth.UniqueId(slug.Length > 60 ? slug[..60].TrimEnd('-') : slug, ids);
            while (File.Exists(System.IO.Path.Combine(dir, id + ".html"))) id = CaseGrowth.UniqueId(id, ids);
            // A feed without a title is published by the site its items link to.
            var publisher = feed.Title.Length > 0 ? feed.Title
                : Uri.TryCreate(item.Link, UriKind.Absolute, out var link) && link.Host.Length > 0 ? link.Host : "unknown feed";
            var entry = new SourceEntry(id, $"{CaseGrowth.SourcesFolder}/{id}.html", title, publisher, date) { Url = item.Link, Guid = item.Guid };
            result.Add(new FeedSource(entry, System.IO.Path.Combine(dir, id + ".html"), Page(entry, item.Html)));
        }
        return new FeedPlan(result, duplicates, older, undated, CaseYamlEdit.AddSources(yamlText, result.Select(r => r.Entry).ToList(), caseFile.YamlPath));
    }

    /// <summary>The item as a page the HTML reader reads like any other: its metadata in the tags the reader looks for.</summary>
    private static string Page(SourceEntry e, string body)
    {
        static string A(string s) => System.Net.WebUtility.HtmlEncode(s);
        var date = e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{A(e.Title)}</title>
            <meta property="og:title" content="{A(e.Title)}">
            <meta property="og:site_name" content="{A(e.Publisher)}">
            <meta property="article:published_time" content="{date}">
            {(e.Url is { } url ? $"<link rel=\"canonical\" href=\"{A(url)}\">" : "")}
            </head><body><h1>{A(e.Title)}</h1>
            {body}
            </body></html>

            """;
    }
}

/// <summary>What each feed's server said last time (ETag, Last-Modified), kept in the case's .tessera/feeds.tsv so the next
/// `tessera add --feed` asks only for what changed.</summary>
public static class FeedMemory
{
    public static string PathOf(string caseFolder) => System.IO.Path.Combine(caseFolder, ".tessera", "feeds.tsv");

    public static IReadOnlyDictionary<string, Reading.Feeds.FeedValidators> Read(string caseFolder)
    {
        var result = new Dictionary<string, Reading.Feeds.FeedValidators>(StringComparer.Ordinal);
        var path = PathOf(caseFolder);
        if (!File.Exists(path)) return result;
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('\t');
            // A damaged line only costs a full fetch next time.
            if (cells.Length == 3 && !line.StartsWith('#')) result[cells[0]] = new(Empty(cells[1]), Empty(cells[2]));
        }
        return result;
    }

    /// <summary>The file's text with <paramref name="url"/>'s validators set.</summary>
    public static string With(IReadOnlyDictionary<string, Reading.Feeds.FeedValidators> known, string url, Reading.Feeds.FeedValidators validators)
    {
        var all = known.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        all[url] = validators;
        return "# feed url\tETag\tLast-Modified (written by tessera add --feed)\n"
               + string.Concat(all.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{Clean(kv.Key)}\t{Clean(kv.Value.ETag)}\t{Clean(kv.Value.LastModified)}\n"));
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static string Clean(string? s) => (s ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
