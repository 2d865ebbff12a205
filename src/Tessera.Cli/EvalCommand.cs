using System.CommandLine;
using Tessera.Claims;
using Tessera.Evaluation;
using Tessera.Output;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>`tessera eval`: the figures of eval/score.py for a gold file and the document it annotates.</summary>
public static class EvalCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL file annotated by eval/GUIDELINES.md." };
        var doc = new Argument<string>("document") { Description = "The document the gold file annotates (text, Markdown, HTML or PDF)." };
        var aliases = new Option<string?>("--aliases") { Description = "Actor alias table (canonical name, then aliases, tab-separated) used to fold names before comparing." };
        var errors = new Option<bool>("--errors") { Description = "List every disagreement (unit id, field, what) before the figures." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var lexicon = Cli.LexiconOption();
        var command = new Command("eval", "Score the extractor on an annotated document: precision, recall and F1 per label, speaker and band accuracy, macro mean " +
                                          "(the same figures as eval/score.py).")
        {
            gold, doc, aliases, errors, json, lexicon,
        };
        command.SetAction(parsed =>
        {
            var resources = Cli.Resources(parsed, lexicon).LoadExtraction();
            var extractor = resources.Claims;
            var goldUnits = GoldScorer.Load(parsed.GetValue(gold)!);
            if (!goldUnits.Ok) return Cli.Fail(stderr, goldUnits.Problem!);
            var read = DocumentReader.Read(parsed.GetValue(doc)!, limits: resources.Reading);
            if (!read.Ok) return Cli.Fail(stderr, read.Problem!);
            var aliasPath = parsed.GetValue(aliases);
            if (aliasPath is not null && !File.Exists(aliasPath)) return Cli.Fail(stderr, Messages.MissingPath(aliasPath));
            var system = GoldScorer.SystemUnits(extractor.Extract(read.Value!));
            var report = GoldScorer.Score([(goldUnits.Value!, system)], GoldScorer.LoadAliases(aliasPath));
            if (parsed.GetValue(json)) EvalJson.Write(stdout, report);
            else stdout.Write(UnsafeText.Visible(GoldScorer.Format(report, parsed.GetValue(errors))));
            return Cli.Ok;
        });
        return command;
    }
}
