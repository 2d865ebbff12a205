using System.CommandLine;
using Spectre.Console;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Output;
using Tessera.Output.Brief;

namespace Tessera.Cli;

/// <summary>`tessera assess`: reads a case (or loose files), stores its claims, prints a summary and writes the brief.</summary>
public static class AssessCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("case") { Description = "A case folder with case.yaml, or one or more source files.", Arity = ArgumentArity.OneOrMore };
        var db = Cli.DbOption(storesLooseFiles: true);
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the brief (default: <case>/brief.html, or ./brief.html for loose files); a path ending in .md writes Markdown." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the brief as Markdown to this path." };
        var quiet = Cli.QuietOption();
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var worker = new Option<bool>("--worker")
        {
            Description = "Share the reading of the case with other `assess --worker` processes, on this machine or others, through the " +
                          "PostgreSQL store --db names: each source is read by one worker and stored on its own; when none is left, one " +
                          "worker analyses and writes the brief, the others say which.",
        };
        var lease = new Option<int>("--worker-lease")
        {
            Description = "With --worker: the seconds one worker may hold a source it claimed before the server ends its session and " +
                          "gives the source to another (a worker that dies gives its sources back at once).",
            DefaultValueFactory = _ => (int)QueueWorker.DefaultLease.TotalSeconds,
        };
        lease.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 86400) r.AddError(Messages.BadLease(r.GetValueOrDefault<int>()).ToString());
        });
        var command = new Command("assess", "Assess a case: read every source, extract and store its claims (unchanged sources are not read again), " +
                                            "print a summary and write a self-contained HTML brief.")
        {
            inputs, db, output, markdown, quiet, lexicon, jobs, worker, lease,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var silent = parsed.GetValue(quiet);
            using var report = ProgressReport.For(stderr, silent);
            // Before the assessment, which fails on a case whose only files are unlisted ones (TSR019): the warning says why.
            if (CaseInput.Load(parsed.GetValue(inputs)!) is { Ok: true, Value: { IsFolder: true, File: var caseFile } }) WarnUnlisted(stderr, caseFile);
            var paths = parsed.GetValue(inputs)!;
            if (parsed.GetValue(worker))
            {
                var me = QueueWorker.ThisProcess(TimeSpan.FromSeconds(parsed.GetValue(lease)));
                var joined = CaseInput.Join(paths, parsed.GetValue(db), resources, me, Steps(report), parsed.GetValue(jobs));
                if (!joined.Ok) return Cli.Fail(stderr, report.Stop(joined.Problem!));
                var turn = joined.Value!;
                if (!silent)
                    Terminal.Console(stdout).MarkupLine(Terminal.Escape(turn.Analyses
                        ? $"This worker ({me.Name}) read {turn.Read} source{(turn.Read == 1 ? "" : "s")} and analyses round {turn.Round}."
                        : $"This worker ({me.Name}) read {turn.Read} source{(turn.Read == 1 ? "" : "s")}; worker {turn.Analyst} analyses round {turn.Round} and writes the brief."));
                if (!turn.Analyses)
                {
                    report.Dispose();
                    return Cli.Ok;
                }
            }
            // The elected worker analyses as any assessment does: the workers have stored every source, so none is read again.
            var assessed = Assess(paths, parsed.GetValue(db), parsed.GetValue(output), parsed.GetValue(markdown), resources,
                warning => Cli.Print(stderr, "warning: " + warning), parsed.GetValue(jobs), report);
            if (!assessed.Ok) return Cli.Fail(stderr, report.Stop(assessed.Problem!));
            report.Dispose();
            var (brief, store) = assessed.Value!;
            var briefPath = brief.Outputs[0].Path;
            if (!silent)
            {
                var console = Terminal.Console(stdout);
                Terminal.Summary(console, brief.Overview, brief.Change);
                console.MarkupLine($"Brief written to [bold]{Terminal.Escape(Terminal.Shown(briefPath))}[/]{(brief.Reused ? " (nothing changed: the stored analysis stands)" : "")}; " +
                                   $"case stored in {Terminal.Escape(CaseStore.IsPostgres(store) ? store : Terminal.Shown(store))}.");
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>One assessment: the case opened and stored, and the brief written to each path (the brief first, then the Markdown
    /// brief when asked) as it is rendered, a file already holding those bytes left alone; reused from the store when nothing the
    /// analysis reads has changed and the files are as written (<see cref="BriefAssessment"/>).</summary>
    public static Result<(AssessedBrief Brief, string Store)> Assess(
        string[] paths, string? db, string? output, string? markdown, LanguageResources resources, Action<Problem> warn, int jobs = 1,
        ProgressReport? report = null)
    {
        var batch = Batch(Environment.GetEnvironmentVariable(BatchVariable));
        if (!batch.Ok) return batch.Problem!;
        var loaded = CaseInput.Load(paths);
        if (!loaded.Ok) return loaded.Problem!;
        var (file, isFolder) = loaded.Value;
        var spec = AnalysisInputs.Read(file);
        if (!spec.Ok) return spec.Problem!;
        var opened = CaseInput.OpenStore(isFolder ? file.Folder : null, db, storeLooseFiles: true);
        if (!opened.Ok) return opened.Problem!;
        using var store = opened.Value!;
        var baseDir = isFolder ? file.Folder : Directory.GetCurrentDirectory();
        ProgressReport.ProgressStep? analysing = null;
        var brief = BriefAssessment.Run(file, spec.Value!, store, resources, output ?? Path.Combine(baseDir, "brief.html"), markdown, warn,
            report is null ? null : Steps(report),
            report is null ? null : new Reporter<AnalysisProgress>(p => (analysing ??= report.Step("analysing", Findings.Steps)).Set(p.Done, p.Step)), jobs,
            batch.Value);
        return brief.Ok ? (brief.Value!, store.Location) : brief.Problem!;
    }

    /// <summary>The variable that sets how many sources one commit of the reading holds (<see cref="ReadingBatch"/>): fewer loses
    /// less to a killed run on a case whose sources are slow to read, at a transaction each.</summary>
    public const string BatchVariable = "TESSERA_READ_BATCH";

    /// <summary>The reading's batch as <see cref="BatchVariable"/> sets it: the default when it is unset or empty.</summary>
    public static Result<ReadingBatch> Batch(string? value)
    {
        if (string.IsNullOrEmpty(value)) return ReadingBatch.Default;
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? new ReadingBatch(n, ReadingBatch.Default.Time)
            : Messages.BadReadingBatch(BatchVariable, value);
    }

    /// <summary>Files dropped into sources/ without a case.yaml entry are not assessed; saying so spares the analyst wondering why.</summary>
    public static void WarnUnlisted(TextWriter stderr, CaseFile caseFile)
    {
        foreach (var file in CaseGrowth.Unlisted(caseFile)) Cli.Print(stderr, "warning: " + Messages.UnlistedSource(Terminal.Shown(file)));
    }

    /// <summary>Turns an assessment's progress into the steps of a report: reading, extracting, storing, and a line when it
    /// resumes a reading that was stopped.</summary>
    private static IProgress<AssessmentProgress> Steps(ProgressReport report)
    {
        ProgressReport.ProgressStep? step = null;
        return new Reporter<AssessmentProgress>(p =>
        {
            if (p.Stage == Assessment.ResumingStage)
            {
                report.Say($"resuming: {p.Done.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} of {p.Total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} sources already stored");
                return;
            }
            if (step?.Name != p.Stage) step = report.Step(p.Stage, p.Total);
            step.Set(p.Done, p.Source);
        });
    }

    /// <summary>Reports progress on the calling thread, so lines come out in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
