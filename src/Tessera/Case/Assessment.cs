using System.Security.Cryptography;
using System.Text;
using Tessera.Pipeline;
using Tessera.Reading;
using Tessera.Stance;

namespace Tessera.Case;

/// <summary>Progress of a long assessment: which source, how far.</summary>
public readonly record struct AssessmentProgress(int Done, int Total, string Source, string Stage);

/// <summary>The store brought in line with a case, before its documents are read back: what changed, the sources as stored, and
/// the documents just annotated, stored and held as analysis holds them (<see cref="HeldDocument.ForAnalysis"/>), which need not be read back.</summary>
public sealed record StoreUpdate(CaseFile File, StoreChange Change, IReadOnlyList<StoredSource> Sources, IReadOnlyDictionary<string, AnnotatedDocument> Fresh)
{
    /// <summary>The words the documents just annotated hold pooled (<see cref="HeldDocument"/>), for those read back to share.</summary>
    public WordPool Words { get; init; } = new();
}

/// <summary>Assesses a case: reads every source, extracts the claims of new or changed ones, and stores the result in one transaction.</summary>
public static class Assessment
{
    /// <summary>Runs the pipeline on new or changed sources, stores them, and returns the case as stored, with a warning for each
    /// claim id of case.yaml that an edit has moved (<see cref="ReferencePins"/>) and for each correction whose words are gone
    /// (<see cref="Corrections"/>).</summary>
    /// <param name="fallbackDate">The date of a source that names none (the command line's --date).</param>
    /// <param name="jobs">How many sources are read and extracted at once; the result is the same for any number.</param>
    public static Result<(AssessedCase Case, StoreChange Change, IReadOnlyList<Problem> Warnings)> Run(CaseFile file, CaseStore store, LanguageResources resources,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null, int jobs = 1)
    {
        var update = Update(file, store, resources, progress, fallbackDate, jobs);
        if (!update.Ok) return update.Problem!;
        var loaded = Load(update.Value!, store, resources);
        if (!loaded.Ok) return loaded.Problem!;
        return (loaded.Value.Case, update.Value!.Change, loaded.Value.Warnings);
    }

