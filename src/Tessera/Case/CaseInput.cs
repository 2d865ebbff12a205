namespace Tessera.Case;

/// <summary>A case as every command opens it: read from a folder or loose files, assessed into its store, analysis keys read.</summary>
public sealed record OpenedCase(CaseFile File, bool IsFolder, AssessedCase Case, StoreChange Change, string Store, AnalysisSpec Spec)
{
    /// <summary>The hypotheses, evidence and forecasts of case.yaml, resolved against the case's claims.</summary>
    public Result<CaseAnalysis> Analysis(LanguageData data) => CaseAnalysisYaml.Resolve(Spec, Case, new Tessera.Analysis.Ach.AchModel(data));
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

    /// <summary>Loads, checks the analysis keys before anything is stored, opens the store (the case's own unless --db names
    /// another) and assesses the case into it. Loose files are assessed in memory, so a command run on a file leaves nothing in
    /// the current folder, unless <paramref name="storeLooseFiles"/> asks for ./.tessera/case.db (what `assess` keeps).</summary>
    public static Result<OpenedCase> Open(string[] paths, string? db, LanguageData data, IProgress<AssessmentProgress>? progress = null,
        bool storeLooseFiles = false)
    {
        var loaded = Load(paths);
        if (!loaded.Ok) return loaded.Problem!;
        var (file, isFolder) = loaded.Value;
        var spec = isFolder ? CaseAnalysisYaml.Load(file.YamlPath) : Result<AnalysisSpec>.Success(AnalysisSpec.Empty(file.YamlPath));
        if (!spec.Ok) return spec.Problem!;
        var opened = CaseStore.Open(db ?? (isFolder ? CaseStore.DefaultPath(file.Folder)
            : storeLooseFiles ? CaseStore.DefaultPath(Directory.GetCurrentDirectory()) : StoreFile.InMemory));
        if (!opened.Ok) return opened.Problem!;
        using var store = opened.Value!;
        var run = Assessment.Run(file, store, data, progress);
        if (!run.Ok) return run.Problem!;
        return new OpenedCase(file, isFolder, run.Value.Case, run.Value.Change, store.Location, spec.Value!);
    }

    /// <summary>Opens a case and resolves its analysis keys, for the commands that analyse.</summary>
    public static Result<(OpenedCase Case, CaseAnalysis Analysis)> Analyse(string[] paths, string? db, LanguageData data)
    {
        var opened = Open(paths, db, data);
        if (!opened.Ok) return opened.Problem!;
        var analysis = opened.Value!.Analysis(data);
        return analysis.Ok ? (opened.Value!, analysis.Value!) : analysis.Problem!;
    }
}
