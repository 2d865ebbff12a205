using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>Reads the hypotheses, evidence and forecasts of case.yaml into plain records, checking their shape (keys, ids,
/// probabilities, references between them); what a rating or a level means is left to the analysis stage.</summary>
internal static class CaseYamlAnalysis
{
    private static readonly string[] HypothesisKeys = ["id", "statement", "prior", "proposed"];
    private static readonly string[] EvidenceKeys = ["id", "claim", "quote", "text", "source", "credibility", "relevance", "ratings", "proposed"];
    private static readonly string[] RatingKeys = ["rating", "by"];
    private static readonly string[] ForecastKeys = ["claim", "quote", "source", "probability", "made", "deadline", "outcome", "resolved", "note"];

    /// <summary>Priors given for every hypothesis must add up to one within this much: they are written by hand to two places.</summary>
    private const double PriorSlack = 0.01;

    public static CaseFile Read(string path, YamlMappingNode root, CaseFile file)
    {
        var fields = new YamlFields(path, Messages.AnalysisField);
        var hypotheses = Hypotheses(fields, YamlFields.Child(root, "hypotheses"));
        return file with
        {
            Hypotheses = hypotheses,
            Evidence = Evidence(fields, YamlFields.Child(root, "evidence"), hypotheses),
            Forecasts = Forecasts(fields, YamlFields.Child(root, "forecasts")),
        };
    }

    private static List<CaseHypothesis> Hypotheses(YamlFields f, YamlNode? node)
    {
        var result = new List<CaseHypothesis>();
        if (node is null) return result;
        foreach (var m in Items(f, node, "hypotheses", "each hypothesis must be a mapping with 'id' and 'statement'"))
        {
            f.CheckKeys(m, HypothesisKeys, "hypothesis");
            var id = Required(f, m, "id", "a hypothesis needs 'id' (e.g. H1)");
            if (result.Any(h => h.Id == id)) throw f.Error(Line(Child(m, "id")!), $"hypothesis id '{id}' is used twice");
            var statement = Required(f, m, "statement", $"hypothesis {id} needs 'statement'");
            double? prior = null;
            if (Child(m, "prior") is { } p)
            {
                prior = Probability(f.Path, p);
                if (prior is 0) throw new ProblemException(Messages.BadPriors(f.Path, Line(p), $"the prior of {id} is 0, so no evidence could ever raise it; leave the hypothesis out instead"));
            }
            result.Add(new CaseHypothesis(id, statement, prior, Line(m), Proposed(f, m)));
        }
        CheckPriors(f.Path, node, result);
        return result;
    }

    private static void CheckPriors(string path, YamlNode node, List<CaseHypothesis> hypotheses)
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

    private static List<CaseEvidence> Evidence(YamlFields f, YamlNode? node, List<CaseHypothesis> hypotheses)
    {
        var result = new List<CaseEvidence>();
        if (node is null) return result;
        var known = hypotheses.Select(h => h.Id).ToList();
        foreach (var m in Items(f, node, "evidence", "each evidence item must be a mapping with 'claim', 'quote' or 'text', and 'ratings'"))
        {
            f.CheckKeys(m, EvidenceKeys, "evidence");
            var id = f.Scalar(m, "id") ?? $"E{result.Count + 1}";
            if (result.Any(e => e.Id == id)) throw f.Error(Line(Child(m, "id") ?? m), $"evidence id '{id}' is used twice");
            var reference = Reference(f, m, $"evidence {id}", allowText: true);
            var text = f.Scalar(m, "text");
            var source = f.Scalar(m, "source");
            if (source is not null && reference?.ClaimId is not null)
                throw f.Error(Line(Child(m, "source")!), "'source' goes with 'quote' (the source to find the words in) or 'text' (where your item comes from); a claim id names its source already");
            if (Child(m, "ratings") is not { } ratingsNode) throw f.Error(Line(m), $"evidence {id} needs 'ratings', e.g. {{H1: C, H2: I}}");
            if (ratingsNode is not YamlMappingNode rm) throw f.Error(Line(ratingsNode), "'ratings' must map hypothesis ids to ratings, e.g. {H1: C, H2: I}");
            var ratings = new List<CaseRating>();
            foreach (var (k, v) in rm.Children)
            {
                var hypothesis = (k as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(hypothesis))
                    throw new ProblemException(known.Count == 0
                        ? Messages.AnalysisField(f.Path, Line(k), $"evidence {id} rates '{hypothesis}' but case.yaml has no 'hypotheses'")
                        : Messages.UnknownHypothesis(f.Path, Line(k), hypothesis, known));
                ratings.Add(Rating(f, hypothesis, v));
            }
            result.Add(new CaseEvidence(id, reference, text, source, Written(f, m, "credibility"), Written(f, m, "relevance"), ratings, Line(m), Proposed(f, m)));
        }
        return result;
    }

    /// <summary>A rating as a bare value (`H1: C`) or with the analyst who gave it (`H1: {rating: C, by: alice}`).</summary>
    private static CaseRating Rating(YamlFields f, string hypothesis, YamlNode v)
    {
        if (v is not YamlMappingNode m) return new CaseRating(hypothesis, new WrittenValue(v is YamlScalarNode s ? s.Value ?? "" : "", Line(v)));
        f.CheckKeys(m, RatingKeys, "rating");
        var rating = Required(f, m, "rating", $"the rating of {hypothesis} needs 'rating' (CC, C, N, I, II or NA) beside 'by'");
        return new CaseRating(hypothesis, new WrittenValue(rating, Line(Child(m, "rating")!)), f.Scalar(m, "by")?.Trim());
    }

    /// <summary>`proposed: true` marks a draft of `tessera causes --propose`; false, or no key, an analyst's own item.</summary>
    private static bool Proposed(YamlFields f, YamlMappingNode m) =>
        Child(m, "proposed") is not { } node ? false
        : (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw f.Error(Line(node), $"proposed '{other}' must be true (a draft not yet confirmed) or false"),
        };

    private static List<CaseForecast> Forecasts(YamlFields f, YamlNode? node)
    {
        var result = new List<CaseForecast>();
        if (node is null) return result;
        foreach (var m in Items(f, node, "forecasts", "each forecast must be a mapping with 'claim' or 'quote'"))
        {
            f.CheckKeys(m, ForecastKeys, "forecast");
            var reference = Reference(f, m, "a forecast", allowText: false)!;
            if (reference.ClaimId is not null && Child(m, "source") is { } stray)
                throw f.Error(Line(stray), "'source' goes with 'quote' (the source to find the words in); a claim id names its source already");
            var probability = Child(m, "probability") is { } p ? Probability(f.Path, p) : (double?)null;
            bool? outcome = null;
            if (Child(m, "outcome") is { } o)
            {
                outcome = (o as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" => true,
                    "false" or "no" => false,
                    var other => throw f.Error(Line(o), $"outcome '{other}' must be true (it happened) or false (it did not)"),
                };
            }
            else if ((Child(m, "resolved") ?? Child(m, "note")) is { } orphan)
                throw f.Error(Line(orphan), "a resolution needs 'outcome' (true or false)");
            result.Add(new CaseForecast(reference, probability, f.Date(m, "made"), f.Date(m, "deadline"), outcome, f.Date(m, "resolved"),
                (f.Scalar(m, "note") ?? "").Trim(), Line(m)));
        }
        var twice = result.GroupBy(x => x.Claim.Text, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.ElementAt(1);
        if (twice is not null) throw f.Error(twice.Line, $"the forecast '{twice.Claim.Shown}' is listed twice");
        return result;
    }

    /// <summary>Exactly one of claim, quote and (for evidence) text.</summary>
    private static ClaimReference? Reference(YamlFields f, YamlMappingNode m, string what, bool allowText)
    {
        var present = (allowText ? new[] { "claim", "quote", "text" } : ["claim", "quote"]).Where(k => Child(m, k) is not null).ToList();
        var expected = allowText ? "'claim' (an id), 'quote' (its words) or 'text' (your own item)" : "'claim' (an id) or 'quote' (its words)";
        if (present.Count == 0) throw f.Error(Line(m), $"{what} needs {expected}");
        if (present.Count > 1) throw f.Error(Line(Child(m, present[1])!), $"{what} has both '{present[0]}' and '{present[1]}'; give one of {expected}");
        // An analyst's item is its own text: there is nothing to look up, but there must be something to read.
        if (present[0] == "text") Required(f, m, "text", $"{what} has an empty 'text'");
        return present[0] switch
        {
            "claim" => new ClaimReference(Required(f, m, "claim", $"{what} has an empty 'claim'").Trim(), null, Line(Child(m, "claim")!)),
            "quote" => new ClaimReference(null, Required(f, m, "quote", $"{what} has an empty 'quote'"), Line(Child(m, "quote")!), f.Scalar(m, "source")),
            _ => null,
        };
    }

    private static WrittenValue? Written(YamlFields f, YamlMappingNode m, string key) =>
        f.Scalar(m, key) is { } text ? new WrittenValue(text, Line(Child(m, key)!)) : null;

    /// <summary>A probability as a number from 0 to 1 or a percentage ("60%").</summary>
    private static double Probability(string path, YamlNode node)
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

    private static IEnumerable<YamlMappingNode> Items(YamlFields f, YamlNode node, string key, string itemShape)
    {
        if (node is not YamlSequenceNode seq) throw f.Error(Line(node), $"'{key}' must be a list");
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode m) throw f.Error(Line(item), itemShape);
            yield return m;
        }
    }

    private static string Required(YamlFields f, YamlMappingNode m, string key, string why) =>
        f.Scalar(m, key) ?? throw f.Error(Line(Child(m, key) ?? m), why);

    private static long Line(YamlNode node) => YamlFields.Line(node);

    private static YamlNode? Child(YamlMappingNode m, string key) => YamlFields.Child(m, key);
}
