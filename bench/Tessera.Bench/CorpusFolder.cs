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

    /// <summary>Files from the start of the corpus, wrapping round to the start again, until about the given number of bytes:
    /// what a warm-up reads. A corpus smaller than the warm-up is read more than once.</summary>
    public IReadOnlyList<CorpusFile> Warmup(long bytes)
    {
        var files = new List<CorpusFile>();
        long sum = 0;
        for (var i = 0; sum < bytes; i = (i + 1) % Files.Count)
        {
            files.Add(Files[i]);
            sum += Files[i].Bytes;
        }
        return files;
    }
}
