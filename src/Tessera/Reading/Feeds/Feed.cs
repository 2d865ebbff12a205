using System.ServiceModel.Syndication;
using System.Xml;

namespace Tessera.Reading.Feeds;

/// <summary>One item of a news feed: its identifier and link, title, date and the text the feed carries of it.</summary>
/// <param name="Guid">The item's id (RSS guid, Atom id), or null.</param>
/// <param name="Link">The item's web page, or null.</param>
/// <param name="Html">The item's content or summary as HTML (plain text escaped), possibly empty.</param>
/// <param name="Published">When it was published (or last updated, when the feed gives no publication date).</param>
public sealed record FeedItem(string? Guid, string? Link, string Title, string Html, DateOnly? Published);

/// <summary>An RSS 2.0 or Atom 1.0 feed as read: its title (the publisher of its items) and its items in the feed's order.</summary>
public sealed record Feed(string Title, IReadOnlyList<FeedItem> Items)
{
    /// <summary>Reads a feed's bytes with System.ServiceModel.Syndication, which knows both formats. DTDs are refused (an XML
    /// bomb expands entities) and no external resource is fetched; a malformed feed is a problem naming <paramref name="where"/>.</summary>
    public static Result<Feed> Parse(string where, byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var feed = SyndicationFeed.Load(reader);
            var title = feed.Title?.Text?.Trim() ?? "";
            return new Feed(title, feed.Items.Select(Item).ToList());
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            return Messages.BadFeed(where, e.Message.Split('\n')[0]);
        }
    }

    private static FeedItem Item(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var html = Html(item.Content as TextSyndicationContent) ?? Html(item.Summary) ?? "";
        var when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedItem(string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(), link, item.Title?.Text?.Trim() ?? "", html,
            when == default ? null : DateOnly.FromDateTime(when.UtcDateTime));
    }

    private static string? Html(TextSyndicationContent? content) => content?.Text is not { Length: > 0 } text ? null
        : content.Type is "html" or "xhtml" ? text : System.Net.WebUtility.HtmlEncode(text);
}
