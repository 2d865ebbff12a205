using Tessera.Events;
using System.Globalization;
using Tessera.Analysis;
using Tessera.Analysis.Events;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Summary;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Output.Tables;

/// <summary>A table `tessera export --what NAME` can write: its name, what it lists, and how it is built from a case's findings.</summary>
public sealed record TableDefinition(string Name, string Description, Func<Findings, Table> Build);

/// <summary>The tables of an assessed case. Adding one (events, forecasts) is one function and one line in <see cref="All"/>.</summary>
public static class CaseTables
{
    public static IReadOnlyList<TableDefinition> All { get; } =
    [
        new("claims", "one row per claim: source, speakers, evidence status, stance flags, band, actors, places, origin, independent origins, reports, credibility (Admiralty 1-6) and why", Claims),
        new("actors", "one row per actor: kind and how many claims and sources mention it, how often it speaks", f => Actors(f.Case, f.Summary)),
        new("sources", "one row per source: publisher, date, Admiralty grade and its claims by status", f => Sources(f.Summary, f.Case)),
        new("events", "one row per event: who did what to whom (CAMEO code, quad class, Goldstein), when, where, from which claim", f => Events(f.Events.Events)),
        new("forecasts", "one row per forecast or commitment: statement, source, speaker, probability and its basis, deadline, outcome, Brier score", f => Forecasts(f.Forecasts.Forecasts)),
    ];

