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
        var written = WriteIfChanged(path, w => w.Write(content));
        return written.Ok ? null : written.Problem;
    }

    /// <summary>Writes the file as <paramref name="write"/> produces its text, streamed and hashed on the way, unless the file
    /// already holds exactly those bytes, in which case the new copy is dropped and the file (and its time) left as it was.
    /// The text is never held whole: a brief of ten thousand sources goes to disk as it is rendered.</summary>
    public static Result<WrittenOutput> WriteIfChanged(string path, Action<TextWriter> write)
    {
        WrittenOutput? made = null;
        var kept = false;
        var problem = Write(path, stream =>
        {
            using var hashing = new HashingStream(stream);
            using (var writer = new StreamWriter(hashing, Utf8, bufferSize: 1 << 16, leaveOpen: true)) write(writer);
            made = hashing.Digest();
        }, null, keepOld: () => kept = Holds(path, made!));
        if (problem is not null) return problem;
        return made! with { Rewritten = !kept };
    }

    /// <summary>The SHA-256 and length of a file's bytes, read a piece at a time; null when there is no such file.</summary>
    public static WrittenOutput? DigestOf(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long length = 0;
            for (int n; (n = stream.Read(buffer)) > 0; length += n) hash.AppendData(buffer, 0, n);
            return new WrittenOutput(Convert.ToHexStringLower(hash.GetHashAndReset()), length, Rewritten: false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> holds bytes of this digest: its length first, and its hash only when
    /// the length agrees. An unreadable file is not the same: writing over it says what is wrong, if anything.</summary>
    public static bool Holds(string path, WrittenOutput digest)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == digest.Bytes && DigestOf(path) is { } found && found.SameBytes(digest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes the file; <paramref name="mode"/>, on Unix, is the mode it is created with (a users file is its owner's
    /// alone), else the process's default.</summary>
    public static Problem? Write(string path, byte[] content, UnixFileMode? mode = null) => Write(path, stream => stream.Write(content), mode);

    /// <param name="keepOld">Asked once the new copy is complete: true drops it and leaves the file as it was.</param>
    private static Problem? Write(string path, Action<Stream> write, UnixFileMode? mode, Func<bool>? keepOld = null)
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
            if (keepOld?.Invoke() == true) return null;
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
    /// <summary>Passes every byte written on to the file and into a SHA-256, so that the output is hashed as it is written, not
    /// read back.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public WrittenOutput Digest() => new(Convert.ToHexStringLower(_hash.GetHashAndReset()), _length, Rewritten: true);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _hash.Dispose();
            base.Dispose(disposing);
        }
    }
}

/// <summary>What identifies an output file's bytes without holding them: their SHA-256 (lower-case hex) and length, and whether
/// this write replaced the file (false when the file already held these bytes and was left alone).</summary>
public sealed record WrittenOutput(string Sha256, long Bytes, bool Rewritten)
{
    /// <summary>Whether two digests name the same bytes, whatever either write did.</summary>
    public bool SameBytes(WrittenOutput other) => Sha256 == other.Sha256 && Bytes == other.Bytes;
}
