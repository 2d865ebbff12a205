using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Analysis.Ach;

/// <summary>The numbers ACH runs on, read from the analysis/ach-*.tsv data files: what each rating scores, what credibility and
/// relevance weigh, how the Bayesian reading turns a rating into a likelihood, and the credibility an item gets by default.</summary>
public sealed class AchModel
{
    private readonly Dictionary<Rating, double> _inconsistency = [];
    private readonly Dictionary<Rating, int> _scale = [];
    private readonly Dictionary<Level, double> _weights = [];
    private readonly Dictionary<Rating, double> _likelihood = [];
    private readonly Dictionary<char, Level> _reliability = [];
    private readonly Dictionary<int, Level> _information = [];
    private readonly Dictionary<string, int> _stanceShift = new(StringComparer.Ordinal);

    public AchModel(LanguageData data)
    {
        foreach (var row in data.Rows("analysis/ach-ratings.tsv"))
        {
            var rating = ParseRating(row);
            _inconsistency[rating] = Number(row, 1);
            _scale[rating] = (int)Number(row, 2);
        }
        foreach (var row in data.Rows("analysis/ach-weights.tsv")) _weights[ParseLevel(row, 0)] = Number(row, 1);
        foreach (var row in data.Rows("analysis/ach-likelihoods.tsv"))
        {
            var p = Number(row, 1);
            // A likelihood of 0 would let one rating veto a hypothesis outright; ACH ratings are judgments, not proofs.
            if (p is <= 0 or > 1) throw Bad(row, $"'{row[1]}' is not a likelihood above 0 and at most 1");
            _likelihood[ParseRating(row)] = p;
        }
        // The file's format has checked each kind's key and value.
        foreach (var row in data.Rows("analysis/ach-credibility.tsv"))
        {
            switch (row[0])
            {
                case "reliability": _reliability[row[1][0]] = ParseLevel(row, 2); break;
                case "information": _information[row.Integer(1, "credibility grade")] = ParseLevel(row, 2); break;
                case "stance": _stanceShift[row[1]] = row.Integer(2, "shift in levels"); break;
                default: AnalystCredibility = ParseLevel(row, 2); break;
            }
        }
        foreach (var r in Enum.GetValues<Rating>())
        {
            if (!_inconsistency.ContainsKey(r)) throw new ProblemException(Messages.MissingEntry("analysis/ach-ratings.tsv", $"the rating {r}"));
            if (!_likelihood.ContainsKey(r)) throw new ProblemException(Messages.MissingEntry("analysis/ach-likelihoods.tsv", $"the rating {r}"));
        }
        foreach (var l in Enum.GetValues<Level>())
            if (!_weights.ContainsKey(l)) throw new ProblemException(Messages.MissingEntry("analysis/ach-weights.tsv", $"the weight of level {Ratings.Name(l)}"));
    }

    /// <summary>PARC ACH's score of a rating: I -1, II -2, the rest 0.</summary>
    public double Inconsistency(Rating r) => _inconsistency[r];

    /// <summary>Where a rating sits between CC (+2) and II (-2).</summary>
    public int Scale(Rating r) => _scale[r];

    public double Weight(Level level) => _weights[level];

    /// <summary>An item's weight: its credibility weight times its relevance weight (PARC ACH).</summary>
    public double Weight(EvidenceItem item) => _weights[item.Credibility] * _weights[item.Relevance];

    /// <summary>P(E|H) for a rating, in the Bayesian reading.</summary>
    public double Likelihood(Rating r) => _likelihood[r];

    public Level AnalystCredibility { get; private set; } = Level.Medium;

    /// <summary>The credibility of a claim taken as evidence when the analyst gives none: the weaker of its source's two grades,
    /// lowered for a hedged or unverified stance.</summary>
    public Level DefaultCredibility(SourceGrade grade, Claim? claim)
    {
        var reliability = _reliability.GetValueOrDefault(grade.Reliability, Level.Medium);
        var information = _information.GetValueOrDefault(grade.Credibility, Level.Medium);
        var level = (Level)Math.Min((int)reliability, (int)information);
        if (claim is null) return level;
        // The file gives shifts (-1, -2); the largest drop that applies wins, they do not add up.
        var shift = 0;
        if (claim.Hedged) shift = Math.Min(shift, _stanceShift.GetValueOrDefault("hedged"));
        if (claim.Unverified) shift = Math.Min(shift, _stanceShift.GetValueOrDefault("unverified"));
        return Ratings.Lower(level, -shift);
    }

    // The files' formats have checked ratings and levels; these read them.
    private static Rating ParseRating(DataRow row) =>
        Ratings.TryParse(row[0], out var r) ? r : throw new InvalidOperationException($"'{row[0]}' passed the format but is not a rating");

    private static Level ParseLevel(DataRow row, int cell) =>
        Ratings.TryParseLevel(row[cell], out var l) ? l : throw new InvalidOperationException($"'{row[cell]}' passed the format but is not a level");

    private static double Number(DataRow row, int cell) => row.Number(cell, "number");

    private static ProblemException Bad(DataRow row, string why) => new(Messages.BadLexicon(row.File, row.Line, why));
}
