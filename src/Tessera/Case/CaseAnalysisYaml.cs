using System.Globalization;
using System.Text;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Forecasts;
using Tessera.Claims;
using Tessera.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>A pointer from case.yaml to one claim: its id ("wire-chronology#12") or some of its words.</summary>
public sealed record ClaimReference(string? ClaimId, string? Quote, long Line)
{
    public string Text => ClaimId ?? Quote ?? "";
}

/// <summary>A hypothesis as case.yaml states it.</summary>
public sealed record HypothesisSpec(string Id, string Statement, double? Prior, long Line);

/// <summary>One rating of an evidence item against a hypothesis, with the line it is written on.</summary>
public sealed record RatingSpec(string HypothesisId, Rating Rating, long Line);

/// <summary>An evidence item as case.yaml states it: a claim (by id or quote) or the analyst's own text, with optional weights.</summary>
public sealed record EvidenceSpec(
    string Id,
    ClaimReference? Claim,
    string? Text,
    string? Source,
    Level? Credibility,
    Level? Relevance,
    IReadOnlyList<RatingSpec> Ratings,
    long Line);

/// <summary>What case.yaml says of one forecast: the claim, the analyst's probability, dates and the resolution.</summary>
public sealed record ForecastSpec(ClaimReference Claim, double? Probability, DateOnly? Made, DateOnly? Deadline, Resolution? Resolution, long Line);

/// <summary>The analysis part of case.yaml as written, every entry with its line, before any claim is looked up.</summary>
public sealed record AnalysisSpec(
    string Path,
    IReadOnlyList<HypothesisSpec> Hypotheses,
    IReadOnlyList<EvidenceSpec> Evidence,
    IReadOnlyList<ForecastSpec> Forecasts)
{
    public static AnalysisSpec Empty(string path) => new(path, [], [], []);
}

/// <summary>A case ready for analysis: the assessed case, its ACH matrix with claims looked up, and its forecasts.</summary>
public sealed record CaseAnalysis(AssessedCase Case, AchMatrix Matrix, IReadOnlyList<Forecast> Forecasts);

/// <summary>Reads the hypotheses, evidence and forecasts of case.yaml (the keys <see cref="CaseYaml"/> leaves to the analysis
/// stage), naming the line of every mistake, then resolves their claim references against an assessed case.</summary>
public static class CaseAnalysisYaml
{
    private static readonly string[] HypothesisKeys = ["id", "statement", "prior"];
    private static readonly string[] EvidenceKeys = ["id", "claim", "quote", "text", "source", "credibility", "relevance", "ratings"];
    private static readonly string[] ForecastKeys = ["claim", "quote", "probability", "made", "deadline", "outcome", "resolved", "note"];

    /// <summary>Priors given for every hypothesis must add up to one within this much: they are written by hand to two places.</summary>
    private const double PriorSlack = 0.01;

    public static Result<AnalysisSpec> Load(string caseYamlPath)
    {
        if (!File.Exists(caseYamlPath)) return Messages.MissingPath(caseYamlPath);
        var text = YamlText.Read(caseYamlPath, ReadingLimits.Default);
        return text.Ok ? Read(caseYamlPath, text.Value!) : text.Problem!;
    }

