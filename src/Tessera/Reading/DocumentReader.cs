using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Tessera.Reading;

/// <summary>Reads a file into a <see cref="Document"/>: plain text and Markdown as they are, HTML and PDF as their readable text.</summary>
/// <remarks>A file is untrusted input: it is read only within <see cref="ReadingLimits"/>, and anything that is not a regular
/// file with content is refused before it is opened.</remarks>
public static class DocumentReader
{
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    internal static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    internal static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static Result<Document> Read(string path, SourceInfo? info = null, ReadingLimits? limits = null)
    {
        info ??= new SourceInfo();
        limits ??= ReadingLimits.Default;
        var format = FormatOf(path);
        if (!format.Ok) return format.Problem!;

        var read = ReadBytes(path, limits.MaxFileBytes);
        if (!read.Ok) return read.Problem!;
        var bytes = read.Value!;

        var id = info.Id ?? Slug(Path.GetFileNameWithoutExtension(path));
        var document = format.Value == DocumentFormat.Pdf ? PdfText.Read(path, id, bytes, info, limits) : ReadText(path, id, bytes, format.Value, info, limits);
        if (document.Ok && document.Value!.Text.Length > limits.MaxTextChars) return Messages.TextTooLong(path, limits.MaxTextChars);
        return document;
    }

