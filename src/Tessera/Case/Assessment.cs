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
    /// <summary>Runs the pipeline on new or changed sources, stores them, and returns the case as stored, with a warning for each
    /// claim id of case.yaml that an edit has moved (<see cref="ReferencePins"/>).</summary>
    /// <param name="fallbackDate">The date of a source that names none (the command line's --date).</param>
    public static Result<(AssessedCase Case, StoreChange Change, IReadOnlyList<Problem> Warnings)> Run(CaseFile file, CaseStore store, LanguageResources resources,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null)
    {
        if (file.Sources.Count == 0) return Messages.NoSources(file.Folder);
        var version = ExtractorVersion(resources.Data, file) + (fallbackDate is { } f ? "/" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
        var stored = store.Sources();

        // A source whose file, case.yaml entry and resources are as stored is not even read: its stored layers stand. Every
        // other source is read before anything is written, so a bad file leaves the store as it was.
        var changed = new List<(int Index, Document Document)>();
        var stamps = new string[file.Sources.Count];
        for (var i = 0; i < file.Sources.Count; i++)
        {
            var source = file.Sources[i];
            stamps[i] = Stamp(source, version);
            if (stored.TryGetValue(source.Id, out var old) && old.Stamp == stamps[i] && old.Path == source.File) continue;
            progress?.Report(new AssessmentProgress(i, file.Sources.Count, source.Id, "reading"));
            var read = DocumentReader.Read(source.File, source.Info);
            if (!read.Ok) return read.Problem!;
            changed.Add((i, read.Value!));
        }

        DocumentPipeline? pipeline = null;
        var assessed = file.Sources.Select((s, i) => new AssessedSource(s.Id, stored.GetValueOrDefault(s.Id)?.Fingerprint ?? "", stamps[i], null)).ToArray();
        foreach (var (i, doc) in changed)
        {
            var fingerprint = doc.Fingerprint + "/" + version;
            // A new or changed text is extracted; so is one whose case.yaml entry changed, since its claims are stored with it.
            var unchanged = stored.TryGetValue(doc.Id, out var old) && old.Fingerprint == fingerprint && old.Path == doc.Path
                            && old.Title == doc.Title && old.Publisher == doc.Publisher && old.Published == doc.Published && old.Grade == doc.Grade;
            AnnotatedDocument? annotated = null;
            if (!unchanged)
            {
                progress?.Report(new AssessmentProgress(i, file.Sources.Count, doc.Id, "extracting"));
                pipeline ??= new DocumentPipeline(resources, file.Actors);
                annotated = pipeline.Run(doc, new DateHints(file.Sources[i].Date, fallbackDate));
            }
            assessed[i] = new AssessedSource(doc.Id, fingerprint, stamps[i], annotated);
        }
        progress?.Report(new AssessmentProgress(file.Sources.Count, file.Sources.Count, "", "storing"));
        try
        {
            var change = store.Apply(assessed, file.Title);
            // What was just annotated is what was stored (the store's tests prove the round trip); only the rest is read back.
            var fresh = assessed.Where(a => a.Document is not null).ToDictionary(a => a.Id, a => a.Document!, StringComparer.Ordinal);
            var documents = store.Documents(resources.Stance.Bands, id => !fresh.ContainsKey(id)).Concat(fresh.Values)
                .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            var assessedCase = new AssessedCase(file, store.Sources().Values.ToList(), documents) { Imported = store.ImportedEvents(resources.Cameo) };
            var pinned = store.Pins();
            var (pins, warnings) = ReferencePins.Check(file, assessedCase, pinned);
            if (pins.Count != pinned.Count || pins.Any(p => pinned.GetValueOrDefault(p.Key) != p.Value)) store.SavePins(pins);
            return (assessedCase, change, warnings);
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

    /// <summary>What says a source is as it was without reading it: its file's size and last write, its case.yaml entry, and
    /// what the claims depend on besides the text. Different stamps only mean the file is read and compared by content.</summary>
    private static string Stamp(CaseSource source, string version)
    {
        try
        {
            var info = new FileInfo(source.File);
            if (!info.Exists) return "";
            return string.Join('|', info.Length, info.LastWriteTimeUtc.Ticks, source.Title, source.Publisher,
                source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source.Grade, version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
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