    /// <summary>Brings the store in line with the case: new or changed sources are read, extracted and stored in one transaction;
    /// nothing is written when every source is as stored. The stored documents are not read back (<see cref="Load"/> does that),
    /// so an unchanged case costs a look at each file's size and last write.</summary>
    public static Result<StoreUpdate> Update(CaseFile file, CaseStore store, LanguageResources resources,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null, int jobs = 1)
    {
        using var traced = StepTrace.Start("read and store");
        if (file.Sources.Count == 0) return Messages.NoSources(file.Folder);
        try
        {
            var (version, stored, stamps, toRead) = Plan(file, store, resources, fallbackDate);
            var words = new WordPool();
            // Nothing to read, nothing removed, the same title: the store already holds this case, and is left unwritten.
            var ids = file.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (toRead.Count == 0 && stored.Keys.All(ids.Contains) && store.ReadMeta("title") == file.Title)
                return new StoreUpdate(file, new StoreChange(0, 0, file.Sources.Count, 0), stored.Values.ToList(), new Dictionary<string, AnnotatedDocument>()) { Words = words };

            // Each source is written as soon as it is read and extracted, inside one transaction that is committed only once every
            // source is: a bad file rolls the writes back and leaves the store as it was, and a killed run leaves nothing half-stored.
            // What is kept of a written document is what analysis reads (HeldDocument.ForAnalysis), not the document and its text.
            // Sources go to every core; their results come back, and are written, in case.yaml's order.
            var pipeline = new Lazy<DocumentPipeline>(() => new DocumentPipeline(resources, file.Actors));
            var reading = toRead.ToHashSet();
            // Other writers wait while this one writes: the transaction is opened once the first source is read (the pipeline's
            // resources loaded), not before.
            CaseStore.Assessing? writing = null;
            CaseStore.Assessing Writing()
            {
                var opened = store.Begin();
                for (var i = 0; i < file.Sources.Count; i++)
                    if (!reading.Contains(i)) opened.Add(new AssessedSource(file.Sources[i].Id, stored.GetValueOrDefault(file.Sources[i].Id)?.Fingerprint ?? "", stamps[i], null));
                return opened;
            }
            try
            {
                var fresh = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
                int read = 0, extracted = 0;
                foreach (var (i, result) in InOrder.Map(toRead, i => (i, ReadSource(file, i, stored, version, pipeline, fallbackDate, resources.Reading, words)), jobs))
                {
                    if (!result.Ok) return result.Problem!;
                    var (fingerprint, annotated) = result.Value;
                    progress?.Report(new AssessmentProgress(++read, toRead.Count, file.Sources[i].Id, "reading"));
                    if (annotated is not null) progress?.Report(new AssessmentProgress(++extracted, toRead.Count, file.Sources[i].Id, "extracting"));
                    writing ??= Writing();
                    writing.Add(new AssessedSource(file.Sources[i].Id, fingerprint, stamps[i], annotated));
                    if (annotated is not null) fresh[annotated.Id] = HeldDocument.ForAnalysis(annotated);
                }
                progress?.Report(new AssessmentProgress(0, 1, "", "storing"));
                writing ??= Writing();
                var change = writing.Commit(file.Title);
                progress?.Report(new AssessmentProgress(1, 1, "", "storing"));
                return new StoreUpdate(file, change, store.Sources().Values.ToList(), fresh) { Words = words };
            }
            finally
            {
                writing?.Dispose();
            }
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

    /// <summary>What an assessment starts from: the extractor version, the stored sources, each source's stamp, and the indexes
    /// of those that must be read (a source whose file, case.yaml entry and resources are as stored is not even read: its stored
    /// layers stand).</summary>
    internal static (string Version, IReadOnlyDictionary<string, StoredSource> Stored, string[] Stamps, List<int> ToRead) Plan(
        CaseFile file, CaseStore store, LanguageResources resources, DateOnly? fallbackDate)
    {
        var version = ExtractorVersion(resources.Data, file) + (fallbackDate is { } f ? "/" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
        var stored = store.Sources();
        var stamps = file.Sources.Select(s => Stamp(s, version)).ToArray();
        var toRead = Enumerable.Range(0, file.Sources.Count)
            .Where(i => !(stored.TryGetValue(file.Sources[i].Id, out var old) && old.Stamp == stamps[i] && old.Path == file.Sources[i].File)).ToList();
        return (version, stored, stamps, toRead);
    }

    /// <summary>The case as stored after <see cref="Update"/>: the documents just annotated as they are, the rest read back from the
    /// store, the imported events, and the claim ids case.yaml cites checked against their pins (which are saved when they change).</summary>
    public static Result<(AssessedCase Case, IReadOnlyList<Problem> Warnings)> Load(StoreUpdate update, CaseStore store, LanguageResources resources)
    {
        using var traced = StepTrace.Start("load from store");
        try
        {
            // What was just annotated is what was stored (the store's tests prove the round trip); only the rest is read back.
            var fresh = update.Fresh;
            var documents = store.Documents(resources.Stance.Bands, id => !fresh.ContainsKey(id), d => HeldDocument.ForAnalysis(HeldDocument.Of(d, update.Words))).Concat(fresh.Values)
                .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            // The analyst's corrections are laid over the reader's claims as they leave the store; the store keeps both apart.
            var corrected = Corrections.Apply(documents, store.Corrections(), new CorrectionTerms(resources.Stance.Bands, resources.Cameo));
            var assessedCase = new AssessedCase(update.File, update.Sources, corrected.Documents)
            {
                Imported = store.ImportedEvents(resources.Cameo), Corrections = corrected.Outcomes,
            };
            var pinned = store.Pins();
            var (pins, warnings) = ReferencePins.Check(update.File, assessedCase, pinned);
            if (pins.Count != pinned.Count || pins.Any(p => pinned.GetValueOrDefault(p.Key) != p.Value)) store.SavePins(pins);
            var lost = corrected.Outcomes.Where(o => o.Lost).Select(o => Messages.LostCorrection(o.Correction.Anchor.SourceId, o.Correction.Field, o.Correction.Author, o.Correction.Anchor.Quote));
            return (assessedCase, warnings.Concat(lost).ToList());
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

    /// <summary>Reads one source and, when its text or case.yaml entry differs from the stored one, runs the pipeline on it.</summary>
    /// <param name="words">The case's pool when the document is held for analysis (<see cref="HeldDocument"/>); null when it is
    /// stored and let go.</param>
    internal static Result<(string Fingerprint, AnnotatedDocument? Annotated)> ReadSource(CaseFile file, int i, IReadOnlyDictionary<string, StoredSource> stored,
        string version, Lazy<DocumentPipeline> pipeline, DateOnly? fallbackDate, ReadingLimits reading, WordPool? words = null)
    {
        var source = file.Sources[i];
        var read = DocumentReader.Read(source.File, source.Info, reading);
        if (!read.Ok) return read.Problem!;
        var doc = read.Value!;
        var fingerprint = doc.Fingerprint + "/" + version;
        // A new or changed text is extracted; so is one whose case.yaml entry changed, since its claims are stored with it.
        var unchanged = stored.TryGetValue(doc.Id, out var old) && old.Fingerprint == fingerprint && old.Path == doc.Path
                        && old.Title == doc.Title && old.Publisher == doc.Publisher && old.Published == doc.Published && old.Grade == doc.Grade;
        // Held as the documents read back from the store are held, until it is stored and reduced to what analysis reads.
        if (unchanged) return (fingerprint, null);
        var annotated = pipeline.Value.Run(doc, new DateHints(source.Date, fallbackDate));
        return (fingerprint, words is null ? annotated.Compact() : HeldDocument.Of(annotated, words));
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
        Add(typeof(Assessment).Assembly.GetName().Version?.ToString() ?? "");
        data.AppendRows(hash);
        foreach (var a in file.Actors) Add($"{a.Name}{a.Kind}{string.Join('|', a.Aliases)}\n");
        return Convert.ToHexString(hash.GetHashAndReset())[..12];
    }
}
