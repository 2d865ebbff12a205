using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Judgments;
using Tessera.Analysis.Network;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Language;
using Tessera.Output.Stix;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Recognition.Time;
using Tessera.Stance;

namespace Tessera;

/// <summary>The language resources of one run: the bundled files and any --lexicon folders, each reader built on first use and checked as it loads.</summary>
/// <remarks>
/// One object per run, handed to the places that compose the pipeline (a command, an assessment, the findings of a case); they
/// give each stage the reader it needs. Nothing is cached between runs: a test or a command that wants the bundled resources makes
/// its own. A reader is built once, on first use and on one thread at a time; a bad row in any file it reads fails there, with
/// its file and line. <see cref="Load"/> builds them all at once, so a command can refuse a bad folder before it starts work.
/// </remarks>
public sealed class LanguageResources
{
    private readonly Lazy<FunctionWords> _functionWords;
    private readonly Lazy<Segmenter> _segmenter;
    private readonly Lazy<StanceLexicon> _stance;
    private readonly Lazy<Gazetteer> _gazetteer;
    private readonly Lazy<TimeWords> _timeWords;
    private readonly Lazy<TimeNormalizer> _time;
    private readonly Lazy<ClaimExtractor> _claims;
    private readonly Lazy<CameoTable> _cameo;
    private readonly Lazy<EventExtractor> _events;
    private readonly Lazy<FigureReader> _figures;
    private readonly Lazy<OutcomeReader> _outcomes;
    private readonly Lazy<Events.Causes.CausalReader> _causes;
    private readonly Lazy<Analysis.Causes.ExplanationKinds> _explanations;
    private readonly Lazy<CorroborationLexicon> _corroboration;
    private readonly Lazy<AchModel> _ach;
    private readonly Lazy<ForecastSettings> _forecasts;
    private readonly Lazy<Commitments> _commitments;
    private readonly Lazy<ForecastReaders> _forecastReaders;
    private readonly Lazy<JudgmentSettings> _judgments;
    private readonly Lazy<Analysis.Credibility.CredibilitySettings> _credibility;
    private readonly Lazy<ActorSides> _sides;
    private readonly Lazy<StixVocabulary> _stix;
    private readonly Lazy<Events.Imported.EventRecords> _eventRecords;
    private readonly Lazy<ReadingLimits> _reading;

    /// <summary>The bundled resources, extended (or replaced, file by file) by each lexicon folder in turn.</summary>
    /// <exception cref="ProblemException">A folder is missing or holds a .tsv file that names no resource.</exception>
    public LanguageResources(params IEnumerable<string> lexiconFolders)
    {
        Data = new LanguageData(lexiconFolders);
        _functionWords = new(() => new FunctionWords(Data));
        _segmenter = new(() => new Segmenter(Data));
        _stance = new(() => new StanceLexicon(Data));
        _gazetteer = new(() => new Gazetteer(Data));
        _timeWords = new(() => new TimeWords(Data));
        _time = new(() => new TimeNormalizer(TimeWords));
        _claims = new(() => new ClaimExtractor(this));
        _cameo = new(() => new CameoTable(Data));
        _events = new(() => new EventExtractor(Cameo, FunctionWords, Time, Data));
        _figures = new(() => new FigureReader(Data));
        _outcomes = new(() => new OutcomeReader(Data, Events));
        _explanations = new(() => new Analysis.Causes.ExplanationKinds(Data));
        _causes = new(() => new Events.Causes.CausalReader(new Events.Causes.CausalCues(Data), FunctionWords, Stance.Negations));
        _corroboration = new(() => new CorroborationLexicon(Data, FunctionWords, Figures.TakingBack));
        _ach = new(() => new AchModel(Data));
        _forecasts = new(() => ForecastSettings.Load(Data));
        _commitments = new(() => new Commitments(Data));
        _forecastReaders = new(() => new ForecastReaders(Commitments, new Deadlines(Data, Time), new OutcomeProposer(Data, Corroboration, Forecasts)));
        _judgments = new(() => new JudgmentSettings(Data));
        _credibility = new(() => new Analysis.Credibility.CredibilitySettings(Data));
        _sides = new(() => new ActorSides(Data));
        _stix = new(() => new StixVocabulary(Data));
        _eventRecords = new(() => new Events.Imported.EventRecords(Cameo, Data));
        _reading = new(() => ReadingLimits.Default with { Furniture = new PageFurniture(Data) });
    }

    /// <summary>The rows of every file, for a reader built for one case (a gazetteer with the case's own actors).</summary>
    public LanguageData Data { get; }

    public FunctionWords FunctionWords => _functionWords.Value;
    public Segmenter Segmenter => _segmenter.Value;
    public StanceLexicon Stance => _stance.Value;
    /// <summary>The bundled and user's names, without any case's own actors.</summary>
    public Gazetteer Gazetteer => _gazetteer.Value;
    public TimeWords TimeWords => _timeWords.Value;
    public TimeNormalizer Time => _time.Value;
    /// <summary>The extraction pipeline for documents without a case of their own.</summary>
    public ClaimExtractor Claims => _claims.Value;
    public CameoTable Cameo => _cameo.Value;
    public EventExtractor Events => _events.Value;
    public FigureReader Figures => _figures.Value;
    public OutcomeReader Outcomes => _outcomes.Value;
    /// <summary>The reader of causal claims (analysis/causal-cues.tsv).</summary>
    public Events.Causes.CausalReader Causes => _causes.Value;
    /// <summary>The kinds of explanation causes are sorted into (analysis/explanations.tsv).</summary>
    public Analysis.Causes.ExplanationKinds Explanations => _explanations.Value;
    public CorroborationLexicon Corroboration => _corroboration.Value;
    public AchModel Ach => _ach.Value;
    public ForecastSettings Forecasts => _forecasts.Value;
    public Commitments Commitments => _commitments.Value;
    /// <summary>Commitments, deadlines and outcomes proposed from later reporting: what makes a prediction a forecast.</summary>
    public ForecastReaders ForecastReaders => _forecastReaders.Value;
    public JudgmentSettings Judgments => _judgments.Value;
    public Analysis.Credibility.CredibilitySettings Credibility => _credibility.Value;
    public ActorSides Sides => _sides.Value;
    public StixVocabulary Stix => _stix.Value;
    /// <summary>The readers of event data sets, with the CAMEO codes ACLED's and PLOVER's event types map to.</summary>
    public Events.Imported.EventRecords EventRecords => _eventRecords.Value;
    /// <summary>The readers' settings for this run: the default bounds, with the page-furniture words of these resources.</summary>
    public ReadingLimits Reading => _reading.Value;

    /// <summary>The extraction pipeline for a case that names actors of its own; without any, the shared one.</summary>
    public ClaimExtractor ClaimsFor(IReadOnlyCollection<ActorName> caseActors) =>
        caseActors.Count == 0 ? Claims : Claims.With(Gazetteer.With(caseActors));

    /// <summary>Builds the readers extraction needs (and so reads and checks their files) now.</summary>
    public LanguageResources LoadExtraction()
    {
        _ = Claims;
        _ = Reading;
        return this;
    }

    /// <summary>Builds every reader now, so a bad row in any file fails before a command has done any work.</summary>
    public LanguageResources Load()
    {
        LoadExtraction();
        foreach (var reader in new object[] { Events, Figures, Outcomes, Causes, Explanations, Corroboration, Ach, Forecasts, Commitments, ForecastReaders, Judgments, Credibility, Sides, Stix, EventRecords }) _ = reader;
        return this;
    }
}
