using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Tessera.Case;
using Tessera.Output;

namespace Tessera.Cli;

/// <summary>`tessera watch`: assesses a case, then again whenever case.yaml or a file of the case changes, rewriting the brief;
/// quiet while nothing changes; stops on Ctrl+C (SIGINT) or SIGTERM.</summary>
public static class WatchCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("case") { Description = "The case folder (with case.yaml) to watch." };
        var db = Cli.DbOption();
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the brief (default: <case>/brief.html); a path ending in .md writes Markdown." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the brief as Markdown to this path." };
        var interval = new Option<int>("--interval") { Description = "How often to look for changes, in milliseconds.", DefaultValueFactory = _ => 1000 };
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var command = new Command("watch", "Watch a case: assess it, then assess it again whenever case.yaml or one of its files changes (only " +
                                           "new or changed sources are read) and rewrite the brief; quiet while nothing changes; Ctrl+C stops.")
        {
            folder, db, output, markdown, interval, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(folder)!;
            if (!File.Exists(Path.Combine(dir, "case.yaml"))) return Cli.Fail(stderr, Directory.Exists(dir) ? Messages.NoCaseFile(dir) : Messages.MissingPath(dir));
            var resources = Cli.Resources(parsed, lexicon).Load();
            using var stop = new CancellationTokenSource();
            // Ctrl+C and a service manager's SIGTERM end the watch between assessments, never in the middle of writing the brief.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            var watch = new Watch(dir, parsed.GetValue(db), parsed.GetValue(output), parsed.GetValue(markdown), resources, parsed.GetValue(jobs), stdout, stderr);
            return watch.Run(TimeSpan.FromMilliseconds(Math.Max(50, parsed.GetValue(interval))), stop.Token);
        });
        return command;
    }

    /// <summary>One watch: what was last seen, so only a change is assessed; the assessment writes only a brief whose bytes
    /// changed (it compares their hash with the file's), and the watch says which it wrote.</summary>
    private sealed class Watch(string folder, string? db, string? output, string? markdown, LanguageResources resources, int jobs, TextWriter stdout, TextWriter stderr)
    {
        private IReadOnlyList<string> _unlisted = [];

        public int Run(TimeSpan interval, CancellationToken stop)
        {
            var seen = Snapshot();
            var first = Assess(initial: true);
            if (first is { } failed && failed.Kind == ProblemKind.Conflict) return Cli.Fail(stderr, failed);
            Cli.Print(stdout, $"Watching {Terminal.Shown(folder)} for changes; Ctrl+C stops.");
            stdout.Flush();
            while (!stop.WaitHandle.WaitOne(interval))
            {
                var now = Snapshot();
                if (now == seen) continue;
                // A file being written shows a new size at every look: wait until two looks agree.
                if (stop.WaitHandle.WaitOne(interval)) break;
                var settled = Snapshot();
                if (settled != now) continue;
                seen = settled;
                Assess(initial: false);
                stdout.Flush();
            }
            Cli.Print(stdout, "Stopped watching.");
            return Cli.Ok;
        }

        /// <summary>Assesses the case, which writes each output whose bytes changed; a problem (a half-edited case.yaml, a brief
        /// that cannot be written) is printed and the watch goes on.</summary>
        private Problem? Assess(bool initial)
        {
            var assessed = AssessCommand.Assess([folder], db, output, markdown, resources, warning => Cli.Print(stderr, "warning: " + warning), jobs);
            if (!assessed.Ok)
            {
                Cli.Print(stderr, assessed.Problem!.ToString());
                stderr.Flush();
                return assessed.Problem;
            }
            var (brief, _) = assessed.Value!;
            var unlisted = CaseGrowth.Unlisted(brief.File);
            if (!unlisted.SequenceEqual(_unlisted)) AssessCommand.WarnUnlisted(stderr, brief.File);
            _unlisted = unlisted;
            var rewritten = brief.Outputs.Where(o => o.Bytes.Rewritten).Select(o => Terminal.Shown(o.Path)).ToList();
            var c = brief.Change;
            if (initial || rewritten.Count > 0)
                Cli.Print(stdout, $"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {(initial ? "assessed" : "re-assessed")}: " +
                                  $"{c.Added} sources added, {c.Replaced} changed, {c.Removed} removed, {c.Unchanged} unchanged; " +
                                  (rewritten.Count > 0 ? $"wrote {string.Join(", ", rewritten)}" : "brief unchanged"));
            return null;
        }

        /// <summary>What the case's files look like: every file under the folder (outside hidden folders such as .tessera, and
        /// other than the outputs) with its size and last write. Two equal snapshots mean nothing changed.</summary>
        private string Snapshot()
        {
            var outputs = new[] { output ?? Path.Combine(folder, "brief.html"), markdown }.OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')) && !outputs.Contains(Path.GetFullPath(f)))
                .Order(StringComparer.Ordinal)
                .Select(f =>
                {
                    var info = new FileInfo(f);
                    return info.Exists ? $"{f}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}" : f;
                });
            return string.Join('\n', files);
        }
    }
}
