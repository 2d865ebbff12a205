using System.Globalization;
using Tessera.Language;

namespace Tessera.Recognition.Time;

/// <summary>A calendar unit a relative time counts in.</summary>
internal enum TimeUnit { Hour, Day, Week, Fortnight, Month, Quarter, Year, Decade }

/// <summary>The words of language/time-words.tsv and language/calendar.tsv, by the role the normaliser gives them.</summary>
public sealed class TimeWords
{
    internal Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> FullMonths { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, TimeUnit> Units { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> Directions { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> Ordinals { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> After { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Bounds { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Ago { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Within { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> YearContext { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> MonthContext { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Ambiguous { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Subordinate { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> DayParts { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Skip { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> BareParts { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> NotBeforeWeekday { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Demonstratives { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> Seasons { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> Remainders { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Past { get; } = new(StringComparer.Ordinal);
    internal List<string> PastEndings { get; } = [];
    internal HashSet<string> NotPast { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Present { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> VerbMarkers { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Ages { get; } = new(StringComparer.Ordinal);
    internal PhraseMatcher<int> Numbers { get; }
    internal PhraseMatcher<(int Offset, TimeUnit Unit)> Deictic { get; }
    internal PhraseMatcher<(int Offset, TimeUnit Unit)> Anaphoric { get; }
    internal PhraseMatcher<bool> Future { get; }

    public TimeWords(LanguageData data)
    {
        foreach (var row in data.Rows("language/calendar.tsv"))
        {
            var n = int.Parse(row[2], CultureInfo.InvariantCulture);
            var names = new[] { row[0] }.Concat(row[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(s => s.ToLowerInvariant());
            foreach (var name in names)
            {
                if (row[1] == "month") Months[name] = n;
                // Weekday abbreviations (Sun, Sat, Wed) are ordinary words too often; only full names are read.
                else if (row[1] == "weekday" && name == row[0].ToLowerInvariant()) Weekdays[name] = (DayOfWeek)(n % 7);
            }
            if (row[1] == "month") FullMonths.Add(row[0].ToLowerInvariant());
        }

        var numbers = new List<(string, int)>();
        var deictic = new List<(string, (int, TimeUnit))>();
        var anaphoric = new List<(string, (int, TimeUnit))>();
        var future = new List<(string, bool)>();
        foreach (var row in data.Rows("language/time-words.tsv"))
        {
            var phrase = row[0];
            var value = row[2];
            switch (row[1])
            {
                case "number": numbers.Add((phrase, int.Parse(value, CultureInfo.InvariantCulture))); break;
                case "unit": Units[phrase] = ParseUnit(row, value); break;
                case "deictic": deictic.Add((phrase, ParseOffset(row, value))); break;
                case "anaphoric": anaphoric.Add((phrase, ParseOffset(row, value))); break;
                case "direction": Directions[phrase] = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "part": Parts[phrase] = value; break;
                case "ordinal": Ordinals[phrase] = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "after": After[phrase] = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "ago": Ago.Add(phrase); break;
                case "within": Within.Add(phrase); break;
                case "bound": Bounds[phrase] = value; break;
                case "year-context": YearContext.Add(phrase); break;
                case "month-context": MonthContext.Add(phrase); break;
                case "ambiguous": Ambiguous.Add(phrase); break;
                case "future": future.Add((phrase, true)); break;
                case "subordinate": Subordinate.Add(phrase); break;
                case "day-part": DayParts.Add(phrase); break;
                case "skip": Skip.Add(phrase); break;
                case "ordinal-suffix": OrdinalSuffixes.Add(phrase); break;
                case "bare-part": BareParts.Add(phrase); break;
                case "not-before-weekday": NotBeforeWeekday.Add(phrase); break;
                case "demonstrative": Demonstratives.Add(phrase); break;
                case "season": Seasons[phrase] = value; break;
                case "remainder": Remainders[phrase] = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "past": Past.Add(phrase); break;
                case "past-ending": PastEndings.Add(phrase); break;
                case "not-past": NotPast.Add(phrase); break;
                case "present": Present.Add(phrase); break;
                case "verb-marker": VerbMarkers.Add(phrase); break;
                case "age": Ages.Add(phrase); break;
                default: throw new InvalidOperationException($"time-word role '{row[1]}' passed the file's format but has no reading");
            }
        }
        Numbers = new PhraseMatcher<int>(numbers);
        Deictic = new PhraseMatcher<(int, TimeUnit)>(deictic);
        Anaphoric = new PhraseMatcher<(int, TimeUnit)>(anaphoric);
        Future = new PhraseMatcher<bool>(future);
    }

    /// <summary>The names of the units, as the files write them.</summary>
    private static readonly string[] UnitNames = Enum.GetNames<TimeUnit>().Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>Checks the value of a time-words.tsv row, whose form depends on its role (see the file's header).</summary>
    internal static void CheckValue(DataRow row, LanguageData data)
    {
        switch (row[1])
        {
            case "number": row.Integer(2, "count", 0); break;
            case "unit": ParseUnit(row, row.Required(2, "unit")); break;
            case "deictic" or "anaphoric": ParseOffset(row, row.Required(2, "offset")); break;
            case "direction" or "after": row.Integer(2, "direction", -1, 1); break;
            case "remainder": row.Integer(2, "side", -1, 1); break;
            case "season": row.OneOf(2, "season", ["SP", "SU", "FA", "WI"]); break;
            case "ordinal": row.Integer(2, "ordinal"); break;
            case "part": row.OneOf(2, "part", ["early", "mid", "late"]); break;
            case "bound": row.OneOf(2, "bound", ["since", "until"]); break;
        }
    }

    private static TimeUnit ParseUnit(DataRow row, string value) =>
        Enum.Parse<TimeUnit>(row.IsOneOf(value, "time unit", UnitNames), ignoreCase: true);

    /// <summary>"-1 day", "+2 day", "0 week".</summary>
    private static (int, TimeUnit) ParseOffset(DataRow row, string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
            throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"expected an offset and a unit such as '-1 day', not '{value}'"));
        return (row.Integer(parts[0], "offset"), ParseUnit(row, parts[1]));
    }
}
