using System.Globalization;
using Tessera.Analysis.Summary;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Output;

/// <summary>Writes the assessment as one self-contained HTML file: no scripts, no fonts or styles fetched from anywhere.</summary>
/// <remarks>Sections follow an analyst's brief; a section whose analysis the case lacks is left out, not shown empty.</remarks>
public static class HtmlBrief
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(AssessedCase assessed, CaseSummary summary)
    {
        var h = new Html();
        h.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
         .Raw("<meta name=\"generator\" content=\"Tessera\">\n<title>").Text(assessed.File.Title).Raw("</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        h.Open("header", "masthead").Element("p", "Assessment brief", "kicker").Element("h1", assessed.File.Title);
        var period = Period(assessed.File);
        h.Open("p", "meta").Text(string.Join(" · ", new[] { assessed.File.Region, period, $"{assessed.Sources.Count} sources", $"{summary.Claims} claims" }.Where(s => s.Length > 0))).Close("p");
        if (assessed.File.Description.Length > 0) h.Element("p", assessed.File.Description, "lede");
        h.Close("header").Raw("\n<main>\n");

        foreach (var section in new Func<AssessedCase, CaseSummary, string?>[] { SummarySection, SourcesSection, ActorsSection, ClaimsSection, PredictionsSection })
            if (section(assessed, summary) is { } html) h.Raw(html).Raw("\n");

        h.Raw("</main>\n<footer><p>Written by Tessera from the sources listed above. Likelihood words follow ICD 203; source grades follow the NATO/Admiralty system. ")
         .Raw("Every claim links to the source it comes from.</p></footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string Period(CaseFile f) =>
        f.From is { } a && f.To is { } b ? $"{a.ToString("d MMMM yyyy", Inv)} – {b.ToString("d MMMM yyyy", Inv)}" : "";

    private static string StatusName(EvidenceStatus s) => s switch
    {
        EvidenceStatus.Asserted => "asserted by the source",
        EvidenceStatus.Attributed => "attributed to someone else",
        EvidenceStatus.Hedged => "hedged",
        EvidenceStatus.Unverified => "unverified",
        _ => "no claim",
    };

    private static string? SummarySection(AssessedCase a, CaseSummary s)
    {
        var h = new Html().Open("section", "summary", "summary").Element("h2", "Summary");
        h.Open("ul", "figures");
        foreach (var status in new[] { EvidenceStatus.Asserted, EvidenceStatus.Attributed, EvidenceStatus.Hedged, EvidenceStatus.Unverified })
            h.Open("li", "figure status-" + status.ToString().ToLowerInvariant())
             .Element("span", s.ByStatus[status].ToString(Inv), "n").Element("span", StatusName(status), "label").Close("li");
        h.Open("li", "figure").Element("span", s.Predictions.Count.ToString(Inv), "n").Element("span", "predictions", "label").Close("li");
        h.Open("li", "figure").Element("span", s.Boosted.ToString(Inv), "n").Element("span", "stated with emphasis (boosted)", "label").Close("li");
        h.Close("ul");
        var top = s.Actors.Take(5).Select(x => x.Actor).ToList();
        if (top.Count > 0)
            h.Open("p").Text($"The sources speak most of {string.Join(", ", top)}. ").Text(
                $"{s.ByStatus[EvidenceStatus.Unverified] + s.ByStatus[EvidenceStatus.Hedged]} of {s.Claims} claims are hedged or unverified; " +
                $"{s.ByStatus[EvidenceStatus.Attributed]} rest on someone else's word.").Close("p");
        return h.Close("section").ToString();
    }

    private static string? SourcesSection(AssessedCase a, CaseSummary s)
    {
        var h = new Html().Open("section", null, "sources").Element("h2", "Sources and their grades");
        h.Raw("<table><thead><tr><th>Source</th><th>Publisher</th><th>Published</th><th>Grade</th><th>Claims</th><th>Asserted</th><th>Attributed</th><th>Hedged</th><th>Unverified</th><th>Predictions</th></tr></thead><tbody>");
        foreach (var t in s.Sources)
        {
            h.Open("tr", null, Html.Anchor("src", t.Source.Id)).Open("td").Element("strong", t.Source.Title).Raw("<br>").Element("span", t.Source.Id, "id").Close("td")
             .Element("td", t.Source.Publisher).Element("td", t.Source.Published?.ToString("yyyy-MM-dd", Inv) ?? "unknown")
             .Open("td").Open("span", "grade").Text(t.Source.Grade.ToString()).Close("span").Raw(" ")
             .Element("span", $"{t.Source.Grade.ReliabilityText}; {t.Source.Grade.CredibilityText}", "grade-text").Close("td")
             .Element("td", t.Claims.ToString(Inv), "num");
            foreach (var status in new[] { EvidenceStatus.Asserted, EvidenceStatus.Attributed, EvidenceStatus.Hedged, EvidenceStatus.Unverified })
                h.Element("td", t.ByStatus[status].ToString(Inv), "num");
            h.Element("td", t.Predictions.ToString(Inv), "num").Close("tr");
        }
        return h.Raw("</tbody></table>").Close("section").ToString();
    }

    private static string? ActorsSection(AssessedCase a, CaseSummary s)
    {
        if (s.Actors.Count == 0) return null;
        var h = new Html().Open("section", null, "actors").Element("h2", "Actors");
        h.Raw("<table><thead><tr><th>Actor</th><th>Claims</th><th>Sources</th><th>Speaks in</th></tr></thead><tbody>");
        foreach (var t in s.Actors.Take(25))
            h.Open("tr").Element("td", t.Actor).Element("td", t.Claims.ToString(Inv), "num").Element("td", t.Sources.ToString(Inv), "num")
             .Element("td", t.Speaks.ToString(Inv), "num").Close("tr");
        return h.Raw("</tbody></table>").Close("section").ToString();
    }

    private static string? ClaimsSection(AssessedCase a, CaseSummary s)
    {
        var h = new Html().Open("section", null, "claims").Element("h2", "Claims by evidence status");
        foreach (var status in new[] { EvidenceStatus.Unverified, EvidenceStatus.Hedged, EvidenceStatus.Attributed, EvidenceStatus.Asserted })
        {
            var claims = a.Claims.Where(c => c.Status == status).ToList();
            if (claims.Count == 0) continue;
            h.Open("h3", "status-" + status.ToString().ToLowerInvariant()).Text($"{char.ToUpperInvariant(StatusName(status)[0])}{StatusName(status)[1..]} ({claims.Count})").Close("h3");
            h.Open("ol", "claims");
            foreach (var c in claims) h.Raw(ClaimItem(a, c));
            h.Close("ol");
        }
        return h.Close("section").ToString();
    }

    private static string? PredictionsSection(AssessedCase a, CaseSummary s)
    {
        if (s.Predictions.Count == 0) return null;
        var h = new Html().Open("section", null, "predictions").Element("h2", "Predictions");
        h.Element("p", "What the sources say will happen, most probable first. The probability comes from the estimative word the source used " +
                       "(the middle of its ICD 203 band), or from the default for its future marker when it used none.", "note");
        h.Open("ol", "claims");
        foreach (var c in s.Predictions) h.Raw(ClaimItem(a, c));
        return h.Close("ol").Close("section").ToString();
    }

    /// <summary>One claim: its sentence with the cue words marked, who says it, its flags, and a link to its source.</summary>
    public static string ClaimItem(AssessedCase a, Claim c)
    {
        var source = a.Source(c.DocumentId);
        var h = new Html().Open("li", "claim", Html.Anchor("claim", c.Id));
        h.Open("blockquote").Raw(MarkCues(c)).Close("blockquote");
        h.Open("p", "about");
        if (c.Speakers.Count > 0) h.Element("span", "says: " + string.Join("; ", c.Speakers), "speaker");
        foreach (var (flag, on) in new[] { ("hedged", c.Hedged), ("boosted", c.Boosted), ("unverified", c.Unverified), ("prediction", c.Prediction) })
            if (on) h.Element("span", flag, "flag flag-" + flag);
        if (c.Band is not null) h.Element("span", c.Band.Name, "flag band");
        if (c.Likelihood is { } p) h.Element("span", p.Value.ToString("P0", Inv), "flag probability");
        if (c.Actors.Count > 0) h.Element("span", string.Join(", ", c.Actors), "actors");
        h.Link("#" + Html.Anchor("src", c.DocumentId), $"{source?.Publisher ?? c.DocumentId}{(source?.Published is { } d ? ", " + d.ToString("d MMM yyyy", Inv) : "")} [{source?.Grade}] · {c.Id}", "source");
        return h.Close("p").Close("li").ToString();
    }

    /// <summary>The claim's sentence with each cue wrapped in a mark naming the flag it raised; text between is escaped.</summary>
    public static string MarkCues(Claim c)
    {
        var h = new Html();
        var pos = c.Start;
        foreach (var cue in c.Cues.Where(q => q.Start >= c.Start && q.End <= c.End && q.End > q.Start).OrderBy(q => q.Start).ThenByDescending(q => q.End))
        {
            if (cue.Start < pos) continue;
            h.Text(c.Text[(pos - c.Start)..(cue.Start - c.Start)]);
            h.Raw($"<mark class=\"cue cue-{ClaimJsonl.FlagName(cue.Flag)}\" title=\"").Text($"{ClaimJsonl.FlagName(cue.Flag)}: {cue.Family}").Raw("\">")
             .Text(c.Text[(cue.Start - c.Start)..(cue.End - c.Start)]).Raw("</mark>");
            pos = cue.End;
        }
        h.Text(c.Text[(pos - c.Start)..]);
        return h.ToString();
    }

    private const string Style = """
        :root { --ink:#1d232b; --muted:#5b6572; --rule:#d9dee5; --accent:#1f4e79; --hedged:#fff1c2; --boosted:#f6d7f0; --unverified:#ffd6d1; --prediction:#d7e8ff; --speaker:#dff3e4; --probability:#e4e0ff; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", serif; background: #fff; }
        header.masthead { padding: 2.2rem 8vw 1.4rem; border-bottom: 3px solid var(--accent); background: #f5f7fa; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: .12em; font: 600 .75rem/1 system-ui, sans-serif; color: var(--accent); }
        h1 { margin: .4rem 0; font-size: 2rem; }
        .meta, .note, .id, .grade-text, footer { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
        .lede { max-width: 48rem; }
        main { padding: 0 8vw 3rem; }
        section { margin-top: 2.2rem; }
        h2 { font: 700 1.3rem/1.3 system-ui, sans-serif; border-bottom: 1px solid var(--rule); padding-bottom: .3rem; }
        h3 { font: 600 1.05rem system-ui, sans-serif; margin-top: 1.6rem; }
        table { border-collapse: collapse; width: 100%; font: .9rem/1.4 system-ui, sans-serif; }
        th, td { border-bottom: 1px solid var(--rule); padding: .45rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f5f7fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .grade { display: inline-block; min-width: 2.2em; text-align: center; font-weight: 700; background: var(--accent); color: #fff; border-radius: 3px; padding: 0 .3em; }
        ul.figures { display: flex; flex-wrap: wrap; gap: .8rem; list-style: none; padding: 0; }
        .figure { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; min-width: 9rem; font-family: system-ui, sans-serif; }
        .figure .n { display: block; font-size: 1.6rem; font-weight: 700; }
        .figure .label { color: var(--muted); font-size: .8rem; }
        .status-unverified .n, h3.status-unverified { color: #a3261b; }
        .status-hedged .n, h3.status-hedged { color: #8a6100; }
        ol.claims { padding-left: 1.4rem; }
        li.claim { margin: .9rem 0; }
        li.claim blockquote { margin: 0; }
        p.about { margin: .25rem 0 0; font: .8rem/1.5 system-ui, sans-serif; color: var(--muted); display: flex; flex-wrap: wrap; gap: .35rem .6rem; }
        .flag { border-radius: 3px; padding: 0 .35em; color: var(--ink); }
        .flag-hedged { background: var(--hedged); } .flag-boosted { background: var(--boosted); } .flag-unverified { background: var(--unverified); }
        .flag-prediction, .probability { background: var(--prediction); } .band { background: var(--probability); }
        .speaker { background: var(--speaker); border-radius: 3px; padding: 0 .35em; color: var(--ink); }
        a.source { color: var(--accent); }
        mark.cue { border-radius: 2px; padding: 0 .1em; color: inherit; }
        .cue-hedged { background: var(--hedged); } .cue-boosted { background: var(--boosted); } .cue-unverified { background: var(--unverified); }
        .cue-prediction { background: var(--prediction); } .cue-speaker { background: var(--speaker); } .cue-probability { background: var(--probability); }
        footer { padding: 1.5rem 8vw 3rem; border-top: 1px solid var(--rule); }
        @media print {
          body { font-size: 11pt; }
          header.masthead { background: none; padding: 0 0 1rem; }
          main, footer { padding: 0; }
          section { break-before: page; }
          section#summary { break-before: avoid; }
          li.claim, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
