using Tessera.Reading;
using Tessera.Recognition;

namespace Tessera.Case;

/// <summary>A source as case.yaml lists it: the file and what the analyst knows of who published it, when, and how reliable it is.</summary>
public sealed record CaseSource(string Id, string File, string Title, string Publisher, DateOnly? Date, SourceGrade Grade, long Line)
{
    public SourceInfo Info => new(Id, Title.Length > 0 ? Title : null, Publisher.Length > 0 ? Publisher : null, Date, Grade);
}

/// <summary>A case folder's case.yaml: what the case is about, its sources and the actors it adds to the gazetteer.</summary>
public sealed record CaseFile(
    string Folder,
    string Title,
    DateOnly? From,
    DateOnly? To,
    string Region,
    string Description,
    IReadOnlyList<CaseSource> Sources,
    IReadOnlyList<ActorName> Actors)
{
    public string YamlPath => Path.Combine(Folder, "case.yaml");

    /// <summary>A case made of loose files, read without a case.yaml.</summary>
    public static CaseFile FromFiles(IEnumerable<string> files, string folder)
    {
        var sources = files.Select(f => new CaseSource(DocumentReader.Slug(Path.GetFileNameWithoutExtension(f)), Path.GetFullPath(f), "", "", null, SourceGrade.Unknown, 0)).ToList();
        return new CaseFile(folder, sources.Count == 1 ? Path.GetFileName(sources[0].File) : $"{sources.Count} documents", null, null, "", "", sources, []);
    }
}
