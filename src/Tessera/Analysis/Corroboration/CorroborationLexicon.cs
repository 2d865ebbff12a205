namespace Tessera.Analysis.Corroboration;

/// <summary>Words before a figure that widen it into an interval: "nearly 10,000" reads 9,500 to 10,000.</summary>
/// <param name="Reading">around, below, above or at-most (analysis/approximations.tsv).</param>
public sealed record Approximation(IReadOnlyList<string> Words, string Reading, double Tolerance)
{
    /// <summary>The interval a number written after these words stands for.</summary>
    public (double Low, double High) Widen(double value) => Reading switch
    {
        "around" => (value * (1 - Tolerance), value * (1 + Tolerance)),
        "below" => (value * (1 - Tolerance), value),
        "above" => (value, double.PositiveInfinity),
        _ => (0, value),
    };
}

/// <summary>The word lists and settings corroboration reads: analysis/corroboration.tsv, stopwords.tsv, concepts.tsv,
/// quantities.tsv, approximations.tsv, number-words.tsv, polarity.tsv and the retraction words of figures.tsv, with the month names of language/calendar.tsv and the negations of
/// lexicon/negation.tsv.</summary>
public sealed class CorroborationLexicon
{
    private readonly Dictionary<string, double> _settings = new(StringComparer.Ordinal);

    /// <param name="takingBack">The figure reader's acts of taking back (<see cref="Events.FigureReader.TakingBack"/>): one reading
    /// of figures.tsv serves figures and statements.</param>
    public CorroborationLexicon(LanguageData data, Language.FunctionWords functionWords, IReadOnlyList<string[]> takingBack)
    {
        foreach (var row in data.Rows("analysis/corroboration.tsv")) _settings[row[0]] = row.Number(1, "value");
        MinTerms = (int)Setting("min-terms");
        SameStatement = Setting("same-statement");
        SharedDate = Setting("shared-date");
        OtherDate = Setting("other-date");
        SharedFigure = Setting("shared-figure");
        OtherFigure = Setting("other-figure");
        Unanchored = Setting("unanchored");
        GroupCohesion = Setting("group-cohesion");
        PolaritySimilarity = Setting("polarity-similarity");
        Copy = Setting("copy");
        CopiedDocument = Setting("copied-document");
        Approximate = Setting("approximate");
        WindowAfter = (int)Setting("window-after");
        WindowBefore = (int)Setting("window-before");
        CommonTerm = (int)Setting("common-term");
        TakenBack = Setting("taken-back");
        RetractionCues = takingBack;
        FunctionWords = functionWords;

        Stopwords = data.Rows("analysis/stopwords.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/concepts.tsv")) Concepts[row[0]] = row[1];
        NumberWords = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/number-words.tsv")) NumberWords[row[0]] = row.Number(1, "value");
        Negators = data.Rows("lexicon/negation.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/polarity.tsv"))
        {
            switch (row[1])
            {
                case "negative": Negators.Add(row[0]); break;
                case "idiom": Idioms.Add(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                default: throw new InvalidOperationException($"polarity role '{row[1]}' passed the file's format but has no reading");
            }
        }
        foreach (var row in data.Rows("analysis/quantities.tsv"))
        {
            switch (row[1])
            {
                case "unit":
                    Units[row[0]] = row[2];
                    if (row[3] == "either") UnitsBefore.Add(row[0]);
                    break;
                case "part": PartWords.Add(row[0]); break;
                default: throw new InvalidOperationException($"quantity role '{row[1]}' passed the file's format but has no reading");
            }
        }
        // A later row for the same phrase (a user's) wins; longer phrases are tried first ("no more than" before "more than").
        var approximations = new Dictionary<string, Approximation>(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/approximations.tsv"))
            approximations[row[0]] = new Approximation(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), row[1],
                row[2].Length > 0 ? row.Number(2, "tolerance") : 0);
        Approximations = approximations.Values.OrderByDescending(a => a.Words.Count).ToList();
        foreach (var row in data.Rows("language/calendar.tsv").Where(r => r[1] == "month"))
        {
            var month = row.Integer(2, "number");
            Months[row[0].ToLowerInvariant()] = month;
            foreach (var abbr in row[3].Split('|', StringSplitOptions.RemoveEmptyEntries)) Months[abbr.ToLowerInvariant()] = month;
        }
    }

    private double Setting(string name) =>
        _settings.TryGetValue(name, out var v) ? v
        : throw new ProblemException(Messages.MissingEntry("analysis/corroboration.tsv", $"the setting '{name}'"));

    /// <summary>Claims with fewer content terms are too thin to compare.</summary>
    public int MinTerms { get; }
    /// <summary>The similarity at which two claims of different sources state the same thing.</summary>
    public double SameStatement { get; }
    public double SharedDate { get; }
    public double OtherDate { get; }
    public double SharedFigure { get; }
    public double OtherFigure { get; }
    /// <summary>The lexical similarity two claims need when they share no actor, place, day or figure.</summary>
    public double Unanchored { get; }
    /// <summary>The mean similarity two groups' claims must reach to merge (average linkage).</summary>
    public double GroupCohesion { get; }
    /// <summary>The lexical similarity two grouped claims need before opposite polarity counts as a contradiction.</summary>
    public double PolaritySimilarity { get; }
    /// <summary>The lexical similarity at which a claim is a copy of another.</summary>
    public double Copy { get; }
    /// <summary>The share of a document's claims copied from another for the two to be one origin.</summary>
    public double CopiedDocument { get; }
    /// <summary>Relative difference within which figures agree when either is approximate.</summary>
    public double Approximate { get; }
    /// <summary>Claims a term may be carried by and still propose pairs to compare; a term more common says too little.</summary>
    public int CommonTerm { get; }
    /// <summary>The share of an earlier claim's terms a later claim of its origin with a retraction cue must repeat to take it back.</summary>
    public double TakenBack { get; }
    /// <summary>Acts that take something back ("withdrew", "retracted", "denied"), from analysis/figures.tsv.</summary>
    public IReadOnlyList<string[]> RetractionCues { get; }
    /// <summary>Forms of "be", pronouns and clause openers, which tell who takes a statement back.</summary>
    public Language.FunctionWords FunctionWords { get; }
    public int WindowAfter { get; }
    public int WindowBefore { get; }

    public HashSet<string> Stopwords { get; }
    public Dictionary<string, string> Concepts { get; }
    public Dictionary<string, double> NumberWords { get; }
    public HashSet<string> Negators { get; }
    /// <summary>Phrases whose negation word negates nothing ("no doubt", "no more than").</summary>
    public List<string[]> Idioms { get; } = [];
    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);
    /// <summary>Units that may also stand before their number ("a toll of 164").</summary>
    public HashSet<string> UnitsBefore { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a figure that make it an interval (analysis/approximations.tsv), longest first.</summary>
    public IReadOnlyList<Approximation> Approximations { get; }
    public HashSet<string> PartWords { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);
}
