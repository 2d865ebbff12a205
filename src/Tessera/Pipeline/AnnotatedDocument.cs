using Tessera.Claims;
using Tessera.Events;
using Tessera.Language;
using Tessera.Reading;
using Tessera.Recognition.Time;

namespace Tessera.Pipeline;

/// <summary>A source document as the extraction pipeline leaves it: its text cut into units and tokens, and the layers each
/// stage adds as spans into that text (spaCy's Doc is the model).</summary>
/// <param name="Source">The document as read: id, text, title, publisher, date, grade.</param>
/// <param name="Units">Its units (sentences, headings, bylines, bullet items), each with its tokens, in document order.</param>
/// <param name="Claims">One per unit: its mentions, stance cues, speakers and attribution cues.</param>
/// <param name="Date">The document's own date, the anchor of its relative times; null when it has none.</param>
/// <param name="DateProblem">Why it has none (TSR201), for the terminal.</param>
/// <param name="Times">One per unit: its time expressions (offsets, value, anchor) and the story's time it inherits.</param>
/// <param name="Events">Who did what to whom, coded in CAMEO, with time and place.</param>
/// <param name="Figures">Counted figures (death tolls, arrests) and the words that give them.</param>
/// <param name="Outcomes">What the claims say an actor gains or loses.</param>
/// <param name="Causes">What the claims say caused what (or did not), with the words that say so.</param>
public sealed record AnnotatedDocument(
    Document Source,
    IReadOnlyList<TokenizedUnit> Units,
    IReadOnlyList<Claim> Claims,
    DocumentDate? Date,
    Problem? DateProblem,
    IReadOnlyList<PassageTimes> Times,
    IReadOnlyList<ActorEvent> Events,
    IReadOnlyList<FigureClaim> Figures,
    IReadOnlyList<OutcomeEntry> Outcomes,
    IReadOnlyList<Events.Causes.CausalClaim> Causes)
{
    public string Id => Source.Id;

    /// <summary>A document before any stage has run: its text only.</summary>
    public static AnnotatedDocument Of(Document source) => new(source, [], [], null, null, [], [], [], [], []);

    /// <summary>Each unit's tokens over its own text, for the readers of single sentences; derived, never tokenised again.</summary>
    /// <remarks>Kept once made while the pipeline's steps read them; a compact document (<see cref="Compact"/>) makes each anew.</remarks>
    public IReadOnlyList<TokenizedUnit> LocalUnits => Units is CompactUnits compact ? compact.Local : _local ??= Units.Select(u => u.Local()).ToList();
    private IReadOnlyList<TokenizedUnit>? _local;

    /// <summary>The same document with its units' tokens kept as spans only (<see cref="CompactUnits"/>): how a case holds its
    /// documents once the pipeline is done with them.</summary>
    public AnnotatedDocument Compact() =>
        Units is CompactUnits ? this : new(Source, CompactUnits.Of(Source.Text, Units), Claims, Date, DateProblem, Times, Events, Figures, Outcomes, Causes);

    /// <summary>The times of one of this document's claims.</summary>
    public PassageTimes? TimesOf(Claim claim) => claim.Index < Times.Count ? Times[claim.Index] : null;
}
