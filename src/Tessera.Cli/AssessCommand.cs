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
        var command = new Command("assess", "Assess a case: read every source, extract and store its claims (unchanged sources are not read again), " +
                                            "print a summary and write a self-contained HTML brief.")
        {
            inputs, db, output, markdown, quiet, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var silent = parsed.GetValue(quiet);
            using var report = ProgressReport.For(stderr, silent);
            var opened = CaseInput.Open(parsed.GetValue(inputs)!, parsed.GetValue(db), resources, Steps(report),
                storeLooseFiles: true, jobs: parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, report.Stop(opened.Problem!));
            var input = opened.Value!;
            var analysis = input.Analysis(resources);
            if (!analysis.Ok) return Cli.Fail(stderr, report.Stop(analysis.Problem!));
            var analysing = report.Step("analysing", 9);
            var findings = Findings.Of(analysis.Value!, resources, new Reporter<AnalysisProgress>(p => analysing.Set(p.Done, p.Step)));
            report.Dispose();

            var baseDir = input.IsFolder ? input.File.Folder : Directory.GetCurrentDirectory();
            var briefPath = parsed.GetValue(output) ?? Path.Combine(baseDir, "brief.html");
            var brief = BriefBuilder.Build(findings);
            if (OutputFile.Write(briefPath, BriefFormat.Render(brief, briefPath)) is { } problem) return Cli.Fail(stderr, problem);
            if (parsed.GetValue(markdown) is { } md && OutputFile.Write(md, MarkdownBrief.Render(brief)) is { } mdProblem) return Cli.Fail(stderr, mdProblem);
            if (!silent)
            {
                var console = Terminal.Console(stdout);
                Terminal.Summary(console, input.Case, findings.Summary, input.Change);
                console.MarkupLine($"Brief written to [bold]{Terminal.Escape(Terminal.Shown(briefPath))}[/]; case stored in {Terminal.Escape(CaseStore.IsPostgres(input.Store) ? input.Store : Terminal.Shown(input.Store))}.");
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>Turns an assessment's progress into the steps of a report: reading, extracting, storing.</summary>
    private static IProgress<AssessmentProgress> Steps(ProgressReport report)
    {
        ProgressReport.ProgressStep? step = null;
        return new Reporter<AssessmentProgress>(p =>
        {
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
