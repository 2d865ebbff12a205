using System.Diagnostics;
using System.Globalization;

namespace Tessera.Cli;

/// <summary>`TESSERA_STEP_TIMES=1` (or `live`, see <see cref="Listen"/>): one line on stderr as each step the library marks (<see cref="StepTrace"/>) ends, with its
/// wall time, the process's CPU time over it, the managed heap and the process's peak memory so far, for profiling a long
/// assessment without a profiler.</summary>
/// <remarks>The CPU time is the whole process's: steps that run beside one another (the analysis on several cores) each count
/// what ran beside them, so their figures overlap and need not add up.</remarks>
public static class StepTimes
{
    public const string Variable = "TESSERA_STEP_TIMES";

    /// <summary>Starts printing when the variable is set; dispose the result to stop. Null when it is not set.</summary>
    public static IDisposable? Listen(TextWriter stderr)
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(value)) return null;
        // `live` collects everything at each step's end, so the heap printed is what the steps still hold, not garbage the GC has
        // yet to reach; the collections cost time and lower the peak, so timings and peaks are taken without it.
        var live = value == "live";
        var gate = new object();
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepTrace.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = a => a.SetCustomProperty(Variable, Cpu()),
            ActivityStopped = a =>
            {
                var (cpu, peak) = Process();
                var heap = GC.GetTotalMemory(live);
                var spent = cpu - (a.GetCustomProperty(Variable) as double? ?? cpu);
                lock (gate)
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"step {a.OperationName}: wall {a.Duration.TotalSeconds:0.00} s, cpu {spent:0.00} s (process cpu {cpu:0.00} s, {(live ? "live" : "heap")} {heap / Mib:0} MiB, peak {peak / Mib:0} MiB)"));
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static double Cpu() => Process().Cpu;

    private const double Mib = 1024 * 1024;

    /// <summary>The process's CPU seconds so far and its peak memory (the peak resident set on Linux): where in a long command the
    /// peak is reached, beside the managed heap (uncollected garbage included) at the end of each step.</summary>
    private static (double Cpu, long Peak) Process()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (process.TotalProcessorTime.TotalSeconds, process.PeakWorkingSet64);
    }
}
