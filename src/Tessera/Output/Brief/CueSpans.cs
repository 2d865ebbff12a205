using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Output.Brief;

/// <summary>A claim's sentence cut into plain runs and cue words, in order, for any renderer to mark the cues its own way.</summary>
public static class CueSpans
{
    /// <summary>Cues outside the sentence (a lead-in's hedge, an epigraph's byline) are not marked in it; of overlapping cues the
    /// first, longest one wins.</summary>
    public static IEnumerable<(string Text, Cue? Cue)> Of(Claim c)
    {
        var pos = c.Start;
        foreach (var cue in c.Cues.Where(q => q.Start >= c.Start && q.End <= c.End && q.End > q.Start).OrderBy(q => q.Start).ThenByDescending(q => q.End))
        {
            if (cue.Start < pos) continue;
            if (cue.Start > pos) yield return (c.Text[(pos - c.Start)..(cue.Start - c.Start)], null);
            yield return (c.Text[(cue.Start - c.Start)..(cue.End - c.Start)], cue);
            pos = cue.End;
        }
        if (pos < c.End) yield return (c.Text[(pos - c.Start)..], null);
    }
}
