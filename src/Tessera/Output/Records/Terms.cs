using Tessera.Analysis.Consequences;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Network;
using Tessera.Analysis.Timeline;
using Tessera.Claims;
using Tessera.Events;

namespace Tessera.Output.Records;

/// <summary>The words the record writers and the terminal tables share for values, and the order of their rows, so a table,
/// a JSON line and a CSV row never name one thing two ways.</summary>
public static class Terms
{
    /// <summary>Where an event's time came from: words of the sentence, the story's time, or the report's date.</summary>
    public static string How(EventTimeSource how) => how switch
    {
        EventTimeSource.Stated => "stated",
        EventTimeSource.Story => "story",
        _ => "report",
    };

    /// <summary>The words a time came from; null for a time dated by the report, which has no words of its own.</summary>
    public static string? Words(TimelineEntry e) => e.How == EventTimeSource.Document ? null : e.Time.Text;

    /// <summary>Where the time's words sit in their document's text; null for a time dated by the report.</summary>
    public static (int Start, int End)? Span(TimelineEntry e) => e.How == EventTimeSource.Document ? null : (e.Time.Start, e.Time.End);

    /// <summary>What a time was counted from, TIMEX3's anchor: the document's date or the story's time as a value, with the
    /// basis ("document", "narrative"); none for a time whose words fix it.</summary>
    public static (string Value, string Basis)? Anchor(TimelineEntry e) =>
        e.How == EventTimeSource.Document || e.Time.Anchor is not { } a ? null : (a.ToString(), e.Time.Basis.ToString().ToLowerInvariant());

    /// <summary>An event on one line: "Russia → Bulgaria: 112 Accuse (unconfirmed)".</summary>
    public static string EventLine(ActorEvent e) =>
        $"{e.Source} → {e.Target ?? "?"}: {e.Cameo.Code} {e.Cameo.Name}{(e.Future ? " (announced)" : "")}{(e.Unconfirmed ? " (unconfirmed)" : "")}{(e.Imported is { } p ? $" (imported: {Provenance(p)})" : "")}";

    /// <summary>Where an imported event came from, as people cite it: "GDELT 1021394881".</summary>
    public static string Provenance(Events.Imported.EventProvenance p) => $"{p.DatasetName} {p.RecordId}";

    public static string Quad(QuadClass q) => q switch
    {
        QuadClass.VerbalCooperation => "verbal cooperation",
        QuadClass.MaterialCooperation => "material cooperation",
        QuadClass.VerbalConflict => "verbal conflict",
        _ => "material conflict",
    };

    public static string Kind(Tie t) => t.Kind.ToString().ToLowerInvariant();

    /// <summary>A forecast's outcome: open until resolved, then true or false.</summary>
    public static string Outcome(Forecast f) => f.Resolution is null ? "open" : f.Resolution.Outcome ? "true" : "false";

    /// <summary>An outcome proposed from later reporting: true, false, or open when nothing says or reports disagree.</summary>
    public static string Proposed(ProposedOutcome? p) => p?.Outcome switch { true => "true", false => "false", _ => "open" };

    public static string Kind(Forecast f) => f.Kind == ForecastKind.Commitment ? "commitment" : "forecast";

    public static string Direction(OutcomeEntry e) => e.Direction == OutcomeDirection.Gain ? "gain" : "loss";

    /// <summary>Every actor of the network or of the balance of gains and losses, network actors first.</summary>
    public static IEnumerable<string> Actors(ActorNetwork net, Consequences c) =>
        net.Actors.Select(a => a.Actor).Concat(c.Balance.Select(b => b.Actor)).Distinct();

    /// <summary>A cause's evidence status as the records and the brief write it.</summary>
    public static string Status(Events.Causes.CauseStatus s) => s.ToString().ToLowerInvariant();

    /// <summary>How another claim bears on a claim, in the words of `show` and its JSON: "corroborates", "updated by".</summary>
    public static string Relation(Analysis.Provenance.Relation r) => r switch
    {
        Analysis.Provenance.Relation.UpdatedBy => "updated by",
        Analysis.Provenance.Relation.RetractedBy => "retracted by",
        _ => r.ToString().ToLowerInvariant(),
    };

    /// <summary>Where a claim is used: "ACH evidence", "forecast", "commitment", "key judgment".</summary>
    public static string Use(Analysis.Provenance.UseKind k) => k switch
    {
        Analysis.Provenance.UseKind.AchEvidence => "ACH evidence",
        Analysis.Provenance.UseKind.KeyJudgment => "key judgment",
        _ => k.ToString().ToLowerInvariant(),
    };
}
