using System.Globalization;
using Tessera.Stance;

namespace Tessera.Output.Stix;

/// <summary>The data the STIX mapping reads from files: confidence per band and credibility, opinion per stance, ISO code per country.</summary>
public sealed class StixVocabulary
{
    /// <summary>The five values of the STIX 2.1 opinion-enum (§4.15), weakest agreement first.</summary>
    public static IReadOnlyList<string> Opinions { get; } = ["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"];

    private readonly Dictionary<string, int?> _bandConfidence = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?> _credibilityConfidence = [];
    private readonly Dictionary<string, string> _bandOpinion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _flagOpinion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countryCodes = new(StringComparer.Ordinal);

    public StixVocabulary(LanguageData data)
    {
        var bands = StanceLexicon.For(data).Bands;
        foreach (var row in data.Rows("output/confidence.tsv", 3))
        {
            int? value = row[2] == "-" ? null
                : int.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= 100 ? v
                : throw Bad(row, $"'{row[2]}' is not a confidence from 0 to 100 (or '-' for none)");
            switch (row[0])
            {
                case "band" when bands.ContainsKey(row[1]): _bandConfidence[row[1]] = value; break;
                case "band": throw Bad(row, $"unknown band '{row[1]}' (expected one of: {string.Join(", ", bands.Keys)})");
                case "credibility" when row[1].Length == 1 && row[1][0] is >= '1' and <= '6': _credibilityConfidence[row[1][0] - '0'] = value; break;
                case "credibility": throw Bad(row, $"credibility '{row[1]}' is not 1-6");
                default: throw Bad(row, $"unknown scale '{row[0]}' (expected band or credibility)");
            }
        }
        foreach (var row in data.Rows("output/opinions.tsv", 3))
        {
            if (!Opinions.Contains(row[2])) throw Bad(row, $"'{row[2]}' is not a STIX opinion (expected one of: {string.Join(", ", Opinions)})");
            switch (row[0])
            {
                case "band" when bands.ContainsKey(row[1]): _bandOpinion[row[1]] = row[2]; break;
                case "band": throw Bad(row, $"unknown band '{row[1]}'");
                case "flag" when row[1] is "boosted" or "hedged": _flagOpinion[row[1]] = row[2]; break;
                default: throw Bad(row, $"unknown stance '{row[0]} {row[1]}' (expected a band, or flag boosted or hedged)");
            }
        }
        foreach (var row in data.Rows("output/country-codes.tsv", 2))
        {
            if (row[1].Length != 2 || !row[1].All(char.IsAsciiLetterUpper)) throw Bad(row, $"'{row[1]}' is not an ISO 3166-1 alpha-2 code (two capital letters)");
            _countryCodes[row[0]] = row[1];
        }
    }

    public static StixVocabulary Default => _default.Value;
    private static readonly Lazy<StixVocabulary> _default = new(() => new StixVocabulary(LanguageData.Bundled));

    private static ProblemException Bad(DataRow row, string why) => new(Messages.BadLexicon(row.File, row.Line, why));

    /// <summary>Confidence for a claim: its band decides where it has one, else its source's credibility; null leaves it out.</summary>
    public int? Confidence(LikelihoodBand? band, int credibility) =>
        band is not null && _bandConfidence.TryGetValue(band.Name, out var b) ? b
        : _credibilityConfidence.GetValueOrDefault(credibility);

    /// <summary>The opinion a claim's stance expresses, or null where its words pass no judgement. A band decides first, then a booster, then a hedge.</summary>
    public string? Opinion(LikelihoodBand? band, bool boosted, bool hedged) =>
        band is not null && _bandOpinion.TryGetValue(band.Name, out var b) ? b
        : boosted && _flagOpinion.TryGetValue("boosted", out var up) ? up
        : hedged && _flagOpinion.TryGetValue("hedged", out var down) ? down
        : null;

    /// <summary>The ISO 3166-1 alpha-2 code of a gazetteer country, if the data knows it.</summary>
    public string? CountryCode(string country) => _countryCodes.GetValueOrDefault(country);
}
