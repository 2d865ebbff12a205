using Tessera.Claims;
using Tessera.Recognition.Time;

namespace Tessera.Events;

/// <summary>Where an event's time came from.</summary>
public enum EventTimeSource
{
    /// <summary>The claim names the time ("On Jan. 7, ...", "... within hours").</summary>
    Stated,
    /// <summary>The claim names none; the story was last at this time (an earlier sentence's "JAN. 5 –").</summary>
    Story,
    /// <summary>Nothing in the text dates it; the document's own date does, as event data sets date events by their report.</summary>
    Document,
}

/// <summary>When an event happened: the time expression that says so and where it came from.</summary>
public sealed record EventTime(TimeExpression Expression, EventTimeSource Source)
{
    public DateRange? Range => Expression.Range;
}

/// <summary>Who did what to whom, when and where, coded in CAMEO, with the stance of the claim that reports it.</summary>
/// <param name="ClaimId">The claim the event comes from ("wire-chronology#15").</param>
/// <param name="DocumentId">The source document.</param>
/// <param name="Source">The actor who acts (a canonical name).</param>
/// <param name="Action">The words that signal the act, as written.</param>
/// <param name="Target">The actor acted on, or null when the text names none.</param>
/// <param name="Cameo">The CAMEO code, with root, quad class and Goldstein value.</param>
/// <param name="Time">When, or null when nothing dates it.</param>
/// <param name="Place">Where, when the claim names a place.</param>
/// <param name="Start">Where the action words start in the document text.</param>
/// <param name="End">Where they end.</param>
/// <param name="Hedged">The claim is hedged: the event is a possibility, not a report.</param>
/// <param name="Unverified">The claim says it is unverified or alleged.</param>
/// <param name="Future">The act is announced, promised or expected, not reported as done.</param>
/// <param name="Status">The claim's evidence status (asserted, attributed, hedged, unverified).</param>
public sealed record ActorEvent(
    string ClaimId,
    string DocumentId,
    string Source,
    string Action,
    string? Target,
    CameoCode Cameo,
    EventTime? Time,
    string? Place,
    int Start,
    int End,
    bool Hedged,
    bool Unverified,
    bool Future,
    EvidenceStatus Status)
{
    /// <summary>Where the event came from when an event data set coded it rather than a source's words (null for those).</summary>
    public Imported.EventProvenance? Imported { get; init; }

    public string CameoCode => Cameo.Code;
    public string Root => Cameo.Root;
    public QuadClass QuadClass => Cameo.Quad;
    public double Goldstein => Cameo.Goldstein;

    /// <summary>An act expected rather than done ("troops will withdraw"). An announced intention to cooperate is an act of its
    /// own (CAMEO 03) and is not an expectation.</summary>
    public bool Expected => Future && Root != "03";

    /// <summary>Reported only with doubt: a hedged or unverified claim.</summary>
    public bool Unconfirmed => Hedged || Unverified;

    public override string ToString() =>
        $"{Source} -[{Cameo.Code} {Cameo.Name}]-> {Target ?? "?"} ({Time?.Range?.ToString() ?? "undated"}){(Unconfirmed ? " unconfirmed" : "")}{(Future ? " future" : "")} <{ClaimId}>";
}

/// <summary>What the sentences before a claim tell its events: the claim's times and the last person and actor named.</summary>
public sealed record EventContext(PassageTimes? Times = null, string? LastPerson = null, string? LastActor = null);
