using System.Globalization;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Forecasts;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Analysis.Judgments;

/// <summary>Confidence in a judgment, kept apart from its likelihood as ICD 203 requires.</summary>
public enum Confidence { Low, Moderate, High }

/// <summary>A judgment the brief leads with: what it says, how likely (an ICD 203 band, when it is an estimate), how confident,
/// on what basis, and the claims it rests on.</summary>
public sealed record KeyJudgment(string Kind, string Statement, LikelihoodBand? Likelihood, Confidence Confidence, string Basis, IReadOnlyList<string> ClaimIds);

/// <summary>The thresholds of analysis/confidence.tsv.</summary>
public sealed class JudgmentSettings
{
    public JudgmentSettings(LanguageData data)
    {
        // A later row for the same setting (a user's) wins; the file's format has checked the names and the values.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/confidence.tsv")) values[row[0]] = row[1];
        string Setting(string key) =>
            values.TryGetValue(key, out var v) ? v : throw new ProblemException(Messages.MissingEntry("analysis/confidence.tsv", $"the setting '{key}'"));
        double Number(string key) => double.Parse(Setting(key), CultureInfo.InvariantCulture);
        AchHighItems = (int)Number("ach-high-items");
        AchHighDiagnosticShare = Number("ach-high-diagnostic-share");
        AchModerateItems = (int)Number("ach-moderate-items");
        AchModerateOrigins = (int)Number("ach-moderate-origins");
        AchModerateAnalysts = (int)Number("ach-moderate-analysts");
        AchLowBand = Setting("ach-low-band");
        CorroborationHighSources = (int)Number("corroboration-high-sources");
        CorroborationHighGrade = Setting("corroboration-high-grade")[0];
        CorroborationModerateSources = (int)Number("corroboration-moderate-sources");
    }

    public int AchHighItems { get; }
    public double AchHighDiagnosticShare { get; }
    /// <summary>Fewer diagnostic items than this leave confidence in an explanation low.</summary>
    public int AchModerateItems { get; }
    /// <summary>Fewer independent origins behind the diagnostic items than this leave it low.</summary>
    public int AchModerateOrigins { get; }
    /// <summary>Ratings by fewer analysts than this leave it low.</summary>
    public int AchModerateAnalysts { get; }
    /// <summary>The likeliest band a low-confidence judgment may say.</summary>
    public string AchLowBand { get; }
    public int CorroborationHighSources { get; }
    public char CorroborationHighGrade { get; }
    public int CorroborationModerateSources { get; }
}

