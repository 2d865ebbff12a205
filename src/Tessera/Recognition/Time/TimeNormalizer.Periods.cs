using System.Globalization;
using Tessera.Language;

namespace Tessera.Recognition.Time;

/// <summary>The tense an expression is read in, and the rules for quarters, seasons, the rest of a period, durations and ages.</summary>
public sealed partial class TimeNormalizer
{
    /// <summary>The tense of the verb nearest the expression before it, else after it, after TimeML's anchoring of a time to its
    /// event: -1 past ("said", "was", "attacked"), +1 future ("will", "is expected to"), 0 when no verb in the unit shows one.
    /// A news clause puts its verb before its time ("resigned on Tuesday"), and a verb after it is often the attribution
    /// ("will take place on Dec. 2, officials said").</summary>
    internal int TenseAt(TokenizedUnit u, int first, int end)
    {
        for (var i = first - 1; i >= 0; i--)
            if (TenseOf(u, i) is var left and not 0) return left;
        for (var i = end; i < u.Count; i++)
            if (TenseOf(u, i) is var right and not 0) return right;
        return 0;
    }

    private int TenseOf(TokenizedUnit u, int i)
    {
        if (u.Tokens[i].Kind != TokenKind.Word) return 0;
        if (words.Future.At(u, i) is not null) return 1;
        var w = u.Lower[i];
        var past = words.Past.Contains(w) || HasPastEnding(w) && !words.NotPast.Contains(w) && !u.IsCapitalized(i);
        // A participle after "is", "are" or "be" is a passive present or future ("is expected", "will be held"), not the past.
        return past && !(i > 0 && words.Present.Contains(u.Lower[i - 1])) ? -1 : 0;
    }

