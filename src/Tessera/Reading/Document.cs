namespace Tessera.Reading;

/// <summary>The kind of file a document was read from.</summary>
public enum DocumentFormat { Text, Markdown, Html, Pdf }

/// <summary>Where a document's published date was read from, so the pipeline can rank it: a PDF's properties are often the
/// date a file was made, not the date the story was published, and count only when the text gives none.</summary>
public enum PublishedFrom
{
    /// <summary>No date, or one the case gave.</summary>
    None,
    /// <summary>The page's own markup: an HTML meta tag such as article:published_time, or Markdown front matter.</summary>
    Markup,
    /// <summary>A PDF's information dictionary (its creation date).</summary>
    FileProperties,
}

/// <summary>One source document: its text (the coordinate system for every span) and what is known about who published it and when.</summary>
public sealed record Document(
    string Id,
    string Path,
    DocumentFormat Format,
    string Text,
    string Title,
    string Publisher,
    DateOnly? Published,
    SourceGrade Grade)
{
    /// <summary>A stable fingerprint of the text, so an unchanged source need not be assessed again; computed when first asked.</summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text)))[..16];

    private string? _fingerprint;

    /// <summary>Who wrote it, as its front matter or page metadata says; empty when unknown.</summary>
    public string Author { get; init; } = "";

    /// <summary>Where <see cref="Published"/> was read from.</summary>
    public PublishedFrom PublishedFrom { get; init; }

    /// <summary>Where each character of <see cref="Text"/> sits in the file, for text taken out of markup; null when the text is
    /// the file's own.</summary>
    public SourceMap? Map { get; init; }

    /// <summary>Where a span of the text [start, end) was written in the file.</summary>
    public (int Start, int End) FileSpan(int start, int end) =>
        Map is null || end <= start ? (start, end) : (Map.ToFile(start), Map.ToFile(end - 1) + 1);
}

/// <summary>What a case says about a source before it is read; every field optional.</summary>
public sealed record SourceInfo(string? Id = null, string? Title = null, string? Publisher = null, DateOnly? Published = null, SourceGrade? Grade = null);
