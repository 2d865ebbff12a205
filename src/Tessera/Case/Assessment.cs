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

/// <summary>How an assessment's reading is committed: a batch is stored once it holds <paramref name="Sources"/> sources, or once a
/// source is read <paramref name="Time"/> or more after the batch's first, whichever comes first.</summary>
/// <remarks>The time bounds what a killed run loses (a couple of seconds of reading) and how long the documents read wait in
/// memory; the count bounds one transaction's writing (200 documents take a few tenths of a second), which is how long another
/// writer of the store waits, when many cores read faster than that. Committing costs a transaction (an fsync on SQLite) per
/// batch: a few dozen for ten thousand documents.</remarks>
public sealed record ReadingBatch(int Sources, TimeSpan Time)
{
    public int Sources { get; } = Sources >= 1 ? Sources : throw new ArgumentOutOfRangeException(nameof(Sources), Sources, "a batch holds at least one source");

    public static ReadingBatch Default { get; } = new(200, TimeSpan.FromSeconds(2));

    /// <summary>Whether a batch of <paramref name="count"/> sources, the first read <paramref name="sinceFirst"/> ago, is to be stored now.</summary>
    public bool Full(int count, TimeSpan sinceFirst) => count >= Sources || sinceFirst >= Time;
}

/// <summary>Assesses a case: reads every source, extracts the claims of new or changed ones, and stores them a batch at a time.</summary>
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

    /// <summary>Brings the store in line with the case: new or changed sources are read, extracted and stored a batch at a time
    /// (<see cref="ReadingBatch"/>), each batch in a short transaction of its own; nothing is written when every source is as
    /// stored. A reading that was stopped (killed, or failed on a bad source) is resumed: the sources it stored count as
    /// unchanged and are not read again. The stored documents are not read back (<see cref="Load"/> does that), so an unchanged
    /// case costs a look at each file's size and last write.</summary>
    /// <param name="batch">How many sources, or how long a reading, one commit holds; <see cref="ReadingBatch.Default"/> when null.</param>
    public static Result<StoreUpdate> Update(CaseFile file, CaseStore store, LanguageResources resources,
        IProgress<AssessmentProgress>? progress = null, DateOnly? fallbackDate = null, int jobs = 1, ReadingBatch? batch = null)
    {
        using var traced = StepTrace.Start("read and store");
        if (file.Sources.Count == 0) return Messages.NoSources(file.Folder);
        batch ??= ReadingBatch.Default;
        try
        {
            var (version, stored, stamps, toRead) = Plan(file, store, resources, fallbackDate);
            var words = new WordPool();
            var unfinished = store.ReadingUnfinished();
            // Nothing to read, nothing removed, the same title, no reading left unfinished: the store already holds this case, and
            // is left unwritten.
            var ids = file.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (toRead.Count == 0 && !unfinished && stored.Keys.All(ids.Contains) && store.ReadMeta("title") == file.Title)
                return new StoreUpdate(file, new StoreChange(0, 0, file.Sources.Count, 0), stored.Values.ToList(), new Dictionary<string, AnnotatedDocument>()) { Words = words };
            if (unfinished) progress?.Report(new AssessmentProgress(file.Sources.Count - toRead.Count, file.Sources.Count, "", ResumingStage));

            // Sources go to every core; their results come back in case.yaml's order and are stored a batch at a time, each batch
            // one short transaction: a killed run keeps every batch it committed, and another writer (a correction from the
            // workbench) waits for one batch's writing, never for the reading. The last batch removes what case.yaml no longer
            // lists, sets the title and clears the store's mark that a reading is unfinished. A bad file stores the batch read
            // before it and fails the run; a source is always stored whole or not at all. What is kept of a stored document is
            // what analysis reads (HeldDocument.ForAnalysis), not the document and its text.
            var pipeline = new Lazy<DocumentPipeline>(() => new DocumentPipeline(resources, file.Actors));
            var reading = store.BeginReading(unchanged: file.Sources.Count - toRead.Count);
            var fresh = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
            var pending = new List<AssessedSource>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Once stored, a document is held as analysis reads it, without its text.
            void Stored()
            {
                foreach (var source in pending)
                    if (source.Document is { } annotated) fresh[annotated.Id] = HeldDocument.ForAnalysis(annotated);
                pending.Clear();
            }
            void Commit()
            {
                reading.Commit(pending);
                Stored();
            }
            int read = 0, extracted = 0;
            foreach (var (i, result) in InOrder.Map(toRead, i => (i, ReadSource(file, i, stored, version, pipeline, fallbackDate, resources.Reading, words)), jobs))
            {
                if (!result.Ok)
                {
                    // What was read before the bad file is stored, so the run after its fix reads only from it on.
                    if (pending.Count > 0) Commit();
                    return result.Problem!;
                }
                var (fingerprint, annotated) = result.Value;
                progress?.Report(new AssessmentProgress(++read, toRead.Count, file.Sources[i].Id, "reading"));
                if (annotated is not null) progress?.Report(new AssessmentProgress(++extracted, toRead.Count, file.Sources[i].Id, "extracting"));
                if (pending.Count == 0) clock.Restart();
                pending.Add(new AssessedSource(file.Sources[i].Id, fingerprint, stamps[i], annotated));
                if (batch.Full(pending.Count, clock.Elapsed)) Commit();
            }
            progress?.Report(new AssessmentProgress(0, 1, "", "storing"));
            var change = reading.Finish(pending, ids, file.Title);
            Stored();
            progress?.Report(new AssessmentProgress(1, 1, "", "storing"));
            return new StoreUpdate(file, change, store.Sources().Values.ToList(), fresh) { Words = words };
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

    /// <summary>The stage an assessment reports once, before it reads, when it resumes a reading that was stopped: done is how
    /// many of the case's sources (total) are already stored.</summary>
    public const string ResumingStage = "resuming";

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