    /// <summary>A regular past ending ("-ed") on a word long enough to carry one; a loop, not a lambda over the word, as it runs for every word.</summary>
    private bool HasPastEnding(string w)
    {
        foreach (var e in words.PastEndings)
            if (w.Length >= e.Length + 3 && w.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The ordinal of a quarter (1-4), or -1 for "final"/"last".</summary>
    private int? QuarterOrdinal(TokenizedUnit u, int i) =>
        i < u.Count && words.Ordinals.TryGetValue(u.Lower[i], out var n) && n is -1 or (>= 1 and <= 4) ? n : null;

    private bool IsQuarterWord(TokenizedUnit u, int i) =>
        i < u.Count && words.Units.TryGetValue(u.Lower[i], out var unit) && unit == TimeUnit.Quarter && !u.Lower[i].EndsWith('s');

    /// <summary>"the third quarter", "the first quarter of 2017", "the final quarter of last year": a calendar quarter, its year
    /// written, else taken from the document's date in the direction of the tense. "The first quarter of the match" is no time.</summary>
    private Found? Quarter(TokenizedUnit u, int i)
    {
        if (!IsWord(u, i, "the") || QuarterOrdinal(u, i + 1) is not { } n || !IsQuarterWord(u, i + 2)) return null;
        if (IsWord(u, i + 3, "of"))
        {
            if (Inner(u, i + 4) is not { } inner || inner.Precision != TimePrecision.Year) return null;
            return new Found(i, inner.End, TimePrecision.Quarter, false, QuarterOfInner(inner, n));
        }
        // "the last quarter" without a year is the one before this.
        if (n < 0) return new Found(i, i + 3, TimePrecision.Quarter, false, DeicticCalendar(-1, TimeUnit.Quarter));
        return new Found(i, i + 3, TimePrecision.Quarter, false, QuarterOfYear(n));
    }

    // Resolvers made from the values a rule read, so that trying the rule allocates nothing (see the resolvers of TimeNormalizer).

    private static Func<Context, (DateRange?, TimeBasis)> QuarterOfInner(Found inner, int n) => c =>
    {
        var (r, basis) = inner.Resolve(c);
        return r is { } year ? (DateRange.Quarter(year.From.Year, n < 0 ? 4 : n), basis) : (null, basis);
    };

    private static Func<Context, (DateRange?, TimeBasis)> QuarterOfYear(int n) => YearFromContext(y => DateRange.Quarter(y, n), TimePrecision.Quarter);

    private static Func<Context, (DateRange?, TimeBasis)> SeasonOf(string code, int direction) => c => Deictic(c, o => SeasonFrom(o, code, direction));

    private static Func<Context, (DateRange?, TimeBasis)> SeasonOfYear(string code) => YearFromContext(y => DateRange.Season(y, code), TimePrecision.Season);

    private static Func<Context, (DateRange?, TimeBasis)> RestOfUnit(TimeUnit unit, int side) => c => Deictic(c, o => RestOf(o, unit, side));

    /// <summary>"Q3", "Q3 2016", "Q1 of 2017".</summary>
    private Found? QuarterCode(TokenizedUnit u, int i)
    {
        if (i >= u.Count || u.Tokens[i].Kind != TokenKind.Word || u.Lower[i] is not ("q1" or "q2" or "q3" or "q4") || !u.IsCapitalized(i)) return null;
        var n = u.Lower[i][1] - '0';
        var k = IsWord(u, i + 1, "of") ? i + 2 : i + 1;
        if (YearAt(u, k) is { } year) return Fixed(i, k + 1, DateRange.Quarter(year, n));
        return new Found(i, i + 1, TimePrecision.Quarter, false, QuarterOfYear(n));
    }

    /// <summary>"last summer", "this spring", "next winter", "summer 2015", "the autumn of 2014", "in the spring": a season, its
    /// year written, or counted from the document's date; "the fall of Kabul" and "the Arab Spring" are no times.</summary>
    private Found? Season(TokenizedUnit u, int i)
    {
        var j = i;
        int? dir = null;
        if (j < u.Count && words.Directions.TryGetValue(u.Lower[j], out var d) && !words.NotBeforeWeekday.Contains(u.Lower[j]))
        {
            dir = d;
            j++;
        }
        var withThe = dir is null && IsWord(u, j, "the");
        if (withThe) j++;
        if (j >= u.Count || u.IsCapitalized(j) || !words.Seasons.TryGetValue(u.Lower[j], out var code)) return null;
        var k = IsWord(u, j + 1, "of") ? j + 2 : j + 1;
        if (dir is null && YearAt(u, k) is { } year) return Fixed(i, k + 1, DateRange.Season(year, code));
        if (IsWord(u, j + 1, "of")) return null;
        if (dir is { } direction)
            return new Found(i, j + 1, TimePrecision.Season, false, SeasonOf(code, direction));
        // A bare season is a time only after a word that introduces one ("in the spring", "during winter").
        if (i == 0 || !words.MonthContext.Contains(u.Lower[i - 1])) return null;
        return new Found(i, j + 1, TimePrecision.Season, false, SeasonOfYear(code));
    }

    /// <summary>"Last" is the latest season over before the origin, "next" the first to begin after it, "this" the one the origin
    /// falls in, else the one of its year.</summary>
    internal static DateRange? SeasonFrom(DateRange origin, string code, int direction)
    {
        if (origin.Precision != TimePrecision.Day) return null;
        var y = origin.From.Year;
        var around = Enumerable.Range(y - 2, 5).Select(year => DateRange.Season(year, code)).ToList();
        return direction switch
        {
            < 0 => around.Last(s => s.To < origin.From),
            > 0 => around.First(s => s.From > origin.To),
            _ => around.FirstOrDefault(s => s.Contains(origin)) is { Precision: TimePrecision.Season } now ? now : DateRange.Season(y, code),
        };
    }

    /// <summary>"earlier this month", "later this year", "later in the week": the part of the period before or after the origin.</summary>
    private Found? Remainder(TokenizedUnit u, int i)
    {
        if (i >= u.Count || !words.Remainders.TryGetValue(u.Lower[i], out var side)) return null;
        var j = i + 1;
        if (IsWord(u, j, "this")) j++;
        else if (IsWord(u, j, "in") && IsWord(u, j + 1, "the")) j += 2;
        else return null;
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit) || u.Lower[j].EndsWith('s') || unit is TimeUnit.Hour or TimeUnit.Day) return null;
        return new Found(i, j + 1, TimePrecision.Span, false, RestOfUnit(unit, side));
    }

