using System.CommandLine;
using System.Globalization;
using Tessera.Case;
using Tessera.Output;
using Tessera.Reading;
using Tessera.Reading.Feeds;

namespace Tessera.Cli;

/// <summary>`tessera add`: copies files into a case's sources/ and lists them in case.yaml, or lists a news feed's new items.</summary>
public static class AddCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("case") { Description = "The case folder (with case.yaml)." };
        var files = new Argument<string[]>("files") { Description = "Files to add (text, Markdown, HTML or PDF).", Arity = ArgumentArity.ZeroOrMore };
        var feed = new Option<string?>("--feed") { Description = "An RSS or Atom feed (an http(s) URL or a file): each new item becomes a source." };
        var since = new Option<string?>("--since") { Description = "With --feed: only items published on or after this date (YYYY-MM-DD)." };
        var title = new Option<string?>("--title") { Description = "The title, where the document gives none of its own." };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher, where the document names none." };
        var date = new Option<string?>("--date") { Description = "The publication date (YYYY-MM-DD), where the document gives none." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a feed's server.", DefaultValueFactory = _ => 30 };
        var lexicon = Cli.LexiconOption();
        var command = new Command("add", "Add sources to a case: copy files into sources/ and list them in case.yaml with their title, publisher and " +
                                         "date (from the document, else from the options), keeping case.yaml's comments and order; or add a feed's new items.")
        {
            folder, files, feed, since, title, publisher, date, timeout, lexicon,
        };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(folder)!;
            var loaded = CaseYaml.Load(dir);
            if (!loaded.Ok) return Cli.Fail(stderr, loaded.Problem!);
            var caseFile = loaded.Value!;
            var yaml = File.ReadAllText(caseFile.YamlPath);
            var paths = parsed.GetValue(files) ?? [];
            if ((paths.Length == 0) == (parsed.GetValue(feed) is null)) return Cli.Fail(stderr, Messages.FilesOrFeed());
            if (Day(parsed.GetValue(date)) is { Ok: false } badDate) return Cli.Fail(stderr, badDate.Problem!);
            if (Day(parsed.GetValue(since)) is { Ok: false } badSince) return Cli.Fail(stderr, badSince.Problem!);
            if (parsed.GetValue(feed) is { } where)
                return AddFeed(stdout, stderr, caseFile, yaml, where, Day(parsed.GetValue(since)).Value,
                    new FetchLimits(TimeSpan.FromSeconds(Math.Max(1, parsed.GetValue(timeout))), FetchLimits.Default.MaxBytes, FetchLimits.Default.MaxRedirects));

            var resources = Cli.Resources(parsed, lexicon);
            var given = new GivenDetails(parsed.GetValue(title), parsed.GetValue(publisher), Day(parsed.GetValue(date)).Value);
            var plan = CaseGrowth.PlanFiles(caseFile, yaml, paths, given, resources.Time);
            if (!plan.Ok) return Cli.Fail(stderr, plan.Problem!);
            if (CaseFolderWrite.Add(caseFile, plan.Value!) is { } problem) return Cli.Fail(stderr, problem);
            foreach (var f in plan.Value!.AlreadyListed) Cli.Print(stderr, $"{f}: already in the case; left as it is");
            foreach (var e in plan.Value.Entries) Cli.Print(stdout, $"added {e.Id}: {e.File} ({e.Publisher}, {e.Date:yyyy-MM-dd})");
            return Cli.Ok;
        });
        return command;
    }

    private static int AddFeed(TextWriter stdout, TextWriter stderr, CaseFile caseFile, string yaml, string where, DateOnly? since, FetchLimits limits)
    {
        var memory = FeedMemory.Read(caseFile.Folder);
        byte[] bytes;
        FeedValidators? validators = null;
        if (Uri.TryCreate(where, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fetched = FeedFetcher.Fetch(url, memory.GetValueOrDefault(where), limits).GetAwaiter().GetResult();
            if (!fetched.Ok) return Cli.Fail(stderr, fetched.Problem!);
            validators = fetched.Value!.Validators;
            if (fetched.Value.NotModified)
            {
                Cli.Print(stdout, $"{where}: not changed since the last fetch; nothing added");
                return Cli.Ok;
            }
            bytes = fetched.Value.Bytes!;
        }
        else
        {
            var read = DocumentReader.ReadBytes(where, limits.MaxBytes);
            if (!read.Ok) return Cli.Fail(stderr, File.Exists(where) || Directory.Exists(where) ? read.Problem! : Messages.MissingPath(where));
            bytes = read.Value!;
        }
        var parsed = Feed.Parse(where, bytes);
        if (!parsed.Ok) return Cli.Fail(stderr, parsed.Problem!);
        var plan = FeedGrowth.Plan(caseFile, yaml, parsed.Value!, since);
        foreach (var s in plan.Sources)
            if (OutputFile.Write(s.Path, s.Html) is { } problem) return Cli.Fail(stderr, problem);
        if (plan.Sources.Count > 0 && OutputFile.Write(caseFile.YamlPath, plan.Yaml) is { } yamlProblem) return Cli.Fail(stderr, yamlProblem);
        if (validators is not null && OutputFile.Write(FeedMemory.PathOf(caseFile.Folder), FeedMemory.With(memory, where, validators)) is { } memoryProblem)
            return Cli.Fail(stderr, memoryProblem);
        foreach (var s in plan.Sources) Cli.Print(stdout, $"added {s.Entry.Id}: {s.Entry.File} ({s.Entry.Publisher}, {s.Entry.Date:yyyy-MM-dd})");
        Cli.Print(stdout, $"{plan.Sources.Count} item{(plan.Sources.Count == 1 ? "" : "s")} added; skipped {plan.Duplicates} already in the case, " +
                          $"{plan.Older} older than --since, {plan.Undated} without a date");
        return Cli.Ok;
    }

    private static Result<DateOnly?> Day(string? text) =>
        text is null ? (DateOnly?)null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : Messages.BadGivenDate(text);
}
