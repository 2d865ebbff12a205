using System.Diagnostics;
using Tessera.Case;
using Tessera.Pipeline;
using Tessera.Reading;
using static Tessera.Bench.Units;

namespace Tessera.Bench;

/// <summary>Where the reading step of `assess` spends its time: each step of the document pipeline (the ones `tessera pipeline`
/// lists) timed on its own over a corpus on one thread, then the store's write of every annotated document into a new SQLite file.</summary>
/// <remarks>The steps are run as <see cref="DocumentPipeline.Run"/> runs them, one after another on the same document, so each
/// step's figure is what it costs inside the pipeline. CPU time is the whole process's over the step (a background collection
/// or the JIT's compiling falls in the step it interrupts), wall time is the step's own.</remarks>
internal static class AssessSteps
{
    private sealed class Step(string name)
    {
        public string Name { get; } = name;
        public long Ticks { get; set; }
        public TimeSpan Cpu { get; set; }
        public long Allocated { get; set; }
    }

    public static void Run(CorpusFolder corpus, long warmupBytes, int passes, bool store, TextWriter o)
    {
        var resources = new LanguageResources();
        var pipeline = new DocumentPipeline(resources);
        var steps = pipeline.Steps(default);
        foreach (var f in corpus.Warmup(warmupBytes)) Once(f.Path, steps, null);

        // Other work on the machine only slows a pass down, so the pass that took the least CPU is shown.
        Step[]? best = null;
        List<AnnotatedDocument>? documents = null;
        long words = 0;
        for (var p = 0; p < passes; p++)
        {
            var pass = steps.Select(s => new Step(s.Name)).Prepend(new Step("read the file")).ToArray();
            var annotated = new List<AnnotatedDocument>();
            words = 0;
            foreach (var f in corpus.Files)
            {
                var d = Once(f.Path, steps, pass);
                if (d is null) continue;
                annotated.Add(d);
                words += WordCount.Of(d.Source.Text);
            }
            if (best is null || Total(pass) < Total(best)) (best, documents) = (pass, annotated);
        }
        var fastest = best!;
        var rows = fastest.Select(s => Cells(s.Name, s, Total(fastest), words)).ToList();
        if (store)
        {
            var written = Store(documents!);
            rows.Add(Cells("store (CaseStore.Apply, new SQLite file)", written, Total(fastest), words));
        }
        o.WriteLine($"The steps of assess's reading on {corpus.Path}: {corpus.Files.Count:N0} files, {Mb(corpus.Bytes)} MB, {N0(words)} words");
        o.WriteLine($"Each step timed on its own on one thread after a warm-up; the pass of {passes} that took least CPU; the store written once.");
        o.WriteLine();
        Table.Print(o, ["step", "CPU s", "wall s", "share of CPU", "allocated MB", "bytes/word"], rows);
        o.WriteLine(FormattableString.Invariant($"RESULT words={words} pipeline_cpu_s={Total(fastest).TotalSeconds:F3}") +
                    string.Concat(fastest.Select(s => FormattableString.Invariant($" {Key(s.Name)}_cpu_s={s.Cpu.TotalSeconds:F3}"))));
    }

    private static string Key(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static AnnotatedDocument? Once(string path, IReadOnlyList<PipelineStep> steps, Step[]? timed)
    {
        var read = Time(timed?[0], () => DocumentReader.Read(path));
        if (!read.Ok) return null;
        var d = AnnotatedDocument.Of(read.Value!);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var before = d;
            d = Time(timed?[i + 1], () => step.Run(before));
        }
        return d;
    }

    private static Step Store(IReadOnlyList<AnnotatedDocument> documents)
    {
        var folder = Directory.CreateTempSubdirectory("tessera-bench-store-");
        try
        {
            var opened = CaseStore.Open(Path.Combine(folder.FullName, "case.db"));
            if (!opened.Ok) throw new InvalidOperationException(opened.Problem!.ToString());
            using var store = opened.Value!;
            var assessed = documents.Select(d => new AssessedSource(d.Id, d.Source.Fingerprint, "", d)).ToList();
            var step = new Step("store");
            Time(step, () => store.Apply(assessed, "bench"));
            return step;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static TimeSpan Total(Step[] steps) => steps.Aggregate(TimeSpan.Zero, (t, s) => t + s.Cpu);

    private static string[] Cells(string name, Step s, TimeSpan whole, long words) =>
    [
        name, F(s.Cpu.TotalSeconds, 3), F(Stopwatch.GetElapsedTime(0, s.Ticks).TotalSeconds, 3),
        $"{F(100 * s.Cpu.TotalSeconds / whole.TotalSeconds, 1)}%", F(s.Allocated / Mebibyte, 1), N0((double)s.Allocated / Math.Max(1, words)),
    ];

    private static T Time<T>(Step? s, Func<T> work)
    {
        if (s is null) return work();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var t0 = Stopwatch.GetTimestamp();
        var result = work();
        s.Ticks += Stopwatch.GetTimestamp() - t0;
        s.Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        s.Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        return result;
    }
}
