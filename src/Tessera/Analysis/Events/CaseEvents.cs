using Tessera.Events;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Recognition.Time;

namespace Tessera.Analysis.Events;

/// <summary>One source of a case with its date, its claims in order and the times of each claim.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="Date">The document's own date, or null when it has none.</param>
/// <param name="DateProblem">Why it has none (TSR201), for the terminal.</param>
/// <param name="Claims">Its units in document order.</param>
/// <param name="Times">The times of each unit, in the same order.</param>
public sealed record DatedDocument(string SourceId, DocumentDate? Date, Problem? DateProblem, IReadOnlyList<Claim> Claims, IReadOnlyList<PassageTimes> Times);

/// <summary>A case's dated documents and every event found in their claims: what the timeline, the network and the brief read.</summary>
public sealed record CaseEvents(IReadOnlyList<DatedDocument> Documents, IReadOnlyList<ActorEvent> Events)
{
    /// <summary>Dates each source (case.yaml, metadata, dateline, front matter) and extracts the events of its claims.</summary>
    /// <param name="assessed">The assessed case.</param>
    /// <param name="given">A date to use for sources that have none of their own (the command line's --date).</param>
    /// <param name="extractor">The event extractor.</param>
    /// <param name="time">The time normaliser that dates each source and walks its times (the run's time words, not the bundled ones).</param>
    public static CaseEvents Build(AssessedCase assessed, DateOnly? given, EventExtractor extractor, TimeNormalizer time)
    {
        var documents = new List<DatedDocument>();
        var events = new List<ActorEvent>();
        foreach (var source in assessed.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var claims = assessed.ClaimsOf(source.Id).OrderBy(c => c.Index).ToList();
            var caseDate = assessed.File.Sources.FirstOrDefault(s => s.Id == source.Id)?.Date;
            var meta = source.Published == caseDate ? null : source.Published;
            var resolved = DocumentDate.Resolve(caseDate, meta, TextOf(claims), time, source.Path);
            var date = resolved.Ok ? resolved.Value
                : given is { } g ? new DocumentDate(DateRange.Day(g), DateSource.Given, "--date", 0, 0) : null;
            var times = NarrativeTime.Walk(claims.Select(c => new Passage(c.Text, c.Start, !c.IsClaim)).ToList(), date, time);
            documents.Add(new DatedDocument(source.Id, date, resolved.Problem, claims, times));
            events.AddRange(extractor.ExtractDocument(claims, times));
        }
        return new CaseEvents(documents, events);
    }

    /// <summary>Dates and extracts documents given as their claims (in order) and dates: loose texts, tests.</summary>
    public static CaseEvents FromDocuments(IEnumerable<(IReadOnlyList<Claim> Claims, DocumentDate? Date)> documents, EventExtractor extractor, TimeNormalizer time)
    {
        var dated = new List<DatedDocument>();
        var events = new List<ActorEvent>();
        foreach (var (claims, date) in documents)
        {
            var times = NarrativeTime.Walk(claims.Select(c => new Passage(c.Text, c.Start, !c.IsClaim)).ToList(), date, time);
            dated.Add(new DatedDocument(claims.FirstOrDefault()?.DocumentId ?? "", date, null, claims, times));
            events.AddRange(extractor.ExtractDocument(claims, times));
        }
        return new CaseEvents(dated, events);
    }

    /// <summary>The times of a claim, if the claim belongs to the case.</summary>
    public PassageTimes? TimesOf(Claim claim)
    {
        var doc = Documents.FirstOrDefault(d => d.SourceId == claim.DocumentId);
        if (doc is null) return null;
        for (var i = 0; i < doc.Claims.Count; i++) if (doc.Claims[i].Index == claim.Index) return doc.Times[i];
        return null;
    }

    /// <summary>The document's text as far as its units give it back: each unit at its own offset, one per line, so a
    /// dateline or a front-matter date is found where it was.</summary>
    internal static string TextOf(IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0) return "";
        var text = new char[claims.Max(c => c.End)];
        Array.Fill(text, ' ');
        var previousEnd = 0;
        foreach (var c in claims.OrderBy(c => c.Start))
        {
            if (c.Start > previousEnd) text[c.Start - 1] = '\n';
            if (c.Start - 1 > previousEnd) text[c.Start - 2] = '\n';
            c.Text.CopyTo(0, text, c.Start, Math.Min(c.Text.Length, text.Length - c.Start));
            previousEnd = c.End;
        }
        return new string(text);
    }
}
