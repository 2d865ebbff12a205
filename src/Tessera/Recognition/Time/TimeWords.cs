using System.Globalization;
using Tessera.Language;

namespace Tessera.Recognition.Time;

/// <summary>A calendar unit a relative time counts in.</summary>
internal enum TimeUnit { Hour, Day, Week, Fortnight, Month, Year, Decade }

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
    internal Phrases<int> Numbers { get; }
    internal Phrases<(int Offset, TimeUnit Unit)> Deictic { get; }
    internal Phrases<(int Offset, TimeUnit Unit)> Anaphoric { get; }
    internal Phrases<bool> Future { get; }

    public TimeWords(LanguageData data)
    {
        foreach (var row in data.Rows("language/calendar.tsv", 3))
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
        foreach (var row in data.Rows("language/time-words.tsv", 2))
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
                default: throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"unknown time-word role '{row[1]}'"));
            }
        }
        Numbers = new Phrases<int>(numbers);
        Deictic = new Phrases<(int, TimeUnit)>(deictic);
        Anaphoric = new Phrases<(int, TimeUnit)>(anaphoric);
        Future = new Phrases<bool>(future);
    }

    public static TimeWords Default => _default.Value;
    private static readonly Lazy<TimeWords> _default = new(() => new TimeWords(LanguageData.Bundled));

    private static TimeUnit ParseUnit(DataRow row, string value) =>
        Enum.TryParse<TimeUnit>(value, ignoreCase: true, out var unit) ? unit
        : throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"unknown time unit '{value}' (expected hour, day, week, fortnight, month, year or decade)"));

    /// <summary>"-1 day", "+2 day", "0 week".</summary>
    private static (int, TimeUnit) ParseOffset(DataRow row, string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            throw new ProblemException(Messages.BadLexicon(row.File, row.Line, $"expected an offset and a unit such as '-1 day', not '{value}'"));
        return (n, ParseUnit(row, parts[1]));
    }
}

/// <summary>Lower-case phrases matched at a given token of a unit, longest first.</summary>
internal sealed class Phrases<T>
{
    private readonly List<(string[] Words, T Entry)> _phrases;

    public Phrases(IEnumerable<(string Phrase, T Entry)> phrases) =>
        _phrases = phrases.Select(p => (PhraseMatcher<T>.Split(p.Phrase), p.Entry)).Where(p => p.Item1.Length > 0)
            .OrderByDescending(p => p.Item1.Length).ToList();

    /// <summary>The longest phrase starting at token i: how many tokens it covers and its entry.</summary>
    public (int Length, T Entry)? At(TokenizedUnit u, int i)
    {
        foreach (var (words, entry) in _phrases)
        {
            if (i + words.Length > u.Count) continue;
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++) ok = u.Lower[i + k] == words[k];
            if (ok) return (words.Length, entry);
        }
        return null;
    }

    public bool AnyIn(TokenizedUnit u)
    {
        for (var i = 0; i < u.Count; i++) if (At(u, i) is not null) return true;
        return false;
    }
}