    /// <summary>Whether <see cref="Parts"/> would stream the file: plain text or Markdown over the size bound, which
    /// <see cref="Read"/> refuses. HTML and PDF are parsed whole, so they keep to the bound.</summary>
    public static bool Streams(string path, ReadingLimits? limits = null)
    {
        var format = FormatOf(path);
        if (!format.Ok || format.Value is not (DocumentFormat.Text or DocumentFormat.Markdown)) return false;
        try
        {
            return FilePaths.RealPath(path) is { } real && new FileInfo(real).Length > (limits ?? ReadingLimits.Default).MaxFileBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A file as the parts `read` extracts one after another: the whole document as one part, or, for a file that
    /// <see cref="Streams"/>, runs of paragraphs read as they come (see <see cref="StreamedText"/>).</summary>
    public static IEnumerable<Result<DocumentPart>> Parts(string path, SourceInfo? info = null, ReadingLimits? limits = null)
    {
        info ??= new SourceInfo();
        limits ??= ReadingLimits.Default;
        if (!Streams(path, limits))
        {
            var read = Read(path, info, limits);
            return [read.Ok ? new DocumentPart(read.Value!, 0) : read.Problem!];
        }
        return StreamedText.Parts(path, info.Id ?? Slug(Path.GetFileNameWithoutExtension(path)), FormatOf(path).Value, info, limits);
    }

    private static Result<DocumentFormat> FormatOf(string path)
    {
        if (Directory.Exists(path)) return Messages.Unsupported(path, "folder");
        if (!File.Exists(path)) return Messages.MissingPath(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" or "" => DocumentFormat.Text,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".pdf" => DocumentFormat.Pdf,
            _ => Messages.Unsupported(path, ext),
        };
    }

    private static Result<Document> ReadText(string path, string id, byte[] bytes, DocumentFormat format, SourceInfo info, ReadingLimits limits)
    {
        var decoded = Decode(path, bytes);
        if (!decoded.Ok) return decoded.Problem!;
        var raw = decoded.Value!;
        if (string.IsNullOrWhiteSpace(raw)) return Messages.NoText(path);
        if (format == DocumentFormat.Html) return ReadHtml(path, id, raw, info, limits);
        if (raw.Length > limits.MaxTextChars) return Messages.TextTooLong(path, limits.MaxTextChars);
        if (format == DocumentFormat.Markdown) return ReadMarkdown(path, id, raw, info);
        return new Document(id, path, format, raw, info.Title ?? FirstLineTitle(raw), info.Publisher ?? "", info.Published, info.Grade ?? SourceGrade.Unknown);
    }

    /// <summary>Markdown: the front matter becomes the document's title, date, author and publisher (case.yaml's win), the
    /// markup is dropped, and the text keeps a map back to the file.</summary>
    private static Result<Document> ReadMarkdown(string path, string id, string raw, SourceInfo info)
    {
        var (text, map, meta) = MarkdownText.Read(raw);
        if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
        var published = info.Published ?? meta.Date;
        return new Document(id, path, DocumentFormat.Markdown, text, info.Title ?? meta.Title ?? FirstLineTitle(text),
            info.Publisher ?? meta.Publisher ?? "", published, info.Grade ?? SourceGrade.Unknown)
        {
            Author = meta.Author ?? "",
            PublishedFrom = info.Published is null && meta.Date is not null ? PublishedFrom.Markup : PublishedFrom.None,
            Map = map,
        };
    }

    /// <summary>The bytes of a regular file, at most <paramref name="maxBytes"/>. The size is asked before the file is opened, of the
    /// file a link leads to: a pipe, device or socket has none, and opening a pipe would wait for a writer forever.</summary>
    public static Result<byte[]> ReadBytes(string path, long maxBytes)
    {
        try
        {
            var real = FilePaths.RealPath(path);
            if (real is null) return Messages.Unreadable(path, "its symbolic links loop");
            var length = new FileInfo(real).Length;
            if (length == 0) return Messages.EmptyFile(path);
            if (length > maxBytes) return Messages.TooLarge(path, length, maxBytes);
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            // A file that grows while it is read stays within the bound all the same.
            var buffer = new byte[Math.Min(length, maxBytes) + 1];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total > maxBytes) return Messages.TooLarge(path, total, maxBytes);
            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Messages.Unreadable(path, e.Message);
        }
    }

    /// <summary>UTF-8 with or without a byte-order mark, or UTF-16 with one; a NUL or an invalid sequence means the file is not
    /// text. Sources and case.yaml are decoded here alike.</summary>
    public static Result<string> Decode(string path, byte[] bytes)
    {
        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16Le, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16Be, 2),
            _ => (StrictUtf8, 0),
        };
        try
        {
            var text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return text.Contains('\0') ? Messages.BinaryFile(path) : text;
        }
        catch (DecoderFallbackException)
        {
            return Messages.BinaryFile(path);
        }
    }

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
            sb.Append(char.IsLetterOrDigit(c) ? c : '-');
        var s = sb.ToString().Trim('-');
        while (s.Contains("--")) s = s.Replace("--", "-");
        return s.Length == 0 ? "source" : s;
    }

    internal static string FirstLineTitle(string text)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var line = text.AsSpan(pos, (nl < 0 ? text.Length : nl) - pos).Trim().TrimStart('#').Trim();
            // A long line is cut at 120 characters, or one less rather than between the halves of a surrogate pair (an emoji).
            if (line.Length > 0) return (line.Length > 120 ? line[..(char.IsHighSurrogate(line[119]) ? 119 : 120)] : line).ToString();
            if (nl < 0) break;
            pos = nl + 1;
        }
        return "";
    }

    private static Result<Document> ReadHtml(string path, string id, string html, SourceInfo info, ReadingLimits limits)
    {
        var parsed = HtmlText.Parse(path, html, limits);
        if (!parsed.Ok) return parsed.Problem!;
        var dom = parsed.Value!;
        var (text, map) = HtmlText.Extract(dom, html, limits.Furniture);
        if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
        var title = info.Title ?? Meta(dom, "og:title") ?? dom.Title?.Trim() ?? FirstLineTitle(text);
        var publisher = info.Publisher ?? Meta(dom, "og:site_name") ?? Meta(dom, "publisher") ?? Meta(dom, "author") ?? "";
        var published = info.Published ?? ParseDate(Meta(dom, "article:published_time") ?? Meta(dom, "og:published_time")
            ?? Meta(dom, "date") ?? Meta(dom, "dc.date") ?? Meta(dom, "pubdate") ?? Meta(dom, "datePublished")
            ?? dom.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new Document(id, path, DocumentFormat.Html, text, title, publisher, published, info.Grade ?? SourceGrade.Unknown)
        {
            Author = Meta(dom, "author") ?? Meta(dom, "article:author") ?? "",
            PublishedFrom = info.Published is null && published is not null ? PublishedFrom.Markup : PublishedFrom.None,
            Map = map,
        };
    }

    private static string? Meta(IDocument dom, string name)
    {
        foreach (var m in dom.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = m.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(content)) return content;
            }
        }
        return null;
    }

    /// <summary>Accepts the date part of ISO 8601 timestamps as HTML meta tags carry them.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt) ? DateOnly.FromDateTime(dt.UtcDateTime) : null;
    }
}
