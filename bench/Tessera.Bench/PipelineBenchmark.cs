using System.Diagnostics;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Reading;
using static Tessera.Bench.Units;

namespace Tessera.Bench;

/// <summary>Live heap after a forced collection, and the working set, when a given share of the corpus had been read.</summary>
internal sealed record MemorySample(long BytesDone, long LiveHeap, long WorkingSet);

/// <summary>What one measured pass over a corpus found.</summary>
/// <remarks>With several passes, throughput is the fastest pass: on a shared machine other work only ever slows a pass down.</remarks>
internal sealed record RunResult(
    string Corpus, int Files, long Bytes, long Words, long Units, IReadOnlyList<double> Passes, double StartupSeconds,
    int WarmupFiles, long WarmupBytes, double WarmupSeconds, long Allocated, double GcPauseSeconds, int Collections, long PeakWorkingSet,
    IReadOnlyList<MemorySample> Samples, IReadOnlyList<string> Failures, double CpuSeconds)
{
    public double Seconds => Passes.Min();
    /// <summary>Words per second of the process's CPU time (every thread: the JIT's and the GC's too) in the pass that took least.</summary>
    public double WordsPerCpuSecond => Words / CpuSeconds;
    public double MedianSeconds => Passes.Order().ElementAt(Passes.Count / 2);
    public double WordsPerSecond => Words / Seconds;
}

/// <summary>Streams a corpus file by file through the whole read pipeline (read, extract, JSONL to a null stream), timing only that work.</summary>
/// <remarks>One thread, one document in memory at a time: what `tessera read` does for each file, and what the Node
/// baselines do, so the words-per-second figures compare like with like.</remarks>
internal static class PipelineBenchmark
{
    public static RunResult Run(CorpusFolder corpus, long warmupBytes, int samples, int passCount)
    {
        // Loading the language data is a one-off cost per process, reported apart from throughput.
        var startup = Stopwatch.StartNew();
        var extractor = new LanguageResources().Claims;
        startup.Stop();

        // The JIT recompiles hot methods with profile data only after they have run a while: on this corpus throughput
        // keeps rising for about 10 MB (passes of 0.42, 0.39, 0.32, 0.24, 0.19 s over 2 MB), so measuring sooner times the JIT.
        var warmup = corpus.Warmup(warmupBytes);
        var warmClock = Stopwatch.StartNew();
        long warmBytes = 0;
        foreach (var f in warmup)
        {
            Once(extractor, f.Path, out _, out _);
            warmBytes += f.Bytes;
        }
        warmClock.Stop();

        var memory = new List<MemorySample> { Sample(0) };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var passes = new List<double>();
        var leastCpu = double.MaxValue;
        Pass pass = default;
        Pass fastest = default;
        for (var p = 0; p < passCount; p++)
        {
            // Only the first pass samples memory, and with more passes than one it does not count for throughput: a forced
            // collection empties the young generation, so the sampling pass has fewer collections in its timed work.
            pass = Measure(extractor, corpus, p == 0 ? samples : 0, memory);
            if (p == 0 && passCount > 1) continue;
            passes.Add(pass.Seconds);
            leastCpu = Math.Min(leastCpu, pass.CpuSeconds);
            if (passes.Count == 1 || pass.Seconds < fastest.Seconds) fastest = pass;
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / passCount;
        using var process = Process.GetCurrentProcess();
        return new RunResult(corpus.Path, corpus.Files.Count, pass.Bytes, pass.Words, pass.Units, passes,
            startup.Elapsed.TotalSeconds, warmup.Count, warmBytes, warmClock.Elapsed.TotalSeconds, allocated,
            fastest.GcPauseSeconds, fastest.Collections, process.PeakWorkingSet64, memory, pass.Failures, leastCpu);
    }

    private readonly record struct Pass(double Seconds, double GcPauseSeconds, int Collections, long Bytes, long Words, long Units, List<string> Failures, double CpuSeconds);

    /// <summary>One timed pass over the whole corpus, sampling memory as it goes.</summary>
    private static Pass Measure(ClaimExtractor extractor, CorpusFolder corpus, int samples, List<MemorySample> memory)
    {
        var failures = new List<string>();
        long elapsed = 0, bytes = 0, words = 0, units = 0;
        var paused = TimeSpan.Zero;
        var collections = 0;
        var nextSample = 1;
        // CPU time covers the whole pass, word counting included (as in the Node baselines): on a loaded machine it moves far
        // less than the elapsed time, which counts the time other processes held the cores.
        var cpu0 = ProcessCpuSeconds();
        foreach (var f in corpus.Files)
        {
            // Pauses and collections are counted inside the timed work only, so the forced collections of sampling are left out.
            var pause0 = GC.GetTotalPauseDuration();
            var gen0 = GC.CollectionCount(0);
            var t0 = Stopwatch.GetTimestamp();
            Once(extractor, f.Path, out var document, out var claims);
            elapsed += Stopwatch.GetTimestamp() - t0;
            paused += GC.GetTotalPauseDuration() - pause0;
            collections += GC.CollectionCount(0) - gen0;

            bytes += f.Bytes;
            if (document is null) failures.Add(f.Path);
            else words += WordCount.Of(document.Text);
            units += claims;
            // Sampling forces a collection, so it stays outside the timed work.
            if (samples > 0 && bytes * samples >= corpus.Bytes * nextSample)
            {
                memory.Add(Sample(bytes));
                nextSample = (int)(bytes * samples / corpus.Bytes) + 1;
            }
        }
        return new Pass(Stopwatch.GetElapsedTime(0, elapsed).TotalSeconds, paused.TotalSeconds, collections, bytes, words, units, failures,
            ProcessCpuSeconds() - cpu0);
    }

    private static double ProcessCpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>One file through the pipeline; the document is null when the file could not be read.</summary>
    private static void Once(ClaimExtractor extractor, string path, out Document? document, out int claims)
    {
        claims = 0;
        document = null;
        var read = DocumentReader.Read(path);
        if (!read.Ok) return;
        document = read.Value!;
        var extracted = extractor.Extract(document);
        ClaimJsonl.Write(TextWriter.Null, extracted);
        claims = extracted.Count;
    }

    private static MemorySample Sample(long bytesDone)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(bytesDone, heap, process.WorkingSet64);
    }

