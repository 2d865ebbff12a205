using System.Text.RegularExpressions;

namespace Tessera.Recognition.Time;

/// <summary>Where a document's own date came from.</summary>
public enum DateSource
{
    /// <summary>The date case.yaml gives the source.</summary>
    CaseFile,
    /// <summary>The page's own metadata: an HTML meta tag (article:published_time and the like) or Markdown front matter.</summary>
    Metadata,
    /// <summary>The dateline that opens a news story ("NIAMEY, July 27 (Wire) –").</summary>
    Dateline,
    /// <summary>A date line or a date in the title and byline block before the body ("Published: ...", "Briefing · 25 January 2022").</summary>
    FrontMatter,
    /// <summary>A date the user gave on the command line.</summary>
    Given,
    /// <summary>A PDF's creation date, the last resort: it is often when the file was made, not when the story was published.</summary>
    FileProperties,
}

/// <summary>A document's own date, the anchor its relative times count from, with where it came from and the words that said it.</summary>
/// <param name="Range">The date; a month ("Crisis report, January 2022") when the document says no more.</param>
/// <param name="Source">Where the date came from.</param>
/// <param name="Evidence">The words that gave it ("case.yaml", "ALMATY, Jan 20", "25 January 2022").</param>
/// <param name="Start">Where those words start in the document text (0 for case.yaml and metadata).</param>
/// <param name="End">Where they end.</param>
public sealed record DocumentDate(DateRange Range, DateSource Source, string Evidence, int Start, int End)
{
    /// <summary>The lines of a document searched for a dateline or front matter: a story's date opens it.</summary>
    private const int HeadChars = 3000;

    /// <summary>A dateline: a place (up to five capitalised words, optionally ", Region"), a comma, then the date.</summary>
    private static readonly Regex DatelinePlace = new(
        @"^(?<place>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ][\p{Lu}(][\p{L}\p{M}.'’\-)]*){0,4}(?:,[ ]?\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})?),[ ]+",
        RegexOptions.CultureInvariant);

    /// <summary>A "Date:" line of a header block or YAML front matter.</summary>
    private static readonly Regex DateField = new(@"^(?:date|published|posted|updated|dated|pubdate|date published)\s*:\s*(?<value>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>What may follow a dateline's date: the end of the line, an agency in brackets, a dash, a separator or markup.</summary>
    private static readonly Regex AfterDateline = new(@"^\s*(?:$|\(|[-–—·|*_]|\d{1,2}:\d{2})", RegexOptions.CultureInvariant);

    /// <summary>The document's date from, in order: case.yaml, the page's metadata (HTML meta tags, Markdown front matter), a
    /// dateline, a date in the text's front matter, and last a PDF's creation date.</summary>
    /// <remarks>An undated document is an expected failure (TSR201): its relative times then stay unresolved.</remarks>
    public static Result<DocumentDate> Resolve(DateOnly? caseDate, DateOnly? metaDate, string text, TimeNormalizer normalizer, string file = "",
        DateOnly? fileDate = null)
    {
        if (caseDate is { } c) return new DocumentDate(DateRange.Day(c), DateSource.CaseFile, "case.yaml", 0, 0);
        if (metaDate is { } m) return new DocumentDate(DateRange.Day(m), DateSource.Metadata, "metadata", 0, 0);
        var lines = HeadLines(text);
        // Only a dateline without a year needs the years of the whole text, so they are read only then.
        var fullDates = new Lazy<List<int>>(() => FullDates(text, normalizer));
        return Dateline(lines, text, normalizer, fullDates) ?? FrontMatter(lines, text, normalizer)
            ?? (fileDate is { } f ? new DocumentDate(DateRange.Day(f), DateSource.FileProperties, "PDF properties", 0, 0) : null)
            ?? Result<DocumentDate>.Failure(Messages.NoDocumentDate(file));
    }

    /// <summary>The lines of the head of the text, each trimmed of whitespace and Markdown emphasis, with where it starts.</summary>
    private static List<(int Start, string Line)> HeadLines(string text)
    {
        var lines = new List<(int, string)>();
        var pos = 0;
        while (pos < Math.Min(text.Length, HeadChars))
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var s = pos;
            while (s < end && (char.IsWhiteSpace(text[s]) || text[s] is '*' or '_' or '#' or '>')) s++;
            var e = end;
            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '*' or '_')) e--;
            if (e > s) lines.Add((s, text[s..e]));
            pos = end + 1;
        }
        return lines;
    }

    /// <summary>Years written in full dates anywhere in the text: a dateline without a year takes the latest of them.</summary>
    private static List<int> FullDates(string text, TimeNormalizer normalizer) =>
        normalizer.Normalize(text, 0, text.Length, null, null)
            .Where(t => t.Basis == TimeBasis.Absolute && t.Range is { Precision: TimePrecision.Day or TimePrecision.Month or TimePrecision.Week })
            .Select(t => t.Range!.Value.From.Year).ToList();

    private static DocumentDate? Dateline(List<(int Start, string Line)> lines, string text, TimeNormalizer normalizer, Lazy<List<int>> years)
    {
        foreach (var (start, line) in lines)
        {
            var place = DatelinePlace.Match(line);
            if (!place.Success) continue;
            var at = start + place.Length;
            var lineEnd = start + line.Length;
            var first = normalizer.Normalize(text, at, lineEnd, null, null).FirstOrDefault();
            if (first is null || first.Start != at || first.Precision is not (TimePrecision.Day or TimePrecision.Span)) continue;
            if (!AfterDateline.IsMatch(text[first.End..lineEnd])) continue;
            var range = first.Range;
            if (range is null && years.Value.Count > 0)
                range = normalizer.Normalize(text, at, first.End, DateRange.Year(years.Value.Max()), null).FirstOrDefault()?.Range;
            if (range is { } r) return new DocumentDate(r, DateSource.Dateline, text[start..first.End], start, first.End);
        }
        return null;
    }

    /// <summary>A "Date:" field, else the first full date (or month and year) in the lines before the body's first long paragraph.</summary>
    private static DocumentDate? FrontMatter(List<(int Start, string Line)> lines, string text, TimeNormalizer normalizer)
    {
        const int BodyLine = 200, MaxLines = 12;
        var head = lines.TakeWhile(l => l.Line.Length < BodyLine).Take(MaxLines).ToList();
        foreach (var (start, line) in head)
        {
            var field = DateField.Match(line);
            if (!field.Success) continue;
            var valueAt = start + field.Groups["value"].Index;
            if (Reading.DocumentReader.ParseDate(field.Groups["value"].Value) is { } iso && field.Groups["value"].Value.Trim().Length >= 10)
                return new DocumentDate(DateRange.Day(iso), DateSource.FrontMatter, line, start, start + line.Length);
            var t = normalizer.Normalize(text, valueAt, start + line.Length, null, null).FirstOrDefault(x => x.Basis == TimeBasis.Absolute);
            if (t?.Range is { } r) return new DocumentDate(r, DateSource.FrontMatter, t.Text, t.Start, t.End);
        }
        foreach (var (start, line) in head)
        {
            var t = normalizer.Normalize(text, start, start + line.Length, null, null)
                .FirstOrDefault(x => x.Basis == TimeBasis.Absolute && x.Range is { Precision: TimePrecision.Day or TimePrecision.Month });
            if (t?.Range is { } r) return new DocumentDate(r, DateSource.FrontMatter, t.Text, t.Start, t.End);
        }
        return null;
    }
}