    /// <summary>Reads case.yaml text; <paramref name="path"/> only names the file in messages.</summary>
    public static Result<AnalysisSpec> Read(string path, string text)
    {
        try
        {
            return Parse(path, text);
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
        catch (YamlException e)
        {
            return Messages.BadYaml(path, e.Start.Line, e.Start.Column, (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim());
        }
    }

    private static AnalysisSpec Parse(string path, string text)
    {
        var stream = YamlText.Load(path, text, ReadingLimits.Default);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return AnalysisSpec.Empty(path);
        var hypotheses = Hypotheses(path, Child(root, "hypotheses"));
        var evidence = Evidence(path, Child(root, "evidence"), hypotheses);
        var forecasts = Forecasts(path, Child(root, "forecasts"));
        return new AnalysisSpec(path, hypotheses, evidence, forecasts);
    }

    private static List<HypothesisSpec> Hypotheses(string path, YamlNode? node)
    {
        var result = new List<HypothesisSpec>();
        if (node is null) return result;
        foreach (var m in Items(path, node, "hypotheses", "each hypothesis must be a mapping with 'id' and 'statement'"))
        {
            CheckKeys(path, m, HypothesisKeys, "hypothesis");
            var id = Required(path, m, "id", "a hypothesis needs 'id' (e.g. H1)");
            if (result.Any(h => h.Id == id)) throw Fail(path, Line(Child(m, "id")!), $"hypothesis id '{id}' is used twice");
            var statement = Required(path, m, "statement", $"hypothesis {id} needs 'statement'");
            double? prior = null;
            if (Child(m, "prior") is { } p)
            {
                prior = ProbabilityValue(path, p);
                if (prior is 0) throw new ProblemException(Messages.BadPriors(path, Line(p), $"the prior of {id} is 0, so no evidence could ever raise it; leave the hypothesis out instead"));
            }
            result.Add(new HypothesisSpec(id, statement, prior, Line(m)));
        }
        CheckPriors(path, node, result);
        return result;
    }

    private static void CheckPriors(string path, YamlNode node, List<HypothesisSpec> hypotheses)
    {
        var given = hypotheses.Where(h => h.Prior is not null).ToList();
        if (given.Count == 0) return;
        var sum = given.Sum(h => h.Prior!.Value);
        var text = sum.ToString("0.###", CultureInfo.InvariantCulture);
        if (given.Count == hypotheses.Count && Math.Abs(sum - 1) > PriorSlack)
            throw new ProblemException(Messages.BadPriors(path, Line(node), $"the priors add up to {text}, not 1"));
        if (given.Count < hypotheses.Count && sum >= 1 - 1e-9)
            throw new ProblemException(Messages.BadPriors(path, Line(node), $"the priors given add up to {text}, leaving nothing for the hypotheses without one"));
    }

    private static List<EvidenceSpec> Evidence(string path, YamlNode? node, List<HypothesisSpec> hypotheses)
    {
        var result = new List<EvidenceSpec>();
        if (node is null) return result;
        var known = hypotheses.Select(h => h.Id).ToList();
        foreach (var m in Items(path, node, "evidence", "each evidence item must be a mapping with 'claim', 'quote' or 'text', and 'ratings'"))
        {
            CheckKeys(path, m, EvidenceKeys, "evidence");
            var id = Scalar(path, m, "id") ?? $"E{result.Count + 1}";
            if (result.Any(e => e.Id == id)) throw Fail(path, Line(Child(m, "id") ?? m), $"evidence id '{id}' is used twice");
            var reference = Reference(path, m, $"evidence {id}", allowText: true);
            var text = Scalar(path, m, "text");
            var source = Scalar(path, m, "source");
            if (source is not null && text is null)
                throw Fail(path, Line(Child(m, "source")!), $"'source' belongs to an analyst's item with 'text'; a claim's source is the document it comes from");
            if (Child(m, "ratings") is not { } ratingsNode) throw Fail(path, Line(m), $"evidence {id} needs 'ratings', e.g. {{H1: C, H2: I}}");
            if (ratingsNode is not YamlMappingNode rm) throw Fail(path, Line(ratingsNode), "'ratings' must map hypothesis ids to ratings, e.g. {H1: C, H2: I}");
            var ratings = new List<RatingSpec>();
            foreach (var (k, v) in rm.Children)
            {
                var hypothesis = (k as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(hypothesis))
                    throw new ProblemException(known.Count == 0
                        ? Messages.AnalysisField(path, Line(k), $"evidence {id} rates '{hypothesis}' but case.yaml has no 'hypotheses'")
                        : Messages.UnknownHypothesis(path, Line(k), hypothesis, known));
                var value = v is YamlScalarNode s ? s.Value ?? "" : "";
                if (!Ratings.TryParse(value, out var rating)) throw new ProblemException(Messages.BadRating(path, Line(v), value));
                ratings.Add(new RatingSpec(hypothesis, rating, Line(v)));
            }
            result.Add(new EvidenceSpec(id, reference, text, source, Level(path, m, "credibility"), Level(path, m, "relevance"), ratings, Line(m)));
        }
        return result;
    }

    private static List<ForecastSpec> Forecasts(string path, YamlNode? node)
    {
        var result = new List<ForecastSpec>();
        if (node is null) return result;
        foreach (var m in Items(path, node, "forecasts", "each forecast must be a mapping with 'claim' or 'quote'"))
        {
            CheckKeys(path, m, ForecastKeys, "forecast");
            var reference = Reference(path, m, "a forecast", allowText: false)!;
            var probability = Child(m, "probability") is { } p ? ProbabilityValue(path, p) : (double?)null;
            Resolution? resolution = null;
            if (Child(m, "outcome") is { } o)
            {
                var outcome = (o as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" => true,
                    "false" or "no" => false,
                    var other => throw Fail(path, Line(o), $"outcome '{other}' must be true (it happened) or false (it did not)"),
                };
                resolution = new Resolution(outcome, Date(path, m, "resolved"), (Scalar(path, m, "note") ?? "").Trim());
            }
            else if ((Child(m, "resolved") ?? Child(m, "note")) is { } orphan)
                throw Fail(path, Line(orphan), "a resolution needs 'outcome' (true or false)");
            result.Add(new ForecastSpec(reference, probability, Date(path, m, "made"), Date(path, m, "deadline"), resolution, Line(m)));
        }
        var twice = result.GroupBy(f => f.Claim.Text, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw Fail(path, twice.ElementAt(1).Line, $"the forecast '{Short(twice.Key)}' is listed twice");
        return result;
    }

    /// <summary>Exactly one of claim, quote and (for evidence) text.</summary>
    private static ClaimReference? Reference(string path, YamlMappingNode m, string what, bool allowText)
    {
        var present = (allowText ? new[] { "claim", "quote", "text" } : ["claim", "quote"]).Where(k => Child(m, k) is not null).ToList();
        var expected = allowText ? "'claim' (an id), 'quote' (its words) or 'text' (your own item)" : "'claim' (an id) or 'quote' (its words)";
        if (present.Count == 0) throw Fail(path, Line(m), $"{what} needs {expected}");
        if (present.Count > 1) throw Fail(path, Line(Child(m, present[1])!), $"{what} has both '{present[0]}' and '{present[1]}'; give one of {expected}");
        // An analyst's item is its own text: there is nothing to look up, but there must be something to read.
        if (present[0] == "text") Required(path, m, "text", $"{what} has an empty 'text'");
        return present[0] switch
        {
            "claim" => new ClaimReference(Required(path, m, "claim", $"{what} has an empty 'claim'").Trim(), null, Line(Child(m, "claim")!)),
            "quote" => new ClaimReference(null, Required(path, m, "quote", $"{what} has an empty 'quote'"), Line(Child(m, "quote")!)),
            _ => null,
        };
    }

    /// <summary>Looks up every claim the spec points at and builds the ACH matrix and the forecasts.</summary>
    public static Result<CaseAnalysis> Resolve(AnalysisSpec spec, AssessedCase assessed) => Resolve(spec, assessed, AchModel.Default);

    public static Result<CaseAnalysis> Resolve(AnalysisSpec spec, AssessedCase assessed, AchModel model)
    {
        try
        {
            var hypotheses = spec.Hypotheses.Select(h => new Hypothesis(h.Id, h.Statement, h.Prior)).ToList();
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
            return new CaseAnalysis(assessed, new AchMatrix(hypotheses, evidence), ForecastBuilder.Build(assessed, overrides));
        }
        catch (ProblemException e)
        {
            return e.Problem;
        }
    }

    private static EvidenceItem Item(string path, EvidenceSpec e, AssessedCase assessed, AchModel model)
    {
        var ratings = e.Ratings.ToDictionary(r => r.HypothesisId, r => r.Rating, StringComparer.Ordinal);
        if (e.Claim is { } reference)
        {
            var claim = Find(path, reference, assessed);
            var grade = assessed.Source(claim.DocumentId)?.Grade ?? Reading.SourceGrade.Unknown;
            return new EvidenceItem(e.Id, claim.Text, claim.Id, claim.DocumentId,
                e.Credibility ?? model.DefaultCredibility(grade, claim), e.Relevance ?? Analysis.Ach.Level.Medium, ratings);
        }
        Level credibility;
        if (e.Source is { } sourceId)
        {
            var source = assessed.Source(sourceId)
                ?? throw Fail(path, e.Line, $"evidence {e.Id} names source '{sourceId}', which is not in this case ({string.Join(", ", assessed.Sources.Select(s => s.Id))})");
            credibility = e.Credibility ?? model.DefaultCredibility(source.Grade, null);
        }
        else credibility = e.Credibility ?? model.AnalystCredibility;
        return new EvidenceItem(e.Id, e.Text!.Trim(), null, e.Source, credibility, e.Relevance ?? Analysis.Ach.Level.Medium, ratings);
    }

    /// <summary>The one claim a reference names: by id, or the one claim whose text holds the quoted words.</summary>
    public static Claim Find(string path, ClaimReference reference, AssessedCase assessed)
    {
        if (reference.ClaimId is { } id)
        {
            var claim = assessed.Claims.FirstOrDefault(c => c.Id == id);
            if (claim is not null) return claim;
            var hash = id.LastIndexOf('#');
            var sourceId = hash > 0 ? id[..hash] : id;
            var why = assessed.Source(sourceId) is null
                ? $"no source '{sourceId}' in this case (an id is source#number, e.g. {assessed.Claims.FirstOrDefault()?.Id ?? "wire-chronology#12"})"
                : $"source '{sourceId}' has units #1 to #{assessed.ClaimsOf(sourceId).Count()}";
            throw new ProblemException(Messages.UnresolvedClaim(path, reference.Line, id, why));
        }
        var quote = Normalise(reference.Quote ?? "");
        var matches = assessed.Claims.Where(c => c.IsClaim && Normalise(c.Text).Contains(quote, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ProblemException(Messages.UnresolvedClaim(path, reference.Line, Short(reference.Quote!), "no claim contains these words")),
            _ => throw new ProblemException(Messages.AmbiguousQuote(path, reference.Line, Short(reference.Quote!), matches.Take(4).Select(c => c.Id))),
        };
    }

    /// <summary>Case, runs of white space and typographic quotes and dashes do not matter to a quote: a user types what they see.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' or '«' or '»' or '„' => '"',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(ch),
            });
        }
        return sb.ToString();
    }

