using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Events.Causes;

/// <summary>How a causal claim stands as evidence, weakest last: borne out by independent origins, stated outright, alleged or
/// hedged, or said by the sources themselves to lack evidence ("no evidence has been presented").</summary>
public enum CauseStatus { Verified, Asserted, Alleged, Unsubstantiated }

/// <summary>One claim that something caused something else, or did not: a layer of the annotated document.</summary>
/// <param name="Claim">The claim that states it, with its speaker, origin and stance.</param>
/// <param name="Cause">The cause as written, and its span [CauseStart, CauseEnd) in the document text.</param>
/// <param name="Effect">The effect as written, and its span; null when the text names none and means the case's crisis ("the
/// initial trigger was ...").</param>
/// <param name="AboutCrisis">Whether the effect is the crisis itself: none named, or a noun that names it ("the unrest").</param>
/// <param name="Denied">Whether the claim says the cause had no part ("had nothing to do with", "was not behind").</param>
/// <param name="Trigger">Whether the words make it what set the crisis off ("sparked", "the initial trigger").</param>
/// <param name="Cues">The words that link cause and effect, as written: what an analyst reads to see why.</param>
/// <param name="LeadIn">For an item of a list of causes, the unit that introduced it ("the following factors may have played
/// important roles:"), whose speaker and hedge the item inherits.</param>
public sealed record CausalClaim(
    Claim Claim,
    string Cause,
    int CauseStart,
    int CauseEnd,
    string? Effect,
    int EffectStart,
    int EffectEnd,
    bool AboutCrisis,
    bool Denied,
    bool Trigger,
    IReadOnlyList<string> Cues,
    Claim? LeadIn = null)
{
    public string ClaimId => Claim.Id;
    public string SourceId => Claim.DocumentId;

    /// <summary>The claim's speakers, or for a listed cause its lead-in's.</summary>
    public IReadOnlyList<string> Speakers => Claim.Speakers.Count > 0 || LeadIn is null ? Claim.Speakers : LeadIn.Speakers;

    /// <summary>The claim's origin when it cites one apart from its speaker, or its lead-in's.</summary>
    public string? Origin => Claim.Origin ?? LeadIn?.Origin;

    public bool Hedged => Claim.Hedged || LeadIn?.Hedged == true;
    public bool Unverified => Claim.Unverified || LeadIn?.Unverified == true;
    public LikelihoodBand? Band => Claim.Band ?? LeadIn?.Band;

    /// <summary>The stance cues of the claim and its lead-in, for the words that make it hedged or unsubstantiated.</summary>
    public IEnumerable<Cue> StanceCues => LeadIn is null ? Claim.Cues : Claim.Cues.Concat(LeadIn.Cues);

    /// <summary>The words that hedge it ("may have", "ostensibly"), its own and its lead-in's.</summary>
    public IReadOnlyList<string> HedgeWords => StanceCues.Where(c => c.Flag == Flag.Hedged).Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The words by which the text itself says the claim lacks evidence ("has not been presented").</summary>
    public IReadOnlyList<string> AbsenceWords => StanceCues.Where(IsAbsenceOfEvidence).Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Unsubstantiated when the text says no evidence backs it; alleged when hedged or unverified; else asserted. Only
    /// the analysis of factors, which counts independent origins, calls one verified.</summary>
    public CauseStatus Status =>
        AbsenceWords.Count > 0 ? CauseStatus.Unsubstantiated
        : Hedged || Unverified ? CauseStatus.Alleged
        : CauseStatus.Asserted;

    /// <summary>An unverified cue of the absence-of-evidence family (lexicon/unverified.tsv).</summary>
    public static bool IsAbsenceOfEvidence(Cue c) => c.Flag == Flag.Unverified && c.Family == "absence-of-evidence";
}
