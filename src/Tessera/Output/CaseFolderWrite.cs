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
}
