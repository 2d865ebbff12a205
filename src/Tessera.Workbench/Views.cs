using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Tessera.Analysis.Provenance;
using Tessera.Claims;
using Tessera.Output;
using Tessera.Output.Brief;
using Tessera.Output.Records;

namespace Tessera.Workbench;

/// <summary>The pages' bodies, each built from the library's models with every piece of source text escaped by <see cref="Html"/>.</summary>
internal static class Views
{
    /// <summary>The address of a claim's provenance page: /claims/SOURCE/NUMBER.</summary>
    public static string ClaimLink(Claim c) => $"/claims/{Uri.EscapeDataString(c.DocumentId)}/{(c.Index + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The overview: the brief's summary, key judgments and sources, from the same model as the brief.</summary>
    public static Html Overview(CaseSnapshot s)
    {
        var h = new Html();
        if (s.Brief.Lede.Length > 0) h.Element("p", s.Brief.Lede, "lede");
        h.Element("p", s.Brief.Meta, "muted");
        foreach (var section in s.Brief.Sections.Where(x => x.Id is "summary" or "judgments" or "sources"))
        {
            h.Open("section", null, section.Id).Element("h2", section.Title);
            // Charts are drawn with inline styles, which the workbench's policy forbids; their data tables follow them.
            foreach (var block in section.Blocks.Where(b => b is not Chart)) HtmlBrief.Block(h, s.Findings, block);
            h.Close("section");
        }
        return h;
    }

