using Tessera.Language;

namespace Tessera.Stance;

/// <summary>A cue word and the family and condition the lexicon gives it.</summary>
public sealed record CueEntry(string Phrase, string Family, string Condition);

/// <summary>A future marker and the probability a prediction carries when no estimative word sets one.</summary>
public sealed record FutureEntry(string Phrase, string Kind, double DefaultProbability, string Condition);

/// <summary>A reporting or cognition verb form and what its subject must say for it to attribute content.</summary>
public sealed record ReportingVerb(string Lemma, string Form, string Class, string Content);

/// <summary>Every stance resource: the lexicons of lexicon/ and the titles of the gazetteer, checked as they load.</summary>
public sealed class StanceLexicon
{
    public StanceLexicon(LanguageData data)
    {
        // A later row for the same band (a user's) redraws it.
        var bands = new Dictionary<string, LikelihoodBand>(StringComparer.Ordinal);
        foreach (var r in data.Rows("lexicon/bands.tsv")) bands[r[0]] = new LikelihoodBand(r[0], r.Number(1, "lowest") / 100, r.Number(2, "highest") / 100);
        Bands = bands;
        Estimative = new PhraseMatcher<LikelihoodBand>(data.Rows("lexicon/estimative.tsv").Select(r => (r[0], Bands[r[1]])));
        Hedges = Matcher(data, "lexicon/hedges.tsv");
        Boosters = Matcher(data, "lexicon/boosters.tsv");
        Unverified = Matcher(data, "lexicon/unverified.tsv");
        VagueSources = Matcher(data, "lexicon/vague-sources.tsv");
        Future = new PhraseMatcher<FutureEntry>(data.Rows("lexicon/future.tsv").Select(r => (r[0], new FutureEntry(r[0], r[1], r.Number(2, "default probability"), r[3]))));
        Reporting = new PhraseMatcher<ReportingVerb>(data.Rows("lexicon/reporting-verbs.tsv")
            .SelectMany(r => r[1].Split('|').Select(f => (f, new ReportingVerb(r[0], f, r[2], r[3])))));
        Negations = Words(data, "lexicon/negation.tsv");
        EpistemicFirstWords = new WordTable<bool>(Hedges.FirstWords.Concat(Boosters.FirstWords).Concat(Unverified.FirstWords)
            .Concat(Estimative.FirstWords).Concat(Future.FirstWords).Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)).ToList());
        ContentNouns = Words(data, "lexicon/content-nouns.tsv");
        StativeVerbs = Words(data, "lexicon/stative-verbs.tsv");
        var sources = data.Rows("lexicon/source-nouns.tsv");
        SourceNouns = sources.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        AnaphoricSourceNouns = sources.Where(r => r[1] == "yes").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        PersonNouns = sources.Where(r => r[2] == "person").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Titles = new PhraseMatcher<bool>(data.Rows("gazetteer/titles.tsv").Select(r => (r[0], true)));
        SourcePhrases = new PhraseMatcher<bool>(data.Rows("lexicon/source-phrases.tsv").Select(r => (r[0], true)));
        ModalReadings = new ModalReadings(data);
        OriginCues = new PhraseMatcher<string>(data.Rows("lexicon/origin-cues.tsv").Select(r => (r[0], r[1])));
    }

    public IReadOnlyDictionary<string, LikelihoodBand> Bands { get; }
    public PhraseMatcher<LikelihoodBand> Estimative { get; }
    public PhraseMatcher<CueEntry> Hedges { get; }
    public PhraseMatcher<CueEntry> Boosters { get; }
    public PhraseMatcher<CueEntry> Unverified { get; }
    /// <summary>Unnamed sources, impersonal belief and vague groups (lexicon/vague-sources.tsv).</summary>
    public PhraseMatcher<CueEntry> VagueSources { get; }
    public PhraseMatcher<FutureEntry> Future { get; }
    public PhraseMatcher<ReportingVerb> Reporting { get; }
    public HashSet<string> Negations { get; }
    /// <summary>Every word an epistemic cue can start with: a unit's tokens are looked up here once, and only the tokens found
    /// are tried against each lexicon.</summary>
    public WordTable<bool> EpistemicFirstWords { get; }
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
    /// <summary>Words around a modal that make it permission, ability, a request, a habit, an offer or a supposition.</summary>
    public ModalReadings ModalReadings { get; }
    /// <summary>Phrases the source follows ("according to").</summary>
    public PhraseMatcher<bool> SourcePhrases { get; }
    /// <summary>Cues that name who first made a claim, with their role {cited, speaker} (lexicon/origin-cues.tsv).</summary>
    public PhraseMatcher<string> OriginCues { get; }

    private static PhraseMatcher<CueEntry> Matcher(LanguageData data, string name) =>
        new(data.Rows(name).Select(r => (r[0], new CueEntry(r[0], r[1], r[2]))));

    private static HashSet<string> Words(LanguageData data, string name) =>
        data.Rows(name).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
}
