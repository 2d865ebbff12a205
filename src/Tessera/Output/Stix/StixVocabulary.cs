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
        // The files' formats have checked scales, stances, bands, grades, opinions and codes; a later row for the same key wins.
        foreach (var row in data.Rows("output/stix-confidence.tsv"))
        {
            int? value = row[2] == "-" ? null : row.Integer(2, "confidence");
            if (row[0] == "band") _bandConfidence[row[1]] = value;
            else _credibilityConfidence[row.Integer(1, "credibility grade")] = value;
        }
        foreach (var row in data.Rows("output/opinions.tsv"))
            (row[0] == "band" ? _bandOpinion : _flagOpinion)[row[1]] = row[2];
        foreach (var row in data.Rows("output/country-codes.tsv")) _countryCodes[row[0]] = row[1];
    }

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
