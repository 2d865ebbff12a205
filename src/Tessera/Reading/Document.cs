namespace Tessera.Reading;

/// <summary>The kind of file a document was read from.</summary>
public enum DocumentFormat { Text, Markdown, Html, Pdf }

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
}

/// <summary>What a case says about a source before it is read; every field optional.</summary>
public sealed record SourceInfo(string? Id = null, string? Title = null, string? Publisher = null, DateOnly? Published = null, SourceGrade? Grade = null);
