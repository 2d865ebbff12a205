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

/// <summary>Everything the analysis stage finds in a case, for the brief and the exports: the summary, ACH (when the case has
/// hypotheses), corroboration, forecasts, and the key judgments drawn from them.</summary>
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
    IReadOnlyDictionary<string, Credibility.Credibility> Credibility)
{
    /// <summary>A claim's Admiralty credibility; a unit that states nothing has none.</summary>
    public Credibility.Credibility? CredibilityOf(string claimId) => Credibility.GetValueOrDefault(claimId);

    /// <summary>Runs every analysis on a case whose analysis keys are resolved; pure but for the language resources it is given.</summary>
    public static Findings Of(CaseAnalysis analysis, LanguageResources resources)
    {
        var assessed = analysis.Case;
        var summary = CaseSummary.Of(assessed);
        var ach = analysis.Matrix.IsEmpty ? null : AchAnalysis.Run(analysis.Matrix, resources.Ach);
        var corroboration = Corroborator.Run(assessed, resources.Corroboration);
        var credibility = Analysis.Credibility.ClaimCredibility.Grade(assessed, corroboration, resources.Credibility);
        var forecasts = ForecastScoring.Report(analysis.Forecasts, resources.Forecasts);
        var events = CaseEvents.Of(assessed);
        var timeline = TimelineOf.Build(events);
        var network = ActorNetwork.Build(events.Events);
        var consequences = ConsequencesOf.Build(assessed);
        var judgments = Judgments.KeyJudgments.Draw(assessed, ach, corroboration, forecasts, consequences, resources.Judgments, resources.Stance.Bands, resources.Ach);
        return new Findings(assessed, summary, ach, corroboration, forecasts, events, timeline, network, consequences, judgments, credibility);
    }
}
