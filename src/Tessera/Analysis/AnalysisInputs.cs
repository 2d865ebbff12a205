using Tessera.Analysis.Ach;
using Tessera.Analysis.Forecasts;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Analysis;

/// <summary>One rating of an evidence item against a hypothesis, with the line it is written on and the analyst who gave it,
/// when case.yaml names one.</summary>
public sealed record RatingSpec(string HypothesisId, Rating Rating, long Line, string? By = null);

/// <summary>An evidence item of case.yaml with its ratings and weights given their ACH meaning.</summary>
public sealed record EvidenceSpec(
    string Id,
    ClaimReference? Claim,
    string? Text,
    string? Source,
    Level? Credibility,
    Level? Relevance,
    IReadOnlyList<RatingSpec> Ratings,
    long Line);

/// <summary>A forecast of case.yaml with its resolution, before its claim is looked up.</summary>
public sealed record ForecastSpec(ClaimReference Claim, double? Probability, DateOnly? Made, DateOnly? Deadline, Resolution? Resolution, long Line);

/// <summary>The analysis part of case.yaml in the analysis stage's own terms, every entry with its line, before any claim is looked up.</summary>
public sealed record AnalysisSpec(
    string Path,
    IReadOnlyList<Hypothesis> Hypotheses,
    IReadOnlyList<EvidenceSpec> Evidence,
    IReadOnlyList<ForecastSpec> Forecasts)
{
    public static AnalysisSpec Empty(string path) => new(path, [], [], []);
}

/// <summary>A case ready for analysis: the assessed case, its ACH matrix with claims looked up, and its forecasts.</summary>
/// <remarks>The forecasts, and the claims' features their proposed outcomes are read from, are worked out when first read, once:
/// what reads the matrix alone (`tessera ach`, the workbench's check that an edit still resolves) proposes no outcomes.</remarks>
public sealed record CaseAnalysis(AssessedCase Case, AchMatrix Matrix)
{
    private readonly Lazy<IReadOnlyList<Forecast>> _forecasts = new(() => []);
    private readonly Lazy<Corroboration.CaseFeatures>? _features;

    /// <summary>An analysis whose forecasts are given.</summary>
    public CaseAnalysis(AssessedCase @case, AchMatrix matrix, IReadOnlyList<Forecast> forecasts) : this(@case, matrix) => _forecasts = new(forecasts);

    /// <summary>An analysis whose forecasts are built from the claims' features when first read.</summary>
    internal CaseAnalysis(AssessedCase @case, AchMatrix matrix, Lazy<Corroboration.CaseFeatures> features,
        Func<Corroboration.CaseFeatures, IReadOnlyList<Forecast>> forecasts) : this(@case, matrix)
    {
        _features = features;
        _forecasts = new(() => forecasts(features.Value));
    }

    /// <summary>The predictions of the case's claims as forecasts, with case.yaml's probabilities, dates and resolutions, and the
    /// outcomes later reports propose.</summary>
    public IReadOnlyList<Forecast> Forecasts => _forecasts.Value;

    /// <summary>The claims' features the forecasts are proposed from, for the steps after them to share; read by
    /// <see cref="Findings.Of"/> when there are none.</summary>
    public Corroboration.CaseFeatures? Features => _features?.Value;
}

