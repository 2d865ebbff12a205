using System.Globalization;

namespace Tessera.Recognition.Time;

/// <summary>How finely a normalised time is known: a day, an ISO week, a month, a year, or a span of days between two dates;
/// a calendar quarter or a season (declared last, so stored values of the others keep their names and order).</summary>
public enum TimePrecision { Day, Week, Month, Year, Span, Quarter, Season }

/// <summary>A stretch of the calendar, [From, To] inclusive, and how precisely the words that named it fix it.</summary>
/// <remarks>A day is a range of one day; a week is an ISO 8601 week (Monday to Sunday); a span is any other range
/// ("5–6 January", "within two days", "early January").</remarks>
public readonly record struct DateRange
{
    public DateRange(DateOnly from, DateOnly to, TimePrecision precision)
    {
        if (to < from) throw new ArgumentException($"a date range cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        From = from;
        To = to;
        Precision = precision;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public TimePrecision Precision { get; }

    public static DateRange Day(DateOnly day) => new(day, day, TimePrecision.Day);

    public static DateRange Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), TimePrecision.Month);

    /// <summary>A calendar quarter: the first is January to March.</summary>
    public static DateRange Quarter(int year, int quarter) =>
        new(new DateOnly(year, 3 * quarter - 2, 1), new DateOnly(year, 3 * quarter, DateTime.DaysInMonth(year, 3 * quarter)), TimePrecision.Quarter);

    public static DateRange QuarterOf(DateOnly day) => Quarter(day.Year, (day.Month + 2) / 3);

    /// <summary>A season of the northern hemisphere as meteorologists count it, in TIMEX3's codes: SP March to May, SU June to
    /// August, FA September to November, WI December to February, winter taking the year of its December.</summary>
    public static DateRange Season(int year, string code)
    {
        var first = code switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => throw new ArgumentException($"no season '{code}'") };
        var from = new DateOnly(year, first, 1);
        return new(from, from.AddMonths(3).AddDays(-1), TimePrecision.Season);
    }

    private string SeasonCode => From.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" };

    private string SeasonName => From.Month switch { 3 => "spring", 6 => "summer", 9 => "autumn", _ => "winter" };

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year);

    /// <summary>ISO 8601 week: week 1 is the week with the year's first Thursday, so week 1 of 2022 runs 3–9 January.</summary>
    public static DateRange IsoWeek(int year, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(monday, monday.AddDays(6), TimePrecision.Week);
    }

    public static DateRange WeekOf(DateOnly day) => IsoWeek(ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)));

    /// <summary>A span between two dates; a span of one day is a day.</summary>
    public static DateRange Span(DateOnly from, DateOnly to) => from == to ? Day(from) : new(from, to, TimePrecision.Span);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Overlaps(DateRange other) => From <= other.To && other.From <= To;

    public bool Contains(DateRange other) => From <= other.From && other.To <= To;

    /// <summary>A compact, sortable form after ISO 8601 and TIMEX3: 2022-01-07, 2022-W01, 2022-01, 2022-Q1, 2022-SU, 2022,
    /// 2022-01-05/2022-01-06.</summary>
    public override string ToString() => Precision switch
    {
        TimePrecision.Quarter => $"{From.Year:0000}-Q{(From.Month + 2) / 3}",
        TimePrecision.Season => $"{From.Year:0000}-{SeasonCode}",
        TimePrecision.Day => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimePrecision.Week => $"{ISOWeek.GetYear(From.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(From.ToDateTime(TimeOnly.MinValue)):00}",
        TimePrecision.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimePrecision.Year => From.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The form a reader expects: "7 January 2022", "week 1 of 2022 (3–9 January)", "January 2022", "Q1 2022",
    /// "summer 2022", "winter 2022–23", "5–6 January 2022".</summary>
    public string Label() => Precision switch
    {
        TimePrecision.Quarter => $"Q{(From.Month + 2) / 3} {From.Year}",
        TimePrecision.Season => From.Year == To.Year ? $"{SeasonName} {From.Year}" : $"{SeasonName} {From.Year}–{To.Year % 100:00}",
        TimePrecision.Day => From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        TimePrecision.Week => $"week {ISOWeek.GetWeekOfYear(From.ToDateTime(TimeOnly.MinValue))} of {ISOWeek.GetYear(From.ToDateTime(TimeOnly.MinValue))} ({SpanLabel(From, To)})",
        TimePrecision.Month => From.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        TimePrecision.Year => From.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => SpanLabel(From, To) + (From.Year == To.Year ? " " + To.Year.ToString(CultureInfo.InvariantCulture) : ""),
    };

    private static string SpanLabel(DateOnly a, DateOnly b)
    {
        var c = CultureInfo.InvariantCulture;
        if (a.Year != b.Year) return $"{a.ToString("d MMMM yyyy", c)} – {b.ToString("d MMMM yyyy", c)}";
        if (a.Month != b.Month) return $"{a.ToString("d MMMM", c)} – {b.ToString("d MMMM", c)}";
        return $"{a.Day}–{b.Day} {a.ToString("MMMM", c)}";
    }
}
