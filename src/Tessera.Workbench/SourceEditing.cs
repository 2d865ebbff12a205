using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Tessera.Case;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>Editing a source's publisher, date and grade from /sources: a form per source carrying the version of its case.yaml
/// entry; the post edits case.yaml's text under the case's lock, or answers a stale version with both values.</summary>
internal static class SourceEditing
{
    private static readonly string[] Grades = [.. "ABCDEF".SelectMany(r => "123456".Select(c => $"{r}{c}"))];

    /// <summary>One form per source, filled with what case.yaml gives and the version of its entry in the text the page shows.</summary>
    public static Html Forms(CaseSnapshot s, AntiforgeryTokenSet tokens)
    {
        var h = new Html();
        h.Element("h2", "Publisher, date and grade");
        h.Element("p", "What case.yaml says of each source; saving one rewrites only that source's lines of case.yaml, comments kept. " +
                       "The grade is Admiralty reliability (A-F) then credibility (1-6).", "muted");
        foreach (var src in s.Opened.File.Sources)
        {
            // The text the snapshot was loaded from, which loaded, so it parses.
            var entry = SourceEntryEdit.EntryText(s.CaseYaml, src.Id);
            if (entry is null) continue;
            h.Raw("<form class=\"source-edit\" method=\"post\" action=\"/sources/").Text(Uri.EscapeDataString(src.Id)).Raw("\">");
            Page.Token(h, tokens);
            EditVersion.Field(h, entry);
            h.Element("span", src.Id, "id")
             .Raw("<label>publisher <input name=\"publisher\" value=\"").Text(src.Publisher).Raw("\"></label>")
             .Raw("<label>date <input name=\"date\" placeholder=\"YYYY-MM-DD\" value=\"")
             .Text(src.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("\"></label>")
             .Raw("<label>grade <select name=\"grade\">");
            foreach (var g in Grades)
                h.Raw("<option").Raw(g == src.Grade.ToString() ? " selected>" : ">").Text(g).Raw("</option>");
            h.Raw("</select></label><button type=\"submit\">Save</button></form>");
        }
        return h;
    }

    /// <summary>The post: the form's values checked (a one-line 400 naming the field), then, under the case's lock, the version
    /// compared with the entry as case.yaml holds it now and the entry edited; a stale version gets the conflict page.</summary>
    public static IResult Post(CaseSession session, string id, string? version, string? publisher, string? date, string? grade)
    {
        var details = Parse(publisher, date, grade);
        if (!details.Ok) return Page.Problem(session.Current, "/sources", details.Problem!);
        (string Stored, string Sent)? conflict = null;
        var problem = session.Change(s => CaseFolderWrite.Edit(s.Opened.File.Folder, text => Guarded(() =>
        {
            var entry = SourceEntryEdit.EntryText(text, id);
            if (entry is null || !EditVersion.IsCurrent(version, entry))
            {
                conflict = (entry is null ? "case.yaml no longer lists this source" : Shown(SourceEntryEdit.Details(text, id)!), Shown(details.Value!));
                return Messages.StaleEdit(id);
            }
            return SourceEntryEdit.Set(text, id, details.Value!, s.Opened.File.YamlPath);
        })));
        if (conflict is { } c)
        {
            // Show the stored values from here on: the page the analyst opens next must be the one the conflict names.
            session.Refresh();
            return Page.Conflict(session.Current, "/sources", $"Source {id}", c.Stored, c.Sent);
        }
        return problem is null
            ? Results.Redirect("/sources", permanent: false, preserveMethod: false)
            : Page.Problem(session.Current, "/sources", problem, problem.Kind == ProblemKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    /// <summary>The form's values as details, or the problem with the first field that is wrong.</summary>
    internal static Result<SourceDetails> Parse(string? publisher, string? date, string? grade)
    {
        if (!Tessera.Reading.SourceGrade.TryParse(grade, out var g))
            return Messages.BadEditField("grade", $"'{grade}' is not an Admiralty grade (reliability A-F then credibility 1-6, such as B2)");
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Messages.BadEditField("date", $"'{date}' is not a date written yyyy-MM-dd");
            day = d;
        }
        var p = string.IsNullOrWhiteSpace(publisher) ? null : publisher.Trim();
        if (p is { Length: > 200 } || (p is not null && p.Any(char.IsControl)))
            return Messages.BadEditField("publisher", "is longer than 200 characters or holds a line break or control character");
        return new SourceDetails(p, day, g);
    }

    private static string Shown(SourceDetails d) =>
        $"publisher {d.Publisher ?? "(none)"}, date {d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)"}, grade {d.Grade}";

    /// <summary>case.yaml as it is on disk may have been broken by hand since the case was loaded: that is a problem to show, not a crash.</summary>
    private static Result<string> Guarded(Func<Result<string>> edit)
    {
        try
        {
            return edit();
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return Messages.BadYaml("case.yaml", e.Start.Line, e.Start.Column, e.Message.Split('\n')[0]);
        }
    }
}
