using System.CommandLine;
using Tessera.Case;
using Tessera.Events.Imported;
using Tessera.Reading;

namespace Tessera.Cli;

/// <summary>`tessera import`: brings the events of an event data set (ACLED, GDELT, ICEWS, POLECAT) into a case's store.</summary>
public static class ImportCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("case") { Description = "The case folder (with case.yaml)." };
        var file = new Argument<string>("file") { Description = "The event data file: ACLED's CSV export, a GDELT 2.0 events file, an ICEWS coded event file or a POLECAT file." };
        var format = new Option<string>("--format", "-f") { Description = "The data set the file comes from.", Required = true };
        format.AcceptOnlyFromAmong("acled", "gdelt", "icews", "polecat");
        var country = new Option<string[]>("--country")
        {
            Description = "A country whose events belong to the case, besides those case.yaml's region and actors name (more than once for several).",
            Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false,
        };
        var db = Cli.DbOption();
        var lexicon = Cli.LexiconOption();
        var command = new Command("import", "Import coded events into a case: those of the case's period and region are stored with their provenance, " +
                                            "CAMEO code, actors (by the case's names), Goldstein value and place, and join the timeline, network and brief. " +
                                            "Malformed rows are reported by line and skipped.")
        {
            folder, file, format, country, db, lexicon,
        };
        command.SetAction(parsed =>
        {
            var loaded = CaseYaml.Load(parsed.GetValue(folder)!);
            if (!loaded.Ok) return Cli.Fail(stderr, loaded.Problem!);
            var caseFile = loaded.Value!;
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path)) return Cli.Fail(stderr, Directory.Exists(path) ? Messages.Unsupported(path, "folder") : Messages.MissingPath(path));
            var dataset = Enum.Parse<EventDataset>(parsed.GetValue(format)!, ignoreCase: true);
            var resources = Cli.Resources(parsed, lexicon).Load();
            var names = new DatasetNames(resources.Data, caseFile.Actors);
            var scope = ImportScope.Of(caseFile, names, parsed.GetValue(country) ?? []);
            var records = resources.EventRecords;

            var opened = CaseStore.Open(parsed.GetValue(db) ?? CaseStore.DefaultPath(caseFile.Folder));
            if (!opened.Ok) return Cli.Fail(stderr, opened.Problem!);
            using var store = opened.Value!;
            var tally = new ImportTally();
            (long Added, long Replaced) stored;
            try
            {
                // Read as a stream, decoded as strictly as a source: a file of millions of rows never sits in memory.
                using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                stored = store.Import(EventImport.Events(records.Read(reader, dataset, path), dataset, path, scope, names, tally));
            }
            catch (System.Text.DecoderFallbackException)
            {
                return Cli.Fail(stderr, Messages.BinaryFile(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Cli.Fail(stderr, Messages.Unreadable(path, e.Message));
            }
            foreach (var p in tally.Problems) Cli.Print(stderr, "warning: " + p);
            var unshown = tally.Malformed + tally.NoCameo - tally.Problems.Count;
            if (unshown > 0) Cli.Print(stderr, $"warning: {path}: {unshown:N0} more rows skipped (not shown)");
            if (tally.Rows == 0) return Cli.Fail(stderr, Messages.NoEventRows(path, dataset.ToString().ToUpperInvariant()));
            var region = scope.Countries.Count == 0 ? "any place (case.yaml names no region countries)" : string.Join(", ", scope.Countries.Order(StringComparer.Ordinal));
            Cli.Print(stdout, $"{path}: {tally.Rows:N0} rows read; {tally.Kept:N0} events imported ({stored.Added:N0} new, {stored.Replaced:N0} replaced); " +
                              $"skipped {tally.Malformed:N0} malformed, {tally.NoCameo:N0} without a CAMEO equivalent, {tally.OutsidePeriod:N0} outside the period, " +
                              $"{tally.OutsideRegion:N0} outside the region ({region})");
            return Cli.Ok;
        });
        return command;
    }
}