/// <summary>Turns the hypotheses, evidence and forecasts that case.yaml holds as written into the analysis stage's inputs:
/// ratings and weights given their meaning, then every claim reference looked up in the assessed case.</summary>
public static class AnalysisInputs
{
    /// <summary>Gives ratings and weights their meaning, naming the line of any that has none.</summary>
    public static Result<AnalysisSpec> Read(CaseFile file)
    {
        var path = file.YamlPath;
        try
        {
            // Drafts of `tessera causes --propose` are no analyst's judgement: they count only once their mark is removed.
            var drafts = file.Hypotheses.Where(h => h.Proposed).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            var hypotheses = file.Hypotheses.Where(h => !h.Proposed).Select(h => new Hypothesis(h.Id, h.Statement, h.Prior)).ToList();
            var evidence = file.Evidence.Where(e => !e.Proposed).Select(e => new EvidenceSpec(e.Id, e.Claim, e.Text, e.Source,
                Level(path, "credibility", e.Credibility), Level(path, "relevance", e.Relevance),
                e.Ratings.Where(r => !drafts.Contains(r.HypothesisId)).Select(r => new RatingSpec(r.HypothesisId,
                    Ratings.TryParse(r.Rating.Text, out var rating) ? rating : throw new ProblemException(Messages.BadRating(path, r.Rating.Line, r.Rating.Text)),
                    r.Rating.Line, r.By)).ToList(),
                e.Line)).ToList();
            var forecasts = file.Forecasts.Select(f => new ForecastSpec(f.Claim, f.Probability, f.Made, f.Deadline,
                f.Outcome is { } outcome ? new Resolution(outcome, f.Resolved, f.Note) : null, f.Line)).ToList();
            return new AnalysisSpec(path, hypotheses, evidence, forecasts);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    private static Level? Level(string path, string field, WrittenValue? value) =>
        value is null ? null
        : Ratings.TryParseLevel(value.Text, out var level) ? level
        : throw new ProblemException(Messages.BadLevel(path, value.Line, field, value.Text));

    /// <summary>Looks up every claim the spec points at and builds the ACH matrix and the forecasts.</summary>
    /// <param name="jobs">How many cores the forecasts' proposed outcomes may use; the result is the same for any number.</param>
    public static Result<CaseAnalysis> Resolve(AnalysisSpec spec, AssessedCase assessed, AchModel model, ForecastReaders readers, int jobs = 1)
    {
        using var traced = StepTrace.Start("resolve inputs");
        try
        {
            var hypotheses = spec.Hypotheses;
            var evidence = spec.Evidence.Select(e => Item(spec.Path, e, assessed, model)).ToList();
            var overrides = new List<ForecastOverride>();
            foreach (var f in spec.Forecasts)
            {
                var claim = Find(spec.Path, f.Claim, assessed);
                // A claim with an estimative band ("a roughly even chance that...") carries a probability even without a future verb.
                if (!claim.Prediction && claim.Band is null && f.Probability is null) throw new ProblemException(Messages.NotAPrediction(spec.Path, f.Line, claim.Id));
                if (overrides.Any(o => o.ClaimId == claim.Id)) throw Fail(spec.Path, f.Line, $"claim {claim.Id} is listed as a forecast twice");
                overrides.Add(new ForecastOverride(claim.Id, f.Probability, f.Made, f.Deadline, f.Resolution));
            }
            // Read once, when first asked for, for the proposed outcomes, and kept for corroboration and causes.
            var features = new Lazy<Corroboration.CaseFeatures>(() =>
            {
                using var traced = StepTrace.Start("claim features");
                return Corroboration.CaseFeatures.Read(assessed, readers.Outcomes.Lexicon, jobs);
            });
            return new CaseAnalysis(assessed, new AchMatrix(hypotheses, evidence), features, read =>
            {
                using var traced = StepTrace.Start("forecasts and proposals");
                return ForecastBuilder.Build(assessed, overrides, readers, jobs, read);
            });
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    private static EvidenceItem Item(string path, EvidenceSpec e, AssessedCase assessed, AchModel model)
    {
        var ratings = e.Ratings.ToDictionary(r => r.HypothesisId, r => r.Rating, StringComparer.Ordinal);
        var ratedBy = e.Ratings.Where(r => r.By is not null).ToDictionary(r => r.HypothesisId, r => r.By!, StringComparer.Ordinal);
        if (e.Claim is { } reference)
        {
            var claim = Find(path, reference, assessed);
            var grade = assessed.Source(claim.DocumentId)?.Grade ?? Tessera.Reading.SourceGrade.Unknown;
            return new EvidenceItem(e.Id, claim.Text, claim.Id, claim.DocumentId,
                e.Credibility ?? model.DefaultCredibility(grade, claim), e.Relevance ?? Ach.Level.Medium, ratings) { RatedBy = ratedBy };
        }
        Level credibility;
        if (e.Source is { } sourceId)
        {
            var source = assessed.Source(sourceId)
                ?? throw Fail(path, e.Line, $"evidence {e.Id} names source '{sourceId}', which is not in this case ({string.Join(", ", assessed.Sources.Select(s => s.Id))})");
            credibility = e.Credibility ?? model.DefaultCredibility(source.Grade, null);
        }
        else credibility = e.Credibility ?? model.AnalystCredibility;
        return new EvidenceItem(e.Id, e.Text!.Trim(), null, e.Source, credibility, e.Relevance ?? Ach.Level.Medium, ratings) { RatedBy = ratedBy };
    }

    /// <summary>The one claim a reference names: by id, or the one claim (of its source, when it names one) that holds the
    /// quoted words.</summary>
    /// <remarks>A quote is matched tolerantly, in two steps: the folded text as typed (case, spaces, typographic quotes and dashes
    /// aside); else the claim that holds the largest share of the quote's words in order, punctuation aside, at least
    /// <see cref="QuoteText.LooseShare"/> of them (a word mistyped, a source lightly edited). Two claims that match equally well are
    /// ambiguous.</remarks>
    public static Claim Find(string path, ClaimReference reference, AssessedCase assessed)
    {
        if (reference.ClaimId is { } id)
        {
            var claim = assessed.Claim(id);
            if (claim is not null) return claim;
            var hash = id.LastIndexOf('#');
            var sourceId = hash > 0 ? id[..hash] : id;
            var why = assessed.Source(sourceId) is null
                ? $"no source '{sourceId}' in this case (an id is source#number, e.g. {assessed.Claims.FirstOrDefault()?.Id ?? "wire-chronology#12"})"
                : $"source '{sourceId}' has units #1 to #{assessed.ClaimsOf(sourceId).Count()}";
            throw new ProblemException(Messages.UnresolvedClaim(path, reference.Line, id, why));
        }
        var candidates = assessed.Claims.Where(c => c.IsClaim).ToList();
        if (reference.Source is { } source)
        {
            if (assessed.Source(source) is null)
                throw new ProblemException(Messages.UnresolvedClaim(path, reference.Line, reference.Shown,
                    $"no source '{source}' in this case ({string.Join(", ", assessed.Sources.Select(s => s.Id))})"));
            candidates = candidates.Where(c => c.DocumentId == source).ToList();
        }
        var quote = QuoteText.Normalise(reference.Quote ?? "");
        var matches = candidates.Where(c => QuoteText.Normalise(c.Text).Contains(quote, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            var words = QuoteText.Words(reference.Quote ?? "");
            var shares = candidates.Select(c => (Claim: c, Share: QuoteText.InOrderShare(words, QuoteText.Words(c.Text)))).Where(x => x.Share >= QuoteText.LooseShare).ToList();
            var best = shares.Count == 0 ? 0 : shares.Max(x => x.Share);
            matches = shares.Where(x => x.Share == best).Select(x => x.Claim).ToList();
        }
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ProblemException(Messages.UnresolvedClaim(path, reference.Line, reference.Shown, "no claim contains these words")),
            _ => throw new ProblemException(Messages.AmbiguousQuote(path, reference.Line, reference.Shown, matches.Take(4).Select(c => c.Id))),
        };
    }

    private static ProblemException Fail(string path, long line, string why) => new(Messages.AnalysisField(path, line, why));
}
