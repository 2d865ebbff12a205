namespace Tessera;

/// <summary>One column of a resource file: its name, whether it may be left empty, and what a filled cell must be.</summary>
internal abstract record Column(string Name, bool Optional)
{
    public abstract void Check(DataRow row, int column, LanguageData data);
}

/// <summary>Free text: a phrase, a name, a description.</summary>
internal sealed record TextColumn(string Name, bool Optional) : Column(Name, Optional)
{
    public override void Check(DataRow row, int column, LanguageData data) { }
}

/// <summary>A closed column: one of a fixed set of values.</summary>
internal sealed record ChoiceColumn(string Name, bool Optional, IReadOnlyList<string> Allowed) : Column(Name, Optional)
{
    public override void Check(DataRow row, int column, LanguageData data) => row.OneOf(column, Name, Allowed);
}

/// <summary>A name another resource defines in its first column: a band of lexicon/bands.tsv, a code of cameo/codes.tsv.</summary>
internal sealed record KeyColumn(string Name, bool Optional, string File) : Column(Name, Optional)
{
    public override void Check(DataRow row, int column, LanguageData data) => row.OneOf(column, Name, data.Keys(File), File);
}

/// <summary>A number within a range, or a whole number.</summary>
internal sealed record NumberColumn(string Name, bool Optional, double Min, double Max, bool Whole) : Column(Name, Optional)
{
    public override void Check(DataRow row, int column, LanguageData data)
    {
        if (Whole) row.Integer(column, Name, (int)Math.Max(Min, int.MinValue), (int)Math.Min(Max, int.MaxValue));
        else row.Number(column, Name, Min, Max);
    }
}

/// <summary>The columns of one resource file, and a rule for cells whose values depend on another cell of the row.</summary>
internal sealed record ResourceFormat(IReadOnlyList<Column> Columns, Action<DataRow, LanguageData>? Rule = null)
{
    public int MinColumns => Columns.Select((c, i) => c.Optional ? 0 : i + 1).Max();
    public int MaxColumns => Columns.Count;

    /// <summary>Checks one row: how many columns it fills, that no required cell is empty, that every filled cell is what its
    /// column allows, and the row's own rule.</summary>
    public void Check(DataRow row, LanguageData data)
    {
        var n = row.Count;
        if (n < MinColumns || n > MaxColumns) throw new ProblemException(Messages.ColumnCount(row.File, row.Line, n, MinColumns, MaxColumns));
        for (var i = 0; i < Columns.Count; i++)
        {
            if (row[i].Length == 0)
            {
                if (!Columns[i].Optional) throw new ProblemException(Messages.EmptyCell(row.File, row.Line, i + 1, Columns[i].Name));
                continue;
            }
            Columns[i].Check(row, i, data);
        }
        Rule?.Invoke(row, data);
    }
}

/// <summary>The format of every bundled resource file: its columns, which of them are closed and the values they allow.</summary>
/// <remarks>Every row of a file, bundled or a user's, is checked when the file is first read, so a misspelt value ("possibilty")
/// is refused with its file and line instead of being read as something else. docs/resources.md describes the same formats for
/// people; the readers in each stage give the values their meaning.</remarks>
internal static class ResourceFormats
{
    private static readonly string[] Levels = ["low", "medium", "high"];
    private static readonly string[] AchRatings = ["CC", "C", "N", "I", "II", "NA"];

