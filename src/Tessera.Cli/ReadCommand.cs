using System.CommandLine;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Pipeline;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>`tessera read`: one record per unit of each file, as a table or as JSON Lines.</summary>
public static class ReadCommand
{
    /// <summary>A document (or a part of a streamed one) with its claims, ready to write.</summary>
    private sealed record Extracted(DocumentPart Part, IReadOnlyList<Claim> Claims);

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Text, Markdown, HTML or PDF files to read.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "table (for people; fixed columns 80 wide when written to a file or a pipe) or jsonl (the extraction contract, one JSON object per unit).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var lexicon = Cli.LexiconOption();
        var jobs = Cli.JobsOption();
        var quiet = Cli.QuietOption();
        var command = new Command("read", "Read documents and show each unit's claim: speaker, hedges, boosters, likelihood band, prediction, verification, actors. " +
                                          "Documents stream through: each is written as soon as it and those before it are read.")
        {
            files, format, lexicon, jobs, quiet,
        };
        command.SetAction(parsed =>
        {
            // Built before any file is read, so a bad row in a --lexicon file fails first.
            var resources = Cli.Resources(parsed, lexicon).LoadExtraction();
            var extractor = resources.Claims;
            var paths = parsed.GetValue(files)!;
            var jsonl = parsed.GetValue(format) == "jsonl";
            // Spectre.Console lays a table out to the terminal; for a file or a pipe a renderer of fixed columns writes the same words.
            var console = jsonl || !Terminal.IsTerminal(stdout) ? null : Terminal.Console(stdout);
            using var progress = ProgressReport.For(stderr, parsed.GetValue(quiet));
            var step = progress.Step("reading and extracting", paths.Length);
            var units = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var extracted in InOrder.Map(Pieces(paths, extractor, resources.Reading), piece => piece(), parsed.GetValue(jobs)))
            {
                if (!extracted.Ok) return Cli.Fail(stderr, progress.Stop(extracted.Problem!));
                var (part, claims) = extracted.Value!;
                if (jsonl) ClaimJsonl.Write(stdout, claims, part.Offset);
                else
                {
                    // A streamed file's parts are numbered on from the part before, as one table per part.
                    var before = units.GetValueOrDefault(part.Document.Path);
                    if (console is null) PlainClaimTable.Write(stdout, part.Document, claims, before);
                    else console.Write(Terminal.ClaimTable(part.Document, claims, before));
                    units[part.Document.Path] = before + claims.Count;
                }
                if (part.Offset == 0) step.Advance();
            }
            return Cli.Ok;
        });
        return command;
    }

    /// <summary>The work of each file in order, each piece run on whichever core is free: a whole file read and extracted, or
    /// one part of a streamed file extracted (its parts are read one after another, as they come).</summary>
    private static IEnumerable<Func<Result<Extracted>>> Pieces(string[] paths, ClaimExtractor extractor, ReadingLimits reading)
    {
        Result<Extracted> Extract(Result<DocumentPart> part) =>
            part.Ok ? new Extracted(part.Value!, extractor.Extract(part.Value!.Document)) : part.Problem!;
        foreach (var path in paths)
        {
            if (!DocumentReader.Streams(path, reading))
            {
                yield return () => Extract(DocumentReader.Read(path, limits: reading) is var read && read.Ok ? new DocumentPart(read.Value!, 0) : read.Problem!);
                continue;
            }
            foreach (var part in DocumentReader.Parts(path, limits: reading)) yield return () => Extract(part);
        }
    }
}
