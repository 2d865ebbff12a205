using Tessera.Analysis;
using System.CommandLine;
using System.Text;
using Tessera.Case;
using Tessera.Output;
using Tessera.Output.Tables;

namespace Tessera.Cli;

/// <summary>`tessera export`: a case (or loose files) as a STIX 2.1 bundle, or one of its tables as CSV or JSON.</summary>
public static class ExportCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("case") { Description = "A case folder with case.yaml, or one or more source files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f")
        {
            Description = "stix (a STIX 2.1 bundle of the whole case, for OpenCTI or MISP), csv (RFC 4180, CRLF line ends) or json (an array of objects).",
            DefaultValueFactory = _ => "stix",
        };
        format.AcceptOnlyFromAmong("stix", "csv", "json");
        var what = new Option<string>("--what", "-w")
        {
            Description = "The table to write as csv or json: " + string.Join("; ", CaseTables.All.Select(t => $"{t.Name} ({t.Description})")) +
                          $"; or {Corrections} (the claims an analyst corrected, as gold JSONL that `tessera eval` reads; with --format csv, the audit of every correction).",
            DefaultValueFactory = _ => CaseTables.All[0].Name,
        };
        what.AcceptOnlyFromAmong([.. CaseTables.All.Select(t => t.Name), Corrections]);
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var db = Cli.DbOption();
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var command = new Command("export", "Export a case for other tools: a STIX 2.1 bundle (sources as reports, claims as notes and opinions, actors as " +
                                            "identities and locations) or a table of claims, actors, sources, events or forecasts as CSV or JSON. The same case gives the same bytes every time.")
        {
            inputs, format, what, output, db, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetValue(format)!;
            var corrections = parsed.GetValue(what) == Corrections;
            // The default format is STIX, which has no tables; --what corrections alone means its gold JSONL.
            if (corrections && parsed.GetResult(format) is { Implicit: true }) chosen = "json";
            if (chosen == "stix" && parsed.GetResult(what) is { Implicit: false }) return Cli.Fail(stderr, Messages.WhatWithStix());
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse(parsed.GetValue(inputs)!, parsed.GetValue(db), resources, parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var bytes = corrections ? CaseExport.Corrections(opened.Value.Analysis, Enum.Parse<ExportFormat>(chosen, ignoreCase: true)) : CaseExport.Write(opened.Value.Analysis, resources, Enum.Parse<ExportFormat>(chosen, ignoreCase: true), CaseTables.Find(parsed.GetValue(what)!)!, parsed.GetValue(jobs));
            if (parsed.GetValue(output) is { } path)
            {
                if (OutputFile.Write(path, bytes) is { } problem) return Cli.Fail(stderr, problem);
            }
            else stdout.Write(Encoding.UTF8.GetString(bytes));
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>The --what that writes the analyst's corrections instead of a table.</summary>
    private const string Corrections = "corrections";
}
