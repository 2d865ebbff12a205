using System.Diagnostics;

namespace Tessera;

/// <summary>Marks the steps of a long command (reading, resolving the analysis inputs, each analysis step, building the brief) as
/// activities, so a profiler, or the command line under `TESSERA_STEP_TIMES`, can time them; nothing listens by default, and
/// then a step costs one check.</summary>
public static class StepTrace
{
    /// <summary>The source every step's activity comes from.</summary>
    public static readonly ActivitySource Source = new("Tessera.Steps");

    /// <summary>An activity for one step, to dispose when the step ends; null when nothing listens.</summary>
    public static Activity? Start(string step) => Source.StartActivity(step);
}
