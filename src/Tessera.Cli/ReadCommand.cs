using System.CommandLine;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>`tessera read`: one record per unit of each file, as a table or as JSON Lines.</summary>
public static class ReadCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Text, Markdown, HTML or PDF files to read.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "table (for people) or jsonl (the extraction contract, one JSON object per unit).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var lexicon = Cli.LexiconOption();
        var command = new Command("read", "Read documents and show each unit's claim: speaker, hedges, boosters, likelihood band, prediction, verification, actors.")
        {
            files, format, lexicon,
        };
        command.SetAction(parsed =>
        {
            // Built before any file is read, so a bad row in a --lexicon file fails first.
            var extractor = Cli.Resources(parsed, lexicon).LoadExtraction().Claims;
            var documents = new List<Document>();
            foreach (var path in parsed.GetValue(files)!)
            {
                var read = DocumentReader.Read(path);
                if (!read.Ok) return Cli.Fail(stderr, read.Problem!);
                documents.Add(read.Value!);
            }
            if (parsed.GetValue(format) == "jsonl")
            {
                foreach (var doc in documents) ClaimJsonl.Write(stdout, extractor.Extract(doc));
                return Cli.Ok;
            }
            var console = Terminal.Console(stdout);
            foreach (var doc in documents) console.Write(Terminal.ClaimTable(doc, extractor.Extract(doc)));
            return Cli.Ok;
        });
        return command;
    }
}
