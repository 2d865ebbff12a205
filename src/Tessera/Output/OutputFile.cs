using System.Security.Cryptography;
using System.Text;

namespace Tessera.Output;

/// <summary>Writes an output file (a brief, an export) for every command: into a new, randomly named file beside the target,
/// then renamed over it, so a failed write never leaves half a file and nothing planted in the folder is followed.</summary>
/// <remarks>A case folder may come from someone else. With a fixed temporary name, a symbolic link planted under that name made
/// the write land wherever the link pointed; a random name opened with CreateNew (O_CREAT | O_EXCL, which refuses any existing
/// path, a link included) cannot be planted, and the rename replaces the target itself, never what a link at the target names.</remarks>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Problem? Write(string path, string content) => Write(path, w => w.Write(content));

    /// <summary>Writes the file as <paramref name="write"/> produces its text (UTF-8, no byte-order mark), so that a text too large
    /// to hold whole (a brief of thousands of sources) goes to the file as it is made; it appears only once complete.</summary>
    public static Problem? Write(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        write(writer);
    }, null);

    /// <summary>Writes the file unless it already holds exactly these bytes, so that a result that did not change keeps its file's
    /// time (and whatever watches it is not told of a change).</summary>
    public static Problem? WriteIfChanged(string path, string content)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length == Utf8.GetByteCount(content) && Holds(path, content)) return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable as it is: writing it says what is wrong, if anything.
        }
        return Write(path, content);
    }

    /// <summary>Whether the file holds the text's UTF-8 bytes, compared a piece at a time: a brief of many megabytes is neither
    /// encoded whole nor read whole to find it unchanged.</summary>
    private static bool Holds(string path, string content)
    {
        const int Piece = 1 << 15;
        var encoder = Utf8.GetEncoder();
        var expected = new byte[Utf8.GetMaxByteCount(Piece)];
        var found = new byte[expected.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        for (var start = 0; start < content.Length; start += Piece)
        {
            var last = start + Piece >= content.Length;
            // The encoder carries half a surrogate pair over from one piece to the next.
            var n = encoder.GetBytes(content.AsSpan(start, Math.Min(Piece, content.Length - start)), expected, flush: last);
            stream.ReadExactly(found, 0, n);
            if (!found.AsSpan(0, n).SequenceEqual(expected.AsSpan(0, n))) return false;
        }
        return true;
    }

    /// <summary>Writes the file; <paramref name="mode"/>, on Unix, is the mode it is created with (a users file is its owner's
    /// alone), else the process's default.</summary>
    public static Problem? Write(string path, byte[] content, UnixFileMode? mode = null) => Write(path, stream => stream.Write(content), mode);

    private static Problem? Write(string path, Action<Stream> write, UnixFileMode? mode)
    {
        string? temp = null;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
            using (var stream = new FileStream(temp, Options(mode)))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Messages.CannotWrite(path, e.Message);
        }
        finally
        {
            if (temp is not null) TryDelete(temp);
        }
    }

    private static FileStreamOptions Options(UnixFileMode? mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (mode is { } m && !OperatingSystem.IsWindows()) options.UnixCreateMode = m;
        return options;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
