using System.Globalization;
using Tessera.Language;

namespace Tessera.Recognition.Time;

/// <summary>Finds time expressions in a text and normalises them against the document's date and the time the text last spoke of.</summary>
/// <remarks>
/// After TimeML's TIMEX3 (ISO 24617-1): a deictic time ("yesterday", "last year", "on Tuesday") counts from the document's
/// date; an anaphoric one ("two days later", "that night", "within hours") from the temporal focus, the time last named.
/// A time counted forward ("in two days", "in the next few days") counts from a time named earlier in the same sentence,
/// the moment of speech in "On Jan. 11 he said they would leave in two days"; failing that, from the document's date when
/// the clause speaks of the future, else from the temporal focus. Each recognition rule is a small method; the longest
/// match at a position wins.
/// </remarks>
public sealed partial class TimeNormalizer(TimeWords words)
{
    internal TimeWords Words => words;

    /// <summary>The time expressions in text[start..end), normalised against a document dated <paramref name="anchor"/> (null if undated).</summary>
    public IReadOnlyList<TimeExpression> Normalize(string text, int start, int end, DateOnly? anchor) =>
        Normalize(text, start, end, anchor is { } a ? DateRange.Day(a) : null, null);

    /// <summary>The time expressions in text[start..end) against the document's date and the story's time so far (the temporal focus).</summary>
    /// <remarks>Expressions are resolved in order, each located one becoming the focus for the next ("On Jan. 9 ... the next day").</remarks>
    public IReadOnlyList<TimeExpression> Normalize(string text, int start, int end, DateRange? anchor, DateRange? reference) =>
        Normalize(TokenizedUnit.Sentence(text, start, end), anchor, reference);

    /// <summary>The time expressions of a unit already cut into tokens, with spans in the unit's text.</summary>
    public IReadOnlyList<TimeExpression> Normalize(TokenizedUnit unit, DateRange? anchor, DateRange? reference)
    {
        var text = unit.Text;
        var found = Recognize(unit);
        var focus = reference ?? anchor;
        DateRange? spoken = null;
        var result = new List<TimeExpression>(found.Count);
        foreach (var f in found)
        {
            var c = new Context(anchor, focus, spoken, TenseAt(unit, f.First, f.End));
            var (range, basis) = Resolve(f, c);
            var t0 = unit.Tokens[f.First];
            var t1 = unit.Tokens[f.End - 1];
            result.Add(new TimeExpression(t0.Start, t1.End, text[t0.Start..t1.End], range, range?.Precision ?? f.Precision, basis)
            {
                IsBound = f.Bound, Kind = f.Kind, Timex = f.Timex, Anchor = range is null ? null : OriginOf(basis, f, c),
            });
            if (range is { } r && !f.Bound)
            {
                focus = r;
                spoken = r;
            }
        }
        return result;
    }

