using System.CommandLine;
using System.Text;
using Tessera.Analysis;
using Tessera.Analysis.Provenance;
using Tessera.Case;
using Tessera.Cli.Views;
using Tessera.Output.Records;

namespace Tessera.Cli;

/// <summary>`tessera show CASE CLAIM`: one claim's provenance, the view the workbench's claim page shows too.</summary>
public static class ShowCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("case") { Description = "A case folder with case.yaml." };
        var claim = new Argument<string>("claim") { Description = "The claim's id: its source and unit number, as every export gives it (wire-chronology#13)." };
        var format = new Option<string>("--format", "-f") { Description = "text (for people) or json (one JSON document).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var db = Cli.DbOption();
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var command = new Command("show", "Show where one claim came from and what rests on it: its words and the cues behind each flag, its speaker, " +
                                          "origin and relays, its credibility and why, the claims that corroborate, update, retract or contradict it, " +
                                          "and the ACH items, forecasts and key judgments that use it.")
        {
            folder, claim, format, db, lexicon, jobs,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).Load();
            var opened = CaseInput.Analyse([parsed.GetValue(folder)!], parsed.GetValue(db), resources, parsed.GetValue(jobs));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            var analysis = opened.Value.Analysis;
            var id = parsed.GetValue(claim)!;
            var provenance = ClaimProvenance.Of(Findings.OnDemand(analysis, resources, parsed.GetValue(jobs)), analysis.Matrix, id);
            if (provenance is null) return Cli.Fail(stderr, Messages.NoSuchClaim(id, analysis.Case.Claims.Where(c => c.IsClaim).Select(c => c.Id).FirstOrDefault()));
            if (parsed.GetValue(format) == "json") stdout.Write(Encoding.UTF8.GetString(ProvenanceJson.Write(provenance)));
            else ProvenanceView.Write(stdout, provenance);
            return Cli.Ok;
        });
        return command;
    }
}
