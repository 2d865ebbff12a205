using Tessera.Events;
using Tessera.Analysis.Events;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Recognition.Time;

namespace Tessera.Analysis.Timeline;

/// <summary>A claim placed in time: by a time it names, or by the story's or the document's time for an event it reports.</summary>
/// <param name="When">The dates, with their precision.</param>
/// <param name="Time">The expression that gave them: the claim's own words, an earlier sentence's, or the document's date.</param>
/// <param name="How">Where the time came from: stated in the claim, the story's time, or the document's date.</param>
/// <param name="Claim">The claim, with its stance.</param>
/// <param name="Events">The claim's events at this time.</param>
public sealed record TimelineEntry(DateRange When, TimeExpression Time, EventTimeSource How, Claim Claim, IReadOnlyList<ActorEvent> Events)
{
    public string ClaimId => Claim.Id;
    public string SourceId => Claim.DocumentId;
}

/// <summary>The entries at one time: a day, or a week, month or span for what is known only that finely.</summary>
public sealed record TimelineGroup(DateRange When, IReadOnlyList<TimelineEntry> Entries)
{
    public string Label => When.Label();

    /// <summary>Events imported from event data sets on this day, beside the claims; each keeps its provenance.</summary>
    public IReadOnlyList<ActorEvent> Imported { get; init; } = [];
}

/// <summary>One value in a disagreement and who gives it.</summary>
/// <param name="Value">The figure or date as a reader reads it ("225", "about 10,000", "6 January 2022").</param>
/// <param name="Words">Each claim's own words for it.</param>
/// <param name="ClaimIds">The claims that give it.</param>
/// <param name="SourceIds">Their sources.</param>
/// <param name="Retracted">True when every claim giving it also takes it back.</param>
public sealed record DisagreementSide(string Value, IReadOnlyList<string> Words, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> SourceIds, bool Retracted);

/// <summary>Sources that give different figures for one count, or different dates for one event, side by side.</summary>
/// <param name="Topic">What they disagree on ("death toll", "Kassym-Jomart Tokayev → CSTO: appeal").</param>
/// <param name="Kind">"figure" or "date".</param>
/// <param name="Sides">Each value with its claims and sources.</param>
public sealed record Disagreement(string Topic, string Kind, IReadOnlyList<DisagreementSide> Sides);

/// <summary>Events and dated claims in time order, grouped by day, with the figures and dates sources disagree on.</summary>
public sealed record Timeline(IReadOnlyList<TimelineGroup> Groups, IReadOnlyList<ActorEvent> Undated, IReadOnlyList<Disagreement> Disagreements, IReadOnlyList<FigureClaim> Figures)
{
    /// <summary>The timeline of an assessed case.</summary>
    public static Timeline Build(AssessedCase assessed) => Build(CaseEvents.Of(assessed));

