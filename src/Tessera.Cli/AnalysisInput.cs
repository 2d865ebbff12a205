using Tessera.Analysis;
using System.CommandLine;
using System.Globalization;
using Tessera.Analysis.Events;
using Tessera.Case;

namespace Tessera.Cli;

/// <summary>What the timeline, actors and causes commands share: their arguments and options, and reading a case folder or files.</summary>
internal static class AnalysisInput
{
    /// <summary>The arguments and options both commands take.</summary>
    public sealed record Inputs(Argument<string[]> Paths, Option<string> Format, Option<string?> Date, Option<string?> Db, Option<string[]> Lexicon, Option<int> Jobs)
    {
        public Command AddTo(Command command)
        {
            command.Add(Paths);
            foreach (var option in new Option[] { Format, Date, Db, Lexicon, Jobs }) command.Add(option);
            return command;
        }
    }

    public static Inputs Options()
    {
        var format = new Option<string>("--format", "-f") { Description = "table (for people), jsonl or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return new Inputs(
            new Argument<string[]>("paths") { Description = "A case folder (with case.yaml) or text, Markdown, HTML or PDF files.", Arity = ArgumentArity.OneOrMore },
            format,
            new Option<string?>("--date") { Description = "The date (YYYY-MM-DD) of documents that give none of their own (no case.yaml date, metadata, dateline or front matter)." },
            Cli.DbOption(),
            Cli.LexiconOption(),
            Cli.JobsOption());
    }

    /// <summary>Assesses a case folder, or loose files as a case of their own, into its store (see <see cref="CaseInput"/>), and
    /// gives its findings with the run's language resources (the --lexicon folders' time words too), each step run when the command
    /// first reads it.</summary>
    public static Result<(AssessedCase Case, Findings Findings, LanguageResources Resources)> Load(ParseResult parsed, Inputs inputs)
    {
        DateOnly? given = null;
        if (parsed.GetValue(inputs.Date) is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return Messages.BadGivenDate(date);
            given = d;
        }
        var resources = Cli.Resources(parsed, inputs.Lexicon).Load();
        var jobs = parsed.GetValue(inputs.Jobs);
        var opened = CaseInput.Open(parsed.GetValue(inputs.Paths)!, parsed.GetValue(inputs.Db), resources, fallbackDate: given, jobs: jobs);
        if (!opened.Ok) return opened.Problem!;
        var analysis = opened.Value!.Analysis(resources, jobs);
        if (!analysis.Ok) return analysis.Problem!;
        return (opened.Value.Case, Findings.OnDemand(analysis.Value!, resources, jobs), resources);
    }

    public static void WarnUndated(TextWriter stderr, CaseEvents events)
    {
        foreach (var d in events.Documents.Where(d => d.DateProblem is not null && d.Date is null))
            Cli.Print(stderr, d.DateProblem!.ToString());
    }
}
