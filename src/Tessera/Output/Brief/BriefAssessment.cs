using System.Globalization;
using System.Text.Json;
using Tessera.Analysis;
using Tessera.Analysis.Summary;
using Tessera.Case;

namespace Tessera.Output.Brief;

/// <summary>One file an assessment wrote or found in place: where, in which format (brief.html or brief.md), and what identifies
/// its bytes (<see cref="WrittenOutput.Rewritten"/> says whether this assessment replaced the file).</summary>
public sealed record BriefOutput(string Path, string Format, WrittenOutput Bytes);

/// <summary>What one assessment made: the store's change, the overview `assess` prints, the warnings (claim ids an edit has
/// moved), each output written, and whether all of it was the stored result of an earlier analysis of the same inputs.</summary>
public sealed record AssessedBrief(CaseFile File, StoreChange Change, CaseOverview Overview, IReadOnlyList<Problem> Warnings,
    IReadOnlyList<BriefOutput> Outputs, bool Reused);

/// <summary>`assess` from the store to the brief, incrementally: the store is brought in line with the case (only new or changed
/// sources read), and when everything the analysis reads hashes as it did when the stored result was made
/// (<see cref="AnalysisKey"/>), that result stands: no document is read back, nothing is analysed and nothing is written, provided each brief file still
/// holds the bytes the stored result says were written (its SHA-256 and length: the store never keeps the brief's text, which
/// for thousands of sources is larger than a string should be). A brief that is missing or was changed since is said so
/// (TSR615, TSR616) and written again from the stored case: analysed again, no source read again.
/// Otherwise the whole case is analysed again (its analysis weighs every source against the others), each brief is written
/// straight to its file as it is rendered, and the result is stored under the new hash.</summary>
public static class BriefAssessment
{
    private const string OverviewName = "overview", WarningsName = "warnings";

