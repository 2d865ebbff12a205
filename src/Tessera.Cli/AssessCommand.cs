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
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var lexicon = Cli.LexiconOption();
        var command = new Command("assess", "Assess a case: read every source, extract and store its claims (unchanged sources are not read again), " +
                                            "print a summary and write a self-contained HTML brief.")
        {
            inputs, db, output, markdown, quiet, lexicon,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var silent = parsed.GetValue(quiet);
            var progress = new Reporter(p =>
            {
                if (!silent && p.Stage != "storing") Cli.Print(stderr, $"[{p.Done + 1}/{p.Total}] {p.Stage} {p.Source}");
            });
            var opened = CaseInput.Open(parsed.GetValue(inputs)!, parsed.GetValue(db), resources, progress, storeLooseFiles: true);
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var input = opened.Value!;
            foreach (var warning in input.Warnings) Cli.Print(stderr, "warning: " + warning);
            var analysis = input.Analysis(resources);
            if (!analysis.Ok) return Cli.Fail(stderr, analysis.Problem!);
            var findings = Findings.Of(analysis.Value!, resources);

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

    /// <summary>Reports progress on the calling thread, so lines come out in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Reporter(Action<AssessmentProgress> report) : IProgress<AssessmentProgress>
    {
        public void Report(AssessmentProgress value) => report(value);
    }
}