    internal static DateRange? RestOf(DateRange origin, TimeUnit unit, int side)
    {
        if (origin.Precision != TimePrecision.Day || Calendar(origin, 0, unit) is not { } period) return null;
        if (side < 0) return DateRange.Span(period.From, origin.From > period.From ? origin.From.AddDays(-1) : period.From);
        return DateRange.Span(origin.To < period.To ? origin.To.AddDays(1) : period.To, period.To);
    }

    /// <summary>"for three years", "18 months of talks", "a two-week ceasefire", "a 45-year-old man": a length of time, which
    /// dates nothing (TIMEX3's DURATION). A count shifted by "ago" or "later" is read by its own rule, which is longer.</summary>
    private Found? Duration(TokenizedUnit u, int i)
    {
        var j = i;
        if (CountAt(u, ref j) is not { } n) return null;
        if (IsWord(u, j, "-")) j++;
        if (j >= u.Count || !words.Units.TryGetValue(u.Lower[j], out var unit)) return null;
        var end = j + 1;
        // "45-year-old": the age reads as a duration too.
        if (IsWord(u, end, "-") && end + 1 < u.Count && words.Ages.Contains(u.Lower[end + 1])) end += 2;
        return Lasting(i, end, n, unit);
    }

    /// <summary>"aged 62", "age 62".</summary>
    private Found? Age(TokenizedUnit u, int i)
    {
        if (i >= u.Count || !words.Ages.Contains(u.Lower[i]) || Number(u, i + 1, 3) is not { } n) return null;
        return Lasting(i, i + 2, n, TimeUnit.Year);
    }

    private static Found Lasting(int first, int end, int n, TimeUnit unit) =>
        new(first, end, TimePrecision.Span, false, _ => (null, TimeBasis.Absolute), TimeKind.Duration, DurationValue(n, unit));

    /// <summary>The last day of a duration that starts on a given day: "for 180 days" from 11 January 2022 ends on 10 July.
    /// Reads back what <see cref="DurationValue"/> wrote; null for a value that is not one of its durations.</summary>
    public static DateOnly? EndOfDuration(string timex, DateOnly start)
    {
        if (timex.Length < 3 || timex[0] != 'P' || timex[1] == 'T') return null;
        if (!int.TryParse(timex.AsSpan(1, timex.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        TimeUnit? unit = timex[^1] switch { 'D' => TimeUnit.Day, 'W' => TimeUnit.Week, 'M' => TimeUnit.Month, 'Y' => TimeUnit.Year, _ => null };
        return unit is { } u ? Add(start, n, u) : null;
    }

    /// <summary>ISO 8601 durations as TIMEX3 writes them: P3Y, P18M, P2W, P90D, PT6H.</summary>
    internal static string DurationValue(int n, TimeUnit unit)
    {
        var (count, designator) = unit switch
        {
            TimeUnit.Hour => (n, "H"),
            TimeUnit.Day => (n, "D"),
            TimeUnit.Week => (n, "W"),
            TimeUnit.Fortnight => (2 * n, "W"),
            TimeUnit.Month => (n, "M"),
            TimeUnit.Quarter => (3 * n, "M"),
            TimeUnit.Year => (n, "Y"),
            _ => (10 * n, "Y"),
        };
        return (unit == TimeUnit.Hour ? "PT" : "P") + count.ToString(CultureInfo.InvariantCulture) + designator;
    }
}
