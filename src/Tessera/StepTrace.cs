using System.Diagnostics;

namespace Tessera;

/// <summary>Marks the steps of a long command (reading, resolving the analysis inputs, each analysis step, building the brief) as
/// activities, so a profiler, or the command line under `TESSERA_STEP_TIMES`, can time them; nothing listens by default, and
/// then a step costs one check.</summary>
public static class StepTrace
{
    /// <summary>The name of the source, for a listener to choose it by: a listener that read <see cref="Source"/> while the source
    /// is being made (it is told of every new source) would find it not yet set.</summary>
    public const string Name = "Tessera.Steps";

    /// <summary>The source every step's activity comes from.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>An activity for one step, to dispose when the step ends; null when nothing listens.</summary>
    public static Activity? Start(string step) => Source.StartActivity(step);
}
