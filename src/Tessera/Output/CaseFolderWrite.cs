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

    /// <summary>Makes an analyst's edit of hypotheses, evidence or forecasts in case.yaml (comments and order kept), after
    /// <paramref name="accept"/> has seen the case as the edited text reads (null to go ahead, else the problem that stops it);
    /// nothing is written when the edit or the check fails.</summary>
    /// <param name="text">case.yaml as it stands now, the text the edit was checked against.</param>
    public static Problem? Edit(CaseFile caseFile, string text, AnalysisEdit edit, Func<CaseFile, Problem?> accept)
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
        return OutputFile.Write(caseFile.YamlPath, edited);
    }
}
