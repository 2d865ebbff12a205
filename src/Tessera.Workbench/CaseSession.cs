using Tessera.Analysis;
using Tessera.Output.Brief;

namespace Tessera.Workbench;

/// <summary>A case as the workbench shows it: opened, assessed and analysed once, and again after a change; every page reads
/// one consistent snapshot.</summary>
public sealed record CaseSnapshot(OpenedCase Opened, CaseAnalysis Analysis, Findings Findings, BriefDocument Brief)
{
    /// <summary>case.yaml's text as it was when this snapshot was loaded: the forms that edit it carry versions taken of it.</summary>
    public string CaseYaml { get; init; } = "";
    /// <summary>The claims laid out for the claims page, once per snapshot.</summary>
    public ClaimIndex ClaimIndex { get; } = ClaimIndex.Build(Findings);
}

/// <summary>The case folder and store the workbench serves, and the snapshot of it that pages read.</summary>
/// <remarks>The analysis takes the whole case, so a snapshot is built once per change, not per request; a change (an upload)
/// builds the next one while pages go on reading the current.</remarks>
/// <param name="jobs">How many cores each assessment may use, the first and the one after every change (serve's --jobs); the
/// snapshot is the same for any number.</param>
public sealed class CaseSession(string folder, string? store, LanguageResources resources, int jobs = 1)
{
    private readonly Lock _writing = new();
    private CaseSnapshot? _current;
    // Read without the lock by every page's refresh check; a reference, so a read sees the old text or the new.
    private volatile string? _loadedYaml;

    public string Folder { get; } = folder;
    public LanguageResources Resources { get; } = resources;

    /// <summary>How many cores an assessment of the case may use.</summary>
    public int Jobs { get; } = jobs >= 1 ? jobs : throw new ArgumentOutOfRangeException(nameof(jobs), jobs, "at least one job");

    /// <summary>The store the case is assessed into: the one --db named, else the case's own.</summary>
    public string Store { get; } = store ?? Case.CaseStore.DefaultPath(folder);

    public CaseSnapshot Current => _current ?? throw new InvalidOperationException("the case was not loaded");

    /// <summary>Assesses the case folder into its store (only new or changed sources are read) and analyses it.</summary>
    public Problem? Load()
    {
        lock (_writing)
        {
            // Read before the analysis reads it: if it changes in between, the snapshot is older than the text and the next
            // refresh loads again, never the other way round.
            var yaml = ReadYaml();
            _loadedYaml = yaml;
            var opened = CaseInput.Analyse([Folder], store, Resources, Jobs);
            if (!opened.Ok) return opened.Problem;
            var (input, analysis) = opened.Value;
            var findings = Findings.Of(analysis, Resources, jobs: Jobs);
            _current = new CaseSnapshot(input, analysis, findings, BriefBuilder.Build(findings)) { CaseYaml = yaml ?? "" };
            return null;
        }
    }

    /// <summary>Loads the case again when case.yaml is no longer the text the snapshot was loaded from: another workbench on the
    /// same case, or an editor, changed it. A case.yaml that no longer loads leaves the last good snapshot in place.</summary>
    public void Refresh()
    {
        if (ReadYaml() == _loadedYaml) return;
        lock (_writing)
        {
            if (ReadYaml() != _loadedYaml) Load();
        }
    }

    private string? ReadYaml()
    {
        try
        {
            return File.ReadAllText(Path.Combine(Folder, "case.yaml"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Serves a snapshot built elsewhere: the claims-page benchmark's, whose findings hold only what that page reads.</summary>
    internal void Use(CaseSnapshot snapshot)
    {
        lock (_writing) _current = snapshot;
    }

    /// <summary>Runs a change to the case folder, then loads the case again; the change's problem stops it.</summary>
    public Problem? Change(Func<CaseSnapshot, Problem?> change)
    {
        lock (_writing) return change(Current) ?? Load();
    }
}
