using System.Collections.Concurrent;
using System.Diagnostics;

namespace Tessera.Tests;

/// <summary>The steps the library marks (<see cref="StepTrace"/>) that one piece of work runs, on whatever threads it spreads to,
/// and no other test's: each step is recorded with its name and the thread it started on.</summary>
public static class StepRecorder
{
    public sealed record Step(string Name, int Thread);

    public static IReadOnlyList<Step> During(Action work)
    {
        var steps = new ConcurrentQueue<Step>();
        // The work's steps are children of this activity, wherever they run (the current activity flows with the work), so its
        // trace id tells them from the steps of tests running beside it.
        using var root = new Activity("step recorder");
        root.Start();
        var trace = root.TraceId;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepTrace.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Parent.TraceId == trace ? ActivitySamplingResult.AllData : ActivitySamplingResult.None,
            ActivityStarted = a =>
            {
                if (a.TraceId == trace) steps.Enqueue(new Step(a.OperationName, Environment.CurrentManagedThreadId));
            },
        };
        ActivitySource.AddActivityListener(listener);
        try
        {
            work();
        }
        finally
        {
            root.Stop();
        }
        return [.. steps];
    }
}
