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

    public static Problem? Write(string path, string content) => Write(path, Utf8.GetBytes(content));

    /// <summary>Writes the file unless it already holds exactly these bytes, so that a result that did not change keeps its file's
    /// time (and whatever watches it is not told of a change).</summary>
    public static Problem? WriteIfChanged(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable as it is: writing it says what is wrong, if anything.
        }
        return Write(path, bytes);
    }

    /// <summary>Writes the file; <paramref name="mode"/>, on Unix, is the mode it is created with (a users file is its owner's
    /// alone), else the process's default.</summary>
    public static Problem? Write(string path, byte[] content, UnixFileMode? mode = null)
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
                stream.Write(content);
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
