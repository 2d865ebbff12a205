using System.Globalization;
using System.Text;

namespace Tessera.Bench.Corpus;

/// <summary>What a generated corpus was made from, as written in its manifest; two corpora with equal manifests hold the same bytes.</summary>
internal sealed record CorpusManifest(ulong Seed, int Megabytes, int Version, int Files, long Bytes, long Words)
{
    public const string FileName = "manifest.tsv";

    public string Render() =>
        "# Tessera benchmark corpus, written by tessera-bench generate; the .txt files beside this one are the documents.\n" +
        $"seed\t{Seed}\nmegabytes\t{Megabytes}\ngenerator\t{Version}\nfiles\t{Files}\nbytes\t{Bytes}\nwords\t{Words}\n";

    public static CorpusManifest? TryRead(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (!File.Exists(path)) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length == 2) fields[cells[0]] = cells[1];
        }
        try
        {
            return new CorpusManifest(ulong.Parse(fields["seed"], CultureInfo.InvariantCulture), int.Parse(fields["megabytes"], CultureInfo.InvariantCulture),
                int.Parse(fields["generator"], CultureInfo.InvariantCulture), int.Parse(fields["files"], CultureInfo.InvariantCulture),
                long.Parse(fields["bytes"], CultureInfo.InvariantCulture), long.Parse(fields["words"], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is KeyNotFoundException or FormatException or OverflowException)
        {
            return null;
        }
    }
}

/// <summary>Writes a corpus of a given size into a folder: doc-000001.txt onwards, then the manifest.</summary>
internal static class CorpusWriter
{
    public const string FilePattern = "doc-*.txt";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Returns the manifest, or null with a message when the folder holds something else.</summary>
    public static CorpusManifest? Write(string dir, int megabytes, ulong seed, bool force, TextWriter log, out string? error)
    {
        error = null;
        var existing = Directory.Exists(dir) ? CorpusManifest.TryRead(dir) : null;
        if (existing is not null && !force && existing.Seed == seed && existing.Megabytes == megabytes && existing.Version == NewsDocument.Version
            && OnDisk(dir) == (existing.Files, existing.Bytes))
        {
            log.WriteLine($"{dir}: corpus already generated (seed {seed}, {megabytes} MB, {existing.Files:N0} files); pass --force to write it again");
            return existing;
        }
        if (Directory.Exists(dir) && !force && (existing is not null || Directory.EnumerateFiles(dir, FilePattern).Any()))
        {
            error = $"{dir} already holds a different corpus ({Describe(existing)}); pass --force to replace it";
            return null;
        }

        Directory.CreateDirectory(dir);
        foreach (var old in Directory.EnumerateFiles(dir, FilePattern)) File.Delete(old);
        File.Delete(Path.Combine(dir, CorpusManifest.FileName));

        var book = WordBook.Bundled;
        var target = (long)megabytes * 1024 * 1024;
        long bytes = 0, words = 0;
        var files = 0;
        while (bytes < target)
        {
            var text = new NewsDocument(book, Prng.ForStream(seed, (ulong)files)).Write();
            var data = Utf8.GetBytes(text);
            files++;
            File.WriteAllBytes(Path.Combine(dir, $"doc-{files:D6}.txt"), data);
            bytes += data.Length;
            words += WordCount.Of(text);
        }
        var manifest = new CorpusManifest(seed, megabytes, NewsDocument.Version, files, bytes, words);
        File.WriteAllText(Path.Combine(dir, CorpusManifest.FileName), manifest.Render(), Utf8);
        log.WriteLine($"{dir}: wrote {files:N0} files, {bytes:N0} bytes, {words:N0} words (seed {seed})");
        return manifest;
    }

    private static string Describe(CorpusManifest? m) =>
        m is null ? "documents without a manifest" : $"seed {m.Seed}, {m.Megabytes} MB, generator {m.Version}";

    private static (int Files, long Bytes) OnDisk(string dir)
    {
        var files = 0;
        long bytes = 0;
        foreach (var f in Directory.EnumerateFiles(dir, FilePattern))
        {
            files++;
            bytes += new FileInfo(f).Length;
        }
        return (files, bytes);
    }
}
