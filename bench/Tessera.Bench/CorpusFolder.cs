namespace Tessera.Bench;

/// <summary>One document of a corpus and its size on disk.</summary>
internal readonly record struct CorpusFile(string Path, long Bytes);

/// <summary>The documents a benchmark reads: every .txt file of a folder, in ordinal name order (the order the Node baselines use).</summary>
internal sealed record CorpusFolder(string Path, IReadOnlyList<CorpusFile> Files, long Bytes)
{
    public static CorpusFolder? Open(string path, out string? error)
    {
        error = null;
        if (File.Exists(path))
        {
            error = $"{path} is a file; --corpus takes the folder that `generate` wrote";
            return null;
        }
        if (!Directory.Exists(path))
        {
            error = $"corpus folder {path} does not exist; make one with: tessera-bench generate --mb 2 --out {path}";
            return null;
        }
        var files = Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new CorpusFile(f, new FileInfo(f).Length)).ToList();
        if (files.Count == 0)
        {
            error = $"corpus folder {path} holds no .txt files; make a corpus with: tessera-bench generate --mb 2 --out {path}";
            return null;
        }
        return new CorpusFolder(path, files, files.Sum(f => f.Bytes));
    }

    /// <summary>The first files, up to about the given number of bytes: what a warm-up pass reads.</summary>
    public IReadOnlyList<CorpusFile> Head(long bytes)
    {
        var head = new List<CorpusFile>();
        long sum = 0;
        foreach (var f in Files)
        {
            if (sum >= bytes) break;
            head.Add(f);
            sum += f.Bytes;
        }
        return head;
    }
}