    /// <summary>Resolves an expression; one whose dates would fall outside the calendar (before the year 1 or after 9999, as
    /// "next year" in a document dated 31 December 9999 would) is recognised but left unresolved.</summary>
    private static (DateRange?, TimeBasis) Resolve(Found f, Context c)
    {
        try
        {
            return f.Resolve(c);
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, TimeBasis.Unresolved);
        }
    }

    /// <summary>What an expression is resolved against: the document's date, the temporal focus, a time named earlier in the
    /// same sentence, and the tense of the verb nearest the expression (-1 past, +1 future, 0 neither).</summary>
    internal readonly record struct Context(DateRange? Anchor, DateRange? Focus, DateRange? Spoken, int Tense)
    {
        public bool Future => Tense > 0;
    }

    /// <summary>A recognised expression over tokens [First, End) and how to resolve it; a duration or an era carries its
    /// TIMEX3 value instead of dates.</summary>
    internal sealed record Found(int First, int End, TimePrecision Precision, bool Bound, Func<Context, (DateRange?, TimeBasis)> Resolve,
        TimeKind Kind = TimeKind.Date, string? Timex = null, bool Forward = false);

    /// <summary>What a resolved expression was counted from: the document's date, or the time named earlier in the sentence for
    /// a count forward from the moment of speech, else the focus.</summary>
    private static DateRange? OriginOf(TimeBasis basis, Found f, Context c) => basis switch
    {
        TimeBasis.Document => c.Anchor,
        TimeBasis.Narrative => f.Forward && c.Spoken is { } s ? s : c.Focus,
        _ => null,
    };

    private delegate Found? Rule(TokenizedUnit u, int i);

    // Made on first use and kept: a delegate per rule for every unit was most of what recognising a plain sentence allocated.
    // Two threads may both make it; either array serves.
    private Rule[]? _rules;

    private Rule[] Rules => _rules ??=
    [
        // Fixed phrases come before the general direction rule: "the next day" is a day, not a stretch of one.
        Iso, WeekdayDate, DayMonth, MonthDay, MonthYear, PartOf, Week, OrdinalWeek, FirstUnits, DeicticPhrase, AnaphoricPhrase,
        WithinUnits, DirectionUnit, CountShift, InCount, Year, MonthAlone, Weekday, Quarter, QuarterCode, Season, Remainder,
        Duration, Age,
    ];

    internal List<Found> Recognize(TokenizedUnit u)
    {
        var rules = Rules;
        var found = new List<Found>();
        var i = 0;
        while (i < u.Count)
        {
            Found? best = null;
            foreach (var rule in rules)
            {
                var f = rule(u, i);
                if (f is not null && f.End > (best?.End ?? i)) best = f;
            }
            if (best is null) { i++; continue; }
            if (!best.Bound && BoundBefore(u, best.First)) best = best with { Bound = true };
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    // ---- token helpers -------------------------------------------------------------------------------------------------

    private static bool IsWord(TokenizedUnit u, int i, string lower) => i < u.Count && u.Lower[i] == lower;

    private static bool IsDash(TokenizedUnit u, int i) => i < u.Count && u.Lower[i] is "-" or "–" or "—" or "to";

    /// <summary>A plain number token (no thousands separator) with at most the given digits.</summary>
    private static int? Number(TokenizedUnit u, int i, int maxDigits)
    {
        if (i >= u.Count || u.Tokens[i].Kind != TokenKind.Number) return null;
        var s = u.Lower[i];
        if (s.Length > maxDigits || !s.All(char.IsAsciiDigit)) return null;
        return int.Parse(s, CultureInfo.InvariantCulture);
    }

    /// <summary>A day of the month (1-31), with an ordinal suffix if written ("7th"); returns the index after it.</summary>
    private (int Day, int Next)? DayAt(TokenizedUnit u, int i)
    {
        if (Number(u, i, 2) is not { } d || d is < 1 or > 31) return null;
        var next = i + 1;
        if (next < u.Count && words.OrdinalSuffixes.Contains(u.Lower[next]) && u.Tokens[next].Start == u.Tokens[i].End) next++;
        return (d, next);
    }

    private static int? YearAt(TokenizedUnit u, int i) => Number(u, i, 4) is { } y && u.Lower[i].Length == 4 && y is >= 1000 and <= 2999 ? y : null;

    /// <summary>A month name or abbreviation, capitalised as a name ("Jan.", "JAN.", "January"); returns the index after it.</summary>
    private (int Month, int Next, bool Full)? MonthAt(TokenizedUnit u, int i)
    {
        if (i >= u.Count || u.Tokens[i].Kind != TokenKind.Word || !u.IsCapitalized(i)) return null;
        if (!words.Months.TryGetValue(u.Lower[i], out var m)) return null;
        var full = words.FullMonths.Contains(u.Lower[i]);
        var next = i + 1;
        if (!full && next < u.Count && u.Lower[next] == "." && u.Tokens[next].Start == u.Tokens[i].End) next++;
        return (m, next, full);
    }

    private int? CountAt(TokenizedUnit u, ref int i)
    {
        if (Number(u, i, 3) is { } n) { i++; return n; }
        if (words.Numbers.At(u, i) is not { } m) return null;
        i += m.Length;
        return m.Entry;
    }

    private int SkipFillers(TokenizedUnit u, int i)
    {
        while (i < u.Count && words.Skip.Contains(u.Lower[i])) i++;
        return i;
    }

    private bool BoundBefore(TokenizedUnit u, int first)
    {
        foreach (var (phrase, _) in words.Bounds)
        {
            var parts = phrase.Split(' ');
            if (first - parts.Length < 0) continue;
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++) ok = u.Lower[first - parts.Length + k] == parts[k];
            if (ok) return true;
        }
        return false;
    }

    /// <summary>The date, or null when the numbers name none ("2010-03-00", "31 February").</summary>
    private static DateOnly? SafeDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static Found Fixed(int first, int end, DateRange r) => new(first, end, r.Precision, false, _ => (r, TimeBasis.Absolute));

    // ---- resolution helpers --------------------------------------------------------------------------------------------

    /// <summary>A date written without a year takes the year that puts it nearest the document's date (else the focus).</summary>
    private static Func<Context, (DateRange?, TimeBasis)> YearFromContext(Func<int, DateRange?> make, TimePrecision precision) => c =>
    {
        var (origin, basis) = c.Anchor is { } a ? (a, TimeBasis.Document) : c.Focus is { } f ? (f, TimeBasis.Narrative) : (default(DateRange?), TimeBasis.Unresolved);
        if (origin is not { } o) return (null, TimeBasis.Unresolved);
        var candidates = new List<DateRange>(3);
        for (var y = o.From.Year - 1; y <= o.To.Year + 1; y++)
            if (make(y) is { } r) candidates.Add(r);
        // Past tense looks back ("was signed in January" in November is last January), the future forward; the nearest wins.
        var directed = c.Tense < 0 ? candidates.Where(r => r.From <= o.To).OrderByDescending(r => r.From).FirstOrDefault()
            : c.Tense > 0 ? candidates.Where(r => r.To >= o.From).OrderBy(r => r.From).FirstOrDefault()
            : default(DateRange?);
        var best = directed ?? candidates.OrderBy(r => r.Overlaps(o) ? 0
            : Math.Min(Math.Abs(r.From.DayNumber - o.To.DayNumber), Math.Abs(o.From.DayNumber - r.To.DayNumber))).Cast<DateRange?>().FirstOrDefault();
        return best is null ? (null, TimeBasis.Unresolved) : (best, basis);
    };

    private static DateOnly Add(DateOnly d, int n, TimeUnit unit) => unit switch
    {
        TimeUnit.Hour => d.AddDays(n / 24),
        TimeUnit.Day => d.AddDays(n),
        TimeUnit.Week => d.AddDays(7 * n),
        TimeUnit.Fortnight => d.AddDays(14 * n),
        TimeUnit.Month => d.AddMonths(n),
        TimeUnit.Quarter => d.AddMonths(3 * n),
        TimeUnit.Year => d.AddYears(n),
        _ => d.AddYears(10 * n),
    };

    private static TimePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Hour or TimeUnit.Day => TimePrecision.Day,
        TimeUnit.Week => TimePrecision.Week,
        TimeUnit.Month => TimePrecision.Month,
        TimeUnit.Quarter => TimePrecision.Quarter,
        TimeUnit.Year => TimePrecision.Year,
        _ => TimePrecision.Span,
    };

    private static int Rank(TimePrecision p) => p switch
    {
        TimePrecision.Day => 0,
        TimePrecision.Week => 1,
        TimePrecision.Month => 2,
        TimePrecision.Quarter or TimePrecision.Season => 3,
        TimePrecision.Year => 4,
        _ => 5,
    };

    /// <summary>The calendar unit holding the origin, moved by n units: "last year", "this month", "next week", "yesterday".</summary>
    internal static DateRange? Calendar(DateRange origin, int n, TimeUnit unit)
    {
        var target = PrecisionOf(unit);
        // "yesterday" needs a day to count from; "last year" can count from a month.
        if (origin.Precision == TimePrecision.Span ? origin.Days > 7 : Rank(origin.Precision) > Rank(target)) return null;
        var d = origin.From;
        return unit switch
        {
            TimeUnit.Hour or TimeUnit.Day => DateRange.Day(d.AddDays(n)),
            TimeUnit.Week => DateRange.WeekOf(d.AddDays(7 * n)),
            TimeUnit.Fortnight => DateRange.Span(d.AddDays(14 * n), d.AddDays(14 * n + 13)),
            TimeUnit.Month => DateRange.Month(d.AddMonths(n).Year, d.AddMonths(n).Month),
            TimeUnit.Quarter => DateRange.QuarterOf(d.AddMonths(3 * n)),
            TimeUnit.Year => DateRange.Year(d.Year + n),
            _ => DateRange.Span(new DateOnly(d.Year / 10 * 10 + 10 * n, 1, 1), new DateOnly(d.Year / 10 * 10 + 10 * n + 9, 12, 31)),
        };
    }

    /// <summary>The origin moved by n units: a day stays a day ("a week later" than 5 January is 12 January), a week moved by
    /// weeks stays a week, anything else becomes a span.</summary>
    internal static DateRange? Shift(DateRange origin, int n, TimeUnit unit)
    {
        if (origin.Precision == TimePrecision.Day) return DateRange.Day(Add(origin.From, n, unit));
        // "two days later" than "in January" says nothing a reader could date.
        var shortSpan = origin.Precision == TimePrecision.Span && origin.Days <= 7;
        if (Rank(PrecisionOf(unit)) < Rank(origin.Precision) && unit != TimeUnit.Decade && !shortSpan) return null;
        if (origin.Precision == PrecisionOf(unit))
            return origin.Precision switch
            {
                TimePrecision.Week => DateRange.WeekOf(Add(origin.From, n, unit)),
                TimePrecision.Month => DateRange.Month(Add(origin.From, n, unit).Year, Add(origin.From, n, unit).Month),
                TimePrecision.Quarter => DateRange.QuarterOf(Add(origin.From, n, unit)),
                TimePrecision.Year => DateRange.Year(origin.From.Year + n),
                _ => DateRange.Span(Add(origin.From, n, unit), Add(origin.To, n, unit)),
            };
        return DateRange.Span(Add(origin.From, n, unit), Add(origin.To, n, unit));
    }

    /// <summary>A stretch from the origin: forward "within two days" ends two days after it; backward "the past five years" starts five years before.</summary>
    internal static DateRange Stretch(DateRange origin, int n, TimeUnit unit, bool forward)
    {
        if (unit == TimeUnit.Hour) n = Math.Max(1, (n + 23) / 24);
        var u = unit == TimeUnit.Hour ? TimeUnit.Day : unit;
        return forward ? DateRange.Span(origin.From, Add(origin.To, n, u)) : DateRange.Span(Add(origin.From, -n, u), origin.To);
    }

    /// <summary>Counted from the document's date, else from the focus.</summary>
    private static (DateRange?, TimeBasis) Deictic(Context c, Func<DateRange, DateRange?> f)
    {
        if (c.Anchor is { } a && f(a) is { } r) return (r, TimeBasis.Document);
        if (c.Focus is { } o && f(o) is { } r2) return (r2, TimeBasis.Narrative);
        return (null, TimeBasis.Unresolved);
    }

    /// <summary>Counted from the focus (the time last named), else from the document's date.</summary>
    private static (DateRange?, TimeBasis) Anaphoric(Context c, Func<DateRange, DateRange?> f)
    {
        // A focus too coarse for the words ("that night" after "in January") leaves them unresolved rather than guessing.
        if (c.Focus is { } o) return f(o) is { } r ? (r, c.Anchor is { } a && a == o ? TimeBasis.Document : TimeBasis.Narrative) : (null, TimeBasis.Unresolved);
        if (c.Anchor is { } a2 && f(a2) is { } r2) return (r2, TimeBasis.Document);
        return (null, TimeBasis.Unresolved);
    }

    /// <summary>Counted forward from the moment of speech: a time named earlier in the sentence, else the document's date
    /// for a clause about the future, else the focus.</summary>
    private static (DateRange?, TimeBasis) Forward(Context c, Func<DateRange, DateRange?> f)
    {
        if (c.Spoken is { } s && f(s) is { } r) return (r, TimeBasis.Narrative);
        return c.Future ? Deictic(c, f) : Anaphoric(c, f);
    }

    /// <summary>"The next few days", "the coming months": forward from a time named earlier in the sentence (the moment of
    /// speech), else from the document's date; "next" and "coming" are deictic words.</summary>
    private static (DateRange?, TimeBasis) Ahead(Context c, Func<DateRange, DateRange?> f) =>
        c.Spoken is { } s && f(s) is { } r ? (r, TimeBasis.Narrative) : Deictic(c, f);

    // ---- resolvers -----------------------------------------------------------------------------------------------------
    // How a recognised expression is resolved, made here from the values a rule read rather than by a lambda in the rule: a
    // lambda there would make the rule allocate its captured values each time it is tried, at every token, matching or not.

    private static Func<Context, (DateRange?, TimeBasis)> DeicticCalendar(int n, TimeUnit unit) => c => Deictic(c, o => Calendar(o, n, unit));

    private static Func<Context, (DateRange?, TimeBasis)> AnaphoricCalendar(int n, TimeUnit unit) => c => Anaphoric(c, o => Calendar(o, n, unit));

    private static Func<Context, (DateRange?, TimeBasis)> AnaphoricShift(int n, TimeUnit unit) => c => Anaphoric(c, o => Shift(o, n, unit));

    private static Func<Context, (DateRange?, TimeBasis)> ForwardShift(int n, TimeUnit unit) => c => Forward(c, o => Shift(o, n, unit));

    private static Func<Context, (DateRange?, TimeBasis)> AheadStretch(int count, TimeUnit unit) => c => Ahead(c, o => Stretch(o, count, unit, forward: true));

    private static Func<Context, (DateRange?, TimeBasis)> ForwardStretch(int count, TimeUnit unit) => c => Forward(c, o => Stretch(o, count, unit, forward: true));

    private static Func<Context, (DateRange?, TimeBasis)> DeicticStretchBack(int count, TimeUnit unit) => c => Deictic(c, o => Stretch(o, count, unit, forward: false));

    private static Func<Context, (DateRange?, TimeBasis)> WeekdayFrom(DayOfWeek day, int dir) => c => Deictic(c, o => OnWeekday(o, day, dir, c.Future));

    private static Func<Context, (DateRange?, TimeBasis)> MonthOfYear(int month) => YearFromContext(y => DateRange.Month(y, month), TimePrecision.Month);

    private static Func<Context, (DateRange?, TimeBasis)> IsoWeekOfYear(int week) =>
        YearFromContext(y => week <= System.Globalization.ISOWeek.GetWeeksInYear(y) ? DateRange.IsoWeek(y, week) : null, TimePrecision.Week);

    /// <summary>"the second week of January": week n of what the inner expression resolves to (the last week for n &lt;= 0).</summary>
    private static Func<Context, (DateRange?, TimeBasis)> OrdinalWeekOf(Found inner, int n) => c =>
    {
        var (r, basis) = inner.Resolve(c);
        if (r is not { } range) return (null, basis);
        var from = n > 0 ? range.From.AddDays(7 * (n - 1)) : range.To.AddDays(-6);
        return from > range.To ? (null, TimeBasis.Unresolved) : (DateRange.Span(from, Min(from.AddDays(6), range.To)), basis);
    };

    /// <summary>"early January": the part of what the inner expression resolves to.</summary>
    private static Func<Context, (DateRange?, TimeBasis)> PartOfInner(Found inner, string part) => c =>
    {
        var (r, basis) = inner.Resolve(c);
        return r is { } range ? (Part(range, part), basis) : (null, basis);
    };

    /// <summary>"the first two weeks of January": the start of the inner expression's period, or of the focus without one.</summary>
    private static Func<Context, (DateRange?, TimeBasis)> FirstUnitsOf(Found? inner, int n, TimeUnit unit) => c =>
    {
        var (r, basis) = inner is null ? (c.Focus ?? c.Anchor, c.Focus is null ? TimeBasis.Document : TimeBasis.Narrative) : inner.Resolve(c);
        if (r is not { } range) return (null, TimeBasis.Unresolved);
        var to = Add(range.From, n, unit).AddDays(-1);
        return (DateRange.Span(range.From, to < range.From ? range.From : to), basis);
    };

    // ---- rules ---------------------------------------------------------------------------------------------------------

    /// <summary>2022-01-07, 2022/01/07, 2022-01; 07.01.2022 and 2022.01.07 arrive as one number token.</summary>
    private static Found? Iso(TokenizedUnit u, int i)
    {
        if (i < u.Count && u.Tokens[i].Kind == TokenKind.Number && u.Lower[i].Count(c => c == '.') == 2)
        {
            var p = u.Lower[i].Split('.').Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
            var (y, m, d) = u.Lower[i].Split('.')[0].Length == 4 ? (p[0], p[1], p[2]) : (p[2], p[1], p[0]);
            if (y is >= 1000 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && SafeDate(y, m, d) is { } dd) return Fixed(i, i + 1, DateRange.Day(dd));
            return null;
        }
        if (YearAt(u, i) is not { } year || i + 2 >= u.Count) return null;
        var sep = u.Lower[i + 1];
        if (sep is not ("-" or "/") || u.Tokens[i + 1].Start != u.Tokens[i].End) return null;
        if (Number(u, i + 2, 2) is not { } month || month is < 1 or > 12) return null;
        if (i + 4 < u.Count && u.Lower[i + 3] == sep && Number(u, i + 4, 2) is { } day && SafeDate(year, month, day) is { } date)
            return Fixed(i, i + 5, DateRange.Day(date));
        // "2022-01" is a month only when written with two digits; "2014-16" is a range of years.
        return sep == "-" && u.Lower[i + 2].Length == 2 && u.Lower[i + 2][0] == '0' ? Fixed(i, i + 3, DateRange.Month(year, month)) : null;
    }

    /// <summary>"Tuesday, 11 January 2022", "Tue Jan 11": the weekday adds nothing the date does not say.</summary>
    private Found? WeekdayDate(TokenizedUnit u, int i)
    {
        if (i >= u.Count || !words.Weekdays.ContainsKey(u.Lower[i]) || !u.IsCapitalized(i)) return null;
        var j = i + 1;
        if (IsWord(u, j, ",")) j++;
        var date = DayMonth(u, j) ?? MonthDay(u, j);
        return date is null ? null : date with { First = i };
    }

    /// <summary>"7 January 2022", "7th of January", "5–6 January", "12 and 23 January" (a span), "7 Jan."</summary>
    private Found? DayMonth(TokenizedUnit u, int i)
    {
        if (DayAt(u, i) is not { } first) return null;
        var j = first.Next;
        int? last = null;
        if ((IsDash(u, j) || IsWord(u, j, "and")) && DayAt(u, j + 1) is { } second && second.Day > first.Day)
        {
            last = second.Day;
            j = second.Next;
        }
        if (IsWord(u, j, "of")) j++;
        if (MonthAt(u, j) is not { } month) return null;
        j = month.Next;
        var k = IsWord(u, j, ",") ? j + 1 : j;
        return MakeDayMonth(i, j, k, u, month.Month, first.Day, last);
    }

    /// <summary>"January 7", "Jan. 7, 2022", "JAN. 7", "January 5–6".</summary>
    private Found? MonthDay(TokenizedUnit u, int i)
    {
        if (MonthAt(u, i) is not { } month || DayAt(u, month.Next) is not { } first) return null;
        // "May 2022" is a month and year, not the 20th day; a day is one or two digits (Number enforces it).
        var j = first.Next;
        int? last = null;
        if (IsDash(u, j) && DayAt(u, j + 1) is { } second && second.Day > first.Day)
        {
            last = second.Day;
            j = second.Next;
        }
        var k = IsWord(u, j, ",") ? j + 1 : j;
        return MakeDayMonth(i, j, k, u, month.Month, first.Day, last);
    }

    private static Found? MakeDayMonth(int first, int end, int yearAt, TokenizedUnit u, int month, int day, int? lastDay)
    {
        DateRange? Make(int y) =>
            SafeDate(y, month, day) is { } a ? lastDay is { } l ? SafeDate(y, month, l) is { } b ? DateRange.Span(a, b) : null : DateRange.Day(a) : null;
        var precision = lastDay is null ? TimePrecision.Day : TimePrecision.Span;
        if (YearAt(u, yearAt) is { } year) return Make(year) is { } r ? Fixed(first, yearAt + 1, r) : null;
        // Without a year the day must exist in some year (29 February does in leap years).
        if (day > DateTime.DaysInMonth(2024, month)) return null;
        return new Found(first, end, precision, false, YearFromContext(Make, precision));
    }

    /// <summary>"January 2022", "Aug. 2021", "January of 2022".</summary>
    private Found? MonthYear(TokenizedUnit u, int i)
    {
        if (MonthAt(u, i) is not { } month) return null;
        var j = month.Next;
        if (IsWord(u, j, ",") || IsWord(u, j, "of")) j++;
        return YearAt(u, j) is { } year ? Fixed(i, j + 1, DateRange.Month(year, month.Month)) : null;
    }

    /// <summary>A month named alone: "in January", "January's events"; May, March and June only after a context word ("in May").</summary>
    private Found? MonthAlone(TokenizedUnit u, int i)
    {
        if (MonthAt(u, i) is not { } month || !month.Full) return null;
        if (words.Ambiguous.Contains(u.Lower[i]) && (i == 0 || !words.MonthContext.Contains(u.Lower[i - 1]))) return null;
        return new Found(i, month.Next, TimePrecision.Month, false, MonthOfYear(month.Month));
    }

    /// <summary>A year where the words before it make it one: "in 2011", "since 2013"; "2014–2016" and "the 1990s" as spans.</summary>
    private Found? Year(TokenizedUnit u, int i)
    {
        if (YearAt(u, i) is not { } year) return null;
        // "The 1990s" frames a story, it does not date an event in it: an era, valued as TIMEX3 writes decades ("199").
        if (i + 1 < u.Count && u.Lower[i + 1] == "s" && u.Tokens[i + 1].Start == u.Tokens[i].End && year % 10 == 0)
            return new Found(i, i + 2, TimePrecision.Span, false, _ => (null, TimeBasis.Absolute), TimeKind.Era,
                (year / 10).ToString(CultureInfo.InvariantCulture));
        if (i == 0 || !words.YearContext.Contains(u.Lower[i - 1])) return null;
        if (IsDash(u, i + 1) && YearAt(u, i + 2) is { } end && end > year)
            return Fixed(i, i + 3, DateRange.Span(new DateOnly(year, 1, 1), new DateOnly(end, 12, 31)));
        return Fixed(i, i + 1, DateRange.Year(year));
    }

    /// <summary>"week 1 of 2022", "week 2" (ISO 8601 weeks; the year from the context when not written).</summary>
    private static Found? Week(TokenizedUnit u, int i)
    {
        if (!IsWord(u, i, "week") && !IsWord(u, i, "wk")) return null;
        if (Number(u, i + 1, 2) is not { } week || week is < 1 or > 53) return null;
        var j = i + 2;
        var k = IsWord(u, j, "of") || IsWord(u, j, ",") ? j + 1 : j;
        if (YearAt(u, k) is { } year) return week <= System.Globalization.ISOWeek.GetWeeksInYear(year) ? Fixed(i, k + 1, DateRange.IsoWeek(year, week)) : null;
        return new Found(i, j, TimePrecision.Week, false, IsoWeekOfYear(week));
    }

    /// <summary>"the second week of January": the days 8–14 of the month, not an ISO week.</summary>
    private Found? OrdinalWeek(TokenizedUnit u, int i)
    {
        var j = IsWord(u, i, "the") ? i + 1 : i;
        if (j >= u.Count || !words.Ordinals.TryGetValue(u.Lower[j], out var n) || !IsWord(u, j + 1, "week") || !IsWord(u, j + 2, "of")) return null;
        if (Inner(u, j + 3) is not { } inner) return null;
        return new Found(i, inner.End, TimePrecision.Span, false, OrdinalWeekOf(inner, n));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>What a part-of or ordinal rule applies to: a month with or without year, a year, "this/last/next month|year|week",
    /// "the month", "the year".</summary>
    private Found? Inner(TokenizedUnit u, int i) =>
        MonthYear(u, i) ?? MonthAloneAnyCase(u, i) ?? YearBare(u, i) ?? DirectionUnit(u, i) ?? TheUnit(u, i);

    private Found? MonthAloneAnyCase(TokenizedUnit u, int i)
    {
        if (MonthAt(u, i) is not { } month) return null;
        return new Found(i, month.Next, TimePrecision.Month, false, MonthOfYear(month.Month));
    }

    private static Found? YearBare(TokenizedUnit u, int i) => YearAt(u, i) is { } y ? Fixed(i, i + 1, DateRange.Year(y)) : null;

    /// <summary>"the month", "the year", "the week": the unit holding the focus.</summary>
    private Found? TheUnit(TokenizedUnit u, int i)
    {
        if (!IsWord(u, i, "the") || i + 1 >= u.Count || !words.Units.TryGetValue(u.Lower[i + 1], out var unit) || u.Lower[i + 1].EndsWith('s')) return null;
        return new Found(i, i + 2, PrecisionOf(unit), false, AnaphoricCalendar(0, unit));
    }

    /// <summary>"early January", "mid-2021", "late this year", "the end of March", "the beginning of the year": a third of the period.</summary>
    private Found? PartOf(TokenizedUnit u, int i)
    {
        string? part = null;
        var j = i;
        if (i < u.Count && words.BareParts.Contains(u.Lower[i]) && words.Parts.TryGetValue(u.Lower[i], out var p1))
        {
            part = p1;
            j = i + 1;
            if (IsWord(u, j, "-")) j++;
        }
        else if (IsWord(u, i, "the") && i + 2 < u.Count && words.Parts.TryGetValue(u.Lower[i + 1], out var p2) && IsWord(u, i + 2, "of"))
        {
            part = p2;
            j = i + 3;
        }
        if (part is null || Inner(u, j) is not { } inner) return null;
        return new Found(i, inner.End, TimePrecision.Span, false, PartOfInner(inner, part));
    }

    /// <summary>Early, mid and late are the first, middle and last third of the days of a period (1–10, 11–20, 21–31 January);
    /// a period too short to have thirds ("mid-Tuesday") is all of them, so no part runs past the period's ends.</summary>
    internal static DateRange Part(DateRange r, string part)
    {
        var third = Math.Max(1, (int)Math.Round(r.Days / 3.0));
        return part switch
        {
            "early" => DateRange.Span(r.From, Min(r.From.AddDays(third - 1), r.To)),
            "mid" => DateRange.Span(Min(r.From.AddDays(third), r.To), Min(r.From.AddDays(2 * third - 1), r.To)),
            _ => DateRange.Span(Min(r.From.AddDays(2 * third), r.To), r.To),
        };
    }

    /// <summary>"the first days of the protests", "the first two weeks of January": the start of a period, or of the focus when the
    /// period is not a time.</summary>
    private Found? FirstUnits(TokenizedUnit u, int i)
    {
        if (!IsWord(u, i, "the") || !IsWord(u, i + 1, "first")) return null;
        var j = i + 2;
        var n = CountAt(u, ref j) ?? 3;
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit) || !u.Lower[j].EndsWith('s')) return null;
        j++;
        Found? inner = IsWord(u, j, "of") ? Inner(u, j + 1) : null;
        var end = inner?.End ?? j;
        return new Found(i, end, TimePrecision.Span, false, FirstUnitsOf(inner, n, unit));
    }

    /// <summary>"within two days", "within mere hours", "within a month", "within the next year": a stretch forward from the moment of speech.</summary>
    private Found? WithinUnits(TokenizedUnit u, int i)
    {
        if (i >= u.Count || !words.Within.Contains(u.Lower[i])) return null;
        var j = SkipFillers(u, i + 1);
        if (IsWord(u, j, "the")) j++;
        var next = j < u.Count && words.Directions.TryGetValue(u.Lower[j], out var dir) && dir > 0;
        if (next) j++;
        var n = CountAt(u, ref j);
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit)) return null;
        var count = n ?? (u.Lower[j].EndsWith('s') ? 3 : 1);
        // "within the next year" names the future from now (deictic); "within two days" counts from the story's time.
        return new Found(i, j + 1, TimePrecision.Span, true, next ? AheadStretch(count, unit) : ForwardStretch(count, unit), Forward: true);
    }

    /// <summary>"last year", "this month", "next week" (a calendar unit); "the past five years", "the next few days", "the coming
    /// months", "recent weeks" (a stretch back or forward).</summary>
    private Found? DirectionUnit(TokenizedUnit u, int i)
    {
        var withThe = IsWord(u, i, "the");
        var j = withThe ? i + 1 : i;
        if (j >= u.Count || !words.Directions.TryGetValue(u.Lower[j], out var dir)) return null;
        // "The talks will last about a week": after a modal, or before a filler, a direction word is a verb.
        if (!withThe && (j > 0 && words.VerbMarkers.Contains(u.Lower[j - 1]) || j + 1 < u.Count && words.Skip.Contains(u.Lower[j + 1]))) return null;
        j = SkipFillers(u, j + 1);
        var n = CountAt(u, ref j);
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit)) return null;
        var plural = u.Lower[j].EndsWith('s');
        // "this week" is the calendar week; "the next week" could be either and is read as the coming seven days.
        if (n is null && !plural && !(withThe && dir != 0))
        {
            if (u.Lower[j - 1] == "recent") return null;
            return new Found(i, j + 1, PrecisionOf(unit), false, DeicticCalendar(dir, unit));
        }
        if (dir == 0) return null;
        var count = n ?? (plural ? 3 : 1);
        return dir > 0
            ? new Found(i, j + 1, TimePrecision.Span, true, AheadStretch(count, unit), Forward: true)
            : new Found(i, j + 1, TimePrecision.Span, true, DeicticStretchBack(count, unit));
    }

    /// <summary>"two days later", "a week earlier" (from the focus); "three years ago" (from the document's date).</summary>
    private Found? CountShift(TokenizedUnit u, int i)
    {
        var j = i;
        var n = CountAt(u, ref j);
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit)) return null;
        if (n is null && !u.Lower[j].EndsWith('s')) return null;
        var count = n ?? 3;
        var k = j + 1;
        if (k >= u.Count) return null;
        var w = u.Lower[k];
        if (words.Ago.Contains(w))
            return new Found(i, k + 1, PrecisionOf(unit), false, DeicticCalendar(-count, unit));
        if (!words.After.TryGetValue(w, out var sign)) return null;
        // "two days before the vote" counts from an event, not from a time; only a bare "before" (or "before that") is read.
        if (w == "before" && k + 1 < u.Count && !u.IsPunct(k + 1) && !words.Demonstratives.Contains(u.Lower[k + 1])) return null;
        if (w == "on" && k + 1 < u.Count && !u.IsPunct(k + 1)) return null;
        return new Found(i, k + 1, PrecisionOf(unit), false, AnaphoricShift(sign * count, unit));
    }

    /// <summary>"in two days", "in a week": a point counted forward from the moment of speech.</summary>
    private Found? InCount(TokenizedUnit u, int i)
    {
        if (!IsWord(u, i, "in")) return null;
        var j = SkipFillers(u, i + 1);
        var n = CountAt(u, ref j);
        if (n is null || j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit)) return null;
        // "in two days' time" keeps the apostrophe and time together.
        var end = j + 1;
        if (end + 1 < u.Count && u.Lower[end] is "'" or "’" && u.Lower[end + 1] == "time") end += 2;
        return new Found(i, end, PrecisionOf(unit), true, ForwardShift(n.Value, unit), Forward: true);
    }

    private Found? DeicticPhrase(TokenizedUnit u, int i)
    {
        if (words.Deictic.At(u, i) is not { } m) return null;
        var (offset, unit) = m.Entry;
        return new Found(i, i + m.Length, PrecisionOf(unit), false, DeicticCalendar(offset, unit));
    }

    private Found? AnaphoricPhrase(TokenizedUnit u, int i)
    {
        if (words.Anaphoric.At(u, i) is not { } m) return null;
        var (offset, unit) = m.Entry;
        return new Found(i, i + m.Length, PrecisionOf(unit), false, AnaphoricCalendar(offset, unit));
    }

    /// <summary>"on Tuesday", "last Friday", "next Monday", "Tuesday night": the nearest such day before the document's date
    /// (after it when the clause speaks of the future).</summary>
    private Found? Weekday(TokenizedUnit u, int i)
    {
        var j = i;
        var dir = 0;
        if (j < u.Count && words.Directions.TryGetValue(u.Lower[j], out var d) && !words.NotBeforeWeekday.Contains(u.Lower[j]))
        {
            dir = d == 0 ? 2 : d;
            j++;
        }
        if (j >= u.Count || !u.IsCapitalized(j) || !words.Weekdays.TryGetValue(u.Lower[j], out var day)) return null;
        var end = j + 1;
        if (end < u.Count && words.DayParts.Contains(u.Lower[end])) end++;
        return new Found(i, end, TimePrecision.Day, false, WeekdayFrom(day, dir));
    }

    internal static DateRange? OnWeekday(DateRange origin, DayOfWeek day, int dir, bool future)
    {
        if (origin.Precision != TimePrecision.Day) return null;
        var d = origin.From;
        var back = ((int)d.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)d.DayOfWeek + 7) % 7;
        return dir switch
        {
            -1 => DateRange.Day(d.AddDays(-(back == 0 ? 7 : back))),
            1 => DateRange.Day(d.AddDays(ahead == 0 ? 7 : ahead)),
            2 => DateRange.Day(DateRange.WeekOf(d).From.AddDays(((int)day + 6) % 7)),
            _ => future ? DateRange.Day(d.AddDays(ahead == 0 ? 7 : ahead)) : DateRange.Day(d.AddDays(-back)),
        };
    }
}
