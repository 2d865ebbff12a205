namespace Tessera.Case;

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
