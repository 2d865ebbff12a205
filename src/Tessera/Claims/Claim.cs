using Tessera.Language;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Claims;

/// <summary>How a claim stands as evidence, strongest doubt first: what an analyst sorts claims by.</summary>
public enum EvidenceStatus { Unverified, Hedged, Attributed, Asserted, None }

/// <summary>One unit of a source document and everything the extractor found in it.</summary>
/// <param name="Origin">Who first made the claim when the text names them apart from its speaker ("citing the health
/// ministry"); null when the speaker, or else the source, is its origin.</param>
public sealed record Claim(
    string DocumentId,
    int Index,
    int Start,
    int End,
    string Text,
    UnitKind Kind,
    IReadOnlyList<string> Speakers,
    bool Hedged,
    bool Boosted,
    LikelihoodBand? Band,
    bool Prediction,
    Probability? Likelihood,
    bool Unverified,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Cue> Cues,
    string? Origin = null)
{
    /// <summary>Whether the unit states something; headings and bylines do not, nor a sentence an analyst marked irrelevant.</summary>
    public bool IsClaim => !Irrelevant && Kind is UnitKind.Sentence or UnitKind.BulletItem;

    /// <summary>An analyst judged this unit no claim worth weighing (a correction); it stays in its document but counts for nothing.</summary>
    public bool Irrelevant { get; init; }

    /// <summary>The fields an analyst corrected, each with the value the reader had found, in the order they were corrected.</summary>
    public IReadOnlyList<CorrectedField> Corrected { get; init; } = [];

    /// <summary>Canonical names of the actors mentioned, in order of first mention.</summary>
    /// <remarks>Computed once per list of mentions: output reads it for every claim, and a `with` that replaces the mentions
    /// is noticed by reference.</remarks>
    public IReadOnlyList<string> Actors
    {
        get
        {
            if (!ReferenceEquals(_actorsOf, Mentions))
            {
                _actors = ActorsOf(Mentions);
                _actorsOf = Mentions;
            }
            return _actors!;
        }
    }

    // A unit mentions a handful of actors, so a scan of the list found so far is cheaper than a set; this runs once per claim
    // written, where the LINQ chain it replaces built five objects each time.
    private static List<string> ActorsOf(IReadOnlyList<Mention> mentions)
    {
        var actors = new List<string>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsActor && !actors.Contains(m.Canonical)) actors.Add(m.Canonical);
        }
        return actors;
    }

    private IReadOnlyList<Mention>? _actorsOf;
    private IReadOnlyList<string>? _actors;

    /// <summary>Whether the claim rests on a source the text leaves unnamed or uncheckable ("officials said", "it is believed",
    /// "some analysts"); its cues name the words. A credibility rule may cap such a claim unless a named independent origin backs it.</summary>
    public bool VaguelySourced
    {
        get
        {
            for (var i = 0; i < Cues.Count; i++) if (Cues[i].Flag == Flag.VaguelySourced) return true;
            return false;
        }
    }

    public IReadOnlyList<string> Places => Mentions.Where(m => m.Kind == MentionKind.Place).Select(m => m.Canonical).Distinct().ToList();

    public EvidenceStatus Status =>
        !IsClaim ? EvidenceStatus.None
        : Unverified ? EvidenceStatus.Unverified
        : Hedged ? EvidenceStatus.Hedged
        : Speakers.Count > 0 ? EvidenceStatus.Attributed
        : EvidenceStatus.Asserted;

    /// <summary>A stable identifier: source and unit number ("wire-chronology#12").</summary>
    public string Id => $"{DocumentId}#{Index + 1}";
}

/// <summary>A field of a claim an analyst corrected, with the reader's own value, so output can show both.</summary>
/// <param name="Field">The field's name in the JSONL contract (speaker, hedged, band, actors, event, irrelevant...).</param>
/// <param name="ReaderValue">What the reader had found, as text ("" for none).</param>
public sealed record CorrectedField(string Field, string ReaderValue);
