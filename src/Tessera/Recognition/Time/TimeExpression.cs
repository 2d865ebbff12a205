namespace Tessera.Recognition.Time;

/// <summary>What a normalised time was counted from.</summary>
public enum TimeBasis
{
    /// <summary>The words fix the date by themselves ("7 January 2022", "week 1 of 2022").</summary>
    Absolute,
    /// <summary>Counted from the document's own date ("yesterday", "last year", "on Tuesday", "Jan. 7" taking the document's year).</summary>
    Document,
    /// <summary>Counted from the time the text last spoke of ("two days later", "that night", "within hours").</summary>
    Narrative,
    /// <summary>Recognised, but nothing to count from (a relative time in an undated document).</summary>
    Unresolved,
}

/// <summary>What a time expression names, after TIMEX3's types: a date an event can be placed at, or not.</summary>
public enum TimeKind
{
    /// <summary>A point or stretch of the calendar ("on Tuesday", "last week", "the third quarter").</summary>
    Date,
    /// <summary>A length of time, an age among them ("for three years", "a 45-year-old man", "a two-week ceasefire").</summary>
    Duration,
    /// <summary>A period too long to date an event by ("the 1990s").</summary>
    Era,
}

/// <summary>A time expression found in a text: its span and words, the dates it stands for, its precision and what it was counted from.</summary>
/// <param name="Start">Where the words start in the text that was normalised (the document text for a claim).</param>
/// <param name="End">Where the words end (exclusive).</param>
/// <param name="Text">The words the time came from, as written.</param>
/// <param name="Range">The dates, or null when the expression could not be resolved.</param>
/// <param name="Precision">How finely the words fix the time, known even when unresolved ("on Tuesday" names a day).</param>
/// <param name="Basis">What the dates were counted from.</param>
public sealed record TimeExpression(int Start, int End, string Text, DateRange? Range, TimePrecision Precision, TimeBasis Basis)
{
    public DateOnly? From => Range?.From;
    public DateOnly? To => Range?.To;
    public bool IsResolved => Range is not null;

    /// <summary>True for a bound or a stretch ("since 2013", "until 19 January", "within two days", "in the coming days"):
    /// it is normalised, but the story's time does not move to it.</summary>
    public bool IsBound { get; init; }

    /// <summary>A date, a duration or an era; only a date places an event in time.</summary>
    public TimeKind Kind { get; init; }

    /// <summary>The TIMEX3 value of a duration or an era ("P3Y", "199"), which has no dates; null for a date.</summary>
    public string? Timex { get; init; }

    /// <summary>The time the expression was counted from: the document's date, or the time the text last spoke of; null for
    /// one that fixes its dates by itself (TIMEX3's anchorTimeID).</summary>
    public DateRange? Anchor { get; init; }

    /// <summary>The normalised value, TIMEX3-style: 2022-01-07, 2022-W01, 2022-01, 2022-Q1, 2022-SU, 2022,
    /// 2022-01-05/2022-01-06 for a stretch of days, P3Y for a duration, 199 for the 1990s; empty when unresolved.</summary>
    public string Value => Timex ?? Range?.ToString() ?? "";

    /// <summary>True for a resolved date an event can be placed at.</summary>
    public bool IsEventDate => Kind == TimeKind.Date && IsResolved;

    public override string ToString() => $"{Text} -> {(Value.Length > 0 ? Value : "?")} ({Precision.ToString().ToLowerInvariant()}, {Basis.ToString().ToLowerInvariant()})";
}
