using System.CommandLine;
using Tessera.Case;
using Tessera.Output;

namespace Tessera.Cli;

/// <summary>`tessera init`: starts a case folder with a commented case.yaml and an empty sources/.</summary>
public static class InitCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "The case folder to create (or an empty or existing folder without case.yaml)." };
        var title = new Option<string?>("--title") { Description = "The case's title (default: the folder's name)." };
        var command = new Command("init", "Start a case: write a case.yaml that explains every field, and an empty sources/ folder.") { folder, title };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(folder)!;
            var yaml = Path.Combine(dir, "case.yaml");
            if (File.Exists(yaml)) return Cli.Fail(stderr, Messages.CaseExists(yaml));
            if (File.Exists(dir)) return Cli.Fail(stderr, Messages.Unsupported(dir, "file (init takes a folder)"));
            var name = parsed.GetValue(title) ?? Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.Combine(dir, CaseGrowth.SourcesFolder));
            if (OutputFile.Write(yaml, CaseTemplate.Text(name)) is { } problem) return Cli.Fail(stderr, problem);
            stdout.WriteLine($"Case started in {Terminal.Shown(dir)}: edit case.yaml, then `tessera add {Terminal.Shown(dir)} FILE...` to add sources.");
            return Cli.Ok;
        });
        return command;
    }
}