    /// <summary>Loads a case folder for analysis, at the edge where files and the store are touched: case.yaml, an assessment of
    /// its sources (into the store at <paramref name="storePath"/>, or into memory when none is given), then the analysis keys.</summary>
    public static Result<CaseAnalysis> Open(string folder, LanguageData data, string? storePath = null)
    {
        var opened = CaseInput.Open([folder], storePath ?? ":memory:", data);
        return opened.Ok ? opened.Value!.Analysis(data) : opened.Problem!;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static IEnumerable<YamlMappingNode> Items(string path, YamlNode node, string key, string itemShape)
    {
        if (node is not YamlSequenceNode seq) throw Fail(path, Line(node), $"'{key}' must be a list");
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode m) throw Fail(path, Line(item), itemShape);
            yield return m;
        }
    }

    private static YamlFields Fields(string path) => new(path, Messages.AnalysisField);

    private static ProblemException Fail(string path, long line, string why) => Fields(path).Error(line, why);

    private static long Line(YamlNode node) => YamlFields.Line(node);

    private static YamlNode? Child(YamlMappingNode m, string key) => YamlFields.Child(m, key);

    private static void CheckKeys(string path, YamlMappingNode m, string[] allowed, string what) => Fields(path).CheckKeys(m, allowed, what);

    private static string? Scalar(string path, YamlMappingNode m, string key) => Fields(path).Scalar(m, key);

    private static string Required(string path, YamlMappingNode m, string key, string why) =>
        Scalar(path, m, key) ?? throw Fail(path, Line(Child(m, key) ?? m), why);

    private static Level? Level(string path, YamlMappingNode m, string key)
    {
        var text = Scalar(path, m, key);
        if (text is null) return null;
        return Ratings.TryParseLevel(text, out var level) ? level : throw new ProblemException(Messages.BadLevel(path, Line(Child(m, key)!), key, text));
    }

    private static double ProbabilityValue(string path, YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
        {
            if (percent) p /= 100;
            if (p is >= 0 and <= 1) return p;
        }
        throw new ProblemException(Messages.BadProbability(path, Line(node), text));
    }

    private static DateOnly? Date(string path, YamlMappingNode m, string key) => Fields(path).Date(m, key);
}
