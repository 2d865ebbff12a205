using Tessera.Analysis;
using Tessera.Output.Brief;

namespace Tessera.Workbench;

/// <summary>A case as the workbench shows it: opened, assessed and analysed once, and again after a change; every page reads
/// one consistent snapshot.</summary>
public sealed record CaseSnapshot(OpenedCase Opened, CaseAnalysis Analysis, Findings Findings, BriefDocument Brief)
{
    /// <summary>The claims laid out for the claims page, once per snapshot.</summary>
    public ClaimIndex ClaimIndex { get; } = ClaimIndex.Build(Findings);
}

/// <summary>The case folder and store the workbench serves, and the snapshot of it that pages read.</summary>
/// <remarks>The analysis takes the whole case, so a snapshot is built once per change, not per request; a change (an upload)
/// builds the next one while pages go on reading the current.</remarks>
public sealed class CaseSession(string folder, string? store, LanguageResources resources)
{
    private readonly Lock _writing = new();
    private CaseSnapshot? _current;

    public string Folder { get; } = folder;
    public LanguageResources Resources { get; } = resources;

    public CaseSnapshot Current => _current ?? throw new InvalidOperationException("the case was not loaded");

    /// <summary>Assesses the case folder into its store (only new or changed sources are read) and analyses it.</summary>
    public Problem? Load()
    {
        lock (_writing)
        {
            var opened = CaseInput.Analyse([Folder], store, Resources);
            if (!opened.Ok) return opened.Problem;
            var (input, analysis) = opened.Value;
            var findings = Findings.Of(analysis, Resources);
            _current = new CaseSnapshot(input, analysis, findings, BriefBuilder.Build(findings));
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
