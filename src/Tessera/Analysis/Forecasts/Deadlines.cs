using System.Globalization;
using Tessera.Claims;
using Tessera.Language;
using Tessera.Recognition.Time;

namespace Tessera.Analysis.Forecasts;

/// <summary>The deadline a prediction's own words give it: the day, the words that set it, and how it was read (or why there is none).</summary>
/// <param name="Date">The last day the prediction may come true on; null when the words name no time it can be held to.</param>
/// <param name="Words">The words that set it ("within three days", "In two days … no more than ten days"); empty when none did.</param>
/// <param name="Note">How it was read, or why there is none: "open-ended ('soon')", "no time words", "set in case.yaml".</param>
public sealed record DeadlineReading(DateOnly? Date, string Words, string Note)
{
    /// <summary>The analyst's deadline, which wins; the words' reading stays beside it when it differs.</summary>
    public DeadlineReading InCaseFile(DateOnly given) => new(given, Words,
        Date is { } read && read != given ? $"set in case.yaml (the words give {read.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "set in case.yaml");
}

/// <summary>Reads a prediction's deadline from its time expressions, anchored on the date it was made, with the words of
/// analysis/deadline-cues.tsv saying what each expression means as a deadline.</summary>
/// <remarks>The time expressions are the time normaliser's, run again on the claim with the date it was made as the anchor
/// (the case file may give that date apart from the source's), so no date is parsed here.</remarks>
public sealed class Deadlines
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly PhraseMatcher<string> _cues;
    private readonly TimeNormalizer _time;

    public Deadlines(LanguageData data, TimeNormalizer time)
    {
        _cues = new PhraseMatcher<string>(data.Rows("analysis/deadline-cues.tsv").Select(r => (r[0], r[1])));
        _time = time;
    }

    /// <param name="tokens">The claim's tokens over its own text.</param>
    /// <param name="made">The date the prediction was made; null leaves nothing to count from.</param>
    public DeadlineReading Of(TokenizedUnit tokens, DateOnly? made)
    {
        if (made is not { } day) return new(null, "", "undated: nothing to count a deadline from");
        var anchor = DateRange.Day(day);
        var matches = _cues.Matches(tokens);
        DateOnly? deadline = null;
        var words = new List<string>();
        foreach (var time in _time.Normalize(tokens, anchor, anchor))
        {
            var first = tokens.FirstTokenAt(time.Start);
            if (first < 0) continue;
            // The longest cue that ends right before the expression or reaches into it: "before the end of" over "before".
            // The first of the longest, as a stable sort by length would give, without sorting the matches for each expression.
            PhraseMatch<string>? cue = null;
            foreach (var m in matches)
                if (m.Entry != "open" && m.First < first && m.End >= first && (cue is not { } longest || m.End - m.First > longest.End - longest.First)) cue = m;
            var reading = cue?.Entry ?? (time.Kind == TimeKind.Date ? "by" : null);
            DateOnly? set = reading switch
            {
                "by" when time.IsEventDate && time.To >= day => time.To,
                "before" when time.IsEventDate && time.From > day => time.From!.Value.AddDays(-1),
                "for" when time.Kind == TimeKind.Duration && time.Timex is { } timex => TimeNormalizer.EndOfDuration(timex, deadline ?? day),
                _ => null,
            };
            if (set is not { } d) continue;
            deadline = deadline is { } before && before > d ? before : d;
            var from = cue is { } c && c.First < first ? tokens.Tokens[c.First].Start : time.Start;
            words.Add(tokens.Text[from..Math.Max(time.End, from)]);
        }
        if (deadline is { } found)
            return new(found, string.Join(" … ", words), $"from the words, counted from {day.ToString("d MMMM yyyy", Inv)}");
        var open = matches.FirstOrDefault(m => m.Entry == "open");
        return open.End > 0
            ? new(null, "", $"open-ended ('{tokens.Slice(open.First, open.End)}'): no deadline")
            : new(null, "", "no time words set a deadline");
    }
}
