using System.Diagnostics.CodeAnalysis;
using Tessera.Events;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Judgments;
using Tessera.Analysis.Events;
using Tessera.Analysis.Network;
using Tessera.Analysis.Summary;
using Tessera.Case;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;
using ConsequencesOf = Tessera.Analysis.Consequences.Consequences;

namespace Tessera.Analysis;

/// <summary>How far an analysis has come: the steps done of all, and the one now running (empty when all are done).</summary>
public readonly record struct AnalysisProgress(int Done, int Total, string Step);

/// <summary>Everything the analysis stage finds in a case, for the brief and the exports: the summary, ACH (when the case has
/// hypotheses), corroboration, forecasts, causes and explanations, and the key judgments drawn from them.</summary>
/// <remarks>Each step is defined once, here, and runs once: <see cref="Of"/> runs them all (the brief, the workbench), while
/// <see cref="OnDemand"/> runs a step when it is first read, and the steps it reads before it, so a command that prints one
/// part of the analysis computes that part alone (QueryStepsTests).</remarks>
public sealed class Findings
{
    private readonly Lazy<CaseSummary> _summary;
    private readonly Lazy<AchResult?> _ach;
    private readonly Lazy<CorroborationResult> _corroboration;
    private readonly Lazy<ForecastReport> _forecasts;
    private readonly Lazy<CaseEvents> _events;
    private readonly Lazy<TimelineOf> _timeline;
    private readonly Lazy<ActorNetwork> _network;
    private readonly Lazy<ConsequencesOf> _consequences;
    private readonly Lazy<IReadOnlyList<KeyJudgment>> _keyJudgments;
    private readonly Lazy<IReadOnlyDictionary<string, Credibility.Credibility>> _credibility;
    private readonly Lazy<Causes.CaseCauses> _causes;

    /// <summary>Findings worked out elsewhere (the claims-page benchmark's, which holds only what that page reads).</summary>
    public Findings(AssessedCase @case, CaseSummary summary, AchResult? ach, CorroborationResult corroboration, ForecastReport forecasts,
        CaseEvents events, TimelineOf timeline, ActorNetwork network, ConsequencesOf consequences, IReadOnlyList<KeyJudgment> keyJudgments,
        IReadOnlyDictionary<string, Credibility.Credibility> credibility, Causes.CaseCauses causes)
    {
        Case = @case;
        _summary = new(summary);
        _ach = new(ach);
        _corroboration = new(corroboration);
        _forecasts = new(forecasts);
        _events = new(events);
        _timeline = new(timeline);
        _network = new(network);
        _consequences = new(consequences);
        _keyJudgments = new(keyJudgments);
        _credibility = new(credibility);
        _causes = new(causes);
    }

