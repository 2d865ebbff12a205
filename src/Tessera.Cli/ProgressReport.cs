using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Tessera.Cli;

/// <summary>How far a long command has come, on stderr only, so standard output (JSON Lines, a table) stays clean: a live Spectre.Console
/// display on a terminal, a plain line every few seconds otherwise (a log, CI), nothing with --quiet.</summary>
/// <remarks>A run that ends before the first plain line is due prints nothing, so a short command's log stays empty; a step that
/// printed a line prints one more when it ends.</remarks>
public sealed class ProgressReport : IDisposable
{
    private readonly TextWriter? _lines;
    private readonly TimeSpan _every;
    private readonly Live? _live;
    private ProgressStep? _current;

    private ProgressReport(TextWriter? lines, TimeSpan every, Live? live)
    {
        _lines = lines;
        _every = every;
        _live = live;
    }

    /// <summary>The report a command gives: live when stderr is the process's own terminal, plain lines when it is not, none when quiet.</summary>
    public static ProgressReport For(TextWriter stderr, bool quiet)
    {
        if (quiet) return new ProgressReport(null, TimeSpan.Zero, null);
        if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected) return new ProgressReport(null, TimeSpan.Zero, new Live(stderr));
        return Plain(stderr, TimeSpan.FromSeconds(5));
    }

    /// <summary>Plain lines at most every <paramref name="every"/> per step (tests pass zero to see every line).</summary>
    public static ProgressReport Plain(TextWriter stderr, TimeSpan every) => new(stderr, every, null);

    /// <summary>Starts a step of <paramref name="total"/> items, ending the one before.</summary>
    public ProgressStep Step(string name, int total)
    {
        _current?.End();
        return _current = new ProgressStep(this, name, total);
    }

    /// <summary>One line said at once, whatever the interval of plain lines (a run that resumes says so before it reads): on the
    /// live display a finished line of its own, nothing when quiet.</summary>
    public void Say(string line)
    {
        _lines?.WriteLine(line);
        if (_live?.Add(Markup.Escape(line), 1) is { } said)
        {
            said.Value = 1;
            said.StopTask();
        }
    }

    /// <summary>Clears the display before a problem is printed, and gives the problem back.</summary>
    public Problem Stop(Problem problem)
    {
        _live?.Dispose();
        return problem;
    }

    public void Dispose()
    {
        _current?.End();
        _current = null;
        _live?.Dispose();
    }

    /// <summary>One step of a report: its count, rate and time left.</summary>
    public sealed class ProgressStep
    {
        private readonly ProgressReport _report;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly ProgressTask? _task;
        private TimeSpan _printed;
        private bool _ended, _spoke;

        internal ProgressStep(ProgressReport report, string name, int total)
        {
            _report = report;
            Name = name;
            Total = total;
            _task = report._live?.Add(name, total);
        }

        public string Name { get; private set; }

        public int Total { get; }

        public int Done { get; private set; }

        /// <summary>Counts items done; <paramref name="detail"/> names what runs now (an analysis step).</summary>
        public void Advance(int by = 1, string? detail = null) => Set(Done + by, detail);

        /// <summary>Sets the count of items done.</summary>
        public void Set(int done, string? detail = null)
        {
            Done = done;
            if (_task is not null)
            {
                _task.Value = done;
                _task.Description = Describe(detail);
            }
            if (_report._lines is null || _clock.Elapsed - _printed < _report._every || _clock.Elapsed < _report._every) return;
            _printed = _clock.Elapsed;
            _spoke = true;
            _report._lines.WriteLine(Line(detail));
        }

        internal void End()
        {
            if (_ended) return;
            _ended = true;
            _task?.StopTask();
            if (_spoke) _report._lines?.WriteLine($"{Name}: {Count(Done)} of {Count(Total)} done in {Seconds(_clock.Elapsed)}");
        }

        private string Describe(string? detail) =>
            $"{Name}{(string.IsNullOrEmpty(detail) ? "" : " (" + Markup.Escape(detail) + ")")} {Count(Done)}/{Count(Total)}" +
            (Rate() is { } r ? $" · {PerSecond(r)}/s" : "");

        private string Line(string? detail)
        {
            var share = Total > 0 ? $" ({100L * Done / Total}%)" : "";
            var rate = Rate();
            var left = rate is > 0 && Total > Done ? $", about {Seconds(TimeSpan.FromSeconds((Total - Done) / rate.Value))} left" : "";
            return $"{Name}{(string.IsNullOrEmpty(detail) ? "" : " (" + detail + ")")}: {Count(Done)} of {Count(Total)}{share}" +
                   (rate is { } r ? $", {PerSecond(r)}/s" : "") + left;
        }

        private double? Rate() => Done > 0 && _clock.Elapsed.TotalSeconds > 0.2 ? Done / _clock.Elapsed.TotalSeconds : null;

        private static string PerSecond(double rate) => rate.ToString(rate < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture);

        private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

        private static string Seconds(TimeSpan t) => t.TotalSeconds < 60
            ? t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
            : $"{(int)t.TotalMinutes} min {t.Seconds} s";
    }

    /// <summary>The live display: Spectre.Console's progress, drawn on stderr by a thread of its own until the report ends.</summary>
    private sealed class Live : IDisposable
    {
        private readonly List<(string Name, int Total, TaskCompletionSource<ProgressTask> Task)> _wanted = [];
        private readonly CancellationTokenSource _done = new();
        private readonly Task _drawing;
        private readonly object _gate = new();

        public Live(TextWriter stderr)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            var display = console.Progress().AutoClear(false).HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                    new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn());
            _drawing = Task.Run(() => display.StartAsync(async context =>
            {
                while (true)
                {
                    lock (_gate)
                    {
                        foreach (var (name, total, task) in _wanted) task.TrySetResult(context.AddTask(name, maxValue: Math.Max(total, 1)));
                        _wanted.Clear();
                    }
                    if (_done.IsCancellationRequested) break;
                    try
                    {
                        await Task.Delay(100, _done.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // Ended: one last pass adds what was asked for meanwhile, then the display stops.
                    }
                }
            }));
        }

        /// <summary>A new line of the display; waits for the drawing thread to add it, so counts go to the task that shows them.</summary>
        public ProgressTask? Add(string name, int total)
        {
            var task = new TaskCompletionSource<ProgressTask>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_done.IsCancellationRequested) return null;
                _wanted.Add((name, total, task));
            }
            return task.Task.Wait(TimeSpan.FromSeconds(5)) ? task.Task.Result : null;
        }

        public void Dispose()
        {
            if (_done.IsCancellationRequested) return;
            lock (_gate) _done.Cancel();
            try
            {
                _drawing.Wait();
            }
            catch (AggregateException)
            {
                // A display that could not draw (a terminal that went away) must not fail the work it only reported on.
            }
        }
    }
}
