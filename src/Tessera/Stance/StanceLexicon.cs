using Tessera.Language;

namespace Tessera.Stance;

/// <summary>A cue word and the family and condition the lexicon gives it.</summary>
public sealed record CueEntry(string Phrase, string Family, string Condition);

/// <summary>A future marker and the probability a prediction carries when no estimative word sets one.</summary>
public sealed record FutureEntry(string Phrase, string Kind, double DefaultProbability, string Condition);

/// <summary>A reporting or cognition verb form and what its subject must say for it to attribute content.</summary>
public sealed record ReportingVerb(string Lemma, string Form, string Class, string Content);

/// <summary>Every stance resource, loaded once from the bundled files and any user folder.</summary>
public sealed class StanceLexicon
{
    public StanceLexicon(LanguageData data)
    {
        Bands = data.Rows("lexicon/bands.tsv", 3)
            .Select(r => new LikelihoodBand(r[0], Percent(r, 1), Percent(r, 2))).ToDictionary(b => b.Name, StringComparer.Ordinal);
        var estimative = data.Rows("lexicon/estimative.tsv", 2).Select(r =>
        {
            if (!Bands.ContainsKey(r[1])) throw new ProblemException(Messages.BadLexicon(r.File, r.Line, $"unknown band '{r[1]}'"));
            return (r[0], Bands[r[1]]);
        }).ToList();
        Estimative = new PhraseMatcher<LikelihoodBand>(estimative);
        Hedges = Matcher(data, "lexicon/hedges.tsv");
        Boosters = Matcher(data, "lexicon/boosters.tsv");
        Unverified = Matcher(data, "lexicon/unverified.tsv");
        Future = new PhraseMatcher<FutureEntry>(data.Rows("lexicon/future.tsv", 3).Select(r =>
        {
            if (!double.TryParse(r[2], System.Globalization.CultureInfo.InvariantCulture, out var p) || p is < 0 or > 1)
                throw new ProblemException(Messages.BadLexicon(r.File, r.Line, $"'{r[2]}' is not a probability between 0 and 1"));
            return (r[0], new FutureEntry(r[0], r[1], p, r[3]));
        }));
        Reporting = new PhraseMatcher<ReportingVerb>(data.Rows("lexicon/reporting-verbs.tsv", 4)
            .SelectMany(r => r[1].Split('|').Select(f => (f, new ReportingVerb(r[0], f, r[2], r[3])))));
        Negations = Words(data, "lexicon/negation.tsv");
        EpistemicFirstWords = Hedges.FirstWords.Concat(Boosters.FirstWords).Concat(Unverified.FirstWords)
            .Concat(Estimative.FirstWords).Concat(Future.FirstWords).ToHashSet(StringComparer.Ordinal);
        ContentNouns = Words(data, "lexicon/content-nouns.tsv");
        StativeVerbs = Words(data, "lexicon/stative-verbs.tsv");
        var sources = data.Rows("lexicon/source-nouns.tsv");
        SourceNouns = sources.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        AnaphoricSourceNouns = sources.Where(r => r[1] == "yes").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        PersonNouns = sources.Where(r => r[2] == "person").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Titles = new PhraseMatcher<bool>(data.Rows("gazetteer/titles.tsv").Select(r => (r[0], true)));
    }

    public static StanceLexicon Default => _default.Value;

    /// <summary>The bundled lexicon, loaded once, or one read from a user's folder.</summary>
    public static StanceLexicon For(LanguageData data) => ReferenceEquals(data, LanguageData.Bundled) ? Default : new StanceLexicon(data);
    private static readonly Lazy<StanceLexicon> _default = new(() => new StanceLexicon(LanguageData.Bundled));

    public IReadOnlyDictionary<string, LikelihoodBand> Bands { get; }
    public PhraseMatcher<LikelihoodBand> Estimative { get; }
    public PhraseMatcher<CueEntry> Hedges { get; }
    public PhraseMatcher<CueEntry> Boosters { get; }
    public PhraseMatcher<CueEntry> Unverified { get; }
    public PhraseMatcher<FutureEntry> Future { get; }
    public PhraseMatcher<ReportingVerb> Reporting { get; }
    public HashSet<string> Negations { get; }
    /// <summary>Every word an epistemic cue can start with: a unit's tokens are looked up here once, and only the tokens found
    /// are tried against each lexicon.</summary>
    public HashSet<string> EpistemicFirstWords { get; }
    public HashSet<string> ContentNouns { get; }
    public HashSet<string> StativeVerbs { get; }
    public HashSet<string> SourceNouns { get; }

    /// <summary>A noun that can head a source, in the singular or the plural ("agency", "agencies").</summary>
    public bool IsSourceNoun(string lower) =>
        SourceNouns.Contains(lower)
        || (lower.EndsWith("ies", StringComparison.Ordinal) && SourceNouns.Contains(lower[..^3] + "y"))
        || (lower.EndsWith('s') && SourceNouns.Contains(lower[..^1]))
        || SourceNouns.Contains(lower + "s");
    public HashSet<string> AnaphoricSourceNouns { get; }
    public HashSet<string> PersonNouns { get; }
    /// <summary>Titles ("the President", "the Head of State") that stand for a person already introduced.</summary>
    public PhraseMatcher<bool> Titles { get; }

    private static double Percent(DataRow r, int i) =>
        double.TryParse(r[i], System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 100
            ? v / 100 : throw new ProblemException(Messages.BadLexicon(r.File, r.Line, $"'{r[i]}' is not a percentage"));

    private static PhraseMatcher<CueEntry> Matcher(LanguageData data, string name) =>
        new(data.Rows(name, 2).Select(r => (r[0], new CueEntry(r[0], r[1], r[2]))));

    private static HashSet<string> Words(LanguageData data, string name) =>
        data.Rows(name).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
}
