using Tessera.Claims;
using Tessera.Events;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Recognition.Time;

namespace Tessera.Pipeline;

/// <summary>One step of the extraction pipeline: its name, what it adds to the document, the resources it reads, and the step itself.</summary>
public sealed record PipelineStep(string Name, string Adds, string Resources, Func<AnnotatedDocument, AnnotatedDocument> Run);

/// <summary>The dates a document's relative times are anchored on, when the text may not give one: case.yaml's, and the
/// command line's for a document that names none.</summary>
public readonly record struct DateHints(DateOnly? CaseDate, DateOnly? Fallback);

/// <summary>The extraction pipeline: every stage a document goes through, in order, built once from the language resources
/// and run once per document. Analysis reads what it leaves; nothing reads the text again.</summary>
public sealed class DocumentPipeline
{
    private readonly ClaimExtractor _claims;
    private readonly TimeNormalizer _time;
    private readonly EventExtractor _events;
    private readonly FigureReader _figures;
    private readonly OutcomeReader _outcomes;
    private readonly Events.Causes.CausalReader _causes;

    /// <summary>The pipeline over a run's resources; a case's own actors join the gazetteer's names.</summary>
    public DocumentPipeline(LanguageResources resources, IReadOnlyCollection<ActorName>? caseActors = null)
    {
        _claims = resources.ClaimsFor(caseActors ?? []);
        _time = resources.Time;
        _events = resources.Events;
        _figures = resources.Figures;
        _outcomes = resources.Outcomes;
        _causes = resources.Causes;
    }

    /// <summary>The steps in the order they run; a later step reads what earlier ones added.</summary>
    public IReadOnlyList<PipelineStep> Steps(DateHints dates) =>
    [
        new("units", "sentences, headings, bylines and bullet items, each cut into tokens",
            "language/abbreviations.tsv, language/sentence-starters.tsv",
            d => d with { Units = _claims.Tokenize(d.Source) }),
        new("claims", "per unit: actor mentions, stance cues (hedges, boosters, ICD 203 bands, predictions, unverified), speakers and attribution cues",
            "gazetteer/*, lexicon/*, language/function-words.tsv",
            d => d with { Claims = _claims.Extract(d.Source, d.Units) }),
        new("date", "the document's own date, from case.yaml, metadata, a dateline or the front matter",
            "language/calendar.tsv, language/time-words.tsv",
            d => DateOf(d, dates)),
        new("times", "per unit: time expressions with offsets, value and anchor, and the story's time a unit inherits",
            "language/time-words.tsv, language/calendar.tsv",
            d => d with { Times = NarrativeTime.Walk(d.Claims.Select((c, i) => new Passage(c.Text, c.Start, !c.IsClaim, d.LocalUnits[i])).ToList(), d.Date, _time) }),
        new("events", "who did what to whom, coded in CAMEO, with time and place",
            "cameo/*, gazetteer/titles.tsv",
            d => d with { Events = _events.ExtractDocument(d.Claims, d.Times, d.LocalUnits) }),
        new("figures", "counted figures (deaths, arrests, troops) with the words that give them, and their retractions",
            "analysis/figures.tsv",
            d => d with { Figures = _figures.Read(d.Claims, c => d.Times[c.Index].Own.Select(t => (t.Start, t.End)), d.LocalUnits) }),
        new("outcomes", "what a claim says an actor gains or loses",
            "analysis/outcome-cues.tsv",
            d => d with { Outcomes = d.Claims.Where(c => c.IsClaim).SelectMany(c => _outcomes.Read(c, d.LocalUnits[c.Index])).ToList() }),
        new("causes", "what a claim says caused what, or did not, and the causes a list under a causal lead-in gives, one per item",
            "analysis/causal-cues.tsv",
            d => d with { Causes = _causes.Read(d.Claims, d.LocalUnits) }),
    ];

    /// <summary>Runs every step on one document.</summary>
    public AnnotatedDocument Run(Document document, DateHints dates = default) =>
        Steps(dates).Aggregate(AnnotatedDocument.Of(document), (d, step) => step.Run(d));

    private AnnotatedDocument DateOf(AnnotatedDocument d, DateHints dates)
    {
        // A published date that only repeats case.yaml's is not separate metadata; a PDF's creation date comes after the text's own.
        var published = d.Source.Published == dates.CaseDate ? null : d.Source.Published;
        var fromFile = d.Source.PublishedFrom == PublishedFrom.FileProperties;
        var resolved = DocumentDate.Resolve(dates.CaseDate, fromFile ? null : published, d.Source.Text, _time, d.Source.Path, fromFile ? published : null);
        if (resolved.Ok) return d with { Date = resolved.Value };
        var fallback = dates.Fallback is { } g ? new DocumentDate(DateRange.Day(g), DateSource.Given, "--date", 0, 0) : null;
        return d with { Date = fallback, DateProblem = resolved.Problem };
    }
}
