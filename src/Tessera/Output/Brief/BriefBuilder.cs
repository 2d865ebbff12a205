using Tessera.Events;
using System.Globalization;
using Tessera.Analysis;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Network;
using Tessera.Analysis.Summary;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;
using ConsequencesOf = Tessera.Analysis.Consequences.Consequences;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Recognition.Time;

namespace Tessera.Output.Brief;

/// <summary>Composes the brief's sections from the case and its findings, in the order an analyst reads them.
/// A section whose analysis the case lacks is left out, not shown empty.</summary>
public static class BriefBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static readonly EvidenceStatus[] Statuses = [EvidenceStatus.Asserted, EvidenceStatus.Attributed, EvidenceStatus.Hedged, EvidenceStatus.Unverified];

    /// <summary>Colours of the evidence statuses, shared by every chart and the page's style.</summary>
    public static readonly IReadOnlyDictionary<EvidenceStatus, string> StatusColour = new Dictionary<EvidenceStatus, string>
    {
        [EvidenceStatus.Asserted] = "#3d7a5c", [EvidenceStatus.Attributed] = "#3f6fa8", [EvidenceStatus.Hedged] = "#d9a520", [EvidenceStatus.Unverified] = "#c0392b",
    };

    public static BriefDocument Build(Findings findings)
    {
        using var traced = StepTrace.Start("brief built");
        var assessed = findings.Case;
        var summary = findings.Summary;
        var file = assessed.File;
        var period = file.From is { } a && file.To is { } b ? $"{a.ToString("d MMMM yyyy", Inv)} – {b.ToString("d MMMM yyyy", Inv)}" : "";
        var meta = string.Join(" · ", new[] { file.Region, period, $"{assessed.Sources.Count} sources", $"{summary.Claims} claims" }.Where(s => s.Length > 0));
        var sections = new[]
        {
            JudgmentsSection(findings),
            SummarySection(summary),
            SourcesSection(summary, assessed),
            ActorsSection(summary),
            TimelineSection(findings.Timeline),
            NetworkSection(findings.Network),
            ImportedSection(findings.Events),
            StatusSection(assessed),
            CausesSection.Of(findings.Causes, findings.Ach),
            AchSection(findings.Ach),
            ForecastsSection(findings.Forecasts, summary),
            TrackRecords.Section(findings.Forecasts, assessed),
            ConsequencesSection(findings.Consequences),
            AppendixSection(assessed),
        };
        return new BriefDocument(file.Title, meta, file.Description, sections.Where(s => s is not null).Select(s => s!).ToList(), findings);
    }

    public static string StatusName(EvidenceStatus s) => s switch
    {
        EvidenceStatus.Asserted => "asserted by the source",
        EvidenceStatus.Attributed => "attributed to someone else",
        EvidenceStatus.Hedged => "hedged",
        EvidenceStatus.Unverified => "unverified",
        _ => "no claim",
    };

    private static string Count(int n) => n.ToString(Inv);

    private static BriefSection SummarySection(CaseSummary s)
    {
        var figures = Statuses.Select(st => (Count(s.ByStatus[st]), StatusName(st), st.ToString().ToLowerInvariant()))
            .Append((Count(s.Predictions.Count), "predictions", "prediction"))
            .Append((Count(s.Boosted), "stated with emphasis (boosted)", "boosted")).ToList();
        var blocks = new List<BriefBlock> { new Figures(figures) };
        var top = s.Actors.Take(5).Select(x => x.Actor).ToList();
        if (top.Count > 0)
            blocks.Add(new Paragraph($"The sources speak most of {string.Join(", ", top)}. " +
                $"{s.ByStatus[EvidenceStatus.Unverified] + s.ByStatus[EvidenceStatus.Hedged]} of {s.Claims} claims are hedged or unverified; " +
                $"{s.ByStatus[EvidenceStatus.Attributed]} rest on someone else's word."));
        return new BriefSection("summary", "Summary", blocks);
    }

    /// <summary>Where a source's date came from, so a reader can weigh it: a PDF's creation date is a weaker guide than a dateline.</summary>
    private static string DatedBy(DocumentDate? date) => date?.Source switch
    {
        DateSource.CaseFile => "case.yaml",
        DateSource.Metadata => "page metadata",
        DateSource.Dateline => "dateline: " + date.Evidence,
        DateSource.FrontMatter => "front matter: " + date.Evidence,
        DateSource.Given => "--date",
        DateSource.FileProperties => "PDF properties (last resort)",
        _ => "undated",
    };

    private static BriefSection SourcesSection(CaseSummary s, AssessedCase assessed)
    {
        var headers = new[] { "Source", "Publisher", "Published", "Dated by", "Grade", "Claims", "Asserted", "Attributed", "Hedged", "Unverified", "Predictions", "Vaguely sourced" };
        var rows = s.Sources.Select(t => (IReadOnlyList<Cell>)new List<Cell>
        {
            new($"{t.Source.Title} ({t.Source.Id})", assessed.UrlOf(t.Source.Id)), t.Source.Publisher,
            new(t.Date?.Range.ToString() ?? t.Source.Published?.ToString("yyyy-MM-dd", Inv) ?? "unknown", Kind: "date"), DatedBy(t.Date),
            new($"{t.Source.Grade.ReliabilityText}; {t.Source.Grade.CredibilityText}", Kind: "grade", Badge: t.Source.Grade.ToString()),
            new(Count(t.Claims), Kind: "num"),
        }.Concat(Statuses.Select(st => new Cell(Count(t.ByStatus[st]), Kind: "num"))).Append(new Cell(Count(t.Predictions), Kind: "num"))
            .Append(new Cell(Count(t.VaguelySourced), Kind: "num")).ToList());
        return new BriefSection("sources", "Sources and their grades", Blocks());

        IEnumerable<BriefBlock> Blocks()
        {
            yield return new Paragraph("Grades follow the NATO/Admiralty system: the letter rates the source's reliability (A completely reliable to E unreliable, " +
                          "F cannot be judged), the number the information's credibility (1 confirmed to 5 improbable, 6 cannot be judged). " +
                          "A claim is vaguely sourced when its source cannot be identified or checked (\"officials said\", \"it is believed\", " +
                          "\"some analysts\"; ICD 206).", Note: true);
            yield return new Table(headers, rows, "src", s.Sources.Select(t => t.Source.Id).ToList());
            var chartData = new Table(["Source", .. Statuses.Select(StatusName)],
                s.Sources.Select(t => (IReadOnlyList<Cell>)new List<Cell> { t.Source.Id }.Concat(Statuses.Select(st => new Cell(Count(t.ByStatus[st]), Kind: "num"))).ToList()));
            yield return new Chart("Claims by evidence status per source", Svg.StackedBars("Claims by evidence status per source", s.Sources.Select(t => t.Source.Id).ToList(),
                Statuses.Select(st => (StatusName(st), StatusColour[st])).ToList(),
                s.Sources.Select(t => (IReadOnlyList<int>)Statuses.Select(st => t.ByStatus[st]).ToList()).ToList()), chartData);
        }
    }

    private static BriefSection? ActorsSection(CaseSummary s)
    {
        if (s.Actors.Count == 0) return null;
        var rows = s.Actors.Take(25).Select(a => (IReadOnlyList<Cell>)[a.Actor, new Cell(Count(a.Claims), Kind: "num"), new Cell(Count(a.Sources), Kind: "num"), new Cell(Count(a.Speaks), Kind: "num")]).ToList();
        return new BriefSection("actors", "Actors", [new Table(["Actor", "Claims", "Sources", "Speaks in"], rows)]);
    }

    private static BriefSection StatusSection(AssessedCase a) => new("claims", "Claims by evidence status", StatusBlocks(a));

    private static IEnumerable<BriefBlock> StatusBlocks(AssessedCase a)
    {
        yield return new Paragraph("Claims the sources assert as fact, claims they attribute to someone else, claims they hedge, and claims they themselves mark as " +
                                   "unverified. The doubtful ones come first; every claim is in the appendix with the words that placed it.", Note: true);
        foreach (var status in new[] { EvidenceStatus.Unverified, EvidenceStatus.Hedged })
        {
            var claims = a.Claims.Where(c => c.Status == status).ToList();
            if (claims.Count > 0) yield return new ClaimList($"{char.ToUpperInvariant(StatusName(status)[0])}{StatusName(status)[1..]} ({claims.Count})", claims, status.ToString().ToLowerInvariant());
        }
        var attributed = a.Claims.Where(c => c.Status == EvidenceStatus.Attributed).GroupBy(c => c.Speakers[0]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (attributed.Count > 0)
            yield return new Table(["Who is quoted", "Claims", "Sources"], attributed.Select(g => (IReadOnlyList<Cell>)
                [g.Key, new Cell(Count(g.Count()), Kind: "num"), string.Join(", ", g.Select(c => c.DocumentId).Distinct())]));
    }

    private static BriefSection? TimelineSection(TimelineOf timeline)
    {
        var groups = timeline.Groups.Where(g => g.Entries.Count > 0 || g.Imported.Count > 0).ToList();
        if (groups.Count == 0) return null;
        return new BriefSection("timeline", "Timeline", Blocks());

        IEnumerable<BriefBlock> Blocks()
        {
            yield return new Paragraph("What happened when, as the sources date it. Each entry keeps the words that dated it and how precise they are; " +
                                       "an entry dated only by its report says so" +
                                       (groups.Any(g => g.Imported.Count > 0) ? "; an event an event data set coded is marked imported, with its record." : "."), Note: true);
            var days = groups.Where(g => g.Entries.Count > 0 && g.When.Precision == Recognition.Time.TimePrecision.Day).ToList();
            if (days.Count >= 2)
                yield return new Chart("Timeline: claims and events per day", Svg.TimelineStrip(days.Select(g => (g.When.From, g.Entries.Count, g.Entries.Sum(e => e.Events.Count))).ToList()),
                    new Table(["Day", "Claims", "Events"], days.Select(g => (IReadOnlyList<Cell>)[g.Label, new Cell(Count(g.Entries.Count), Kind: "num"), new Cell(Count(g.Entries.Sum(e => e.Events.Count)), Kind: "num")])));
            yield return new Table(["When", "Dated by", "Events (CAMEO)", "Claim"], TimelineRows(groups));
            foreach (var d in timeline.Disagreements)
                yield return new Table([$"Sources disagree on {d.Topic}", "Said by", "Claims"], d.Sides.Select(side => (IReadOnlyList<Cell>)
                    [side.Value + (side.Retracted ? " (retracted)" : ""), string.Join(", ", side.SourceIds), string.Join(", ", side.ClaimIds)]));
        }
    }

    /// <summary>A row per dated claim and per imported event, day by day, made as the table is written.</summary>
    private static IEnumerable<IReadOnlyList<Cell>> TimelineRows(IEnumerable<Analysis.Timeline.TimelineGroup> groups)
    {
        foreach (var g in groups)
        {
            foreach (var e in g.Entries)
                yield return [new Cell(g.Label, Kind: "date"), new Cell(e.Time.Text + (e.How.ToString() == "Stated" ? "" : $" ({Describe(e.How)})")),
                    e.Events.Count > 0 ? string.Join("; ", e.Events.Select(ev => $"{ev.Source} → {ev.Target ?? "?"}: {ev.Cameo.Name}")) : "",
                    new Cell(e.Claim.Text, "#" + Html.Anchor("claim", e.Claim.Id))];
            foreach (var ev in g.Imported)
                yield return [new Cell(g.Label, Kind: "date"), new Cell($"imported: {Records.Terms.Provenance(ev.Imported!)}", Kind: "imported"),
                    $"{ev.Source} → {ev.Target ?? "?"}: {ev.Cameo.Name} (imported)", ""];
        }
    }

    private static string Describe(object how) => how.ToString() switch
    {
        "Story" => "the story's time",
        "Document" => "dated by the report",
        var other => other!.ToLowerInvariant(),
    };

    private static BriefSection? NetworkSection(ActorNetwork network)
    {
        if (network.Ties.Count == 0) return null;
        return new BriefSection("network", "Who did what to whom", Blocks());

        IEnumerable<BriefBlock> Blocks()
        {
            var ties = network.Ties.OrderByDescending(t => t.Weight).ThenBy(t => t.Source, StringComparer.Ordinal).ToList();
            var central = network.Actors.OrderByDescending(a => a.Betweenness).ThenByDescending(a => a.Degree).ThenBy(a => a.Actor, StringComparer.Ordinal).Take(12).ToList();
            yield return new Paragraph("Events between actors, coded with CAMEO and weighted with Goldstein values; cooperation and conflict are weighed apart. " +
                          "Betweenness says how often an actor lies on the paths between two others.", Note: true);
            yield return new Chart("Actor network: green ties cooperate, red ties conflict", Svg.Network(
                network.Actors.Select(a => (a.Actor, a.Degree)).ToList(),
                ties.Select(t => (t.Source, t.Target, t.Kind.ToString().ToLowerInvariant(), t.Weight)).ToList()),
                new Table(["From", "To", "Kind"], ties.Select(t => (IReadOnlyList<Cell>)[t.Source, t.Target, t.Kind.ToString().ToLowerInvariant()])));
            yield return new Table(["From", "To", "Kind", "What (CAMEO)", "Cooperation", "Conflict", "Unconfirmed", "Claims"],
                ties.Select(t => (IReadOnlyList<Cell>)[t.Source, t.Target, new Cell(t.Kind.ToString().ToLowerInvariant(), Kind: "tie-" + t.Kind.ToString().ToLowerInvariant()),
                    string.Join("; ", t.Codes.Select(c => $"{c.Code} {c.Name}")), new Cell(t.CooperationWeight.ToString("0.#", Inv), Kind: "num"),
                    new Cell(t.ConflictWeight.ToString("0.#", Inv), Kind: "num"), new Cell(Count(t.Unconfirmed), Kind: "num"), string.Join(", ", t.ClaimIds)]));
            yield return new Table(["Actor", "Ties", "Acts on", "Acted on by", "Betweenness"],
                central.Select(a => (IReadOnlyList<Cell>)[a.Actor, new Cell(Count(a.Degree), Kind: "num"), new Cell(Count(a.OutDegree), Kind: "num"),
                    new Cell(Count(a.InDegree), Kind: "num"), new Cell(a.Betweenness.ToString("0.00", Inv), Kind: "num")]));
        }
    }

    /// <summary>Events other projects coded (ACLED, GDELT, ICEWS, POLECAT), each with where it came from and the claims whose
    /// events it confirms; they are in the network above too, and marked there by their record ids.</summary>
    private static BriefSection? ImportedSection(Analysis.Events.CaseEvents events)
    {
        if (events.Imported.Count == 0) return null;
        var confirms = events.Confirmations.ToLookup(c => c.Imported.ClaimId, c => c.Text.ClaimId);
        var rows = events.Imported.Select(e => (IReadOnlyList<Cell>)
        [
            new Cell(e.Time!.Range!.Value.Label(), Kind: "date"),
            $"{e.Source} → {e.Target ?? "?"}: {e.Cameo.Code} {e.Cameo.Name}",
            new Cell(e.Goldstein.ToString("0.#", Inv), Kind: "num"),
            e.Place ?? "",
            // A data set's URL is untrusted: only a web address becomes a link.
            new Cell(Records.Terms.Provenance(e.Imported!), e.Imported!.Url is { } u && (u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? u : null),
            string.Join(", ", confirms[e.ClaimId].Distinct()),
        ]);
        var confirmed = confirms.Count;
        return new BriefSection("imported", "Imported event data",
        [
            new Paragraph($"{Count(events.Imported.Count)} events coded by event data sets, not read in the sources; " +
                          $"{Count(confirmed)} agree with an event a source reports (same day, actors and CAMEO root) and confirm it independently.", Note: true),
            new Table(["Day", "Event (CAMEO)", "Goldstein", "Place", "Record", "Confirms claims"], rows),
        ]);
    }

    private static BriefSection? ConsequencesSection(ConsequencesOf consequences)
    {
        if (consequences.Balance.Count == 0) return null;
        return new BriefSection("consequences", "Consequences: who gains, who loses",
        [
            new Paragraph("Claims that an actor gains or loses (wins, is strengthened, loses influence), counted per actor, each linked to its claim.", Note: true),
            new Table(["Actor", "Verdict", "Gains", "Losses", "Sources"], consequences.Balance.Select(b => (IReadOnlyList<Cell>)
                [b.Actor, new Cell(b.Verdict, Kind: "verdict-" + b.Verdict), new Cell(Count(b.Gains.Count), Kind: "num"), new Cell(Count(b.Losses.Count), Kind: "num"), string.Join(", ", b.SourceIds)])),
            new Table(["Actor", "Gain or loss", "In the words of the claim", "Claim"], consequences.Entries.Select(e => (IReadOnlyList<Cell>)
                [e.Actor, e.Direction == Tessera.Events.OutcomeDirection.Gain ? "gain" : "loss", e.Cue, new Cell(e.ClaimId, "#" + Html.Anchor("claim", e.ClaimId))])),
        ]);
    }

    private static BriefSection? JudgmentsSection(Findings f) =>
        f.KeyJudgments.Count == 0 ? null : new BriefSection("judgments", "Key judgments",
        [
            new Paragraph("Likelihood is given in the words of ICD 203 where a judgment is an estimate; confidence, shown apart, says how well " +
                          "the evidence supports it. Each judgment links to the claims it rests on.", Note: true),
            new JudgmentList(f.KeyJudgments),
        ]);

    /// <summary>The rating cells of the ACH matrix carry their rating as a style hint, which colours them as a heat map.</summary>
    private static BriefSection? AchSection(AchResult? ach) => ach is null ? null : new BriefSection("ach", "Competing hypotheses", AchBlocks(ach));

    private static IEnumerable<BriefBlock> AchBlocks(AchResult ach)
    {
        var m = ach.Matrix;
        var scores = new Table(["Hypothesis", "Inconsistency (Heuer)", "Weighted (PARC)", "Rank", "Prior", "Posterior", "Bayes rank"],
            ach.Ranking.Select(h => (IReadOnlyList<Cell>)
            [
                $"{h.Id}: {h.Statement}", new Cell(Count(h.Inconsistency), Kind: "num"), new Cell(h.WeightedInconsistency.ToString("0.00", Inv), Kind: "num"),
                new Cell(Count(h.Rank), Kind: "num"), new Cell(h.Prior.ToString("0.00", Inv), Kind: "num"), new Cell(h.Posterior.ToString("0.000", Inv), Kind: "num"),
                new Cell(Count(h.BayesRank), Kind: "num"),
            ]));
        var matrix = new Table(["Evidence", "Credibility", "Relevance", "Diagnosticity", .. m.Hypotheses.Select(h => h.Id)],
            m.Evidence.Select(e => (IReadOnlyList<Cell>)new List<Cell>
            {
                new(e.Text, e.ClaimId is null ? null : "#" + Html.Anchor("claim", e.ClaimId)),
                Ratings.Name(e.Credibility), Ratings.Name(e.Relevance), new(Count(ach.DiagnosticityOf(e.Id).Spread), Kind: "num"),
            }.Concat(m.Hypotheses.Select(h => new Cell(e.RatingFor(h.Id).ToString(), Kind: "rating rating-" + e.RatingFor(h.Id)))).ToList()));
        yield return new Paragraph("Analysis of Competing Hypotheses after Heuer: each item of evidence is rated against each hypothesis (CC very consistent, " +
                          "C consistent, N neutral, I inconsistent, II very inconsistent, NA not applicable). The hypothesis with the least evidence " +
                          "against it leads; the Bayesian reading turns the same ratings into likelihoods and a posterior probability.", Note: true);
        yield return scores;
        yield return new Chart("The ACH matrix as a heat map: greens consistent, reds inconsistent", Svg.Heatmap(
                m.Evidence.Select(e => e.Id).ToList(), m.Hypotheses.Select(h => h.Id).ToList(),
                m.Evidence.Select(e => (IReadOnlyList<string>)m.Hypotheses.Select(h => e.RatingFor(h.Id).ToString()).ToList()).ToList()), matrix, DataFollows: true);
        yield return matrix;
        if (ach.Note is not null) yield return new Paragraph(ach.Note);
        yield return new Paragraph(ach.Sensitivity.Count == 0
            ? "Sensitivity: no single item, removed or reversed, changes the leading hypothesis in either reading."
            : "Sensitivity: the lead changes if " + string.Join("; ", ach.Sensitivity.Select(f =>
                $"{f.EvidenceId} is {f.Change.ToString().ToLowerInvariant()} ({f.Reading}: {string.Join("/", f.LeadersBefore)} → {string.Join("/", f.LeadersAfter)})")) + ".");
    }

    private static BriefSection? ForecastsSection(ForecastReport report, CaseSummary s)
    {
        if (s.Predictions.Count == 0 && report.Forecasts.Count == 0) return null;
        return new BriefSection("forecasts", "Predictions and forecasts", ForecastBlocks(report, s));
    }

    private static IEnumerable<BriefBlock> ForecastBlocks(ForecastReport report, CaseSummary s)
    {
        yield return new Paragraph("A prediction about what others or the world will do is a forecast, credited to whoever made it; an actor's " +
                          "announcement of its own action is a commitment, kept or broken. A forecast's probability comes from an analyst's " +
                          "override, else the middle of the ICD 203 band of its estimative words; a bare \"will\" has none, so its outcome is " +
                          "recorded but not scored. Scored forecasts get the Brier score (0 perfect, 0.25 for always saying 50%) and the log " +
                          "score; forecasts resolved before they were made are left out.", Note: true);
        if (report.Overall.Scored > 0)
        {
            yield return new Table(["Source", "Forecasts", "Scored", "Brier", "Log score"],
                report.BySource.Select(b => (IReadOnlyList<Cell>)[b.Publisher, new Cell(Count(b.Forecasts), Kind: "num"), new Cell(Count(b.Score.Scored), Kind: "num"),
                    new Cell(b.Score.Brier?.ToString("0.000", Inv) ?? "–", Kind: "num"), new Cell(b.Score.Log?.ToString("0.000", Inv) ?? "–", Kind: "num")])
                .Append([new Cell("All sources", Kind: "total"), new Cell(Count(report.BySource.Sum(b => b.Forecasts)), Kind: "num"), new Cell(Count(report.Overall.Scored), Kind: "num"),
                    new Cell(report.Overall.Brier?.ToString("0.000", Inv) ?? "–", Kind: "num"), new Cell(report.Overall.Log?.ToString("0.000", Inv) ?? "–", Kind: "num")]));
            var bins = report.Calibration.Where(b => b.Count > 0).ToList();
            var data = new Table(["Band", "Forecasts", "Mean probability", "Came true"],
                report.Calibration.Select(b => (IReadOnlyList<Cell>)[b.Name, new Cell(Count(b.Count), Kind: "num"),
                    new Cell(b.MeanProbability?.ToString("0.00", Inv) ?? "–", Kind: "num"), new Cell(b.ObservedFrequency?.ToString("0.00", Inv) ?? "–", Kind: "num")]));
            yield return new Chart("Calibration: how often forecasts in each band came true", Svg.Calibration(
                bins.Select(b => (b.Name, b.MeanProbability ?? 0, b.ObservedFrequency ?? 0, b.Count)).ToList()), data);
            yield return new Table(["Forecast", "Source", "Probability", "Came true", "Brier"],
                report.Forecasts.Where(f => f.IsScored).Select(f => (IReadOnlyList<Cell>)[new Cell(f.Statement, "#" + Html.Anchor("claim", f.Id)), f.Publisher,
                    new Cell(f.Probability!.Value.ToString("0.00", Inv), Kind: "num"), f.Resolution!.Outcome ? "yes" : "no",
                    new Cell(ForecastScoring.BrierOf(f)!.Value.ToString("0.000", Inv), Kind: "num")]));
            yield return new Table(["Speaker", "Forecasts", "Scored", "Brier", "Log score"],
                report.BySpeaker.Select(b => (IReadOnlyList<Cell>)[b.Speaker, new Cell(Count(b.Forecasts), Kind: "num"), new Cell(Count(b.Score.Scored), Kind: "num"),
                    new Cell(b.Score.Brier?.ToString("0.000", Inv) ?? "–", Kind: "num"), new Cell(b.Score.Log?.ToString("0.000", Inv) ?? "–", Kind: "num")]));
        }
        var unscored = report.Forecasts.Where(f => f.Result is not null && !f.IsScored && !f.IsHindsight).ToList();
        if (unscored.Count > 0)
            yield return new Table(["Resolved, not scored", "Speaker", "Kind", "Result"],
                unscored.Select(f => (IReadOnlyList<Cell>)[new Cell(f.Statement, "#" + Html.Anchor("claim", f.Id)), f.Speaker,
                    f.Kind == ForecastKind.Commitment ? "commitment" : "no probability", f.Result!]));
        if (report.Commitments.Count > 0)
            yield return new Table(["Commitments by", "Made", "Kept", "Broken"],
                report.Commitments.Select(c => (IReadOnlyList<Cell>)[c.Speaker, new Cell(Count(c.Commitments), Kind: "num"),
                    new Cell(Count(c.Kept), Kind: "num"), new Cell(Count(c.Broken), Kind: "num")]));
        var predictions = s.Predictions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var open = report.Open.Select(f => predictions.GetValueOrDefault(f.Id)).OfType<Claim>().ToList();
        if (open.Count > 0) yield return new ClaimList($"Open predictions ({open.Count}), nearest deadline first", open, "prediction");
    }

    private static BriefSection AppendixSection(AssessedCase a)
    {
        return new BriefSection("appendix", "Appendix: every claim", Blocks());

        IEnumerable<BriefBlock> Blocks()
        {
            yield return new Paragraph("Every unit that states something, source by source, with the words that raised each flag marked.", Note: true);
            foreach (var source in a.Sources)
                yield return new ClaimList($"{source.Title} ({source.Publisher}, {source.Grade})", a.ClaimsOf(source.Id).Where(c => c.IsClaim).ToList(), "appendix");
        }
    }
}