    public static ResourceFormat Of(string name) => name switch
    {
        // Analysis.
        "analysis/ach-credibility.tsv" => new([Choice("kind", "reliability", "information", "stance", "analyst"), Text("key"), Text("value")], AchCredibility),
        "analysis/ach-likelihoods.tsv" => new([Choice("rating", AchRatings), Number("likelihood", 0, 1), Key("band", "lexicon/bands.tsv")]),
        "analysis/ach-ratings.tsv" => new([Choice("rating", AchRatings), Number("inconsistency"), Whole("consistency scale", -2, 2), Text("meaning", optional: true)]),
        "analysis/ach-weights.tsv" => new([Choice("level", Levels), Number("weight", 0)]),
        "analysis/approximations.tsv" => new([Text("phrase"), Choice("reading", "around", "below", "above", "at-most"), new NumberColumn("tolerance", true, 0, 1, false)],
            (r, _) => { if (r[1] is "around" or "below") r.Required(2, "tolerance"); }),
        "analysis/causal-cues.tsv" => new([Choice("reading", "cause", "denial", "lead-in", "crisis", "not-cause", "boundary", "trim", "no-opening"), Text("pattern"),
            Choice("kind", optional: true, "trigger"), Choice("effect", optional: true, "event")]),
        "analysis/commitments.tsv" => new([Text("word"), Choice("role", "self", "own", "announce", "future-kind")],
            (r, _) => { if (r[1] == "future-kind") r.OneOf(0, "kind of future marker", ["will", "expectation", "intention", "scheduled", "possibility", "time"]); }),
        "analysis/concepts.tsv" => new([Text("word"), Text("concept")]),
        "analysis/confidence.tsv" => new([Choice("setting", "ach-high-items", "ach-high-diagnostic-share", "ach-moderate-items", "ach-moderate-origins",
            "ach-moderate-analysts", "ach-low-band", "corroboration-high-sources",
            "corroboration-high-grade", "corroboration-moderate-sources"), Text("value"), Text("why", optional: true)], JudgmentSetting),
        "analysis/credibility.tsv" => new([Choice("setting", "confirmed-origins", "refuted-origins", "probable-reliability", "hedged-best", "vague-best"), Text("value"),
            Text("why", optional: true)], CredibilitySetting),
        "analysis/corroboration.tsv" => new([Choice("setting", "min-terms", "same-statement", "shared-date", "other-date", "shared-figure", "other-figure",
            "unanchored", "group-cohesion", "polarity-similarity", "copy", "copied-document", "approximate", "window-after", "window-before",
            "common-term", "taken-back"), Number("value"), Text("meaning", optional: true)]),
        "analysis/explanations.tsv" => new([Text("explanation"), Choice("role", "statement", "word"), Text("text")]),
        "analysis/figures.tsv" => new([Text("word"), Choice("role", "cue", "sub", "approx", "vague", "retraction", "error", "old", "new", "stop", "chain"), Text("kind", optional: true)],
            (r, _) => { if (r[1] == "cue") r.Required(2, "kind"); }),
        "analysis/deadline-cues.tsv" => new([Text("phrase"), Choice("reading", "by", "before", "for", "open")]),
        "analysis/forecast-scoring.tsv" => new([Choice("setting", "log-floor", "resolution-similarity", "action-similarity", "common-event-term"), Number("value", 0),
            Text("why", optional: true)]),
        "analysis/number-words.tsv" => new([Text("word"), Number("value")]),
        "analysis/outcome-cues.tsv" => new([Text("direction"), Choice("role", "subject", "object", "compound"), Text("pattern", optional: true)], OutcomeCue),
        "analysis/polarity.tsv" => new([Text("word"), Choice("role", "negative", "idiom")]),
        "analysis/quantities.tsv" => new([Text("word"), Choice("role", "unit", "part"), Text("counts", optional: true),
            Choice("where", optional: true, "after", "either")], (r, _) => { if (r[1] == "unit") { r.Required(2, "counts"); r.Required(3, "where"); } }),
        "analysis/stopwords.tsv" => Words("word"),
        "analysis/unchanged.tsv" => Words("word"),

        // CAMEO events.
        "cameo/acled-cameo.tsv" => new([Text("event type"), Text("sub-event type", optional: true), Key("CAMEO code", "cameo/codes.tsv")]),
        "cameo/plover-cameo.tsv" => new([Text("PLOVER event type"), Text("mode", optional: true), Key("CAMEO code", "cameo/codes.tsv")]),
        "cameo/codes.tsv" => new([Text("code"), Text("root"), Text("name"), Whole("quad class", 1, 4), Number("Goldstein value", -10, 10),
            Choice("reciprocal", optional: true, "yes")]),
        "cameo/irregular-verbs.tsv" => new([Text("base form"), Text("other forms")]),
        "cameo/markers.tsv" => new([Text("phrase"), Choice("role", "negation", "intent", "future", "preposition", "locative", "coordinator", "relative", "np-word")]),
        "cameo/verbs.tsv" => new([Key("CAMEO code", "cameo/codes.tsv"), Text("pattern"), Choice("frame", optional: true, "active", "mutual", "request", "nominal")]),

        // Gazetteer. Countries are not a closed list here: a case.yaml may add its own.
        "gazetteer/countries.tsv" => new([Text("canonical"), Text("aliases", optional: true)]),
        "gazetteer/first-names.tsv" => Words("name"),
        "gazetteer/nationality-things.tsv" => Words("word"),
        "gazetteer/org-contexts.tsv" => new([Text("phrase"), Choice("side", "before", "after", "kind")]),
        "gazetteer/org-heads.tsv" => new([Text("word"), Choice("kind", optional: true, "own", "alone", "party", "event", "state")]),
        "gazetteer/organisations.tsv" => new([Text("canonical"), Text("aliases", optional: true), Text("short name", optional: true)], ShortName),
        "gazetteer/people.tsv" => new([Text("canonical"), Text("country", optional: true), Text("role", optional: true), Text("aliases", optional: true)]),
        "gazetteer/places.tsv" => new([Text("name"), Text("country", optional: true), Choice("kind", "capital", "city", "region", "area"),
            Number("latitude", -90, 90), Number("longitude", -180, 180), Text("aliases", optional: true)]),
        "gazetteer/titles.tsv" => Words("title"),

        // Readers.
        "reading/page-furniture.tsv" => new([Text("word")], (r, _) => Reading.PageFurniture.CheckRow(r)),

        // Language.
        "language/abbreviations.tsv" => new([Text("abbreviation"), Choice("use", optional: true, "number")]),
        "language/calendar.tsv" => new([Text("name"), Choice("kind", "month", "weekday"), Whole("number", 1, 12), Text("abbreviations", optional: true)],
            (r, _) => { if (r[1] == "weekday") r.Integer(2, "weekday number", 1, 7); }),
        "language/function-words.tsv" => new([Text("word"), Choice("class", Language.FunctionWords.Classes)]),
        "language/sentence-starters.tsv" => Words("word"),
        "language/time-words.tsv" => new([Text("phrase"), Choice("role", "number", "unit", "deictic", "anaphoric", "direction", "part", "ordinal", "after",
            "ago", "within", "bound", "year-context", "month-context", "ambiguous", "future", "subordinate", "day-part", "skip",
            "ordinal-suffix", "bare-part", "not-before-weekday", "demonstrative", "season", "remainder", "past", "past-ending", "not-past",
            "present", "verb-marker", "age"), Text("value", optional: true)],
            Recognition.Time.TimeWords.CheckValue),

        // Stance.
        "lexicon/bands.tsv" => new([Text("band"), Number("lowest", 0, 100), Number("highest", 0, 100)], Band),
        "lexicon/boosters.tsv" => new([Text("phrase"), Choice("family", "certainty", "evidence", "common-knowledge", "emphasis")]),
        "lexicon/content-nouns.tsv" => Words("noun"),
        "lexicon/estimative.tsv" => new([Text("phrase"), Key("band", "lexicon/bands.tsv"), Choice("scheme", optional: true, "icd203", "kent", "common")]),
        "lexicon/future.tsv" => new([Text("phrase"), Choice("kind", "will", "expectation", "intention", "scheduled", "possibility", "time"),
            Number("default probability", 0, 1), Choice("condition", optional: true, "future-verb", "action", "not-past", "verb")]),
        "lexicon/hedges.tsv" => new([Text("phrase"), Choice("family", "modal", "appearance", "inference", "expectation", "speculation", "open-question",
            "hearsay", "conditional", "estimative"), Choice("condition", optional: true, "possibility", "complement", "premise", "not-negated")]),
        "lexicon/negation.tsv" => Words("word"),
        "lexicon/reporting-verbs.tsv" => new([Text("lemma"), Text("forms"),
            Choice("class", "speech", "cognition", "evaluation", "inference", "endorsement", "reference", "question"),
            Choice("content", "any", "clause", "quote", "question", "content-noun", "as")]),
        "lexicon/origin-cues.tsv" => new([Text("phrase"), Choice("role", "cited", "speaker")]),
        "lexicon/source-phrases.tsv" => Words("phrase"),
        "lexicon/source-nouns.tsv" => new([Text("noun"), Choice("anaphoric", optional: true, "yes", "no"), Choice("person", optional: true, "person")]),
        "lexicon/stative-verbs.tsv" => Words("verb"),
        "lexicon/modal-readings.tsv" => new([Text("modal"), Text("phrase"), Choice("where", Stance.ModalReadings.Places),
            Choice("reading", Stance.ModalReadings.Readings)]),
        "lexicon/unverified.tsv" => new([Text("phrase"), Choice("family", "hearsay", "allegation", "speculation", "absence-of-evidence")]),
        "lexicon/vague-sources.tsv" => new([Text("phrase"), Choice("family", "unnamed-source", "impersonal-belief", "vague-group"),
            Choice("condition", optional: true, "source")]),

        // Output.
        "output/country-codes.tsv" => new([Text("country"), Text("code")],
            (r, _) => { if (r[1].Length != 2 || !r[1].All(char.IsAsciiLetterUpper)) throw new ProblemException(Messages.BadLexicon(r.File, r.Line, $"'{r[1]}' is not an ISO 3166-1 alpha-2 code (two capital letters)")); }),
        "output/opinions.tsv" => new([Choice("stance", "band", "flag"), Text("value"),
            Choice("opinion", Output.Stix.StixVocabulary.Opinions)], Opinion),
        "output/stix-confidence.tsv" => new([Choice("scale", "band", "credibility"), Text("value"), Text("confidence")], StixConfidence),

        // Every bundled file has a format (a test enumerates them); reaching here is a bug, not a user's mistake.
        _ => throw new InvalidOperationException($"no format is declared for the resource {name}"),
    };

