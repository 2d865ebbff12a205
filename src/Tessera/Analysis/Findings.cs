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
public sealed record Findings(
    AssessedCase Case,
    CaseSummary Summary,
    AchResult? Ach,
    CorroborationResult Corroboration,
    ForecastReport Forecasts,
    CaseEvents Events,
    TimelineOf Timeline,
    ActorNetwork Network,
    ConsequencesOf Consequences,
    IReadOnlyList<KeyJudgment> KeyJudgments,
    IReadOnlyDictionary<string, Credibility.Credibility> Credibility,
    Causes.CaseCauses Causes)
{
    /// <summary>A claim's Admiralty credibility; a unit that states nothing has none.</summary>
    public Credibility.Credibility? CredibilityOf(string claimId) => Credibility.GetValueOrDefault(claimId);

    /// <summary>How many steps <see cref="Of"/> reports as it goes.</summary>
    public const int Steps = 11;

    /// <summary>Runs every analysis on a case whose analysis keys are resolved; pure but for the language resources it is given.</summary>
    /// <param name="progress">Told as each step starts, for a display of a long analysis.</param>
    /// <param name="jobs">How many cores the analysis may use. Steps that do not need one another's results run at the same time,
    /// and corroboration spreads its per-claim work; every step is a pure function of its inputs, so the findings are the same for
    /// any number (AnalysisJobsTests).</param>
    public static Findings Of(CaseAnalysis analysis, LanguageResources resources, IProgress<AnalysisProgress>? progress = null, int jobs = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        const int steps = Steps;
        var started = 0;
        var gate = new object();
        T Step<T>(string name, Func<T> run)
        {
            // Steps on other threads report too; one at a time, so a display never sees two at once.
            lock (gate) progress?.Report(new AnalysisProgress(started++, steps, name));
            using var traced = StepTrace.Start(name);
            return run();
        }
        // With one job each step starts when the one before it ends, in the order below; with more, a step starts as soon as
        // the steps it reads are done. A step's failure is rethrown as itself, not wrapped, where the findings are gathered.
        Task<T> After<T>(string name, Func<T> run, params Task[] inputs) =>
            jobs == 1 ? Task.FromResult(Step(name, run))
            : Task.WhenAll(inputs).ContinueWith(t =>
            {
                t.GetAwaiter().GetResult();
                return Step(name, run);
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var assessed = analysis.Case;
        // Read once for every step that compares claims (the forecasts' proposals read them already, when they were proposed
        // with the same lexicon).
        var features = analysis.Features is { } read && ReferenceEquals(read.Lexicon, resources.Corroboration) ? read
            : Features(assessed, resources.Corroboration, jobs);
        var summary = After("summary", () => CaseSummary.Of(assessed));
        var ach = After("ACH", () => analysis.Matrix.IsEmpty ? null : AchAnalysis.Run(analysis.Matrix, resources.Ach));
        var events = After("events", () => CaseEvents.Of(assessed));
        var forecasts = After("forecasts", () => ForecastScoring.Report(analysis.Forecasts, resources.Forecasts));
        var timeline = After("timeline", () => TimelineOf.Build(events.Result), events);
        var network = After("network", () => ActorNetwork.Build(events.Result.Events), events);
        var consequences = After("consequences", () => ConsequencesOf.Build(assessed));
        // Corroboration makes the most scratch of any step (its compared pairs, the linking's index, each claim's origin): it starts
        // once the steps that do not need it are done, so their scratch is not held beside its own, and it has every core to itself.
        // An imported event that agrees with a claim's event is an independent origin of the claim: counted before credibility.
        var corroboration = After("corroboration", () => DatasetConfirmations.Apply(Corroborator.Run(assessed, resources.Corroboration, jobs, features), events.Result),
            summary, ach, events, forecasts, timeline, network, consequences);
        var credibility = After("credibility", () => Analysis.Credibility.ClaimCredibility.Grade(assessed, corroboration.Result, resources.Credibility), corroboration);
        var causes = After("causes", () => Analysis.Causes.CaseCauses.Of(assessed, resources.Corroboration, resources.Credibility, resources.Explanations,
            corroboration.Result, features), corroboration);
        var judgments = After("key judgments", () => Judgments.KeyJudgments.Draw(assessed, ach.Result, corroboration.Result, forecasts.Result,
            consequences.Result, resources.Judgments, resources.Stance.Bands, resources.Ach), ach, corroboration, forecasts, consequences);
        var findings = new Findings(assessed, summary.GetAwaiter().GetResult(), ach.GetAwaiter().GetResult(), corroboration.GetAwaiter().GetResult(),
            forecasts.GetAwaiter().GetResult(), events.GetAwaiter().GetResult(), timeline.GetAwaiter().GetResult(), network.GetAwaiter().GetResult(),
            consequences.GetAwaiter().GetResult(), judgments.GetAwaiter().GetResult(), credibility.GetAwaiter().GetResult(), causes.GetAwaiter().GetResult());
        progress?.Report(new AnalysisProgress(steps, steps, ""));
        return findings;
    }

    private static CaseFeatures Features(AssessedCase assessed, CorroborationLexicon lexicon, int jobs)
    {
        using var traced = StepTrace.Start("claim features");
        return CaseFeatures.Read(assessed, lexicon, jobs);
    }
}
