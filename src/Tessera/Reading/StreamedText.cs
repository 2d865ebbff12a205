using System.Text;

namespace Tessera.Reading;

/// <summary>A stretch of a document read in parts: a run of whole paragraphs, and where its text starts in the whole file's text.</summary>
/// <param name="Offset">Characters of the whole text before this part; a span of the part plus this is a span of the whole.</param>
public sealed record DocumentPart(Document Document, long Offset);

/// <summary>Reads a plain-text file too large to hold at once as parts cut at blank lines, so memory stays flat whatever its size.</summary>
/// <remarks>A blank line ends a paragraph, and no sentence runs across one, so cutting there leaves every unit whole. A part grows
/// to <see cref="ReadingLimits.PartChars"/> and is cut at the last blank line; a text with none in
/// <see cref="ReadingLimits.MaxTextChars"/> characters is refused as a single document would be. The bytes are decoded as
/// <see cref="DocumentReader.Decode"/> does: UTF-8, or UTF-16 after its byte-order mark, and no NUL.</remarks>
public static class StreamedText
{
    /// <summary>The parts of the file in order; a problem, if any, is the last item.</summary>
    public static IEnumerable<Result<DocumentPart>> Parts(string path, string id, DocumentFormat format, SourceInfo info, ReadingLimits limits)
    {
        var opened = Open(path);
        if (!opened.Ok)
        {
            yield return opened.Problem!;
            yield break;
        }
        using var reader = opened.Value!;
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        long offset = 0;
        string? title = info.Title;
        var any = false;
        while (true)
        {
            var n = Fill(path, reader, buffer);
            if (!n.Ok)
            {
                yield return n.Problem!;
                yield break;
            }
            if (n.Value > 0) text.Append(buffer, 0, n.Value);
            var end = n.Value == 0;
            while (text.Length > 0 && (end || text.Length >= limits.PartChars))
            {
                var cut = end && text.Length <= limits.PartChars ? text.Length : Cut(text, limits.PartChars, end);
                if (cut <= 0 && text.Length <= limits.MaxTextChars) break;
                if (cut <= 0 || cut > limits.MaxTextChars)
                {
                    yield return Messages.TextTooLong(path, limits.MaxTextChars);
                    yield break;
                }
                var part = text.ToString(0, cut);
                text.Remove(0, cut);
                if (part.Contains('\0'))
                {
                    yield return Messages.BinaryFile(path);
                    yield break;
                }
                if (!string.IsNullOrWhiteSpace(part))
                {
                    title ??= DocumentReader.FirstLineTitle(part);
                    any = true;
                    yield return new DocumentPart(new Document(id, path, format, part, title, info.Publisher ?? "", info.Published, info.Grade ?? SourceGrade.Unknown), offset);
                }
                offset += cut;
            }
            if (end) break;
        }
        if (!any) yield return Messages.NoText(path);
    }

    private static Result<StreamReader> Open(string path)
    {
        try
        {
            var real = FilePaths.RealPath(path);
            if (real is null) return Messages.Unreadable(path, "its symbolic links loop");
            var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            Span<byte> head = stackalloc byte[3];
            var got = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            var (encoding, skip) = head[..got] switch
            {
                [0xEF, 0xBB, 0xBF] => (DocumentReader.StrictUtf8, 3),
                [0xFF, 0xFE, ..] => ((Encoding)DocumentReader.StrictUtf16Le, 2),
                [0xFE, 0xFF, ..] => (DocumentReader.StrictUtf16Be, 2),
                _ => (DocumentReader.StrictUtf8, 0),
            };
            stream.Position = skip;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Messages.Unreadable(path, e.Message);
        }
    }

    private static Result<int> Fill(string path, StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.ReadBlock(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Messages.BinaryFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Messages.Unreadable(path, e.Message);
        }
    }

    /// <summary>Where the part ends: just after the last blank line (a line break, optional blanks, a line break) within
    /// <paramref name="target"/> characters, else after the first one beyond; 0 when there is none yet (the whole rest at the end).</summary>
    private static int Cut(StringBuilder text, int target, bool end)
    {
        for (var i = Math.Min(target, text.Length) - 1; i > 0; i--)
            if (EndsBlankLine(text, i)) return i + 1;
        for (var i = target; i < text.Length; i++)
            if (EndsBlankLine(text, i)) return i + 1;
        return end ? text.Length : 0;
    }

    private static bool EndsBlankLine(StringBuilder text, int i)
    {
        if (text[i] != '\n') return false;
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r') j--;
        return j >= 0 && text[j] == '\n';
    }
}