    private static TextColumn Text(string name, bool optional = false) => new(name, optional);
    private static ChoiceColumn Choice(string name, params IReadOnlyList<string> allowed) => new(name, false, allowed);
    private static ChoiceColumn Choice(string name, bool optional, params IReadOnlyList<string> allowed) => new(name, optional, allowed);
    private static KeyColumn Key(string name, string file) => new(name, false, file);
    private static NumberColumn Number(string name, double min = double.NegativeInfinity, double max = double.PositiveInfinity) => new(name, false, min, max, false);
    private static NumberColumn Whole(string name, int min, int max) => new(name, false, min, max, true);
    private static ResourceFormat Words(string name) => new([Text(name)]);

    /// <summary>A reliability letter for probable-reliability; a whole count for the origins; a grade 1-6 for hedged-best and vague-best.</summary>
    private static void CredibilitySetting(DataRow r, LanguageData data)
    {
        switch (r[0])
        {
            case "probable-reliability": r.OneOf(1, "reliability grade", ["A", "B", "C", "D", "E", "F"]); break;
            case "hedged-best" or "vague-best": r.Integer(1, "credibility grade", 1, 6); break;
            default: r.Integer(1, "count of origins", 1, 1000); break;
        }
    }

    /// <summary>What the key of an ach-credibility.tsv row may be, and its value, depend on its kind.</summary>
    private static void AchCredibility(DataRow r, LanguageData data)
    {
        switch (r[0])
        {
            case "reliability": r.OneOf(1, "reliability grade", ["A", "B", "C", "D", "E", "F"]); r.OneOf(2, "level", Levels); break;
            case "information": r.OneOf(1, "credibility grade", ["1", "2", "3", "4", "5", "6"]); r.OneOf(2, "level", Levels); break;
            case "stance": r.OneOf(1, "stance", ["hedged", "unverified"]); r.Integer(2, "shift in levels", -2, 0); break;
            default: r.OneOf(1, "analyst key", ["item"]); r.OneOf(2, "level", Levels); break;
        }
    }