    /// <summary>Every step of the analysis, each run when first read; <paramref name="started"/> is told each step's name as it starts.</summary>
    private Findings(CaseAnalysis analysis, LanguageResources resources, int jobs, Action<string>? started)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var assessed = analysis.Case;
        Case = assessed;
        // Lazy<T> asks that T be constructible for its parameterless form, which this never uses.
        Lazy<T> Step<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(string name, Func<T> run) => new(() =>
        {
            started?.Invoke(name);
            using var traced = StepTrace.Start(name);
            return run();
        });
        // Read once for every step that compares claims (the forecasts' proposals read them already, when they were proposed
        // with the same lexicon).
        var features = new Lazy<CaseFeatures>(() => analysis.Features is { } read && ReferenceEquals(read.Lexicon, resources.Corroboration) ? read
            : Features(assessed, resources.Corroboration, jobs));
        _summary = Step("summary", () => CaseSummary.Of(assessed));
        _ach = Step("ACH", () => analysis.Matrix.IsEmpty ? null : AchAnalysis.Run(analysis.Matrix, resources.Ach));
        _events = Step("events", () => CaseEvents.Of(assessed));
        // An imported event that agrees with a claim's event is an independent origin of the claim: counted before credibility.
        _corroboration = Step("corroboration", () => DatasetConfirmations.Apply(Corroborator.Run(assessed, resources.Corroboration, jobs, features.Value), Events));
        _credibility = Step("credibility", () => Analysis.Credibility.ClaimCredibility.Grade(assessed, Corroboration, resources.Credibility));
        _forecasts = Step("forecasts", () => ForecastScoring.Report(analysis.Forecasts, resources.Forecasts));
        _timeline = Step("timeline", () => TimelineOf.Build(Events));
        _network = Step("network", () => ActorNetwork.Build(Events.Events));
        _consequences = Step("consequences", () => ConsequencesOf.Build(assessed));
        _causes = Step("causes", () => Analysis.Causes.CaseCauses.Of(assessed, resources.Corroboration, resources.Credibility, resources.Explanations,
            Corroboration, features.Value));
        _keyJudgments = Step("key judgments", () => Judgments.KeyJudgments.Draw(assessed, Ach, Corroboration, Forecasts,
            Consequences, resources.Judgments, resources.Stance.Bands, resources.Ach));
    }

    public AssessedCase Case { get; }
    public CaseSummary Summary => _summary.Value;
    public AchResult? Ach => _ach.Value;
    public CorroborationResult Corroboration => _corroboration.Value;
    public ForecastReport Forecasts => _forecasts.Value;
    public CaseEvents Events => _events.Value;
    public TimelineOf Timeline => _timeline.Value;
    public ActorNetwork Network => _network.Value;
    public ConsequencesOf Consequences => _consequences.Value;
    public IReadOnlyList<KeyJudgment> KeyJudgments => _keyJudgments.Value;
    public IReadOnlyDictionary<string, Credibility.Credibility> Credibility => _credibility.Value;
    public Causes.CaseCauses Causes => _causes.Value;

    /// <summary>A claim's Admiralty credibility; a unit that states nothing has none.</summary>
    public Credibility.Credibility? CredibilityOf(string claimId) => Credibility.GetValueOrDefault(claimId);

    /// <summary>How many steps <see cref="Of"/> reports as it goes.</summary>
    public const int Steps = 11;

    /// <summary>The analysis of a case, each step run when first read, and the steps it reads before it: for a command that
    /// prints part of the findings. Pure but for the language resources it is given.</summary>
    /// <param name="jobs">How many cores a step may use for its per-claim work; the findings are the same for any number.</param>
    public static Findings OnDemand(CaseAnalysis analysis, LanguageResources resources, int jobs = 1) => new(analysis, resources, jobs, null);

    /// <summary>Runs every analysis on a case whose analysis keys are resolved; pure but for the language resources it is given.</summary>
    /// <param name="progress">Told as each step starts, for a display of a long analysis.</param>
    /// <param name="jobs">How many cores the analysis may use. Steps that do not need one another's results run at the same time,
    /// and corroboration spreads its per-claim work; every step is a pure function of its inputs, so the findings are the same for
    /// any number (AnalysisJobsTests).</param>
    public static Findings Of(CaseAnalysis analysis, LanguageResources resources, IProgress<AnalysisProgress>? progress = null, int jobs = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        const int steps = Steps;
        var begun = 0;
        var gate = new object();
        // Steps on other threads report too; one at a time, so a display never sees two at once.
        var findings = new Findings(analysis, resources, jobs, name =>
        {
            lock (gate) progress?.Report(new AnalysisProgress(begun++, steps, name));
        });
        // With one job each step starts when the one before it ends, in the order below; with more, a step starts as soon as
        // the steps it reads are done (so it never waits on another thread's step). A step's failure is rethrown as itself, not
        // wrapped, where the findings are gathered.
        Task Run(Func<object?> read, params Task[] inputs) =>
            jobs == 1 ? Task.FromResult(read())
            : Task.WhenAll(inputs).ContinueWith(t =>
            {
                t.GetAwaiter().GetResult();
                read();
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var summary = Run(() => findings.Summary);
        var ach = Run(() => findings.Ach);
        var events = Run(() => findings.Events);
        var forecasts = Run(() => findings.Forecasts);
        var timeline = Run(() => findings.Timeline, events);
        var network = Run(() => findings.Network, events);
        var consequences = Run(() => findings.Consequences);
        // Corroboration makes the most scratch of any step (its compared pairs, the linking's index, each claim's origin): it starts
        // once the steps that do not need it are done, so their scratch is not held beside its own, and it has every core to itself.
        var corroboration = Run(() => findings.Corroboration, summary, ach, events, forecasts, timeline, network, consequences);
        var credibility = Run(() => findings.Credibility, corroboration);
        var causes = Run(() => findings.Causes, corroboration);
        var judgments = Run(() => findings.KeyJudgments, ach, corroboration, forecasts, consequences);
        foreach (var step in new[] { summary, ach, events, corroboration, credibility, forecasts, timeline, network, consequences, causes, judgments })
            step.GetAwaiter().GetResult();
        progress?.Report(new AnalysisProgress(steps, steps, ""));
        return findings;
    }

    private static CaseFeatures Features(AssessedCase assessed, CorroborationLexicon lexicon, int jobs)
    {
        using var traced = StepTrace.Start("claim features");
        return CaseFeatures.Read(assessed, lexicon, jobs);
    }
}
