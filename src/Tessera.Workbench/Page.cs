using Microsoft.AspNetCore.Http;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>The frame every page shares: title, navigation and the one stylesheet; no script, so reading needs no JavaScript
/// and the Content-Security-Policy allows none.</summary>
internal static class Page
{
    public static readonly (string Path, string Name)[] Sections = [("/", "Overview"), ("/claims", "Claims"), ("/actors", "Actors"), ("/timeline", "Timeline"), ("/network", "Network"), ("/sources", "Sources"), ("/ach", "ACH"), ("/forecasts", "Forecasts"), ("/corrections", "Corrections")];

    public static IResult Render(CaseSnapshot snapshot, string here, string title, Html body, int status = StatusCodes.Status200OK)
    {
        var bar = new Html().Element("span", snapshot.Opened.File.Title, "case");
        foreach (var (path, name) in Sections) bar.Link(path, name, path == here ? "here" : null);
        return Frame($"{title} · {snapshot.Opened.File.Title}", bar, title, body, status);
    }

    /// <summary>A page outside the case (signing in and out): the frame without the case's title or navigation, which are not
    /// shown to someone not yet signed in.</summary>
    public static IResult Plain(string title, Html body, int status = StatusCodes.Status200OK) =>
        Frame($"{title} · Tessera", new Html().Element("span", "Tessera", "case"), title, body, status);

    private static IResult Frame(string documentTitle, Html bar, string title, Html body, int status) => new Framed(documentTitle, bar, title, body, status);

    /// <summary>A page rendered when it is sent, so that its header can name the analyst signed in and lead to signing out.</summary>
    private sealed record Framed(string DocumentTitle, Html Bar, string Title, Html Body, int Status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var h = new Html();
            h.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
             .Raw("<title>").Text(DocumentTitle).Raw("</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n<link rel=\"icon\" href=\"data:,\">\n</head>\n<body>\n");
            h.Raw("<header class=\"bar\">").Raw(Bar.ToString());
            if (http.User.Identity is { IsAuthenticated: true }) h.Link("/signout", Analyst.Of(http) + " · sign out", "who");
            h.Raw("</header>\n<main>\n").Element("h1", Title).Raw(Body.ToString()).Raw("\n</main>\n</body>\n</html>\n");
            return Results.Content(h.ToString(), "text/html; charset=utf-8", statusCode: Status).ExecuteAsync(http);
        }
    }

    /// <summary>A problem as a page: its one line, and the status that says whose mistake it was.</summary>
    public static IResult Problem(CaseSnapshot snapshot, string here, Problem problem, int status = StatusCodes.Status400BadRequest) =>
        Render(snapshot, here, "Not done", new Html().Element("p", problem.ToString(), "problem"), status);

    /// <summary>A stale edit: what the analyst sent beside what is stored now, with status 409; nothing was saved, and the
    /// analyst's value stays on the page to be sent again.</summary>
    public static IResult Conflict(CaseSnapshot snapshot, string here, string what, string stored, string sent)
    {
        var h = new Html();
        h.Element("p", $"{what} was changed by someone else after you opened it; your edit was not saved.", "problem");
        h.Raw("<table class=\"conflict\"><tr><th>stored now</th><th>your edit</th></tr><tr>")
         .Element("td", stored).Element("td", sent).Raw("</tr></table>");
        h.Open("p").Link(here, "Open it again").Raw(" to see the stored value and edit from there.").Close("p");
        return Render(snapshot, here, "Conflict", h, StatusCodes.Status409Conflict);
    }

    /// <summary>A hidden field with the antiforgery token: every form that changes state carries one.</summary>
    public static Html Token(Html h, Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens) =>
        h.Raw("<input type=\"hidden\" name=\"").Text(tokens.FormFieldName).Raw("\" value=\"").Text(tokens.RequestToken).Raw("\">");
}