    public static Timeline Build(CaseEvents events)
    {
        var entries = new List<TimelineEntry>();
        var byClaim = events.Events.GroupBy(e => e.ClaimId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var doc in events.Documents)
        {
            if (doc.Times.Count < doc.Claims.Count) continue;
            for (var i = 0; i < doc.Claims.Count; i++)
            {
                var claim = doc.Claims[i];
                if (!claim.IsClaim) continue;
                var claimEvents = byClaim.GetValueOrDefault(claim.Id) ?? [];
                var own = doc.Times[i].Own.Where(t => t.Range is not null && !IsDateLine(claim, t, doc.Date)).DistinctBy(t => t.Range).ToList();
                foreach (var t in own)
                    entries.Add(new TimelineEntry(t.Range!.Value, t, EventTimeSource.Stated, claim,
                        claimEvents.Where(e => e.Time?.Range == t.Range).ToList()));
                // Events dated only by the story or the document get an entry of their own at that time.
                foreach (var g in claimEvents.Where(e => e.Time?.Range is not null && !own.Any(t => t.Range == e.Time!.Range)).GroupBy(e => e.Time!.Range))
                    entries.Add(new TimelineEntry(g.Key!.Value, g.First().Time!.Expression, g.First().Time!.Source, claim, g.ToList()));
            }
        }
        var order = events.Documents.Select((d, i) => (d.Id, d.Date?.Range.From, i)).ToDictionary(x => x.Id, x => (x.From ?? DateOnly.MaxValue, x.i));
        var byDay = entries.GroupBy(e => e.When).ToDictionary(g => g.Key, g => g.ToList());
        var imported = events.Imported.GroupBy(e => e.Time!.Range!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var groups = byDay.Keys.Union(imported.Keys)
            .OrderBy(k => k.From).ThenBy(k => k.To)
            .Select(k => new TimelineGroup(k, (byDay.GetValueOrDefault(k) ?? []).OrderBy(e => order[e.SourceId]).ThenBy(e => e.Claim.Index).ToList())
            {
                Imported = imported.GetValueOrDefault(k) ?? [],
            })
            .ToList();
        var undated = events.Events.Where(e => e.Time?.Range is null).ToList();
        var figureClaims = events.Documents.SelectMany(d => d.Figures).ToList();
        // Imported events are dated by their data set, not by a source's words: they take no side in a disagreement on dates.
        var disagreements = FigureDisagreements(figureClaims).Concat(DateDisagreements(events.Events.Where(e => e.Imported is null).ToList())).ToList();
        return new Timeline(groups, undated, disagreements, figureClaims);
    }

    /// <summary>A date line at the head of a document ("Ministry of Foreign Affairs – Press release 2022/01/10") dates the
    /// document, not an event.</summary>
    private static bool IsDateLine(Claim claim, TimeExpression t, DocumentDate? date) =>
        claim.Index < 3 && t.Basis == TimeBasis.Absolute && date is not null && t.Range == date.Range
        && claim.Text.TrimEnd().EndsWith(t.Text, StringComparison.Ordinal);

    /// <summary>Each count given with different values, all values side by side; equal numbers agree whatever the wording.</summary>
    internal static IEnumerable<Disagreement> FigureDisagreements(IReadOnlyList<FigureClaim> figures)
    {
        foreach (var kind in figures.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sides = kind.GroupBy(f => f.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? f.Words.ToLowerInvariant())
                .OrderBy(g => g.First().Value ?? double.MaxValue)
                .Select(g => new DisagreementSide(g.First().Words, g.Select(f => f.Words).Distinct().ToList(),
                    g.Select(f => f.ClaimId).Distinct().ToList(), g.Select(f => f.SourceId).Distinct().ToList(), g.All(f => f.Retracted)))
                .ToList();
            if (sides.Count >= 2) yield return new Disagreement(kind.Key, "figure", sides);
        }
    }

    /// <summary>The same act (source, target and CAMEO root) dated differently by different documents, each in its own words.</summary>
    internal static IEnumerable<Disagreement> DateDisagreements(IReadOnlyList<ActorEvent> events)
    {
        var stated = events.Where(e => e.Time is { Source: EventTimeSource.Stated, Range: { Precision: TimePrecision.Day or TimePrecision.Span } } && !e.Future);
        foreach (var act in stated.GroupBy(e => (e.Source, e.Target, e.Root)))
        {
            var sides = act.GroupBy(e => e.Time!.Range!.Value).OrderBy(g => g.Key.From).ToList();
            if (sides.Count < 2 || act.Select(e => e.DocumentId).Distinct().Count() < 2) continue;
            // Overlapping dates ("5–6 January" and "6 January") do not disagree.
            var disjoint = sides.Any(a => sides.Any(b => !a.Key.Overlaps(b.Key)));
            if (!disjoint) continue;
            var topic = $"{act.Key.Source} → {act.Key.Target ?? "?"}: {act.First().Cameo.Name}";
            yield return new Disagreement(topic, "date", sides.Select(g => new DisagreementSide(g.Key.Label(),
                g.Select(e => e.Time!.Expression.Text).Distinct().ToList(), g.Select(e => e.ClaimId).Distinct().ToList(),
                g.Select(e => e.DocumentId).Distinct().ToList(), false)).ToList());
        }
    }
}