    public static TableDefinition? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The analyst's corrections as the audit lists them: one row per correction, oldest first, with the claim it
    /// attaches to now (empty when its words are gone). Not in <see cref="All"/>: as JSON, corrections are written as gold.</summary>
    public static Table Corrections(AssessedCase assessed) =>
        Table.Of("corrections", assessed.Corrections,
            ("made", o => Cell.Of(o.Correction.Made.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))),
            ("author", o => Cell.Of(o.Correction.Author)),
            ("source", o => Cell.Of(o.Correction.Anchor.SourceId)),
            ("quote", o => Cell.Of(o.Correction.Anchor.Quote)),
            ("claim", o => Cell.Of(o.ClaimId)),
            ("field", o => Cell.Of(o.Correction.Field)),
            ("before", o => Cell.Of(o.Correction.Before)),
            ("after", o => Cell.Of(o.Correction.After)),
            ("version", o => Cell.Of(o.Correction.Version)),
            ("lost", o => Cell.Of(o.Lost)));

    public static Table Claims(Findings f)
    {
        var assessed = f.Case;
        var sources = assessed.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        StoredSource? SourceOf(Claim c) => sources.GetValueOrDefault(c.DocumentId);
        return Table.Of("claims", assessed.Claims.Where(c => c.IsClaim),
            ("id", c => Cell.Of(c.Id)),
            ("source", c => Cell.Of(c.DocumentId)),
            ("publisher", c => Cell.Of(SourceOf(c)?.Publisher)),
            ("date", c => Cell.Of(Date(SourceOf(c)?.Published))),
            ("grade", c => Cell.Of(SourceOf(c)?.Grade.ToString())),
            ("text", c => Cell.Of(c.Text)),
            ("speakers", c => Cell.Of(c.Speakers)),
            ("status", c => Cell.Of(c.Status.ToString().ToLowerInvariant())),
            ("hedged", c => Cell.Of(c.Hedged)),
            ("boosted", c => Cell.Of(c.Boosted)),
            ("band", c => Cell.Of(c.Band?.Name)),
            ("likelihood", c => Cell.Of(c.Likelihood?.Value)),
            ("prediction", c => Cell.Of(c.Prediction)),
            ("unverified", c => Cell.Of(c.Unverified)),
            ("vaguely_sourced", c => Cell.Of(c.VaguelySourced)),
            ("actors", c => Cell.Of(c.Actors)),
            ("places", c => Cell.Of(c.Places)),
            ("origin", c => Cell.Of(f.Corroboration.OriginOf(c.Id)?.Name)),
            ("independent_origins", c => Cell.Of(f.Corroboration.OriginsBacking(c.Id))),
            ("reports", c => Cell.Of(f.Corroboration.Reports(c.Id))),
            ("retracted", c => Cell.Of(f.Corroboration.IsRetracted(c.Id))),
            ("credibility", c => Cell.Of(f.CredibilityOf(c.Id)?.Grade)),
            ("credibility_reason", c => Cell.Of(f.CredibilityOf(c.Id)?.Reason)),
            ("source_url", c => Cell.Of(assessed.UrlOf(c.DocumentId))),
            ("corrected", c => Cell.Of(CorrectedNote.Fields(c))));
    }

    /// <summary>The actors table, from the summary the analysis already drew (its tallies, not counted again).</summary>
    public static Table Actors(AssessedCase assessed, CaseSummary summary)
    {
        // The same tallies as the brief's actor list, so the two never disagree.
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in assessed.File.Actors) kinds.TryAdd(a.Name, a.Kind.ToString().ToLowerInvariant());
        foreach (var m in assessed.Claims.SelectMany(c => c.Mentions).Where(m => m.IsActor)) kinds.TryAdd(m.Canonical, m.Kind.ToString().ToLowerInvariant());
        return Table.Of("actors", summary.Actors,
            ("name", a => Cell.Of(a.Actor)),
            ("kind", a => Cell.Of(kinds.GetValueOrDefault(a.Actor))),
            ("claims", a => Cell.Of(a.Claims)),
            ("sources", a => Cell.Of(a.Sources)),
            ("speaks", a => Cell.Of(a.Speaks)));
    }

    public static Table Sources(CaseSummary summary, AssessedCase assessed) =>
        Table.Of("sources", summary.Sources,
            ("id", t => Cell.Of(t.Source.Id)),
            ("title", t => Cell.Of(t.Source.Title)),
            ("publisher", t => Cell.Of(t.Source.Publisher)),
            ("date", t => Cell.Of(Date(t.Source.Published))),
            ("grade", t => Cell.Of(t.Source.Grade.ToString())),
            ("reliability", t => Cell.Of(t.Source.Grade.ReliabilityText)),
            ("credibility", t => Cell.Of(t.Source.Grade.CredibilityText)),
            ("format", t => Cell.Of(t.Source.Format.ToString().ToLowerInvariant())),
            ("units", t => Cell.Of(t.Units)),
            ("claims", t => Cell.Of(t.Claims)),
            ("asserted", t => Cell.Of(t.ByStatus[EvidenceStatus.Asserted])),
            ("attributed", t => Cell.Of(t.ByStatus[EvidenceStatus.Attributed])),
            ("hedged", t => Cell.Of(t.ByStatus[EvidenceStatus.Hedged])),
            ("unverified", t => Cell.Of(t.ByStatus[EvidenceStatus.Unverified])),
            ("predictions", t => Cell.Of(t.Predictions)),
            ("vaguely_sourced", t => Cell.Of(t.VaguelySourced)),
            ("url", t => Cell.Of(assessed.UrlOf(t.Source.Id))));

    public static Table Events(IReadOnlyList<ActorEvent> events) =>
        Table.Of("events", events,
            ("claim", e => Cell.Of(e.ClaimId)),
            ("source", e => Cell.Of(e.Source)),
            ("action", e => Cell.Of(e.Action)),
            ("target", e => Cell.Of(e.Target)),
            ("cameo", e => Cell.Of(e.CameoCode)),
            ("name", e => Cell.Of(e.Cameo.Name)),
            ("root", e => Cell.Of(e.Root)),
            ("quad_class", e => Cell.Of((int)e.QuadClass)),
            ("goldstein", e => Cell.Of(e.Goldstein)),
            ("when", e => Cell.Of(e.Time?.Range?.ToString())),
            ("place", e => Cell.Of(e.Place)),
            ("hedged", e => Cell.Of(e.Hedged)),
            ("unverified", e => Cell.Of(e.Unverified)),
            ("expected", e => Cell.Of(e.Expected)));

    public static Table Forecasts(IReadOnlyList<Forecast> forecasts) =>
        Table.Of("forecasts", forecasts,
            ("id", f => Cell.Of(f.Id)),
            ("source", f => Cell.Of(f.SourceId)),
            ("publisher", f => Cell.Of(f.Publisher)),
            ("speaker", f => Cell.Of(f.Speaker)),
            ("kind", f => Cell.Of(Records.Terms.Kind(f))),
            ("made", f => Cell.Of(Date(f.Made))),
            ("statement", f => Cell.Of(f.Statement)),
            ("probability", f => Cell.Of(f.Probability)),
            ("basis", f => Cell.Of(f.Basis)),
            ("deadline", f => Cell.Of(Date(f.Deadline))),
            ("outcome", f => f.Resolution is { } r ? Cell.Of(r.Outcome) : Cell.Of((string?)null)),
            ("result", f => Cell.Of(f.Result)),
            ("resolved", f => Cell.Of(Date(f.Resolution?.Date))),
            ("brier", f => Cell.Of(ForecastScoring.BrierOf(f))),
            ("deadline_words", f => Cell.Of(f.DeadlineWords)),
            ("proposed_outcome", f => f.Proposal?.Outcome is { } p ? Cell.Of(p) : Cell.Of((string?)null)),
            ("resolved_by", f => Cell.Of(string.Join(" ", f.Proposal?.ResolvedBy ?? []))),
            ("proposal_reason", f => Cell.Of(f.Proposal?.Reason)),
            ("source_url", f => Cell.Of(f.SourceUrl)));

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