    /// <param name="briefPath">Where the brief goes, written by this call; a path ending in .md gets Markdown, any other HTML.</param>
    /// <param name="markdownPath">Where a Markdown copy goes, when asked.</param>
    /// <param name="warn">Told of each warning before the analysis, which may refuse a reference that an edit moved.</param>
    /// <param name="batch">How the reading is committed (<see cref="ReadingBatch"/>); the default when null.</param>
    public static Result<AssessedBrief> Run(CaseFile file, AnalysisSpec spec, CaseStore store, LanguageResources resources, string briefPath,
        string? markdownPath = null, Action<Problem>? warn = null, IProgress<AssessmentProgress>? progress = null,
        IProgress<AnalysisProgress>? analysing = null, int jobs = 1, ReadingBatch? batch = null)
    {
        var update = Assessment.Update(file, store, resources, progress, jobs: jobs, batch: batch);
        if (!update.Ok) return update.Problem!;
        var outputs = new List<(string Path, string Name)> { (briefPath, FormatName(briefPath)) };
        if (markdownPath is not null) outputs.Add((markdownPath, FormatName(markdownPath, markdown: true)));
        try
        {
            if (Stored(update.Value!, store, resources, outputs) is { } reused)
            {
                var stale = Stale(reused.Outputs);
                if (stale.Count == 0)
                {
                    foreach (var w in reused.Warnings) warn?.Invoke(w);
                    return reused;
                }
                foreach (var p in stale) warn?.Invoke(p);
            }
            var loaded = Assessment.Load(update.Value!, store, resources);
            if (!loaded.Ok) return loaded.Problem!;
            var (assessed, warnings) = loaded.Value;
            foreach (var w in warnings) warn?.Invoke(w);
            var analysis = AnalysisInputs.Resolve(spec, assessed, resources.Ach, resources.ForecastReaders, jobs);
            if (!analysis.Ok) return analysis.Problem!;
            var findings = Findings.Of(analysis.Value!, resources, analysing, jobs);
            var brief = BriefBuilder.Build(findings);
            var written = new List<BriefOutput>();
            foreach (var (path, name) in outputs)
            {
                // The brief's sections are made as they are written, so this step is most of the brief's time and memory.
                Result<WrittenOutput> output;
                using (StepTrace.Start("brief written")) output = BriefFormat.WriteIfChanged(brief, path, name);
                if (!output.Ok) return output.Problem!;
                written.Add(new BriefOutput(path, name, output.Value!));
            }
            var overview = CaseOverview.Of(file.Title, findings.Summary);
            // Hashed after the assessment saved its pins, so that the next run, which finds them saved, finds this result.
            var key = AnalysisKey.Of(update.Value!, store, resources.Data);
            var results = new List<(string, string)> { (OverviewName, overview.ToJson()), (WarningsName, WarningsJson(warnings)) };
            results.AddRange(written.Select(o => (o.Format, Identity(o.Bytes))).DistinctBy(r => r.Item1));
            store.SaveResults(key, results);
            return new AssessedBrief(file, update.Value!.Change, overview, warnings, written, Reused: false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException)
        {
            return Messages.Store(store.Location, e.Message);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    /// <summary>The stored result, when one was made from inputs that hash as these do and holds every output asked for; else null.</summary>
    private static AssessedBrief? Stored(StoreUpdate update, CaseStore store, LanguageResources resources, IReadOnlyList<(string Path, string Name)> outputs)
    {
        var key = AnalysisKey.Of(update, store, resources.Data);
        if (store.Result(OverviewName, key) is not { } overviewJson || CaseOverview.FromJson(overviewJson) is not { } overview) return null;
        if (store.Result(WarningsName, key) is not { } warningsJson || Warnings(warningsJson) is not { } warnings) return null;
        var written = new List<BriefOutput>();
        foreach (var (path, name) in outputs)
        {
            if (store.Result(name, key) is not { } identity || FromIdentity(identity) is not { } bytes) return null;
            written.Add(new BriefOutput(path, name, bytes));
        }
        return new AssessedBrief(update.File, update.Change, overview, warnings, written, Reused: true);
    }

    /// <summary>What is wrong with each output file that does not hold the bytes the stored result wrote: missing, or changed
    /// since. The length is compared before the file is read and hashed.</summary>
    private static List<Problem> Stale(IReadOnlyList<BriefOutput> outputs)
    {
        var stale = new List<Problem>();
        foreach (var o in outputs)
        {
            if (!File.Exists(o.Path)) stale.Add(Messages.BriefMissing(o.Path));
            else if (!OutputFile.Holds(o.Path, o.Bytes)) stale.Add(Messages.BriefChanged(o.Path));
        }
        return stale;
    }

    /// <summary>How the store keeps a written output: its SHA-256 and its length, never its text.</summary>
    private static string Identity(WrittenOutput bytes) => $"sha256:{bytes.Sha256} bytes:{bytes.Bytes.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A stored output's identity, or null for anything else (a brief's text stored by schema 10, were one left).</summary>
    private static WrittenOutput? FromIdentity(string identity)
    {
        var parts = identity.Split(' ');
        return parts.Length == 2 && parts[0].StartsWith("sha256:", StringComparison.Ordinal) && parts[0].Length == 7 + 64
            && parts[0].AsSpan(7).ContainsAnyExcept("0123456789abcdef") is false
            && parts[1].StartsWith("bytes:", StringComparison.Ordinal)
            && long.TryParse(parts[1].AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? new WrittenOutput(parts[0][7..], length, Rewritten: false)
            : null;
    }

    /// <summary>The stored name of an output's format: the brief as HTML or as Markdown.</summary>
    private static string FormatName(string path, bool markdown = false) => markdown || BriefFormat.IsMarkdown(path) ? "brief.md" : "brief.html";

    private static string WarningsJson(IReadOnlyList<Problem> warnings) =>
        JsonValues.Write(w =>
        {
            w.WriteStartArray();
            foreach (var p in warnings) JsonValues.WriteStrings(w, null, [p.Code, p.File, p.Message]);
            w.WriteEndArray();
        });

    private static IReadOnlyList<Problem>? Warnings(string json)
    {
        try
        {
            var rows = JsonValues.Parse(json, static (ref Utf8JsonReader r) => JsonValues.ReadArray(ref r, JsonValues.ReadStrings));
            return rows?.All(r => r.Count == 3) == true ? rows.Select(r => new Problem(r[0], r[1], r[2])).ToList() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
