using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>Corrections of extractions in the browser: a form per field on a claim's page, the post that stores one, and the
/// audit page that lists them all with whether each still finds its words.</summary>
/// <remarks>A correction is stored in the case's store beside the claims (docs/workbench.md, "One truth"), never in case.yaml,
/// and the next snapshot lays it over the reader's claim like every assessment does.</remarks>
internal static class CorrectionPages
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/claims/{source}/{number:int}/corrections", (CaseSession session, HttpContext http, string source, int number,
            [FromForm] string? field, [FromForm] string? value, [FromForm] string? version) =>
        {
            var id = $"{source}#{number}";
            IResult? answer = null;
            var problem = session.Change(s =>
            {
                var (refused, conflict) = Store(s, session, id, field, value, version, Analyst.Of(http));
                answer = conflict;
                return refused;
            });
            if (answer is not null) return answer;
            if (problem is not null)
                return Page.Problem(session.Current, "/claims", problem, problem.Code == "TSR700" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
            return Results.Redirect($"/claims/{Uri.EscapeDataString(source)}/{number.ToString(CultureInfo.InvariantCulture)}", permanent: false, preserveMethod: false);
        });
        app.MapGet("/corrections", (CaseSession session, string? format) => format == "json"
            ? Results.Bytes(Output.Tables.TableJson.Write(Output.Tables.CaseTables.Corrections(session.Current.Opened.Case)), "application/json; charset=utf-8")
            : Page.Render(session.Current, "/corrections", "Corrections", Audit(session.Current)));
    }

    /// <summary>Checks and stores one correction; a stale form is answered with the conflict page and stores nothing.</summary>
    private static (Problem? Refused, IResult? Conflict) Store(CaseSnapshot s, CaseSession session, string id, string? field, string? value, string? version, string author)
    {
        var assessed = s.Opened.Case;
        if (assessed.Claim(id) is not { } claim) return (Messages.NoSuchClaim(id, assessed.Claims.FirstOrDefault()?.Id), null);
        var read = Corrections.Read(field ?? "", value, Terms(session));
        if (!read.Ok) return (read.Problem, null);
        var current = Corrections.ValueOf(claim, EventsOf(s, claim), field!);
        var here = Views.ClaimLink(claim);
        IResult Conflict() => Page.Conflict(s, here, $"The {field} of {id}", Shown(current), Shown(read.Value!));
        // A stale form is refused whatever it asks: the analyst decided on a value that is no longer the one stored.
        if (!EditVersion.IsCurrent(version, current)) return (Messages.StaleEdit($"the {field} of {id}"), Conflict());
        var anchor = ClaimAnchor.Of(claim);
        var next = assessed.Corrections.Count(o => o.Correction.Anchor == anchor && o.Correction.Field == field) + 1;
        var correction = new Correction(anchor, field!, current, read.Value!, author, DateTimeOffset.UtcNow, next);
        var opened = CaseStore.Open(session.Store);
        if (!opened.Ok) return (opened.Problem, null);
        using var store = opened.Value!;
        // Another workbench on the same shared store may have stored this version first: that is a conflict too.
        return store.AddCorrection(correction) ? (null, null) : (Messages.StaleEdit($"the {field} of {id}"), Conflict());
    }

    private static CorrectionTerms Terms(CaseSession session) => new(session.Resources.Stance.Bands, session.Resources.Cameo);

    private static IEnumerable<Events.ActorEvent> EventsOf(CaseSnapshot s, Claim claim) =>
        s.Opened.Case.Document(claim.DocumentId)?.Events.Where(e => e.ClaimId == claim.Id) ?? [];

    private static string Shown(string value) => value.Length == 0 ? "none" : value;

    /// <summary>The correction forms of a claim's page: each field's current value, with the version it was shown at.</summary>
    public static Html Forms(CaseSnapshot s, CaseSession session, Claim claim, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        h.Element("h2", "Correct");
        if (CorrectedNote.Of(claim) is { } note) h.Element("p", note, "corrected");
        h.Element("p", "A correction is stored with your name and kept across assessments by the claim's words; the audit lists them all.", "muted");
        var events = EventsOf(s, claim).ToList();
        var action = Views.ClaimLink(claim) + "/corrections";
        foreach (var field in Corrections.Fields)
        {
            if (field == "event" && events.Count == 0) continue;
            var current = Corrections.ValueOf(claim, events, field);
            var inputId = "correct-" + field;
            h.Raw("<form class=\"correction\" method=\"post\" action=\"").Text(action).Raw("\">");
            Page.Token(h, tokens);
            EditVersion.Field(h, current);
            h.Raw("<input type=\"hidden\" name=\"field\" value=\"").Text(field).Raw("\">");
            h.Raw("<label for=\"").Text(inputId).Raw("\">").Text(field).Raw("</label>");
            var choices = field switch
            {
                "band" => ["", .. session.Resources.Stance.Bands.Keys],
                "speaker" or "actors" or "event" => null,
                _ => new[] { "true", "false" },
            };
            if (choices is null)
                h.Raw("<input id=\"").Text(inputId).Raw("\" name=\"value\" value=\"").Text(current).Raw("\">");
            else
            {
                h.Raw("<select id=\"").Text(inputId).Raw("\" name=\"value\">");
                foreach (var choice in choices)
                    h.Raw("<option value=\"").Text(choice).Raw(choice == current ? "\" selected>" : "\">").Text(choice.Length == 0 ? "none" : choice).Raw("</option>");
                h.Raw("</select>");
            }
            h.Raw("<button type=\"submit\">Correct</button></form>");
        }
        return h;
    }

    /// <summary>Every stored correction, newest first: who, when, before and after, and where it holds now.</summary>
    public static Html Audit(CaseSnapshot s)
    {
        var h = new Html();
        var outcomes = s.Opened.Case.Corrections;
        h.Element("p", $"{outcomes.Count} correction{(outcomes.Count == 1 ? "" : "s")}, {outcomes.Count(o => o.Lost)} lost (the words they were made on are gone from the source).", "muted");
        h.Open("p").Link("/corrections?format=json", "as JSON", "muted").Close("p");
        if (outcomes.Count == 0) return h;
        h.Raw("<table class=\"corrections\"><thead><tr><th>when</th><th>author</th><th>claim</th><th>field</th><th>before</th><th>after</th><th>version</th><th>state</th></tr></thead><tbody>");
        foreach (var o in outcomes.Reverse())
        {
            var c = o.Correction;
            h.Raw("<tr>").Element("td", c.Made.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Element("td", c.Author).Raw("<td>");
            if (o.ClaimId is { } id && s.Opened.Case.Claim(id) is { } claim) h.Link(Views.ClaimLink(claim), id);
            else h.Text(c.Anchor.SourceId);
            h.Raw("<br>").Element("q", c.Anchor.Quote).Raw("</td>")
             .Element("td", c.Field).Element("td", Shown(c.Before)).Element("td", Shown(c.After))
             .Element("td", c.Version.ToString(CultureInfo.InvariantCulture))
             .Element("td", o.Lost ? "lost" : "re-attached", o.Lost ? "lost" : "attached").Raw("</tr>");
        }
        return h.Raw("</tbody></table>");
    }
}
