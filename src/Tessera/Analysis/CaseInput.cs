using Tessera.Case;

namespace Tessera.Analysis;

/// <summary>A case as every command opens it: read from a folder or loose files, assessed into its store, analysis inputs read.</summary>
/// <param name="Warnings">What the assessment found worth a word but not worth stopping for: claim ids an edit has moved.</param>
public sealed record OpenedCase(CaseFile File, bool IsFolder, AssessedCase Case, StoreChange Change, string Store, AnalysisSpec Spec,
    IReadOnlyList<Problem> Warnings)
{
    /// <summary>The hypotheses, evidence and forecasts of case.yaml, resolved against the case's claims.</summary>
    /// <param name="jobs">How many cores weighing the forecasts' proposed outcomes may use; the result is the same for any number.</param>
    public Result<CaseAnalysis> Analysis(LanguageResources resources, int jobs = 1) => AnalysisInputs.Resolve(Spec, Case, resources.Ach, resources.ForecastReaders, jobs);
}

/// <summary>The one path from a case folder or loose files to an assessed case, shared by every command and by the analysis API.</summary>
public static class CaseInput
{
    /// <summary>A folder is a case with its case.yaml; files are a case of their own.</summary>
    public static Result<(CaseFile File, bool IsFolder)> Load(string[] paths)
    {
        if (paths.Length == 1 && Directory.Exists(paths[0]))
        {
            var loaded = CaseYaml.Load(paths[0]);
            return loaded.Ok ? (loaded.Value!, true) : loaded.Problem!;
        }
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) return Messages.Unsupported(p, "folder (give one case folder, or files)");
            if (!File.Exists(p)) return Messages.MissingPath(p);
        }
        return (CaseFile.FromFiles(paths, Directory.GetCurrentDirectory()), false);
    }

    /// <summary>Loads, checks the analysis inputs before anything is stored, opens the store (the case's own unless --db names
    /// another) and assesses the case into it. Loose files are assessed in memory, so a command run on a file leaves nothing in
    /// the current folder, unless <paramref name="storeLooseFiles"/> asks for ./.tessera/case.db (what `assess` keeps).</summary>
    /// <param name="fallbackDate">The date of sources that name none (the command line's --date).</param>
    /// <param name="jobs">How many sources are read and extracted at once (the command line's --jobs).</param>
    public static Result<OpenedCase> Open(string[] paths, string? db, LanguageResources resources, IProgress<AssessmentProgress>? progress = null,
        bool storeLooseFiles = false, DateOnly? fallbackDate = null, int jobs = 1)
    {
        var prepared = Prepare(paths, db, storeLooseFiles);
        if (!prepared.Ok) return prepared.Problem!;
        var (file, isFolder, spec, opened) = prepared.Value;
        using var store = opened;
        var run = Assessment.Run(file, store, resources, progress, fallbackDate, jobs);
        if (!run.Ok) return run.Problem!;
        return new OpenedCase(file, isFolder, run.Value.Case, run.Value.Change, store.Location, spec, run.Value.Warnings);
    }

    /// <summary>Joins the workers sharing the reading of a case through a PostgreSQL store (see <see cref="SharedReading"/>):
    /// reads and stores sources no other worker holds until none is left; the turn says whether this worker was elected to
    /// analyse the round (which it then does as any assessment does, reading nothing the workers stored).</summary>
    public static Result<WorkerTurn> Join(string[] paths, string? db, LanguageResources resources, QueueWorker worker,
        IProgress<AssessmentProgress>? progress = null, int jobs = 1)
    {
        if (db is null || !CaseStore.IsPostgres(db)) return Messages.WorkerNeedsPostgres(db ?? "the case's own SQLite store");
        var prepared = Prepare(paths, db, storeLooseFiles: true);
        if (!prepared.Ok) return prepared.Problem!;
        using var store = prepared.Value.Store;
        return SharedReading.Run(prepared.Value.File, store, resources, worker, progress, null, jobs);
    }

    /// <summary>Loads, checks the analysis inputs before anything is stored, and opens the store (the case's own unless --db
    /// names another).</summary>
    private static Result<(CaseFile File, bool IsFolder, AnalysisSpec Spec, CaseStore Store)> Prepare(string[] paths, string? db, bool storeLooseFiles)
    {
        var loaded = Load(paths);
        if (!loaded.Ok) return loaded.Problem!;
        var (file, isFolder) = loaded.Value;
        var spec = AnalysisInputs.Read(file);
        if (!spec.Ok) return spec.Problem!;
        var opened = OpenStore(isFolder ? file.Folder : null, db, storeLooseFiles);
        if (!opened.Ok) return opened.Problem!;
        return (file, isFolder, spec.Value!, opened.Value!);
    }

    /// <summary>The store a case is assessed into: --db when given, else the case folder's own; loose files (no folder) go to
    /// memory unless <paramref name="storeLooseFiles"/> asks for ./.tessera/case.db.</summary>
    public static Result<CaseStore> OpenStore(string? caseFolder, string? db, bool storeLooseFiles) =>
        CaseStore.Open(db ?? (caseFolder is not null ? CaseStore.DefaultPath(caseFolder)
            : storeLooseFiles ? CaseStore.DefaultPath(Directory.GetCurrentDirectory()) : StoreFile.InMemory));

    /// <summary>Opens a case and resolves its analysis inputs, for the commands that analyse.</summary>
    /// <param name="jobs">How many cores reading new sources and resolving the inputs may use (the command line's --jobs).</param>
    public static Result<(OpenedCase Case, CaseAnalysis Analysis)> Analyse(string[] paths, string? db, LanguageResources resources, int jobs = 1)
    {
        var opened = Open(paths, db, resources, jobs: jobs);
        if (!opened.Ok) return opened.Problem!;
        var analysis = opened.Value!.Analysis(resources, jobs);
        return analysis.Ok ? (opened.Value!, analysis.Value!) : analysis.Problem!;
    }

    /// <summary>Opens a case folder for analysis: case.yaml, an assessment of its sources (into the store at
    /// <paramref name="storePath"/>, or into memory when none is given), then the analysis inputs.</summary>
    public static Result<CaseAnalysis> OpenAnalysis(string folder, LanguageResources resources, string? storePath = null)
    {
        var opened = Analyse([folder], storePath ?? ":memory:", resources);
        return opened.Ok ? opened.Value.Analysis : opened.Problem!;
    }
}
