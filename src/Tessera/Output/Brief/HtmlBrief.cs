using System.Globalization;
using Tessera.Analysis;
using Tessera.Analysis.Judgments;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Output.Brief;

/// <summary>Renders a brief as one self-contained HTML file: no scripts, no fonts or styles fetched from anywhere, a print stylesheet.</summary>
public static class HtmlBrief
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The brief as one string, for a caller that needs it whole (the store, tests); written by <see cref="Write"/>.</summary>
    public static string Render(BriefDocument brief)
    {
        var h = new Html();
        Write(brief, h);
        return h.ToString();
    }

    /// <summary>Writes the brief section by section into <paramref name="into"/>, so that a brief of many thousand sources is
    /// never held whole.</summary>
    public static void Write(BriefDocument brief, TextWriter into) => Write(brief, new Html(into));

    private static void Write(BriefDocument brief, Html h)
    {
        h.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
         .Raw("<meta name=\"generator\" content=\"Tessera\">\n<title>").Text(brief.Title).Raw("</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        h.Open("header", "masthead").Element("p", "Assessment brief", "kicker").Element("h1", brief.Title).Element("p", brief.Meta, "meta");
        if (brief.Lede.Length > 0) h.Element("p", brief.Lede, "lede");
        h.Open("nav", "contents").Raw("<ol>");
        foreach (var section in brief.Sections) h.Raw("<li>").Link("#" + section.Id, section.Title).Raw("</li>");
        h.Raw("</ol>").Close("nav").Close("header").Raw("\n<main>\n");
        foreach (var section in brief.Sections)
        {
            h.Open("section", null, section.Id).Element("h2", section.Title);
            foreach (var block in section.Blocks) Block(h, brief.Findings, block);
            h.Close("section").Raw("\n");
        }
        h.Raw("</main>\n<footer><p>Written by Tessera from the sources listed above. Likelihood words follow ICD 203; source grades follow the NATO/Admiralty system. ")
         .Raw("Every claim links to the source it comes from.</p></footer>\n</body>\n</html>\n");
    }

    /// <summary>One block of a brief section as HTML; the workbench's overview renders the brief's sections through it.</summary>
    public static void Block(Html h, Findings f, BriefBlock block)
    {
        switch (block)
        {
            case JudgmentList j:
                h.Open("ol", "judgments");
                foreach (var k in j.Judgments)
                {
                    h.Open("li", "judgment judgment-" + k.Kind).Element("p", k.Statement, "statement").Open("p", "about");
                    if (k.Likelihood is not null) h.Element("span", "likelihood: " + k.Likelihood.Name, "flag band");
                    h.Element("span", "confidence: " + k.Confidence.ToString().ToLowerInvariant(), "flag confidence-" + k.Confidence.ToString().ToLowerInvariant())
                     .Element("span", k.Basis, "basis");
                    foreach (var id in k.ClaimIds.Take(8)) h.Link("#" + Html.Anchor("claim", id), id, "claim-id");
                    if (k.ClaimIds.Count > 8) h.Element("span", $"and {k.ClaimIds.Count - 8} more", "claim-id");
                    h.Close("p").Close("li");
                }
                h.Close("ol");
                break;
            case Paragraph p:
                h.Element("p", p.Text, p.Note ? "note" : null);
                break;
            case Figures figures:
                h.Open("ul", "figures");
                foreach (var (value, label, kind) in figures.Items)
                    h.Open("li", "figure kind-" + kind).Element("span", value, "n").Element("span", label, "label").Close("li");
                h.Close("ul");
                break;
            case Table t:
                TableBlock(h, t);
                break;
            case ClaimList l:
                if (l.Title is not null) h.Element("h3", l.Title, l.Kind is null ? null : "list-" + l.Kind);
                h.Open("ol", "claims");
                foreach (var c in l.Claims) ClaimItem(h, f, c, anchor: l.Kind == "appendix");
                h.Close("ol");
                break;
            case Chart c:
                // The SVG is drawn by Tessera with every label escaped (see Svg); it is trusted markup.
                h.Open("figure", "chart").Raw(c.Svg).Element("figcaption", c.Title).Close("figure");
                break;
        }
    }

    private static void TableBlock(Html h, Table t)
    {
        h.Raw("<div class=\"table\"><table><thead><tr>");
        foreach (var header in t.Headers) h.Element("th", header);
        h.Raw("</tr></thead><tbody>");
        var r = 0;
        foreach (var row in t.Rows)
        {
            var id = t.RowAnchorPrefix is not null && t.RowIds is not null ? Html.Anchor(t.RowAnchorPrefix, t.RowIds[r]) : null;
            r++;
            h.Open("tr", null, id);
            foreach (var cell in row)
            {
                h.Open("td", cell.Kind);
                if (cell.Badge is not null) h.Element("span", cell.Badge, "badge").Raw(" ");
                if (cell.Href is not null) h.Link(cell.Href, cell.Text); else h.Text(cell.Text);
                h.Close("td");
            }
            h.Close("tr");
        }
        h.Raw("</tbody></table></div>");
    }

    /// <summary>One claim: its sentence with the cue words marked, who says it, its flags, and a link to its source.
    /// Only the appendix carries the claim's anchor; other lists link to it.</summary>
    public static void ClaimItem(Html h, Findings f, Claim c, bool anchor)
    {
        var source = f.Case.Source(c.DocumentId);
        h.Open("li", "claim", anchor ? Html.Anchor("claim", c.Id) : null);
        h.Open("blockquote").Raw(MarkCues(c)).Close("blockquote");
        h.Open("p", "about");
        if (c.Speakers.Count > 0) h.Element("span", "says: " + string.Join("; ", c.Speakers), "speaker");
        foreach (var (flag, on) in new[] { ("hedged", c.Hedged), ("boosted", c.Boosted), ("unverified", c.Unverified), ("prediction", c.Prediction) })
            if (on) h.Element("span", flag, "flag flag-" + flag);
        if (c.Band is not null) h.Element("span", c.Band.Name, "flag band");
        if (c.Likelihood is { } p) h.Element("span", p.Value.ToString("P0", Inv), "flag probability");
        if (c.Actors.Count > 0) h.Element("span", string.Join(", ", c.Actors), "actors");
        if (CorrectedNote.Of(c) is { } corrected) h.Element("span", corrected, "flag corrected");
        var backing = f.Corroboration.OriginsBacking(c.Id);
        var reports = f.Corroboration.Reports(c.Id);
        if (c.IsClaim)
            h.Element("span", backing == 1 ? (reports > 1 ? $"1 origin ({reports} reports)" : "1 origin") : $"{backing} independent origins ({reports} reports)",
                backing > 1 ? "flag corroborated" : "flag single");
        if (f.Corroboration.OriginOf(c.Id) is { Basis: Analysis.Corroboration.OriginBasis.Cited or Analysis.Corroboration.OriginBasis.Copy } origin) h.Element("span", "origin: " + origin.Name, "origin");
        if (f.Corroboration.IsRetracted(c.Id)) h.Element("span", "retracted", "flag flag-retracted");
        if (f.CredibilityOf(c.Id) is { } credibility) h.Element("span", $"credibility {credibility.Grade} – {credibility.Name}: {credibility.Reason}", $"flag credibility credibility-{credibility.Grade}");
        if (f.Corroboration.ContradictionsOf(c.Id).Any()) h.Element("span", "contested", "flag flag-contested");
        h.Link("#" + Html.Anchor("src", c.DocumentId), $"{source?.Publisher ?? c.DocumentId}{(source?.Published is { } d ? ", " + d.ToString("d MMM yyyy", Inv) : "")} [{source?.Grade}]", "source");
        if (f.Case.UrlOf(c.DocumentId) is { } url) h.Link(url, "read at the source", "source-url");
        if (!anchor) h.Link("#" + Html.Anchor("claim", c.Id), c.Id, "claim-id"); else h.Element("span", c.Id, "claim-id");
        h.Close("p").Close("li");
    }

    /// <summary>The claim's sentence with each cue wrapped in a mark naming the flag it raised; text between is escaped.</summary>
    public static string MarkCues(Claim c)
    {
        var h = new Html();
        foreach (var (text, cue) in CueSpans.Of(c))
        {
            if (cue is null) { h.Text(text); continue; }
            h.Raw($"<mark class=\"cue cue-{ClaimJsonl.FlagName(cue.Flag)}\" title=\"").Text($"{ClaimJsonl.FlagName(cue.Flag)}: {cue.Family}").Raw("\">")
             .Text(text).Raw("</mark>");
        }
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
        .badge { display: inline-block; min-width: 2.2em; text-align: center; font-weight: 700; background: var(--accent); color: #fff; border-radius: 3px; padding: 0 .3em; }
        ul.figures { display: flex; flex-wrap: wrap; gap: .8rem; list-style: none; padding: 0; }
        .figure { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; min-width: 9rem; font-family: system-ui, sans-serif; }
        .figure .n { display: block; font-size: 1.6rem; font-weight: 700; }
        .figure .label { color: var(--muted); font-size: .8rem; }
        .kind-unverified .n, h3.list-unverified { color: #a3261b; }
        .kind-hedged .n, h3.list-hedged { color: #8a6100; }
        nav.contents ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding: 0; margin: 1rem 0 0; list-style: none; font: .85rem system-ui, sans-serif; }
        nav.contents a { color: var(--accent); text-decoration: none; }
        div.table { overflow-x: auto; }
        td.grade { min-width: 9rem; color: var(--muted); }
        td.date { white-space: nowrap; }
        figure.chart { margin: 1.2rem 0; }
        figure.chart svg { width: 100%; max-width: 860px; height: auto; font: 12px system-ui, sans-serif; }
        figure.chart .label, figure.chart .value, figure.chart .legend { fill: var(--ink); }
        figcaption { font: .8rem system-ui, sans-serif; color: var(--muted); }
        .claim-id { color: var(--muted); }
        ol.judgments { padding-left: 1.4rem; }
        li.judgment { margin: 1rem 0; padding: .6rem .9rem; border-left: 4px solid var(--accent); background: #f7f9fc; }
        li.judgment p.statement { margin: 0; font-size: 1.05rem; }
        .confidence-high { background: #d6eddc; } .confidence-moderate { background: #fbeed0; } .confidence-low { background: #f6dcd9; }
        .basis { color: var(--muted); }
        .corroborated { background: #d6eddc; } .single { background: #eef0f3; } .flag-contested { background: #f6c9c3; }
        td.rating { text-align: center; font-weight: 700; font-family: system-ui, sans-serif; }
        td.rating-CC { background: #1e7a46; color: #fff; } td.rating-C { background: #9ed3ae; }
        td.rating-N { background: #f1f3f5; color: #6b7480; } td.rating-NA { background: #fff; color: #a0a8b2; }
        td.rating-I { background: #f2b3aa; } td.rating-II { background: #b3261e; color: #fff; }
        td.total { font-weight: 700; }
        figure.chart svg.calibration { max-width: 380px; }
        figure.chart svg.network { max-width: 800px; }
        figure.chart svg.heatmap { max-width: 260px; }
        td.tie-cooperation { color: #2e8b57; font-weight: 600; } td.tie-conflict { color: #c0392b; font-weight: 600; } td.tie-mixed { color: #b9770e; }
        td.verdict-gains { color: #2e8b57; font-weight: 600; } td.verdict-loses { color: #c0392b; font-weight: 600; }
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
          nav.contents { display: none; }
          section#summary { break-before: avoid; }
          li.claim, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