    public static Html Claims(CaseSnapshot s, ClaimQuery q)
    {
        var page = s.ClaimIndex.Run(q);
        var h = new Html();
        h.Raw("<form class=\"filters\" method=\"get\" action=\"/claims\">");
        Select(h, "source", "source", s.Opened.Case.Sources.Select(x => x.Id), q.Source);
        Input(h, "speaker", "speaker", q.Speaker);
        Select(h, "actor", "actor", s.Findings.Case.Claims.SelectMany(c => c.Actors).Distinct().Order(StringComparer.Ordinal), q.Actor);
        Select(h, "flag", "flag", ClaimQuery.Flags, q.Flag);
        Select(h, "band", "band", s.Findings.Case.Claims.Where(c => c.Band is not null).Select(c => c.Band!.Name).Distinct().Order(StringComparer.Ordinal), q.Band);
        Select(h, "credibility", "credibility", ["1", "2", "3", "4", "5", "6"], q.Credibility?.ToString(CultureInfo.InvariantCulture));
        Input(h, "from", "from (YYYY-MM-DD)", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Input(h, "to", "to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Input(h, "q", "words", q.Text);
        Select(h, "sort", "sort by", ClaimQuery.Sorts, q.Sort, blank: false);
        h.Raw("<button type=\"submit\">Show</button></form>");
        h.Open("p", "pages").Element("span", $"{page.Total} claim{(page.Total == 1 ? "" : "s")}", "count");
        if (q.Page > 1) h.Link(q.Link(q.Page - 1), "previous");
        if (q.Page * ClaimQuery.PageSize < page.Total) h.Link(q.Link(q.Page + 1), "next");
        h.Close("p");
        h.Raw("<table class=\"claims\"><thead><tr><th>claim</th><th>text</th><th>speaker</th><th>flags</th><th>credibility</th></tr></thead><tbody>");
        foreach (var c in page.Claims)
        {
            h.Raw("<tr><td>").Link(ClaimLink(c), c.Id).Raw("</td><td>").Text(c.Text).Raw("</td><td>").Text(string.Join("; ", c.Speakers)).Raw("</td><td>");
            foreach (var flag in ClaimQuery.Flags.Where(f => ClaimQuery.HasFlag(s.Findings, c, f))) h.Element("span", flag, "flag flag-" + flag);
            if (c.Band is not null) h.Element("span", c.Band.Name, "flag band");
            h.Raw("</td><td>").Text(s.Findings.CredibilityOf(c.Id) is { } g ? $"{g.Grade} {g.Name}" : "").Raw("</td></tr>");
        }
        return h.Raw("</tbody></table>");
    }

    /// <summary>A claim's provenance page: the same model `tessera show` prints.</summary>
    public static Html Provenance(CaseSnapshot s, ClaimProvenance p)
    {
        var c = p.Claim;
        var h = new Html();
        h.Open("blockquote").Raw(HtmlBrief.MarkCues(c)).Close("blockquote");
        h.Raw("<dl class=\"facts\">");
        void Fact(string term, string? value) => h.Element("dt", term).Element("dd", value);
        Fact("source", p.Source is { } src ? $"{src.Id} ({src.Publisher}, {Format.Date(src.Published)}, graded {src.Grade})" : c.DocumentId);
        Fact("status", c.Status.ToString().ToLowerInvariant());
        Fact("speaker", c.Speakers.Count > 0 ? string.Join("; ", c.Speakers) : "none named (the source's own voice)");
        Fact("actors", c.Actors.Count > 0 ? string.Join("; ", c.Actors) : "none");
        if (p.Origin is { } o)
            Fact("origin", $"{o.Name} ({o.Basis.ToString().ToLowerInvariant()})" + (o.Relays.Count > 0 ? ", relayed by " + string.Join(", then ", o.Relays) : ""));
        Fact("backing", $"{p.IndependentOrigins} independent origin{(p.IndependentOrigins == 1 ? "" : "s")} ({p.Reports} report{(p.Reports == 1 ? "" : "s")})");
        if (p.Credibility is { } g) Fact("credibility", $"{g.Grade} {g.Name}: {g.Reason}");
        h.Raw("</dl>");
        h.Element("h2", "Cues");
        if (c.Cues.Count == 0) h.Element("p", "none", "muted");
        else
        {
            h.Raw("<table><thead><tr><th>flag</th><th>words</th><th>family</th></tr></thead><tbody>");
            foreach (var cue in c.Cues) h.Raw("<tr>").Element("td", ClaimJsonl.FlagName(cue.Flag)).Element("td", cue.Text).Element("td", cue.Family).Raw("</tr>");
            h.Raw("</tbody></table>");
        }
        h.Element("h2", "Related claims");
        if (p.Related.Count == 0) h.Element("p", "none", "muted");
        else
        {
            h.Raw("<table><thead><tr><th>relation</th><th>claim</th><th>text</th><th>why</th></tr></thead><tbody>");
            foreach (var r in p.Related)
            {
                h.Raw("<tr>").Element("td", Terms.Relation(r.Relation)).Raw("<td>");
                if (s.Findings.Case.Claim(r.ClaimId) is { } other) h.Link(ClaimLink(other), r.ClaimId); else h.Text(r.ClaimId);
                h.Raw("</td>").Element("td", r.Text).Element("td", r.Note).Raw("</tr>");
            }
            h.Raw("</tbody></table>");
        }
        h.Element("h2", "Used in");
        if (p.Uses.Count == 0) h.Element("p", "nothing yet", "muted");
        else
        {
            h.Raw("<table><thead><tr><th>where</th><th>item</th><th>statement</th><th>detail</th></tr></thead><tbody>");
            foreach (var u in p.Uses) h.Raw("<tr>").Element("td", Terms.Use(u.Kind)).Element("td", u.Item).Element("td", u.Statement).Element("td", u.Detail).Raw("</tr>");
            h.Raw("</tbody></table>");
        }
        return h.Raw("<p>").Link(ClaimLink(c) + "?format=json", "as JSON", "muted").Raw("</p>");
    }

    public static Html Sources(CaseSnapshot s, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        h.Raw("<table><thead><tr><th>source</th><th>title</th><th>publisher</th><th>date</th><th>grade</th><th>claims</th></tr></thead><tbody>");
        foreach (var src in s.Opened.Case.Sources)
            h.Raw("<tr><td>").Link("/claims?source=" + Uri.EscapeDataString(src.Id), src.Id).Raw("</td>").Element("td", src.Title).Element("td", src.Publisher)
             .Element("td", Format.Date(src.Published)).Element("td", src.Grade.ToString())
             .Element("td", Format.Num(s.Opened.Case.ClaimsOf(src.Id).Count(c => c.IsClaim))).Raw("</tr>");
        h.Raw("</tbody></table>");
        h.Element("h2", "Add a source");
        h.Element("p", $"A text, Markdown, HTML or PDF file of at most {Workbench.MaxUpload / 1024 / 1024} MiB. It is stored in the case's sources/ folder under a name " +
                       "made safe, listed in case.yaml like `tessera add` lists it, read and assessed. Title, publisher and date are needed when the document gives none.", "muted");
        h.Raw("<form class=\"upload\" method=\"post\" action=\"/sources\" enctype=\"multipart/form-data\">");
        Page.Token(h, tokens);
        h.Raw("<label for=\"file\">file</label><input id=\"file\" name=\"file\" type=\"file\" required accept=\".txt,.md,.html,.htm,.pdf\">")
         .Raw("<label for=\"title\">title</label><input id=\"title\" name=\"title\">")
         .Raw("<label for=\"publisher\">publisher</label><input id=\"publisher\" name=\"publisher\">")
         .Raw("<label for=\"date\">date</label><input id=\"date\" name=\"date\" placeholder=\"YYYY-MM-DD\">")
         .Raw("<span></span><button type=\"submit\">Add</button></form>");
        return h.Raw(SourceEditing.Forms(s, tokens).ToString());
    }

    private static void Input(Html h, string name, string label, string? value) =>
        h.Raw("<label>").Text(label).Raw($"<input name=\"{name}\" value=\"").Text(value).Raw("\"></label>");

    private static void Select(Html h, string name, string label, IEnumerable<string> options, string? chosen, bool blank = true)
    {
        h.Raw("<label>").Text(label).Raw($"<select name=\"{name}\">");
        if (blank) h.Raw("<option value=\"\">any</option>");
        foreach (var o in options)
            h.Raw("<option value=\"").Text(o).Raw(string.Equals(o, chosen, StringComparison.OrdinalIgnoreCase) ? "\" selected>" : "\">").Text(o).Raw("</option>");
        h.Raw("</select></label>");
    }
}
