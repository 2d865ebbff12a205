using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Tessera.Analysis;
using Tessera.Analysis.Ach;
using Tessera.Case;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>The stored values the ACH and forecast forms edit, each as the one line a version is taken of and a conflict page
/// shows: the page that renders a form and the post that checks it read the same line from case.yaml.</summary>
internal static class StoredEntry
{
    /// <summary>A hypothesis's statement; empty while no hypothesis has the id (a form that adds one expects that).</summary>
    public static string Hypothesis(CaseFile f, string id) => f.Hypotheses.FirstOrDefault(h => h.Id == id)?.Statement ?? "";

    /// <summary>A cell as written, with its analyst: "C by ana"; empty while unrated.</summary>
    public static string Cell(CaseFile f, string evidenceId, string hypothesisId) =>
        f.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.Ratings.FirstOrDefault(r => r.HypothesisId == hypothesisId) is { } r
            ? r.Rating.Text + (r.By is { } by ? " by " + by : "") : "";

    /// <summary>The evidence items' ids: adding an item edits the list, so any item added meanwhile makes the form stale.</summary>
    public static string EvidenceList(CaseFile f) => string.Join(", ", f.Evidence.Select(e => e.Id));

    /// <summary>A forecast's resolution as written, "true on 2022-01-19", or "open".</summary>
    public static string Forecast(CaseForecast? entry) =>
        entry?.Outcome is not { } outcome ? "open"
        : (outcome ? "true" : "false") + (entry.Resolved is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");

    /// <summary>The case.yaml entry of a forecast: the one whose claim reference names the claim, or none while it is not listed.</summary>
    public static CaseForecast? ForecastEntry(CaseFile f, AssessedCase assessed, string claimId) =>
        f.Forecasts.FirstOrDefault(x =>
        {
            try { return AnalysisInputs.Find(f.YamlPath, x.Claim, assessed).Id == claimId; }
            catch (ProblemException) { return false; }
        });
}

/// <summary>The posts of /ach and /forecasts: each checks its fields (a one-line 400 naming the field), checks the version of the
/// entry it edits against case.yaml as it stands (a conflict page with both values, nothing written), then makes the edit through
/// <see cref="CaseFolderWrite.Edit"/> and loads the case again, so the scores on the next page are the edited case's.</summary>
internal static partial class HandEdits
{
    public const int MaxField = 2000;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex HypothesisId();

    /// <summary>What an edit asks for, once its fields have been read: the entry's name for a conflict page, how to read its
    /// stored value, the value sent, and the edit itself.</summary>
    private sealed record Request(string What, Func<CaseFile, string> Stored, string Sent, Func<CaseFile, AnalysisEdit> Edit);

    public static IResult Rate(CaseSession session, HttpContext http, string here, IFormCollection form)
    {
        var (evidence, hypothesis, rating) = (Field(form, "evidence"), Field(form, "hypothesis"), Field(form, "rating"));
        var file = session.Current.Opened.File;
        if (!Ratings.TryParse(rating, out var parsed)) return Bad(session, here, Messages.BadRatingField(rating));
        if (file.Hypotheses.All(h => h.Id != hypothesis)) return Bad(session, here, Messages.UnknownHypothesisField(hypothesis, file.Hypotheses.Select(h => h.Id)));
        if (file.Evidence.All(e => e.Id != evidence)) return Bad(session, here, Messages.UnknownEvidenceField(evidence));
        var by = Analyst.Of(http);
        return Run(session, here, form, new Request($"The rating of {evidence} against {hypothesis}", f => StoredEntry.Cell(f, evidence, hypothesis),
            $"{parsed} by {by}", _ => new CellRating(evidence, hypothesis, parsed.ToString(), by)));
    }

    public static IResult Hypothesis(CaseSession session, string here, IFormCollection form)
    {
        var (id, statement) = (Field(form, "id"), Field(form, "statement"));
        if (!HypothesisId().IsMatch(id)) return Bad(session, here, Messages.BadHypothesisId(id));
        if (statement.Length == 0) return Bad(session, here, Messages.EmptyField("statement", "a hypothesis states an explanation"));
        if (statement.Length > MaxField) return Bad(session, here, Messages.FieldTooLong("statement", MaxField));
        return Run(session, here, form, new Request($"Hypothesis {id}", f => StoredEntry.Hypothesis(f, id), statement, _ => new HypothesisEdit(id, statement)));
    }

