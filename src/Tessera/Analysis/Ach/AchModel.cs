using System.Globalization;
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
        foreach (var row in data.Rows("analysis/ach-ratings.tsv", 3))
        {
            var rating = ParseRating(row);
            _inconsistency[rating] = Number(row, 1);
            _scale[rating] = (int)Number(row, 2);
        }
        foreach (var row in data.Rows("analysis/ach-weights.tsv", 2))
        {
            if (!Ratings.TryParseLevel(row[0], out var level)) throw Bad(row, $"'{row[0]}' is not low, medium or high");
            _weights[level] = Number(row, 1);
        }
        foreach (var row in data.Rows("analysis/ach-likelihoods.tsv", 2))
        {
            var p = Number(row, 1);
            // A likelihood of 0 would let one rating veto a hypothesis outright; ACH ratings are judgments, not proofs.
            if (p is <= 0 or > 1) throw Bad(row, $"'{row[1]}' is not a likelihood above 0 and at most 1");
            _likelihood[ParseRating(row)] = p;
        }
        foreach (var row in data.Rows("analysis/ach-credibility.tsv", 3))
        {
            switch (row[0])
            {
                case "reliability" when row[1].Length == 1:
                    _reliability[char.ToUpperInvariant(row[1][0])] = ParseLevel(row, 2);
                    break;
                case "information" when int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    _information[n] = ParseLevel(row, 2);
                    break;
                case "stance":
                    _stanceShift[row[1]] = (int)Number(row, 2);
                    break;
                case "analyst":
                    AnalystCredibility = ParseLevel(row, 2);
                    break;
                default:
                    throw Bad(row, $"unknown credibility rule '{row[0]}\t{row[1]}'");
            }
        }
        foreach (var r in Enum.GetValues<Rating>())
            if (!_inconsistency.ContainsKey(r) || !_likelihood.ContainsKey(r))
                throw new ProblemException(Messages.BadLexicon("analysis/ach-ratings.tsv", 0, $"rating {r} needs a score and a likelihood"));
        foreach (var l in Enum.GetValues<Level>())
            if (!_weights.ContainsKey(l)) throw new ProblemException(Messages.BadLexicon("analysis/ach-weights.tsv", 0, $"level {Ratings.Name(l)} has no weight"));
    }

    /// <summary>The bundled model: PARC's weights and Tessera's likelihoods.</summary>
    public static AchModel Default => _default.Value;
    private static readonly Lazy<AchModel> _default = new(() => new AchModel(LanguageData.Bundled));

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

    private static Rating ParseRating(DataRow row) =>
        Ratings.TryParse(row[0], out var r) ? r : throw Bad(row, $"'{row[0]}' is not an ACH rating");

    private static Level ParseLevel(DataRow row, int cell) =>
        Ratings.TryParseLevel(row[cell], out var l) ? l : throw Bad(row, $"'{row[cell]}' is not low, medium or high");

    private static double Number(DataRow row, int cell) =>
        double.TryParse(row[cell], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw Bad(row, $"'{row[cell]}' is not a number");

    private static ProblemException Bad(DataRow row, string why) => new(Messages.BadLexicon(row.File, row.Line, why));
}
