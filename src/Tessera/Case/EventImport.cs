using Tessera.Events.Imported;
using Tessera.Recognition;

namespace Tessera.Case;

/// <summary>What of an event data set belongs to a case: the case's period, and the countries of its region.</summary>
/// <param name="Countries">The gazetteer's names of the region's countries; empty when the case names none, and then every
/// place passes.</param>
public sealed record ImportScope(DateOnly? From, DateOnly? To, IReadOnlySet<string> Countries)
{
    /// <summary>The case's period, and as its region the countries case.yaml's `region` names (a comma-separated list), the
    /// case's actors of kind country, and those the analyst adds (--country).</summary>
    public static ImportScope Of(CaseFile file, DatasetNames names, IEnumerable<string> countries)
    {
        var named = file.Region.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Concat(file.Actors.Where(a => a.Kind == MentionKind.Country).Select(a => a.Name))
            .Concat(countries)
            .Select(n => names.Country(n) ?? (file.Actors.Any(a => a.Name == n && a.Kind == MentionKind.Country) || countries.Contains(n) ? n : null))
            .OfType<string>();
        return new ImportScope(file.From, file.To, named.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>The tally of one import, kept as the rows stream past: how many were read, kept, left out and why, and the first
/// malformed rows by line.</summary>
/// <remarks>Mutable on purpose: an import of millions of rows is one pass over the file, and the tally is its only state.</remarks>
public sealed class ImportTally
{
    /// <summary>How many malformed rows are named one by one; the rest are counted.</summary>
    public const int ShownProblems = 20;

    public long Rows { get; internal set; }
    public long Kept { get; internal set; }
    public long OutsidePeriod { get; internal set; }
    public long OutsideRegion { get; internal set; }
    public long NoCameo { get; internal set; }
    public long Malformed { get; internal set; }
    public List<Problem> Problems { get; } = [];
}

/// <summary>Brings the records of an event data set into a case: each row read, malformed rows reported by line and counted,
/// actors given the case's names, and only events of the case's period and region kept.</summary>
public static class EventImport
{
    /// <summary>The events of <paramref name="records"/> that belong to the case, lazily: the rows are read as the result is,
    /// and <paramref name="tally"/> counts them on the way.</summary>
    public static IEnumerable<ImportedEvent> Events(IEnumerable<RecordResult> records, EventDataset dataset, string path, ImportScope scope,
        DatasetNames names, ImportTally tally)
    {
        foreach (var r in records)
        {
            tally.Rows++;
            if (r.Record is not { } record)
            {
                if (r.NoCameo) tally.NoCameo++;
                else tally.Malformed++;
                if (tally.Problems.Count < ImportTally.ShownProblems) tally.Problems.Add(Messages.BadEventRow(path, r.Line, r.Error!));
                continue;
            }
            if (record.Date < scope.From || record.Date > scope.To) { tally.OutsidePeriod++; continue; }
            var country = names.Country(record.Country) ?? record.Country;
            var inRegion = scope.Countries.Count == 0
                           || (country is not null ? scope.Countries.Contains(country)
                               // An event the data set does not place is the case's when one of its actors is one the case knows.
                               : names.Knows(record.SourceName) || (record.TargetName is { } t && names.Knows(t)));
            if (!inRegion) { tally.OutsideRegion++; continue; }
            tally.Kept++;
            yield return new ImportedEvent(new EventProvenance(dataset, record.RecordId, record.Url), record.Date, names.Actor(record.SourceName), record.SourceName,
                record.TargetName is { } target ? names.Actor(target) : null, record.TargetName, record.Cameo, record.Goldstein, record.Place, country,
                record.Latitude, record.Longitude);
        }
    }
}
