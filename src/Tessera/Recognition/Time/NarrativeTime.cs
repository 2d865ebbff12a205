using Tessera.Language;

namespace Tessera.Recognition.Time;

/// <summary>One passage of a document to date: a sentence, bullet item or heading, with where it sits in the document text.</summary>
/// <param name="Tokens">Its tokens over its own text, when they are cut already; else they are cut here.</param>
public readonly record struct Passage(string Text, int Offset, bool IsHeading, TokenizedUnit? Tokens = null)
{
    /// <summary>The passage's tokens over its own text, offsets from its start.</summary>
    public TokenizedUnit Unit => Tokens ?? TokenizedUnit.Sentence(Text);
}

/// <summary>The times of one passage: its own expressions, the one that places the passage in the story, and, when it names
/// none, the time it inherits from the passages before it.</summary>
/// <param name="Own">Every time expression in the passage, with spans in document coordinates.</param>
/// <param name="Main">The expression that places the passage: the last located time outside a subordinate clause.</param>
/// <param name="Inherited">For a passage without a time of its own, the time the story was at (an earlier expression, or the
/// document's date); null when the passage has its own or the story has none.</param>
/// <param name="InheritedFromDocument">True when the inherited time is the document's own date, not an earlier sentence's.</param>
public sealed record PassageTimes(IReadOnlyList<TimeExpression> Own, TimeExpression? Main, TimeExpression? Inherited, bool InheritedFromDocument = false)
{
    /// <summary>The passage's own main time, else the inherited one.</summary>
    public TimeExpression? When => Main ?? Inherited;
}

/// <summary>Dates the passages of one document in order, carrying the story's time from one passage to the next.</summary>
/// <remarks>
/// The temporal focus of TimeML: a passage without a time of its own happened when the story last said. The focus moves
/// with each located time (not with bounds like "since 2013", forward counts like "in two days", nor times after the
/// document's date, which are forecasts), and returns to the
/// document's date at each heading, since a new section starts a new line of thought. A time inside a subordinate clause
/// ("a town where police fired on workers in 2011") is normalised but does not become the passage's time.
/// </remarks>
public static class NarrativeTime
{
    public static IReadOnlyList<PassageTimes> Walk(IReadOnlyList<Passage> passages, DocumentDate? date, TimeNormalizer normalizer)
    {
        var anchor = date?.Range;
        var documentTime = date is null ? null
            : new TimeExpression(date.Start, date.End, date.Evidence, date.Range, date.Range.Precision, TimeBasis.Document);
        var focus = documentTime;
        var result = new List<PassageTimes>(passages.Count);
        foreach (var p in passages)
        {
            if (p.IsHeading) focus = documentTime;
            var unit = p.Unit;
            var own = normalizer.Normalize(unit, anchor, focus?.Range)
                .Select(t => t with { Start = t.Start + p.Offset, End = t.End + p.Offset }).ToList();
            var main = Main(p, unit, own, normalizer);
            var inherited = main is null && !p.IsHeading ? focus : null;
            result.Add(new PassageTimes(own, main, inherited, inherited is not null && ReferenceEquals(inherited, documentTime)));
            // A time after the document's date is a forecast; the story stays where it was ("next week's talks").
            if (main is not null && !(anchor is { } a && main.Range!.Value.From > a.To)) focus = main;
        }
        return result;
    }

    /// <summary>The last located expression outside a subordinate clause or brackets; none if every one is inside.</summary>
    private static TimeExpression? Main(Passage p, TokenizedUnit unit, List<TimeExpression> own, TimeNormalizer normalizer)
    {
        var located = own.Where(t => t.IsResolved && !t.IsBound).ToList();
        if (located.Count == 0) return null;
        return located.LastOrDefault(t => !InSubordinateClause(unit, t.Start - p.Offset, normalizer.Words));
    }

    /// <summary>Whether the expression sits in brackets, or a word opening a subordinate clause stands between the last
    /// punctuation mark and it.</summary>
    private static bool InSubordinateClause(TokenizedUnit u, int start, TimeWords words)
    {
        var k = 0;
        while (k < u.Count && u.Tokens[k].Start < start) k++;
        for (var j = k - 1; j >= 0; j--)
        {
            if (u.Lower[j] == "(") return true;
            if (u.IsPunct(j) && u.Lower[j] is "," or ";" or ":" or "–" or "—" or ")") return false;
            if (words.Subordinate.Contains(u.Lower[j])) return true;
        }
        return false;
    }
}
