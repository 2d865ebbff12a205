using Tessera.Case;

namespace Tessera.Output;

/// <summary>Writes what growing a case planned into its folder: `tessera add` and the workbench's upload share it.</summary>
public static class CaseFolderWrite
{
    /// <summary>Copies the plan's files into sources/ (never over another file) and writes case.yaml with the new entries; null
    /// when done, else the problem that stopped it.</summary>
    public static Problem? Add(CaseFile caseFile, AddPlan plan)
    {
        foreach (var copy in plan.Copies)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy.To)!);
                File.Copy(copy.From, copy.To, overwrite: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Messages.CannotWrite(copy.To, e.Message);
            }
        }
        return OutputFile.Write(caseFile.YamlPath, plan.Yaml);
    }

    /// <summary>How long a change waits for another process's change of the same case to finish.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>Runs a change of the case folder while no other change of it runs, in this process or another (two workbenches
    /// serving one case for a team): case.yaml is read, checked and written as one step, so no edit is written over unseen.</summary>
    /// <remarks>The lock is an exclusive lock on .tessera/case.yaml.lock (flock on Unix, a share lock on Windows), which the
    /// system drops when the holder exits, so a process that dies holding it blocks nobody. Readers take no lock: case.yaml is
    /// always replaced whole (<see cref="OutputFile"/>), so a reader sees the old text or the new.</remarks>
    public static Problem? Locked(string caseFolder, Func<Problem?> change)
    {
        var path = Path.Combine(caseFolder, ".tessera", "case.yaml.lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            FileStream held;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(50);
                continue;
            }
            catch (IOException)
            {
                return Messages.CaseBusy(Path.Combine(caseFolder, "case.yaml"));
            }
            catch (UnauthorizedAccessException e)
            {
                return Messages.CannotWrite(path, e.Message);
            }
            using (held) return change();
        }
    }

    /// <summary>Edits case.yaml's text under the case's lock: the edit sees the text as it is now (read within the size bound and
    /// decoded as strictly as loading reads it) and gives the text to write, or the problem that stops it (nothing is written then).</summary>
    public static Problem? Edit(string caseFolder, Func<string, Result<string>> edit) => Locked(caseFolder, () =>
    {
        var text = CaseYaml.Text(caseFolder);
        if (!text.Ok) return text.Problem;
        var edited = edit(text.Value!);
        if (!edited.Ok) return edited.Problem;
        return edited.Value == text.Value ? null : OutputFile.Write(Path.Combine(caseFolder, "case.yaml"), edited.Value!);
    });

    /// <summary>The text with an analyst's edit of hypotheses, evidence or forecasts made (comments and order kept), once
    /// <paramref name="accept"/> has seen the case as the edited text reads (null to go ahead, else the problem that stops it).</summary>
    /// <param name="text">case.yaml as it stands now, the text the edit was checked against.</param>
    public static Result<string> Edited(CaseFile caseFile, string text, AnalysisEdit edit, Func<CaseFile, Problem?> accept)
    {
        string edited;
        try
        {
            edited = CaseYamlAnalysisEdit.Apply(text, edit, caseFile.YamlPath);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        var read = CaseYaml.Read(caseFile.Folder, edited);
        if (!read.Ok) return Messages.EditBreaksCase(read.Problem!);
        if (accept(read.Value!) is { } problem) return Messages.EditBreaksCase(problem);
        return edited;
    }
}
