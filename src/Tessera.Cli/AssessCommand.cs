using System.CommandLine;
using Spectre.Console;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Output.Brief;

namespace Tessera.Cli;

/// <summary>`tessera assess`: reads a case (or loose files), stores its claims, prints a summary and writes the brief.</summary>
public static class AssessCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("case") { Description = "A case folder with case.yaml, or one or more source files.", Arity = ArgumentArity.OneOrMore };
        var db = Cli.DbOption();
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
            var paths = parsed.GetValue(inputs)!;
            var loaded = Load(paths);
            if (!loaded.Ok) return Cli.Fail(stderr, loaded.Problem!);
            var caseFile = loaded.Value!;
            var data = parsed.GetValue(lexicon) is { } dir ? new LanguageData(dir) : LanguageData.Bundled;
            var isFolder = paths.Length == 1 && Directory.Exists(paths[0]);
            var baseDir = isFolder ? caseFile.Folder : Directory.GetCurrentDirectory();
            var dbPath = parsed.GetValue(db) ?? CaseStore.DefaultPath(baseDir);
            var briefPath = parsed.GetValue(output) ?? Path.Combine(baseDir, "brief.html");

            // The analysis keys of case.yaml are checked before anything is stored.
            var spec = isFolder ? CaseAnalysisYaml.Load(caseFile.YamlPath) : Result<AnalysisSpec>.Success(AnalysisSpec.Empty(caseFile.YamlPath));
            if (!spec.Ok) return Cli.Fail(stderr, spec.Problem!);

            var opened = CaseStore.Open(dbPath);
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            using var store = opened.Value!;
            var silent = parsed.GetValue(quiet);
            var progress = new Reporter(p =>
            {
                if (!silent && p.Stage != "storing") stderr.WriteLine($"[{p.Done + 1}/{p.Total}] {p.Stage} {p.Source}");
            });
            var result = Assessment.Run(caseFile, store, data, progress);
            if (!result.Ok) return Cli.Fail(stderr, result.Problem!);
            var (assessed, change) = result.Value;
            var analysis = CaseAnalysisYaml.Resolve(spec.Value!, assessed, new Tessera.Analysis.Ach.AchModel(data));
            if (!analysis.Ok) return Cli.Fail(stderr, analysis.Problem!);
            var findings = Findings.Of(analysis.Value!, data);
            var summary = findings.Summary;

            var brief = BriefBuilder.Build(findings);
            var written = WriteAtomically(briefPath, briefPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? MarkdownBrief.Render(brief) : HtmlBrief.Render(brief));
            if (written is not null) return Cli.Fail(stderr, written);
            if (parsed.GetValue(markdown) is { } md && WriteAtomically(md, MarkdownBrief.Render(brief)) is { } mdProblem) return Cli.Fail(stderr, mdProblem);
            if (!silent)
            {
                var console = Terminal.Console(stdout);
                Terminal.Summary(console, assessed, summary, change);
                console.MarkupLine($"Brief written to [bold]{Markup.Escape(briefPath)}[/]; case stored in {Markup.Escape(store.Location)}.");
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>A folder is a case with its case.yaml; files are a case of their own.</summary>
    public static Result<CaseFile> Load(string[] paths)
    {
        if (paths.Length == 1 && Directory.Exists(paths[0])) return CaseYaml.Load(paths[0]);
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) return Messages.Unsupported(p, "folder (give one case folder, or files)");
            if (!File.Exists(p)) return Messages.MissingPath(p);
        }
        return CaseFile.FromFiles(paths, Directory.GetCurrentDirectory());
    }

    /// <summary>Writes through a temporary file, so a failed write never leaves half a brief where the old one was.</summary>
    public static Problem? WriteAtomically(string path, string content)
    {
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".tmp";
            File.WriteAllText(temp, content);
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Messages.CannotWrite(path, e.Message);
        }
    }

    /// <summary>Reports progress on the calling thread, so lines come out in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Reporter(Action<AssessmentProgress> report) : IProgress<AssessmentProgress>
    {
        public void Report(AssessmentProgress value) => report(value);
    }
}
