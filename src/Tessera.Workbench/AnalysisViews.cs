using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Forecasts;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Output.Brief;

namespace Tessera.Workbench;

/// <summary>The ACH and forecast pages: the scores drawn from the same brief sections as `brief.html` (so `tessera ach`, the brief
/// and the workbench show one analysis), and beside them the forms that edit case.yaml, each carrying the antiforgery token and
/// the version of the entry it edits.</summary>
internal static class AnalysisViews
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Html Ach(CaseSnapshot s, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        var file = s.Opened.File;
        if (s.Findings.Ach is { } ach)
        {
            // The brief's scores, note and sensitivity; its matrix is drawn below with a form in every cell, and its heat map
            // needs inline styles, which the workbench's policy forbids.
            var section = s.Brief.Sections.FirstOrDefault(x => x.Id == "ach");
            var chart = section?.Blocks.OfType<Chart>().FirstOrDefault();
            h.Open("section", "ach-scores").Element("h2", "Scores");
            foreach (var block in section?.Blocks ?? [])
                if (block is not Chart && !ReferenceEquals(block, chart?.Data)) HtmlBrief.Block(h, s.Findings, block);
            if (s.Findings.KeyJudgments.FirstOrDefault(j => j.Kind == "explanation") is { } judgment)
            {
                h.Element("h2", "The judgment it supports");
                HtmlBrief.Block(h, s.Findings, new JudgmentList([judgment]));
            }
            h.Close("section");
            Matrix(h, s, ach, tokens);
        }
        else h.Element("p", "No hypotheses yet: state one below, then add evidence and rate it.", "muted");

        h.Element("h2", "Hypotheses");
        foreach (var hyp in file.Hypotheses)
        {
            h.Raw("<form class=\"hypothesis\" method=\"post\" action=\"/ach/hypothesis\">");
            Hidden(h, tokens, StoredEntry.Hypothesis(file, hyp.Id), ("id", hyp.Id));
            h.Raw("<label>").Text(hyp.Id + (hyp.Proposed ? " (proposed: left out until its mark is removed)" : ""))
             .Raw("<input name=\"statement\" size=\"80\" required value=\"").Text(hyp.Statement).Raw("\"></label><button type=\"submit\">Save</button></form>");
        }
        h.Raw("<form class=\"hypothesis add-hypothesis\" method=\"post\" action=\"/ach/hypothesis\">");
        Hidden(h, tokens, "");
        h.Raw("<label>id<input name=\"id\" size=\"6\" required value=\"").Text(NextHypothesisId(file)).Raw("\"></label>")
         .Raw("<label>statement<input name=\"statement\" size=\"70\" required></label><button type=\"submit\">Add hypothesis</button></form>");

        h.Element("h2", "Add evidence of your own");
        h.Element("p", "To add a claim of a source, open it (from Claims) and use its \"Add as ACH evidence\" button.", "muted");
        h.Raw("<form class=\"evidence add-evidence\" method=\"post\" action=\"/ach/evidence\">");
        Hidden(h, tokens, StoredEntry.EvidenceList(file));
        return h.Raw("<label>text<input name=\"text\" size=\"80\" required></label><button type=\"submit\">Add evidence</button></form>");
    }

    /// <summary>Hypotheses across, evidence down; each cell a small form that rates it.</summary>
    private static void Matrix(Html h, CaseSnapshot s, AchResult ach, AntiforgeryTokenSet tokens)
    {
        var m = ach.Matrix;
        h.Element("h2", "Matrix");
        h.Element("p", "Each cell is rated on its own: choose a rating and press Rate. The rating is written to case.yaml with your name, and the scores above follow at once.", "muted");
        h.Raw("<table class=\"matrix\"><thead><tr><th>evidence</th><th>credibility</th><th>relevance</th><th>diagnosticity</th>");
        foreach (var hyp in m.Hypotheses) h.Raw("<th>").Text(hyp.Id).Raw("</th>");
        h.Raw("</tr></thead><tbody>");
        foreach (var e in m.Evidence)
        {
            var d = ach.DiagnosticityOf(e.Id);
            h.Raw("<tr id=\"").Text("evidence-" + e.Id).Raw("\"><td>").Element("strong", e.Id).Raw(" ");
            if (e.ClaimId is { } id && s.Findings.Case.Claim(id) is { } claim) h.Link(Views.ClaimLink(claim), e.Text); else h.Text(e.Text);
            h.Raw("</td>").Element("td", Ratings.Name(e.Credibility)).Element("td", Ratings.Name(e.Relevance))
             .Element("td", $"{d.Spread} (×{d.LikelihoodRatio.ToString("0.0", Inv)})");
            foreach (var hyp in m.Hypotheses)
            {
                var rating = e.RatingFor(hyp.Id);
                h.Raw("<td class=\"cell rating-").Text(rating.ToString()).Raw("\"><form class=\"rate\" method=\"post\" action=\"/ach/rate\">");
                Hidden(h, tokens, StoredEntry.Cell(s.Opened.File, e.Id, hyp.Id), ("evidence", e.Id), ("hypothesis", hyp.Id));
                h.Raw("<select name=\"rating\" aria-label=\"").Text($"{e.Id} against {hyp.Id}").Raw("\">");
                foreach (var r in Enum.GetValues<Rating>())
                    h.Raw("<option").Raw(r == rating ? " selected" : "").Raw(">").Text(r.ToString()).Raw("</option>");
                h.Raw("</select><button type=\"submit\">Rate</button>");
                if (e.RatedBy.TryGetValue(hyp.Id, out var by)) h.Element("span", "by " + by, "by");
                h.Raw("</form></td>");
            }
            h.Raw("</tr>");
        }
        h.Raw("</tbody></table>");
    }

    /// <summary>The form on a claim's page that makes it an evidence item.</summary>
    public static Html AddAsEvidence(CaseSnapshot s, Claim claim, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        h.Element("h2", "ACH");
        if (s.Analysis.Matrix.Evidence.FirstOrDefault(e => e.ClaimId == claim.Id) is { } item)
            return h.Open("p").Text($"Evidence item {item.Id} of ").Link("/ach#evidence-" + Uri.EscapeDataString(item.Id), "the ACH matrix").Text(".").Close("p");
        h.Raw("<form class=\"evidence add-claim\" method=\"post\" action=\"/ach/evidence\">");
        Hidden(h, tokens, StoredEntry.EvidenceList(s.Opened.File), ("claim", claim.Id));
        return h.Raw("<button type=\"submit\">Add as ACH evidence</button></form>");
    }

    public static Html Forecasts(CaseSnapshot s, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        var report = s.Findings.Forecasts;
        h.Open("p", "scores").Text($"{report.Overall.Scored} scored; Brier ").Element("span", report.Overall.Brier?.ToString("0.000", Inv) ?? "–", "brier")
         .Text("; log score ").Element("span", report.Overall.Log?.ToString("0.000", Inv) ?? "–", "log").Text($"; {report.Open.Count} open.").Close("p");
        foreach (var section in s.Brief.Sections.Where(x => x.Id is "forecasts" or "track-records"))
        {
            h.Open("section", null, section.Id).Element("h2", section.Title);
            foreach (var block in section.Blocks)
            {
                // Charts are drawn with inline styles, which the policy forbids: their data tables stand in for them.
                if (block is Chart { DataFollows: false } chart) HtmlBrief.Block(h, s.Findings, chart.Data);
                else if (block is not Chart and not ClaimList) HtmlBrief.Block(h, s.Findings, block);
            }
            h.Close("section");
        }

        h.Element("h2", "Resolve");
        h.Element("p", "Record how a forecast or commitment came out: the outcome is written to case.yaml as `outcome:` and `resolved:`, as `tessera forecasts` reads it.", "muted");
        h.Raw("<table class=\"forecasts\"><thead><tr><th>claim</th><th>statement</th><th>speaker</th><th>kind</th><th>probability</th><th>deadline</th><th>result</th><th>proposed</th><th>resolve</th></tr></thead><tbody>");
        foreach (var f in report.Forecasts)
        {
            var entry = StoredEntry.ForecastEntry(s.Opened.File, s.Opened.Case, f.Id);
            h.Raw("<tr id=\"").Text("forecast-" + f.Id).Raw("\"><td>");
            if (s.Findings.Case.Claim(f.Id) is { } claim) h.Link(Views.ClaimLink(claim), f.Id); else h.Text(f.Id);
            h.Raw("</td>").Element("td", f.Statement).Element("td", f.Speaker).Element("td", f.Kind == ForecastKind.Commitment ? "commitment" : "forecast")
             .Element("td", f.Probability?.ToString("0.00", Inv) ?? "none").Element("td", Format.Date(f.Deadline))
             .Element("td", f.Result ?? (f.IsResolved ? "even chance" : "open"), "result")
             .Element("td", f.Proposal is { } p ? $"{(p.Outcome is { } o ? (o ? "true" : "false") : "open")}: {p.Reason}" : "");
            h.Raw("<td><form class=\"resolve\" method=\"post\" action=\"/forecasts/resolve\">");
            Hidden(h, tokens, StoredEntry.Forecast(entry), ("forecast", f.Id));
            var outcome = f.Resolution?.Outcome ?? f.Proposal?.Outcome;
            h.Raw("<select name=\"outcome\" aria-label=\"outcome\"><option value=\"true\"").Raw(outcome == true ? " selected" : "").Raw(">happened</option>")
             .Raw("<option value=\"false\"").Raw(outcome == false ? " selected" : "").Raw(">did not</option></select>")
             .Raw("<input name=\"date\" size=\"10\" placeholder=\"YYYY-MM-DD\" required value=\"").Text(f.Resolution?.Date?.ToString("yyyy-MM-dd", Inv) ?? "").Raw("\">")
             .Raw("<button type=\"submit\">Resolve</button></form></td></tr>");
        }
        return h.Raw("</tbody></table>");
    }

    /// <summary>The token, the version of the value the form shows, and the form's fixed fields.</summary>
    private static void Hidden(Html h, AntiforgeryTokenSet tokens, string stored, params (string Name, string Value)[] fields)
    {
        Page.Token(h, tokens);
        EditVersion.Field(h, stored);
        foreach (var (name, value) in fields) h.Raw($"<input type=\"hidden\" name=\"{name}\" value=\"").Text(value).Raw("\">");
    }

    private static string NextHypothesisId(Tessera.Case.CaseFile f)
    {
        var n = f.Hypotheses.Count + 1;
        while (f.Hypotheses.Any(x => x.Id == $"H{n}")) n++;
        return $"H{n}";
    }
}
