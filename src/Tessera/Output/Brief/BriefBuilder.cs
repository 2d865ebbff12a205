using System.Globalization;
using Tessera.Analysis.Summary;
using Tessera.Case;
using Tessera.Claims;

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

    public static BriefDocument Build(AssessedCase assessed, CaseSummary summary)
    {
        var file = assessed.File;
        var period = file.From is { } a && file.To is { } b ? $"{a.ToString("d MMMM yyyy", Inv)} – {b.ToString("d MMMM yyyy", Inv)}" : "";
        var meta = string.Join(" · ", new[] { file.Region, period, $"{assessed.Sources.Count} sources", $"{summary.Claims} claims" }.Where(s => s.Length > 0));
        var sections = new[]
        {
            SummarySection(summary),
            SourcesSection(summary),
            ActorsSection(summary),
            StatusSection(assessed, summary),
            PredictionsSection(summary),
            AppendixSection(assessed),
        };
        return new BriefDocument(file.Title, meta, file.Description, sections.Where(s => s is not null).Select(s => s!).ToList(), assessed);
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

    private static BriefSection SourcesSection(CaseSummary s)
    {
        var headers = new[] { "Source", "Publisher", "Published", "Grade", "Claims", "Asserted", "Attributed", "Hedged", "Unverified", "Predictions" };
        var rows = s.Sources.Select(t => (IReadOnlyList<Cell>)new List<Cell>
        {
            new($"{t.Source.Title} ({t.Source.Id})"), t.Source.Publisher, new(t.Source.Published?.ToString("yyyy-MM-dd", Inv) ?? "unknown", Kind: "date"),
            new($"{t.Source.Grade.ReliabilityText}; {t.Source.Grade.CredibilityText}", Kind: "grade", Badge: t.Source.Grade.ToString()),
            new(Count(t.Claims), Kind: "num"),
        }.Concat(Statuses.Select(st => new Cell(Count(t.ByStatus[st]), Kind: "num"))).Append(new Cell(Count(t.Predictions), Kind: "num")).ToList()).ToList();
        var table = new Table(headers, rows, "src", s.Sources.Select(t => t.Source.Id).ToList());
        var chartData = new Table(["Source", .. Statuses.Select(StatusName)],
            s.Sources.Select(t => (IReadOnlyList<Cell>)new List<Cell> { t.Source.Id }.Concat(Statuses.Select(st => new Cell(Count(t.ByStatus[st]), Kind: "num"))).ToList()).ToList());
        var svg = Svg.StackedBars("Claims by evidence status per source", s.Sources.Select(t => t.Source.Id).ToList(),
            Statuses.Select(st => (StatusName(st), StatusColour[st])).ToList(),
            s.Sources.Select(t => (IReadOnlyList<int>)Statuses.Select(st => t.ByStatus[st]).ToList()).ToList());
        return new BriefSection("sources", "Sources and their grades",
        [
            new Paragraph("Grades follow the NATO/Admiralty system: the letter rates the source's reliability (A completely reliable to E unreliable, " +
                          "F cannot be judged), the number the information's credibility (1 confirmed to 5 improbable, 6 cannot be judged).", Note: true),
            table,
            new Chart("Claims by evidence status per source", svg, chartData),
        ]);
    }

    private static BriefSection? ActorsSection(CaseSummary s)
    {
        if (s.Actors.Count == 0) return null;
        var rows = s.Actors.Take(25).Select(a => (IReadOnlyList<Cell>)[a.Actor, new Cell(Count(a.Claims), Kind: "num"), new Cell(Count(a.Sources), Kind: "num"), new Cell(Count(a.Speaks), Kind: "num")]).ToList();
        return new BriefSection("actors", "Actors", [new Table(["Actor", "Claims", "Sources", "Speaks in"], rows)]);
    }

    private static BriefSection StatusSection(AssessedCase a, CaseSummary s)
    {
        var blocks = new List<BriefBlock>
        {
            new Paragraph("Claims the sources assert as fact, claims they attribute to someone else, claims they hedge, and claims they themselves mark as " +
                          "unverified. The doubtful ones come first; every claim is in the appendix with the words that placed it.", Note: true),
        };
        foreach (var status in new[] { EvidenceStatus.Unverified, EvidenceStatus.Hedged })
        {
            var claims = a.Claims.Where(c => c.Status == status).ToList();
            if (claims.Count > 0) blocks.Add(new ClaimList($"{char.ToUpperInvariant(StatusName(status)[0])}{StatusName(status)[1..]} ({claims.Count})", claims, status.ToString().ToLowerInvariant()));
        }
        var attributed = a.Claims.Where(c => c.Status == EvidenceStatus.Attributed).GroupBy(c => c.Speakers[0]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (attributed.Count > 0)
            blocks.Add(new Table(["Who is quoted", "Claims", "Sources"], attributed.Select(g => (IReadOnlyList<Cell>)
                [g.Key, new Cell(Count(g.Count()), Kind: "num"), string.Join(", ", g.Select(c => c.DocumentId).Distinct())]).ToList()));
        return new BriefSection("claims", "Claims by evidence status", blocks);
    }

    private static BriefSection? PredictionsSection(CaseSummary s)
    {
        if (s.Predictions.Count == 0) return null;
        return new BriefSection("predictions", "Predictions",
        [
            new Paragraph("What the sources say will happen, most probable first. The probability comes from the estimative word the source used " +
                          "(the middle of its ICD 203 band), or from the default for its future marker when it used none.", Note: true),
            new ClaimList(null, s.Predictions, "prediction"),
        ]);
    }

    private static BriefSection AppendixSection(AssessedCase a)
    {
        var blocks = new List<BriefBlock> { new Paragraph("Every unit that states something, source by source, with the words that raised each flag marked.", Note: true) };
        foreach (var source in a.Sources)
            blocks.Add(new ClaimList($"{source.Title} ({source.Publisher}, {source.Grade})", a.ClaimsOf(source.Id).Where(c => c.IsClaim).ToList(), "appendix"));
        return new BriefSection("appendix", "Appendix: every claim", blocks);
    }
}
