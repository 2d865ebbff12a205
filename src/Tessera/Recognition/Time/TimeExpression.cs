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

    public override string ToString() => $"{Text} -> {(Range?.ToString() ?? "?")} ({Precision.ToString().ToLowerInvariant()}, {Basis.ToString().ToLowerInvariant()})";
}
