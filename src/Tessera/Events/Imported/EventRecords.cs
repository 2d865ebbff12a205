using System.Globalization;

namespace Tessera.Events.Imported;

/// <summary>One record of an event data set before its actors are given the case's names: what the data set says, cell by cell.</summary>
public sealed record EventRecord(
    long Line,
    string RecordId,
    DateOnly Date,
    string SourceName,
    string? TargetName,
    CameoCode Cameo,
    double Goldstein,
    string? Place,
    string? Country,
    double? Latitude,
    double? Longitude,
    string? Url);

/// <summary>A record read, or the reason its row is malformed (with the row's line).</summary>
public readonly record struct RecordResult(long Line, EventRecord? Record, string? Error, bool NoCameo = false);

/// <summary>Reads the event data sets' own files, row by row, into <see cref="EventRecord"/>s. Each format is read by its
/// published column definitions: ACLED's CSV export (a header row, named columns), GDELT 2.0's event table (61 tab-separated
/// columns, no header), ICEWS coded event files and POLECAT weekly files (tab-separated with a header row).</summary>
public sealed class EventRecords
{
    private readonly CameoTable _cameo;
    private readonly Dictionary<(string, string), CameoCode> _acled = new();
    private readonly Dictionary<(string, string), CameoCode> _plover = new();

    public EventRecords(CameoTable cameo, LanguageData data)
    {
        _cameo = cameo;
        // The format has checked every code against codes.tsv.
        foreach (var row in data.Rows("cameo/acled-cameo.tsv")) _acled[(row[0].ToLowerInvariant(), row[1].ToLowerInvariant())] = cameo.Code(row[2])!;
        foreach (var row in data.Rows("cameo/plover-cameo.tsv")) _plover[(row[0].ToUpperInvariant(), row[1].ToLowerInvariant())] = cameo.Code(row[2])!;
    }

    /// <summary>GDELT 2.0's event table has 61 columns (GDELT Event Codebook 2.0); these are the ones Tessera reads.</summary>
    private const int GdeltColumns = 61;
    private const int GdeltId = 0, GdeltDay = 1, GdeltActor1Name = 6, GdeltActor2Name = 16, GdeltEventCode = 26, GdeltGoldstein = 30,
        GdeltPlace = 52, GdeltLat = 56, GdeltLong = 57, GdeltUrl = 60;

    /// <summary>The columns of each format with a header that Tessera needs; others may come in any order or be absent.</summary>
    public static readonly IReadOnlyDictionary<EventDataset, string[]> Required = new Dictionary<EventDataset, string[]>
    {
        [EventDataset.Acled] = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location", "latitude", "longitude"],
        [EventDataset.Icews] = ["Event ID", "Event Date", "Source Name", "CAMEO Code", "Intensity", "Target Name", "Country", "Latitude", "Longitude"],
        [EventDataset.Polecat] = ["Event ID", "Event Date", "Event Type", "Actor Name", "Recipient Name", "Country", "Latitude", "Longitude"],
    };

    /// <summary>Every record of the stream, in order, read lazily. A header that lacks a required column is a problem for the whole
    /// file (<see cref="ProblemException"/>, naming <paramref name="path"/>).</summary>
    public IEnumerable<RecordResult> Read(TextReader reader, EventDataset dataset, string path)
    {
        if (dataset == EventDataset.Gdelt)
        {
            foreach (var r in DelimitedRecords.Tabs(reader)) yield return r.Error is { } e ? new(r.Line, null, e) : Gdelt(r);
            yield break;
        }
        var rows = (dataset == EventDataset.Acled ? DelimitedRecords.Csv(reader) : DelimitedRecords.Tabs(reader)).GetEnumerator();
        using var _ = rows;
        if (!rows.MoveNext()) yield break;
        var header = rows.Current.Cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        var missing = Required[dataset].Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0) throw new ProblemException(Messages.EventColumns(path, dataset.ToString().ToUpperInvariant(), missing));
        var at = header.Select((name, i) => (name, i)).GroupBy(x => x.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        while (rows.MoveNext())
        {
            var r = rows.Current;
            if (r.Error is { } e) { yield return new(r.Line, null, e); continue; }
            // Some published POLECAT weekly files end their rows with empty tabs the header does not name: cells past the header
            // are harmless when empty.
            if (r.Cells.Count < header.Count || r.Cells.Skip(header.Count).Any(c => c.Trim().Length > 0))
            {
                yield return new(r.Line, null, $"{r.Cells.Count} columns, expected {header.Count} as the header names");
                continue;
            }
            var cells = new Cells(r.Cells, at);
            yield return dataset switch
            {
                EventDataset.Acled => Acled(r.Line, cells),
                EventDataset.Icews => Icews(r.Line, cells),
                _ => Polecat(r.Line, cells),
            };
        }
    }