    private static void JudgmentSetting(DataRow r, LanguageData data)
    {
        switch (r[0])
        {
            case "corroboration-high-grade": r.OneOf(1, "reliability grade", ["A", "B", "C", "D", "E", "F"]); break;
            case "ach-high-diagnostic-share": r.Number(1, "share", 0, 1); break;
            case "ach-low-band": r.OneOf(1, "band", data.Keys("lexicon/bands.tsv"), "lexicon/bands.tsv"); break;
            default: r.Integer(1, "count", 0); break;
        }
    }

    /// <summary>A compound row names a noun and nothing else; a gain or loss row has a direction and a pattern.</summary>
    private static void OutcomeCue(DataRow r, LanguageData data)
    {
        if (r[1] == "compound")
        {
            if (r.Count > 2) throw new ProblemException(Messages.ColumnCount(r.File, r.Line, r.Count, 2, 2));
            return;
        }
        r.OneOf(0, "direction", ["gain", "loss"]);
        r.Required(2, "pattern");
    }

    /// <summary>An organisation's short name ("Fox" of "Fox News") is one capitalised word of its canonical name.</summary>
    private static void ShortName(DataRow r, LanguageData data)
    {
        var shortName = r[2];
        if (shortName.Length == 0) return;
        if (!char.IsUpper(shortName[0]) || !r[0].Split(' ').Contains(shortName, StringComparer.Ordinal))
            throw new ProblemException(Messages.ShortNameNotInName(r.File, r.Line, shortName, r[0]));
    }

    private static void Band(DataRow r, LanguageData data)
    {
        if (r.Number(1, "lowest", 0, 100) > r.Number(2, "highest", 0, 100))
            throw new ProblemException(Messages.BadLexicon(r.File, r.Line, $"the band starts at {r[1]}, above where it ends ({r[2]})"));
    }

    private static void Opinion(DataRow r, LanguageData data)
    {
        if (r[0] == "band") r.OneOf(1, "band", data.Keys("lexicon/bands.tsv"), "lexicon/bands.tsv");
        else r.OneOf(1, "flag", ["boosted", "hedged"]);
    }

    private static void StixConfidence(DataRow r, LanguageData data)
    {
        if (r[0] == "band") r.OneOf(1, "band", data.Keys("lexicon/bands.tsv"), "lexicon/bands.tsv");
        else r.OneOf(1, "credibility grade", ["1", "2", "3", "4", "5", "6"]);
        if (r[2] != "-") r.Integer(2, "confidence", 0, 100);
    }
}
