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
    public static Findings Of(CaseAnalysis analysis, LanguageResources resources, IProgress<AnalysisProgress>? progress = null)
    {
        const int steps = Steps;
        var done = 0;
        T Step<T>(string name, Func<T> run)
        {
            progress?.Report(new AnalysisProgress(done++, steps, name));
            return run();
        }
        var assessed = analysis.Case;
        var summary = Step("summary", () => CaseSummary.Of(assessed));
        var ach = Step("ACH", () => analysis.Matrix.IsEmpty ? null : AchAnalysis.Run(analysis.Matrix, resources.Ach));
        var events = Step("events", () => CaseEvents.Of(assessed));
        // An imported event that agrees with a claim's event is an independent origin of the claim: counted before credibility.
        var corroboration = Step("corroboration", () => DatasetConfirmations.Apply(Corroborator.Run(assessed, resources.Corroboration), events));
        var credibility = Step("credibility", () => Analysis.Credibility.ClaimCredibility.Grade(assessed, corroboration, resources.Credibility));
        var forecasts = Step("forecasts", () => ForecastScoring.Report(analysis.Forecasts, resources.Forecasts));
        var timeline = Step("timeline", () => TimelineOf.Build(events));
        var network = Step("network", () => ActorNetwork.Build(events.Events));
        var consequences = Step("consequences", () => ConsequencesOf.Build(assessed));
        var causes = Step("causes", () => Analysis.Causes.CaseCauses.Of(assessed, resources.Corroboration, resources.Credibility, resources.Explanations, corroboration));
        var judgments = Step("key judgments", () => Judgments.KeyJudgments.Draw(assessed, ach, corroboration, forecasts, consequences, resources.Judgments, resources.Stance.Bands, resources.Ach));
        progress?.Report(new AnalysisProgress(done, steps, ""));
        return new Findings(assessed, summary, ach, corroboration, forecasts, events, timeline, network, consequences, judgments, credibility, causes);
    }
}
