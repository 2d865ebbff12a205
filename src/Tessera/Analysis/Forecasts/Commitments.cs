using Tessera.Claims;
using Tessera.Language;
using Tessera.Stance;

namespace Tessera.Analysis.Forecasts;

/// <summary>Tells a commitment (an actor announcing its own action) from a forecast, with the words of analysis/commitments.tsv.</summary>
/// <remarks>A commitment is stated flatly: no hedge in its clause, no estimative word, a future marker of a kind that can commit ("will",
/// "plans to", "is due to"). Then it is the speaker's own action when the subject of the future clause is the speaker's side
/// ("we", "our troops"), an action or instrument an actor decides on ("the withdrawal", "the price"), or when an announcing verb
/// ("announced that", "pledged") comes before it.</remarks>
public sealed class Commitments
{
    private readonly PhraseMatcher<string> _words;
    private readonly IReadOnlySet<string> _kinds;

    public Commitments(LanguageData data)
    {
        var rows = data.Rows("analysis/commitments.tsv");
        _words = new PhraseMatcher<string>(rows.Where(r => r[1] != "future-kind").Select(r => (r[0], r[1])));
        _kinds = rows.Where(r => r[1] == "future-kind").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words that make this prediction a commitment, as a cue in the document's text; null when it is a forecast.</summary>
    /// <param name="tokens">The claim's tokens over its own text.</param>
    public Cue? Of(Claim claim, TokenizedUnit tokens)
    {
        if (claim.Band is not null) return null;
        var future = claim.Cues.FirstOrDefault(c => c.Flag == Flag.Prediction);
        if (future is null || !_kinds.Contains(future.Family)) return null;
        var at = tokens.FirstTokenAt(future.Start - claim.Start);
        if (at < 0) return null;
        // A hedge up to the end of the future clause makes it a forecast; one in a later clause ("…, after which the situation
        // is expected to return to normal") hedges something else.
        var clauseEnd = ClauseEnd(tokens, at);
        if (claim.Cues.Any(c => c.Flag == Flag.Hedged && c.Start - claim.Start < clauseEnd)) return null;
        var subject = ClauseStart(tokens, at);
        var matches = _words.Matches(tokens);
        var found = matches.FirstOrDefault(m => m.Entry == "self" && m.First >= subject && m.End <= at);
        if (found.End == 0) found = matches.FirstOrDefault(m => m.Entry == "own" && m.First >= subject && m.End <= at);
        if (found.End == 0) found = matches.FirstOrDefault(m => m.Entry == "announce" && m.End <= subject);
        if (found.End == 0) return null;
        var cue = EpistemicAnalyzer.CueOf(tokens, Flag.Prediction, "commitment-" + found.Entry, found.First, found.End);
        return cue with { Start = cue.Start + claim.Start, End = cue.End + claim.Start };
    }

    /// <summary>The offset in the unit where the clause of the future marker ends: its next comma, semicolon or colon, else the end.</summary>
    private static int ClauseEnd(TokenizedUnit u, int at)
    {
        for (var k = at + 1; k < u.Count; k++)
            if (u.Lower[k] is ":" or ";" or ",") return u.Tokens[k].Start;
        return u.Text.Length;
    }

    /// <summary>Where the clause of the future marker begins: after the nearest "that", colon, semicolon, comma or quotation
    /// mark before it, else at the start of the unit.</summary>
    private static int ClauseStart(TokenizedUnit u, int at)
    {
        for (var k = at - 1; k >= 0; k--)
            if (u.Lower[k] is "that" or ":" or ";" or "," || Tokenizer.IsQuote(u.Text[u.Tokens[k].Start])) return k + 1;
        return 0;
    }
}