    public static void Print(RunResult r, TextWriter o)
    {
        var heapStart = r.Samples[0].LiveHeap;
        var heapMax = r.Samples.Max(s => s.LiveHeap);
        var heapEnd = r.Samples[^1].LiveHeap;
        o.WriteLine($"Tessera read pipeline (read -> extract -> JSONL to a null stream), one thread: {r.Corpus}");
        o.WriteLine();
        Table.Print(o, ["measure", "value"],
        [
            ["corpus", $"{r.Files:N0} files, {Mb(r.Bytes)} MB, {N0(r.Words)} words, {N0(r.Units)} units"],
            ["start-up (language data)", $"{F(r.StartupSeconds, 2)} s"],
            ["warm-up", $"{r.WarmupFiles:N0} files, {Mb(r.WarmupBytes)} MB, {F(r.WarmupSeconds, 2)} s"],
            [r.Passes.Count == 1 ? "measured pass" : $"measured passes ({r.Passes.Count}, after one that sampled memory)",
                r.Passes.Count == 1 ? $"{F(r.Seconds, 2)} s" : $"fastest {F(r.Seconds, 2)} s, median {F(r.MedianSeconds, 2)} s ({string.Join(", ", r.Passes.Select(p => F(p, 2)))})"],
            ["throughput", $"{N0(r.WordsPerSecond)} words/s, {F(r.Bytes / Mebibyte / r.Seconds, 2)} MB/s, {N0(r.Units / r.Seconds)} units/s"],
            ["CPU time", $"{F(r.CpuSeconds, 2)} s in the pass that took least, {N0(r.WordsPerCpuSecond)} words per CPU second"],
            ["allocated per pass", $"{Mb(r.Allocated)} MB ({N0((double)r.Allocated / Math.Max(1, r.Words))} bytes per word)"],
            ["GC in the fastest pass", $"{r.Collections:N0} collections, {F(r.GcPauseSeconds, 3)} s paused ({F(100 * r.GcPauseSeconds / r.Seconds, 1)}% of the pass)"],
            ["peak working set", $"{Mb(r.PeakWorkingSet)} MB (whole process, warm-up included)"],
            ["live heap after forced GC", $"{Mb(heapStart)} MB before, {Mb(heapMax)} MB at most, {Mb(heapEnd)} MB after the pass"],
            ["failed files", r.Failures.Count == 0 ? "none" : string.Join(", ", r.Failures.Take(5))],
        ]);
        o.WriteLine();
        o.WriteLine("Memory while the corpus streams through (forced GC at each sample, outside the timed work; first pass only):");
        o.WriteLine();
        Table.Print(o, ["corpus read", "MB read", "live heap MB", "working set MB"],
            r.Samples.Select(s => new[]
            {
                $"{N0(100.0 * s.BytesDone / Math.Max(1, r.Bytes))}%", Mb(s.BytesDone), F(s.LiveHeap / Mebibyte, 2), Mb(s.WorkingSet),
            }).ToList());
        o.WriteLine();
        o.WriteLine(FormattableString.Invariant(
            $"RESULT engine=tessera corpus={r.Corpus} files={r.Files} bytes={r.Bytes} words={r.Words} seconds={r.Seconds:F3} passes={r.Passes.Count} wps={r.WordsPerSecond:F0} wps_median={r.Words / r.MedianSeconds:F0} peak_ws_mb={r.PeakWorkingSet / Mebibyte:F1} heap_start_mb={heapStart / Mebibyte:F2} heap_max_mb={heapMax / Mebibyte:F2} heap_end_mb={heapEnd / Mebibyte:F2} alloc_bytes_per_word={(double)r.Allocated / Math.Max(1, r.Words):F0} gc_pause_share={r.GcPauseSeconds / r.Seconds:F3} cpu_seconds={r.CpuSeconds:F3} cpu_wps={r.WordsPerCpuSecond:F0} failures={r.Failures.Count}"));
    }
}