/// <summary>Draws the key judgments of a case from its findings: the explanation ACH favours, what independent sources agree on,
/// what they dispute, and how the sources' predictions have fared.</summary>
public static class KeyJudgments
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<KeyJudgment> Draw(AssessedCase assessed, AchResult? ach, CorroborationResult corroboration, ForecastReport forecasts,
        Consequences.Consequences consequences, JudgmentSettings settings, IReadOnlyDictionary<string, LikelihoodBand> bands, AchModel model)
    {
        var judgments = new List<KeyJudgment>();
        if (ach is not null && Explanation(assessed, ach, corroboration, model, settings, bands) is { } explanation) judgments.Add(explanation);
        judgments.AddRange(Corroborated(assessed, corroboration, settings));
        judgments.AddRange(Disputed(assessed, corroboration));
        if (Balance(consequences) is { } balance) judgments.Add(balance);
        if (Record(forecasts) is { } record) judgments.Add(record);
        return judgments;
    }

    /// <summary>The band whose range holds a probability (ICD 203's seven, edges going to the likelier band).</summary>
    public static LikelihoodBand BandOf(double p, IReadOnlyDictionary<string, LikelihoodBand> bands)
    {
        var ordered = bands.Values.OrderBy(b => b.Low).ToList();
        return ordered.LastOrDefault(b => p >= b.Low) ?? ordered[0];
    }

    /// <summary>The explanation ACH favours, with a likelihood the evidence can bear: the Bayesian reading takes one origin's
    /// items as one piece of evidence, and thin evidence (few diagnostic items, few independent origins, one analyst) makes
    /// confidence low and caps the word (ICD 203 keeps the two apart; Heuer ch. 8 warns against conclusions on a few items).</summary>
    /// <remarks>The analysts are those named on the ratings (`by:`); ratings that name nobody are one analyst's, whoever wrote
    /// case.yaml, so a matrix counts at least one and a second opinion needs a second name.</remarks>
    private static KeyJudgment? Explanation(AssessedCase assessed, AchResult ach, CorroborationResult corroboration, AchModel model,
        JudgmentSettings settings, IReadOnlyDictionary<string, LikelihoodBand> bands)
    {
        if (ach.Leaders.Count != 1) return null;
        var lead = ach.Score(ach.Leaders[0]);
        var leadIndex = ach.Scores.ToList().FindIndex(x => x.Id == lead.Id);
        var matrix = ach.Matrix;
        string OriginOf(EvidenceItem e) => e.ClaimId is { } id && corroboration.OriginOf(id) is { } o ? o.Key : "analyst";
        var items = matrix.Evidence.Count;
        var named = matrix.Analysts;
        var analysts = Math.Max(1, named.Count);
        var diagnosticItems = matrix.Evidence.Where(e => ach.DiagnosticityOf(e.Id).IsDiagnostic).ToList();
        var origins = diagnosticItems.GroupBy(OriginOf, StringComparer.Ordinal).ToList();

        var point = AchAnalysis.DependentPosterior(matrix, model, OriginOf)[leadIndex];
        var without = matrix.Evidence.Select(OriginOf).Distinct(StringComparer.Ordinal)
            .Select(o => AchAnalysis.DependentPosterior(matrix, model, OriginOf, o)[leadIndex]).Append(point).ToList();
        var (low, high) = (without.Min(), without.Max());

        var reasons = new List<string>();
        if (diagnosticItems.Count < settings.AchModerateItems) reasons.Add($"only {diagnosticItems.Count} diagnostic items");
        if (origins.Count < settings.AchModerateOrigins) reasons.Add($"the diagnostic items come from only {origins.Count} independent origin{(origins.Count == 1 ? "" : "s")}");
        if (analysts < settings.AchModerateAnalysts)
            reasons.Add((analysts == 1 ? "the ratings are one analyst's" : $"the ratings are {analysts} analysts'") + (named.Count > 0 ? $" ({string.Join(", ", named)})" : ""));
        if (!ach.ReadingsAgree) reasons.Add("Heuer's ranking and the Bayesian reading disagree");
        var robust = ach.Sensitivity.Count == 0 && ach.ReadingsAgree;
        var confidence = reasons.Count > 0 ? Confidence.Low
            : items >= settings.AchHighItems && diagnosticItems.Count >= settings.AchHighDiagnosticShare * items && robust ? Confidence.High
            : Confidence.Moderate;
        var band = BandOf(point, bands);
        var capped = confidence == Confidence.Low && bands.TryGetValue(settings.AchLowBand, out var cap) && band.Low > cap.Low ? cap : band;

        var why = new List<string>
        {
            $"confidence {confidence.ToString().ToLowerInvariant()}" + (reasons.Count > 0 ? $" because {string.Join("; ", reasons)}" : " because the evidence is diagnostic, independent and the readings agree"),
            $"{items} rated items, {diagnosticItems.Count} diagnostic, from {origins.Count} independent origins: {OriginList(assessed, corroboration, diagnosticItems, OriginOf)}",
            $"Bayesian reading with each origin's items taken together: {P(point)} ({P(low)}–{P(high)} leaving out any one origin; {P(lead.Posterior)} if every item counted alone)"
                + (capped != band ? $"; the word is held at \"{capped.Name}\" rather than \"{band.Name}\"" : ""),
            ach.ReadingsAgree ? "Heuer's ranking and the Bayesian reading agree" : ach.Note ?? "Heuer's ranking and the Bayesian reading disagree",
            ach.Sensitivity.Count == 0 ? "no single item, removed or reversed, changes the lead" : $"{ach.Sensitivity.Count} item changes would change the lead",
        };
        // Named raters are listed so the reader can see whose judgment the matrix is; unnamed ratings add nothing to show.
        if (named.Count >= settings.AchModerateAnalysts) why.Insert(2, $"rated by {named.Count} analysts ({string.Join(", ", named)})");
        var claims = matrix.Evidence.Where(e => e.ClaimId is not null).Select(e => e.ClaimId!).ToList();
        return new KeyJudgment("explanation", $"Of the competing explanations, the evidence best fits {lead.Id}: {lead.Statement}.", capped, confidence,
            string.Join("; ", why) + ".", claims);
    }

    private static string P(double p) => p.ToString("0.00", Inv);

    /// <summary>Each origin with the grades of the reports that carry it and how many items it gives: "Steppe Wire [B2] (3 items)".</summary>
    private static string OriginList(AssessedCase assessed, CorroborationResult corroboration, IEnumerable<EvidenceItem> items, Func<EvidenceItem, string> originOf) =>
        string.Join(", ", items.GroupBy(originOf, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var name = g.First().ClaimId is { } id && corroboration.OriginOf(id) is { } o ? o.Name : "the analyst's own items";
            var grades = g.Select(e => e.SourceId is { } s ? assessed.Source(s)?.Grade.ToString() : null).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            return $"{name}{(grades.Count > 0 ? $" [{string.Join(", ", grades)}]" : "")} ({g.Count()} item{(g.Count() == 1 ? "" : "s")})";
        }));

    private static IEnumerable<KeyJudgment> Corroborated(AssessedCase assessed, CorroborationResult corroboration, JudgmentSettings settings)
    {
        var byId = assessed.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var contested = corroboration.Contradictions.SelectMany(c => c.ClaimIds).ToHashSet(StringComparer.Ordinal);
        foreach (var group in corroboration.Groups.Where(g => g.IndependentOrigins >= settings.CorroborationModerateSources)
                     .OrderByDescending(g => g.IndependentOrigins).Take(3))
        {
            var claims = group.ClaimIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            if (claims.Count == 0) continue;
            // The plainest wording stands for the group: an asserted claim from the best-graded source.
            var lead = claims.OrderBy(c => c.Status).ThenBy(c => Grade(assessed, c)).ThenBy(c => c.Text.Length).First();
            var graded = claims.Any(c => assessed.Source(c.DocumentId)?.Grade.Reliability <= settings.CorroborationHighGrade);
            var isContested = claims.Any(c => contested.Contains(c.Id));
            var confidence = group.IndependentOrigins >= settings.CorroborationHighSources && graded && !isContested ? Confidence.High : Confidence.Moderate;
            var origins = claims.GroupBy(c => corroboration.OriginOf(c.Id)!.Key, StringComparer.Ordinal).Select(g =>
                $"{corroboration.OriginOf(g.First().Id)!.Name} [{string.Join(", ", g.Select(c => Grade(assessed, c)).Distinct().Order(StringComparer.Ordinal))}]")
                // Origins no claim stands for: the event data sets that coded the same event (Analysis.Events.DatasetConfirmations).
                .Concat(group.Origins.Except(claims.Select(c => corroboration.OriginOf(c.Id)!.Name), StringComparer.Ordinal));
            var why = confidence == Confidence.High ? $"confidence high because {group.IndependentOrigins} independent origins agree, one of them carried by a source graded {settings.CorroborationHighGrade} or better, and none is contested"
                : $"confidence moderate because " + (isContested ? "some of the claims are contested" : group.IndependentOrigins < settings.CorroborationHighSources
                    ? $"{group.IndependentOrigins} independent origins are fewer than {settings.CorroborationHighSources}" : $"no source carrying it is graded {settings.CorroborationHighGrade} or better");
            yield return new KeyJudgment("corroborated",
                $"{group.IndependentOrigins} independent origins ({group.Reports} reports) say that: {lead.Text}", null, confidence,
                $"Origins: {string.Join(", ", origins)}; {why}.", claims.Select(c => c.Id).ToList());
        }
    }

    private static string Grade(AssessedCase a, Claim c) => a.Source(c.DocumentId)?.Grade.ToString() ?? "F6";

    private static IEnumerable<KeyJudgment> Disputed(AssessedCase assessed, CorroborationResult corroboration) =>
        corroboration.Contradictions.Where(c => c.Kind == ContradictionKind.Figures).Take(2).Select(c =>
            new KeyJudgment("disputed", $"The sources disagree on {c.Subject}: {c.Detail}.", null, Confidence.Low,
                $"{c.ClaimIds.Count} current figures of independent origins that cannot all be right; confidence low because the sources are at odds " +
                "(retracted figures and an origin's earlier figures are left out).", c.ClaimIds));

    /// <summary>Who the sources say comes out ahead or behind; a verdict resting on one claim is low confidence.</summary>
    private static KeyJudgment? Balance(Consequences.Consequences consequences)
    {
        var gainers = consequences.Balance.Where(b => b.Net > 0).ToList();
        var losers = consequences.Balance.Where(b => b.Net < 0).ToList();
        if (gainers.Count + losers.Count == 0) return null;
        string Names(IEnumerable<Consequences.ActorBalance> xs) => string.Join(", ", xs.Select(b => b.Actor));
        var statement = (gainers.Count > 0 ? $"The sources see {Names(gainers)} coming out stronger" : "The sources see no clear winner") +
                        (losers.Count > 0 ? $", and {Names(losers)} weaker." : ".");
        var claims = gainers.Concat(losers).SelectMany(b => b.Gains.Concat(b.Losses)).Select(e => e.ClaimId).Distinct().ToList();
        var sources = gainers.Concat(losers).SelectMany(b => b.SourceIds).Distinct().Count();
        var confidence = sources >= 2 && claims.Count >= 3 ? Confidence.Moderate : Confidence.Low;
        var why = confidence == Confidence.Moderate ? "confidence moderate because more than one source sees it, but these are the sources' readings, not outcomes"
            : "confidence low because it rests on fewer than three claims or on one source";
        return new KeyJudgment("consequences", statement, null, confidence, $"{claims.Count} claims of gain or loss from {sources} sources; {why}.", claims);
    }

    private static KeyJudgment? Record(ForecastReport forecasts)
    {
        if (forecasts.Overall.Scored == 0 || forecasts.Overall.Brier is not { } brier) return null;
        // One lucky forecast makes no track record: "best" needs at least two.
        var best = forecasts.BySource.Where(s => s.Score.Scored >= 2 && s.Score.Brier is not null).OrderBy(s => s.Score.Brier).FirstOrDefault();
        var statement = $"The {forecasts.Overall.Scored} predictions that can already be checked scored a Brier score of {brier.ToString("0.000", Inv)} " +
                        "(0 is perfect; 0.25 is what always saying 50% earns)" +
                        (best is null ? "." : $"; {best.Publisher} scored best ({best.Score.Brier!.Value.ToString("0.000", Inv)} over {best.Score.Scored}).");
        var confidence = forecasts.Overall.Scored >= 10 ? Confidence.Moderate : Confidence.Low;
        var why = confidence == Confidence.Moderate ? "confidence moderate because at least ten predictions are scored" : "confidence low because fewer than ten predictions are scored";
        return new KeyJudgment("forecasts", statement, null, confidence,
            $"{forecasts.Open.Count} predictions are still open; {why}.", forecasts.Forecasts.Where(f => f.IsScored).Select(f => f.Id).ToList());
    }
}