    public static IResult Evidence(CaseSession session, string here, IFormCollection form)
    {
        var (claim, text) = (Field(form, "claim"), Field(form, "text"));
        var s = session.Current;
        if (claim.Length > 0)
        {
            if (s.Findings.Case.Claim(claim) is null) return Bad(session, here, Messages.NoSuchClaim(claim, null));
            if (s.Analysis.Matrix.Evidence.FirstOrDefault(e => e.ClaimId == claim) is { } cited) return Bad(session, here, Messages.EvidenceAlreadyCited(claim, cited.Id));
        }
        else if (text.Length == 0) return Bad(session, here, Messages.EmptyField("text", "an evidence item is a claim of a source or your own words"));
        if (text.Length > MaxField) return Bad(session, here, Messages.FieldTooLong("text", MaxField));
        return Run(session, here, form, new Request("The evidence list", StoredEntry.EvidenceList, claim.Length > 0 ? $"add {claim}" : $"add \"{text}\"",
            f => new EvidenceAdd(NextEvidenceId(f), claim.Length > 0 ? claim : null, claim.Length > 0 ? null : text)));
    }

    public static IResult Resolve(CaseSession session, string here, IFormCollection form)
    {
        var (id, outcome, date) = (Field(form, "forecast"), Field(form, "outcome").ToLowerInvariant(), Field(form, "date"));
        var s = session.Current;
        if (s.Findings.Forecasts.Forecasts.All(f => f.Id != id)) return Bad(session, here, Messages.NoSuchForecast(id));
        if (outcome is not ("true" or "false")) return Bad(session, here, Messages.BadOutcomeField(outcome));
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return Bad(session, here, Messages.BadResolvedDate(date));
        var assessed = s.Opened.Case;
        return Run(session, here, form, new Request($"The resolution of {id}", f => StoredEntry.Forecast(StoredEntry.ForecastEntry(f, assessed, id)), $"{outcome} on {date}",
            f => new ForecastResolution(StoredEntry.ForecastEntry(f, assessed, id)?.Line, id, outcome == "true", day)));
    }

    /// <summary>The first E-number no item has, counting on from the items there are.</summary>
    private static string NextEvidenceId(CaseFile f)
    {
        var n = f.Evidence.Count + 1;
        while (f.Evidence.Any(e => e.Id == $"E{n}")) n++;
        return $"E{n}";
    }

    /// <summary>Reads case.yaml as it stands now (an editor may have changed it since the page was drawn), checks the form's
    /// version against the entry there, and makes the edit; under the session's lock and the case folder's, so no two posts
    /// interleave, in this workbench or another.</summary>
    private static IResult Run(CaseSession session, string here, IFormCollection form, Request request)
    {
        (string Stored, string Sent)? stale = null;
        // Under the case's lock as well as the session's: another workbench serving the case (a team's) may edit it too.
        var problem = session.Change(s => CaseFolderWrite.Edit(s.Opened.File.Folder, text =>
        {
            var now = CaseYaml.Read(s.Opened.File.Folder, text);
            if (!now.Ok) return now.Problem!;
            var stored = request.Stored(now.Value!);
            if (!EditVersion.IsCurrent(form["version"].FirstOrDefault(), stored))
            {
                stale = (stored, request.Sent);
                return Messages.StaleEdit(request.What);
            }
            return CaseFolderWrite.Edited(now.Value!, text, request.Edit(now.Value!), edited => Check(edited, s, session.Resources));
        }));
        if (stale is { } both) return Page.Conflict(session.Current, here, request.What, both.Stored.Length > 0 ? both.Stored : "(nothing yet)", both.Sent);
        return problem is null ? Results.Redirect(here, permanent: false, preserveMethod: false) : Bad(session, here, problem);
    }

    /// <summary>The edited case must still resolve: every reference found, every rating and level meaningful.</summary>
    private static Problem? Check(CaseFile edited, CaseSnapshot s, LanguageResources resources)
    {
        var spec = AnalysisInputs.Read(edited);
        return !spec.Ok ? spec.Problem : AnalysisInputs.Resolve(spec.Value!, s.Opened.Case, resources.Ach, resources.ForecastReaders).Problem;
    }

    private static IResult Bad(CaseSession session, string here, Problem problem) => Page.Problem(session.Current, here, problem);

    private static string Field(IFormCollection form, string key) => form[key].FirstOrDefault()?.Trim() ?? "";
}
