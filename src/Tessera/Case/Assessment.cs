using System.Security.Cryptography;
using System.Text;
using Tessera.Pipeline;
using Tessera.Reading;
using Tessera.Stance;

namespace Tessera.Case;

/// <summary>Progress of a long assessment: which source, how far.</summary>
public readonly record struct AssessmentProgress(int Done, int Total, string Source, string Stage);

/// <summary>Assesses a case: reads every source, extracts the claims of new or changed ones, and stores the result in one transaction.</summary>
public static class Assessment
{
    /// <summary>Reads every source, runs the pipeline on new or changed ones, stores them, and returns the case as stored.</summary>
    /// <param name="fallbackDate">The date of a source that names none (the command line's --date).</param>
    public static Result<(AssessedCase Case, StoreChange Change)> Run(CaseFile file, CaseStore store, LanguageResources resources,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null)
    {
        // Every source is read before anything is written, so a bad file leaves the store as it was.
        var documents = new List<Document>();
        for (var i = 0; i < file.Sources.Count; i++)
        {
            var source = file.Sources[i];
            progress?.Report(new AssessmentProgress(i, file.Sources.Count, source.Id, "reading"));
            var read = DocumentReader.Read(source.File, source.Info);
            if (!read.Ok) return read.Problem!;
            documents.Add(read.Value!);
        }
        if (documents.Count == 0) return Messages.NoSources(file.Folder);

        var version = ExtractorVersion(resources.Data, file) + (fallbackDate is { } f ? "/" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
        var stored = store.Sources();
        DocumentPipeline? pipeline = null;
        var assessed = new List<(string, string, AnnotatedDocument?)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var fingerprint = doc.Fingerprint + "/" + version;
            AnnotatedDocument? annotated = null;
            // A new or changed text is extracted; so is one whose case.yaml entry changed, since its claims are stored with it.
            var unchanged = stored.TryGetValue(doc.Id, out var old) && old.Fingerprint == fingerprint && old.Path == doc.Path
                            && old.Title == doc.Title && old.Publisher == doc.Publisher && old.Published == doc.Published && old.Grade == doc.Grade;
            if (!unchanged)
            {
                progress?.Report(new AssessmentProgress(i, documents.Count, doc.Id, "extracting"));
                pipeline ??= new DocumentPipeline(resources, file.Actors);
                annotated = pipeline.Run(doc, new DateHints(file.Sources[i].Date, fallbackDate));
            }
            assessed.Add((doc.Id, fingerprint, annotated));
        }
        progress?.Report(new AssessmentProgress(documents.Count, documents.Count, "", "storing"));
        try
        {
            var change = store.Apply(assessed, file.Title);
            var bands = resources.Stance.Bands;
            return (new AssessedCase(file, store.Sources().Values.ToList(), store.Documents(bands)), change);
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

    /// <summary>What the claims depend on besides the text: the language resources and the case's own actors.
    /// When any changes, every source is extracted again.</summary>
    public static string ExtractorVersion(LanguageData data, CaseFile file)
    {
        var sb = new StringBuilder(typeof(Assessment).Assembly.GetName().Version?.ToString());
        foreach (var name in LanguageData.BundledNames)
            foreach (var row in data.Rows(name)) sb.Append(string.Join('\t', row.Cells)).Append('\n');
        foreach (var a in file.Actors) sb.Append(a.Name).Append(a.Kind).Append(string.Join('|', a.Aliases)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..12];
    }
}
