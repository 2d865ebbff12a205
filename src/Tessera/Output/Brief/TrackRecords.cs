using System.Globalization;
using Tessera.Analysis.Forecasts;
using Tessera.Case;

namespace Tessera.Output.Brief;

/// <summary>The brief's "Track records" section: who predicted well in this case and who kept their word, over the outcomes
/// the analyst accepted, and beside them the outcomes later reporting proposes, with the claims behind each.</summary>
public static class TrackRecords
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static BriefSection? Section(ForecastReport report, AssessedCase assessed)
    {
        if (report.Forecasts.Count == 0) return null;
        return new BriefSection("track-records", "Track records", Blocks(report, assessed));
    }

    /// <summary>The section's blocks, made as they are written; the proposals' table has a row per prediction.</summary>
    private static IEnumerable<BriefBlock> Blocks(ForecastReport report, AssessedCase assessed)
    {
        yield return new Paragraph("Scores count only the outcomes the analyst accepted (case.yaml `outcome:`). Brier and log scores (lower is " +
                          "better) and calibration (the mean probability beside how often the events happened) cover forecasts with a " +
                          "probability; a prediction without one counts as a hit or a miss. Outcomes proposed from later reporting are " +
                          "shown as proposals, with the claims behind them, and count in nothing until accepted.", Note: true);
        if (Verdict(report) is { } verdict) yield return new Paragraph(verdict);
        var speakers = report.BySpeaker.Where(s => s.Score.Scored > 0 || s.Score.Judged > 0).ToList();
        if (speakers.Count > 0)
            yield return new Table(["Speaker", "Forecasts", "Scored", "Brier", "Log score", "Mean probability", "Came true", "Hits without a probability"],
                speakers.Select(s => Row(s.Speaker, s.Forecasts, s.Score)).ToList());
        var sources = report.BySource.Where(s => s.Score.Scored > 0 || s.Score.Judged > 0).ToList();
        if (sources.Count > 0)
            yield return new Table(["Source", "Forecasts", "Scored", "Brier", "Log score", "Mean probability", "Came true", "Hits without a probability"],
                sources.Select(s => Row(s.Publisher.Length > 0 ? s.Publisher : s.SourceId, s.Forecasts, s.Score)).ToList());
        if (report.Commitments.Count > 0)
            yield return new Table(["Commitments by", "Made", "Kept", "Broken", "Not yet settled"],
                report.Commitments.Select(c => (IReadOnlyList<Cell>)[c.Speaker, Num(c.Commitments), Num(c.Kept), Num(c.Broken),
                    Num(c.Commitments - c.Kept - c.Broken)]).ToList());
        var proposed = report.Forecasts.Where(f => f.Proposal is { Outcome: not null } || f.Deadline is not null || f.IsResolved).ToList();
        if (proposed.Count > 0)
            yield return new Table(["Prediction", "Speaker", "Deadline", "Proposed from later reports", "Accepted", "Resolved by", "Check at", "Why"],
                proposed.Select(f => (IReadOnlyList<Cell>)[
                    new Cell(f.Statement, "#" + Html.Anchor("claim", f.Id)), f.Speaker, Deadline(f),
                    Records.Terms.Proposed(f.Proposal), f.Resolution is { } r ? (r.Outcome ? "true" : "false") : "not yet",
                    f.Proposal is { ResolvedBy.Count: > 0 } p ? new Cell(string.Join(", ", p.ResolvedBy), "#" + Html.Anchor("claim", p.ResolvedBy[0])) : "",
                    Origin(f.Proposal, assessed), f.Proposal?.Reason ?? ""]));
    }

    /// <summary>Who did best on the scored forecasts, and whose commitments were kept or broken, in one or two sentences.</summary>
    private static string? Verdict(ForecastReport report)
    {
        var parts = new List<string>();
        var best = report.BySpeaker.Where(s => s.Score.Brier is not null).OrderBy(s => s.Score.Brier).ThenBy(s => s.Speaker, StringComparer.Ordinal).FirstOrDefault();
        if (best is not null)
            parts.Add($"Of the speakers with scored forecasts, {best.Speaker} did best (Brier {best.Score.Brier!.Value.ToString("0.000", Inv)} over {best.Score.Scored}).");
        var kept = report.Commitments.Where(c => c.Kept > 0).Select(c => c.Speaker).ToList();
        var broken = report.Commitments.Where(c => c.Broken > 0).Select(c => c.Speaker).ToList();
        if (kept.Count > 0) parts.Add($"Kept their word: {string.Join(", ", kept)}.");
        if (broken.Count > 0) parts.Add($"Broke it: {string.Join(", ", broken)}.");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static IReadOnlyList<Cell> Row(string name, int forecasts, ScoreSummary s) =>
        [name, Num(forecasts), Num(s.Scored), Fixed(s.Brier, "0.000"), Fixed(s.Log, "0.000"), Fixed(s.MeanProbability, "0.00"), Fixed(s.Observed, "0.00"),
            new Cell(s.Judged == 0 ? "–" : $"{s.Hits} of {s.Judged}", Kind: "num")];

    private static string Deadline(Forecast f) =>
        f.Deadline is { } d ? d.ToString("yyyy-MM-dd", Inv) + (f.DeadlineWords.Length > 0 ? $" (\"{f.DeadlineWords}\")" : "") : f.DeadlineNote;

    /// <summary>Where the first claim behind a proposal can be read at its origin: its source's `url:`, when case.yaml gives one.</summary>
    private static Cell Origin(ProposedOutcome? proposal, AssessedCase assessed) =>
        proposal is { ResolvedBy.Count: > 0 } p && assessed.Claim(p.ResolvedBy[0]) is { } claim && assessed.UrlOf(claim.DocumentId) is { } url
            ? new Cell(url, url) : "";

    private static Cell Num(int n) => new(n.ToString(Inv), Kind: "num");

    private static Cell Fixed(double? x, string format) => new(x?.ToString(format, Inv) ?? "–", Kind: "num");
}