    /// <summary>A row's cells by column name.</summary>
    private readonly record struct Cells(IReadOnlyList<string> Values, Dictionary<string, int> At)
    {
        public string this[string name] => At.TryGetValue(name, out var i) ? Values[i].Trim() : "";

        /// <summary>The cell of the first of these names the header has: one column published under more than one name.</summary>
        public (string Name, string Value) First(params string[] names)
        {
            foreach (var name in names) if (At.ContainsKey(name)) return (name, this[name]);
            return (names[0], "");
        }
    }

    private RecordResult Gdelt(DelimitedRecord r)
    {
        var c = r.Cells;
        if (c.Count != GdeltColumns) return new(r.Line, null, $"{c.Count} tab-separated columns, expected {GdeltColumns} (GDELT 2.0 events)");
        if (c[GdeltId].Length == 0) return new(r.Line, null, "no GLOBALEVENTID");
        if (!DateOnly.TryParseExact(c[GdeltDay], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new(r.Line, null, $"SQLDATE '{c[GdeltDay]}' is not a date (YYYYMMDD)");
        if (Code(c[GdeltEventCode]) is not { } cameo) return new(r.Line, null, $"EventCode '{c[GdeltEventCode]}' is not a CAMEO code");
        if (!Number(c[GdeltGoldstein], -10, 10, out var goldstein)) return new(r.Line, null, $"GoldsteinScale '{c[GdeltGoldstein]}' is not a number from -10 to 10");
        if (!Coordinates(c[GdeltLat], c[GdeltLong], out var lat, out var lon)) return new(r.Line, null, $"ActionGeo_Lat/Long '{c[GdeltLat]}', '{c[GdeltLong]}' are not a latitude and longitude");
        // ActionGeo_FullName reads "City, Region, Country": its last part names the country.
        var place = Blank(c[GdeltPlace]);
        var country = place?.Split(',')[^1].Trim();
        return new(r.Line, new EventRecord(r.Line, c[GdeltId], day, c[GdeltActor1Name], Blank(c[GdeltActor2Name]), cameo, goldstein, place, country, lat, lon, Blank(c[GdeltUrl])), null);
    }

    private RecordResult Acled(long line, Cells c)
    {
        var id = c["event_id_cnty"];
        if (id.Length == 0) return new(line, null, "no event_id_cnty");
        // ACLED's exports write dates as 2022-01-05; older ones as 05 January 2022.
        if (!DateOnly.TryParseExact(c["event_date"], ["yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new(line, null, $"event_date '{c["event_date"]}' is not a date");
        if (c["actor1"].Length == 0) return new(line, null, "no actor1");
        if (!Coordinates(c["latitude"], c["longitude"], out var lat, out var lon)) return new(line, null, $"latitude/longitude '{c["latitude"]}', '{c["longitude"]}' are not a place");
        var type = c["event_type"].ToLowerInvariant();
        if (!_acled.TryGetValue((type, c["sub_event_type"].ToLowerInvariant()), out var cameo) && !_acled.TryGetValue((type, ""), out cameo))
            return new(line, null, $"'{c["event_type"]}: {c["sub_event_type"]}' has no CAMEO equivalent in cameo/acled-cameo.tsv", NoCameo: true);
        return new(line, new EventRecord(line, id, day, c["actor1"], Blank(c["actor2"]), cameo, cameo.Goldstein, Blank(c["location"]), Blank(c["country"]), lat, lon, null), null);
    }

    private RecordResult Icews(long line, Cells c)
    {
        var id = c["Event ID"];
        if (id.Length == 0) return new(line, null, "no Event ID");
        if (!DateOnly.TryParseExact(c["Event Date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new(line, null, $"Event Date '{c["Event Date"]}' is not a date (YYYY-MM-DD)");
        if (c["Source Name"].Length == 0) return new(line, null, "no Source Name");
        if (Code(c["CAMEO Code"]) is not { } cameo) return new(line, null, $"CAMEO Code '{c["CAMEO Code"]}' is not a CAMEO code");
        if (!Number(c["Intensity"], -10, 10, out var intensity)) return new(line, null, $"Intensity '{c["Intensity"]}' is not a number from -10 to 10");
        if (!Coordinates(c["Latitude"], c["Longitude"], out var lat, out var lon)) return new(line, null, $"Latitude/Longitude '{c["Latitude"]}', '{c["Longitude"]}' are not a place");
        var place = Blank(c["City"]) ?? Blank(c["Province"]);
        return new(line, new EventRecord(line, id, day, c["Source Name"], Blank(c["Target Name"]), cameo, intensity, place, Blank(c["Country"]), lat, lon, null), null);
    }

    private RecordResult Polecat(long line, Cells c)
    {
        var id = c["Event ID"];
        if (id.Length == 0) return new(line, null, "no Event ID");
        if (!DateOnly.TryParseExact(c["Event Date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new(line, null, $"Event Date '{c["Event Date"]}' is not a date (YYYY-MM-DD)");
        if (c["Actor Name"].Length == 0) return new(line, null, "no Actor Name");
        var type = c["Event Type"].ToUpperInvariant();
        if (!_plover.TryGetValue((type, c["Event Mode"].ToLowerInvariant()), out var cameo) && !_plover.TryGetValue((type, ""), out cameo))
            return new(line, null, $"Event Type '{c["Event Type"]}' is not a PLOVER event type of cameo/plover-cameo.tsv");
        var goldstein = cameo.Goldstein;
        // The Dataverse weekly files head this column "Intensity"; the codebook and later releases "Event Intensity".
        var (intensityName, intensity) = c.First("Event Intensity", "Intensity");
        if (intensity.Length > 0 && !Number(intensity, -10, 10, out goldstein))
            return new(line, null, $"{intensityName} '{intensity}' is not a number from -10 to 10");
        if (!Coordinates(c["Latitude"], c["Longitude"], out var lat, out var lon)) return new(line, null, $"Latitude/Longitude '{c["Latitude"]}', '{c["Longitude"]}' are not a place");
        var place = Blank(c["Placename"]) ?? Blank(c["City"]);
        return new(line, new EventRecord(line, id, day, c["Actor Name"], Blank(c["Recipient Name"]), cameo, goldstein, place, Blank(c["Country"]), lat, lon, Blank(c["Source URL"])), null);
    }

    /// <summary>A CAMEO code as written; a code whose leading zero a spreadsheet dropped ("42" for "042") is read as meant.</summary>
    private CameoCode? Code(string text) =>
        text.Length == 0 || !text.All(char.IsAsciiDigit) ? null : _cameo.Code(text) ?? (text.Length < 4 ? _cameo.Code("0" + text) : null);

    private static bool Number(string text, double min, double max, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    /// <summary>Both empty (no place given), or a latitude and a longitude within their ranges.</summary>
    private static bool Coordinates(string lat, string lon, out double? latitude, out double? longitude)
    {
        latitude = longitude = null;
        if (lat.Length == 0 && lon.Length == 0) return true;
        if (!Number(lat, -90, 90, out var a) || !Number(lon, -180, 180, out var b)) return false;
        (latitude, longitude) = (a, b);
        return true;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
