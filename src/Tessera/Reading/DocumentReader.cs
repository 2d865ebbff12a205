using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Tessera.Reading;

/// <summary>Reads a file into a <see cref="Document"/>: plain text and Markdown as they are, HTML and PDF as their readable text.</summary>
public static class DocumentReader
{
    /// <summary>Larger files are refused: a crisis brief is kilobytes, and a runaway file should fail fast, not fill memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<Document> Read(string path, SourceInfo? info = null)
    {
        info ??= new SourceInfo();
        if (Directory.Exists(path)) return Messages.Unsupported(path, "folder");
        if (!File.Exists(path)) return Messages.MissingPath(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        DocumentFormat? format = ext switch
        {
            ".txt" or ".text" or "" => DocumentFormat.Text,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".pdf" => DocumentFormat.Pdf,
            _ => null,
        };
        if (format is null) return Messages.Unsupported(path, ext);

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes) return Messages.TooLarge(path, length, MaxBytes);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Messages.Unreadable(path, e.Message);
        }
        if (bytes.Length == 0) return Messages.EmptyFile(path);

        var id = info.Id ?? Slug(Path.GetFileNameWithoutExtension(path));
        if (format == DocumentFormat.Pdf) return ReadPdf(path, id, bytes, info);

        var decoded = Decode(path, bytes);
        if (!decoded.Ok) return decoded.Problem!;
        var raw = decoded.Value!;
        if (string.IsNullOrWhiteSpace(raw)) return Messages.NoText(path);

        return format switch
        {
            DocumentFormat.Html => ReadHtml(path, id, raw, info),
            _ => Result<Document>.Success(new Document(id, path, format.Value, raw,
                    info.Title ?? FirstLineTitle(raw), info.Publisher ?? "", info.Published, info.Grade ?? SourceGrade.Unknown)),
        };
    }

    /// <summary>UTF-8 with or without a byte-order mark; a NUL byte or an invalid sequence means the file is not text.</summary>
    public static Result<string> Decode(string path, byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0) return Messages.BinaryFile(path);
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Result<string>.Success(StrictUtf8.GetString(bytes, offset, bytes.Length - offset));
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

    private static string FirstLineTitle(string text)
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

    /// <summary>Real pages nest a few dozen elements deep; far deeper is hostile, and makes HTML5 tree building quadratic.</summary>
    public const int MaxHtmlDepth = 10_000;

    private static Result<Document> ReadHtml(string path, string id, string html, SourceInfo info)
    {
        if (ApproximateDepth(html) > MaxHtmlDepth) return Messages.MalformedHtml(path, $"elements nested more than {MaxHtmlDepth:N0} deep");
        IDocument dom;
        try
        {
            dom = new HtmlParser().ParseDocument(html);
        }
        catch (Exception e)
        {
            return Messages.MalformedHtml(path, e.Message);
        }
        var text = HtmlText.Extract(dom);
        if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
        var title = info.Title ?? Meta(dom, "og:title") ?? dom.Title?.Trim() ?? FirstLineTitle(text);
        var publisher = info.Publisher ?? Meta(dom, "og:site_name") ?? Meta(dom, "publisher") ?? Meta(dom, "author") ?? "";
        var published = info.Published ?? ParseDate(Meta(dom, "article:published_time") ?? Meta(dom, "og:published_time")
            ?? Meta(dom, "date") ?? Meta(dom, "dc.date") ?? Meta(dom, "pubdate") ?? Meta(dom, "datePublished")
            ?? dom.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new Document(id, path, DocumentFormat.Html, text, title, publisher, published, info.Grade ?? SourceGrade.Unknown);
    }

    /// <summary>Opening tags minus closing tags, at the deepest point: a cheap upper bound on nesting before the parser sees it.</summary>
    private static int ApproximateDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] != '<') continue;
            var c = html[i + 1];
            if (c == '/') depth--;
            else if (char.IsAsciiLetter(c)) { depth++; if (depth > max) max = depth; }
        }
        return max;
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

    private static Result<Document> ReadPdf(string path, string id, byte[] bytes, SourceInfo info)
    {
        if (bytes.Length < 5 || Encoding.ASCII.GetString(bytes, 0, 5) != "%PDF-") return Messages.MalformedPdf(path, "no %PDF- header");
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var sb = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                if (sb.Length > 0) sb.Append("\n\n");
                sb.Append(ContentOrderTextExtractor.GetText(page).Trim());
            }
            var text = sb.ToString();
            if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
            var infoTitle = pdf.Information.Title;
            DateOnly? created = pdf.Information.GetCreatedDateTimeOffset() is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null;
            return new Document(id, path, DocumentFormat.Pdf, text,
                info.Title ?? (string.IsNullOrWhiteSpace(infoTitle) ? FirstLineTitle(text) : infoTitle.Trim()),
                info.Publisher ?? pdf.Information.Author ?? "", info.Published ?? created, info.Grade ?? SourceGrade.Unknown);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Messages.MalformedPdf(path, e.Message.Split('\n')[0]);
        }
    }
}
