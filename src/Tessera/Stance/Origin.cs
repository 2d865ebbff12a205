using Tessera.Language;
using Tessera.Recognition;

namespace Tessera.Stance;

/// <summary>Who first made a unit's claim when the text says so ("citing the health ministry" gives the health ministry), with
/// the cue that says it; none when the text names no origin apart from the speaker.</summary>
public sealed record OriginReading(string? Origin, Cue? Cue)
{
    public static OriginReading None { get; } = new(null, null);
}

/// <summary>Reads the origin of a unit's content from the cues of lexicon/origin-cues.tsv: a cited origin follows its cue
/// ("citing", "according to"); an outlet the speaker talked to ("told Reuters") makes the speaker the origin.</summary>
public sealed class OriginReader(StanceLexicon lexicon, FunctionWords words)
{
    private const int MaxOriginTokens = 10;

    public OriginReading Read(TokenizedUnit u, IReadOnlyList<Mention> mentions, Attribution attribution)
    {
        // The first cited origin outside a quotation wins: in "X, citing Y, said" it is the innermost voice.
        foreach (var m in lexicon.OriginCues.Matches(u))
        {
            if (u.InQuote[m.First]) continue;
            var cue = EpistemicAnalyzer.CueOf(u, Flag.Origin, m.Entry, m.First, m.End);
            if (m.Entry == "speaker")
            {
                if (attribution.Speakers.Count > 0) return new OriginReading(attribution.Speakers[0], cue);
                continue;
            }
            var end = m.End;
            while (end < u.Count && end - m.End < MaxOriginTokens && !Boundary(u, end)) end++;
            if (Name(u, m.End, end, mentions) is { } origin) return new OriginReading(origin, cue);
        }
        return OriginReading.None;
    }

    /// <summary>The origin as an analyst would name it: the one actor the phrase names, else the phrase without a leading "the".</summary>
    private static string? Name(TokenizedUnit u, int start, int end, IReadOnlyList<Mention> mentions)
    {
        while (start < end && (u.Lower[start] == "the" || u.IsPunct(start))) start++;
        if (start >= end) return null;
        var from = u.Tokens[start].Start;
        var to = u.Tokens[end - 1].End;
        var actors = mentions.Where(x => x.IsActor && x.Start >= from && x.End <= to).Select(x => x.Canonical).Distinct().ToList();
        // A single actor that is the whole phrase ("the Kremlin") folds to its name; "a spokesman for the Kremlin" stays as written.
        if (actors.Count == 1 && mentions.Any(x => x.IsActor && x.Start == from && x.End == to)) return actors[0];
        return u.Name(start, end);
    }

    /// <summary>Where an origin phrase stops: punctuation, a quotation, a word that opens a clause, or a reporting verb ("citing
    /// officials say"); a capitalised one is part of a name ("the Head of State").</summary>
    private bool Boundary(TokenizedUnit u, int k) =>
        u.InQuote[k] || (u.IsPunct(k) && u.Lower[k] is not ("&" or "-" or "'")) || words.Is(u.Lower[k], "clause")
        || (!u.IsCapitalized(k) && lexicon.Reporting.At(u, k) is not null);
}
