namespace Tessera.Events;

/// <summary>Every form of the verbs the CAMEO patterns name: regular forms by rule, the rest from cameo/irregular-verbs.tsv.</summary>
internal sealed class VerbForms
{
    private readonly Dictionary<string, string[]> _irregular = new(StringComparer.Ordinal);

    public VerbForms(IEnumerable<DataRow> irregular)
    {
        foreach (var row in irregular)
            _irregular[row[0]] = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The base form, third person, past and -ing forms: ask, asks, asked, asking; try, tries, tried, trying.</summary>
    public IEnumerable<string> Of(string verb)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { verb, ThirdPerson(verb), Past(verb), Ing(verb) };
        if (_irregular.TryGetValue(verb, out var extra))
        {
            // An irregular past replaces the regular one (sent, not "sended"), but a listed doubling adds to the rule.
            if (extra.Any(f => !f.EndsWith("ed", StringComparison.Ordinal) && !f.EndsWith("ing", StringComparison.Ordinal) && !f.EndsWith('s')))
                forms.Remove(Past(verb));
            forms.UnionWith(extra);
            if (extra.Any(f => f.EndsWith("ing", StringComparison.Ordinal))) forms.Remove(Ing(verb));
        }
        return forms;
    }

    private static bool Consonant(char c) => !"aeiou".Contains(c);

    private static string ThirdPerson(string v) =>
        v.EndsWith('y') && v.Length > 1 && Consonant(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith('o') ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && v.Length > 1 && Consonant(v[^2]) ? v[..^1] + "ied"
        : v + "ed";

    private static string Ing(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) && !v.EndsWith("ye", StringComparison.Ordinal) && !v.EndsWith("oe", StringComparison.Ordinal) && v.Length > 2 ? v[..^1] + "ing"
        : v + "ing";
}

/// <summary>One element of a verb pattern.</summary>
internal abstract record PatternElement;

/// <summary>One of a set of words (all the forms of a verb, for a verb element).</summary>
internal sealed record WordElement(HashSet<string> Words, bool IsVerb) : PatternElement;

/// <summary>An actor slot: the target {T} or, in a nominal pattern, the source {S}.</summary>
internal sealed record SlotElement(bool IsSource) : PatternElement;

/// <summary>Up to five words of the same clause.</summary>
internal sealed record GapElement : PatternElement;

/// <summary>How the parties of a pattern relate.</summary>
internal enum PatternFrame { Active, Mutual, Request, Nominal }

/// <summary>A sequence of words, slots and gaps matched against a sentence's tokens.</summary>
internal record TokenPattern(IReadOnlyList<PatternElement> Elements, PatternFrame Frame, string Text)
{
    public const int MaxGap = 6;

    // Worked out once when the pattern is made: the clause reader asks them for every pattern it tries.

    /// <summary>The element the subject is looked for before: the verb, or the first word of a nominal pattern.</summary>
    public int VerbIndex { get; } = VerbIndexOf(Elements);

    /// <summary>True when the target slot comes right after the verb, so the pattern can be read in the passive.</summary>
    public bool Transitive { get; } = TransitiveOf(Elements);

    /// <summary>True when the pattern has a target slot {T}.</summary>
    public bool HasTarget { get; } = Elements.Any(e => e is SlotElement { IsSource: false });

    /// <summary>True when the pattern opens with a noun before its verb ("troops * arrive+"): the actor is the noun's owner.</summary>
    public bool OpensWithNoun { get; } = Elements[0] is WordElement { IsVerb: false } && VerbIndexOf(Elements) > 0 && Elements[VerbIndexOf(Elements)] is WordElement { IsVerb: true };

    private static int VerbIndexOf(IReadOnlyList<PatternElement> elements)
    {
        for (var i = 0; i < elements.Count; i++) if (elements[i] is WordElement { IsVerb: true }) return i;
        for (var i = 0; i < elements.Count; i++) if (elements[i] is WordElement) return i;
        return 0;
    }

    private static bool TransitiveOf(IReadOnlyList<PatternElement> elements)
    {
        var verb = VerbIndexOf(elements);
        return verb + 1 < elements.Count && elements[verb + 1] is SlotElement { IsSource: false } && elements[verb] is WordElement { IsVerb: true };
    }

    /// <summary>Parses "ask+ {T} for help|aid": words, verbs (+), slots ({T}, {S}) and gaps (*); a problem names the row.</summary>
    public static List<PatternElement> ParseElements(DataRow row, string text, VerbForms forms, Func<string, Problem> problem)
    {
        var elements = new List<PatternElement>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            PatternElement e = part switch
            {
                "{T}" => new SlotElement(false),
                "{S}" => new SlotElement(true),
                "*" => new GapElement(),
                _ => Words(part, forms),
            };
            elements.Add(e);
        }
        if (elements.Count == 0 || elements[0] is GapElement || elements[^1] is GapElement)
            throw new ProblemException(problem("a pattern cannot be empty nor start or end with *"));
        if (!elements.Any(e => e is WordElement))
            throw new ProblemException(problem("a pattern needs at least one word"));
        return elements;
    }

    private static WordElement Words(string part, VerbForms forms)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var verb = false;
        foreach (var alt in part.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alt.EndsWith('+')) { verb = true; set.UnionWith(forms.Of(alt[..^1])); }
            else set.Add(alt.Replace('’', '\''));
        }
        return new WordElement(set, verb);
    }
}

/// <summary>A row of cameo/verbs.tsv compiled for matching: its code, elements and frame.</summary>
internal sealed record VerbPattern(CameoCode Code, IReadOnlyList<PatternElement> Elements, PatternFrame Frame, string Text)
    : TokenPattern(Elements, Frame, Text)
{
    public static VerbPattern Parse(DataRow row, CameoCode code, VerbForms forms)
    {
        Problem Bad(string why) => Messages.BadCameoRow(row.File, row.Line, why);
        var elements = ParseElements(row, row[1], forms, Bad);
        var frame = row[2] switch
        {
            "" or "active" => code.Reciprocal ? PatternFrame.Mutual : PatternFrame.Active,
            "mutual" => PatternFrame.Mutual,
            "request" => PatternFrame.Request,
            "nominal" => PatternFrame.Nominal,
            _ => throw new InvalidOperationException($"frame '{row[2]}' passed the file's format but has no reading"),
        };
        if (frame == PatternFrame.Request && !elements.Any(e => e is SlotElement { IsSource: true }))
            throw new ProblemException(Bad("a request pattern needs a {S} slot for the one who asks"));
        if (frame == PatternFrame.Nominal && !elements.Any(e => e is SlotElement { IsSource: true }))
            throw new ProblemException(Bad("a nominal pattern needs a {S} slot for the one who acts"));
        return new VerbPattern(code, elements, frame, row[1]);
    }
}

/// <summary>The words of cameo/markers.tsv by role.</summary>
internal sealed class EventMarkers
{
    public EventMarkers(LanguageData data)
    {
        foreach (var row in data.Rows("cameo/markers.tsv"))
        {
            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (row[1])
            {
                case "negation": Negation.Add(words); break;
                case "intent": Intent.Add(words); break;
                case "future": Future.Add(words); break;
                case "preposition": Prepositions.Add(row[0]); break;
                case "locative": Locatives.Add(row[0]); break;
                case "coordinator": Coordinators.Add(row[0]); break;
                case "relative": Relatives.Add(row[0]); break;
                case "np-word": NounPhraseWords.Add(row[0]); break;
                default: throw new InvalidOperationException($"marker role '{row[1]}' passed the file's format but has no reading");
            }
        }
    }

    public List<string[]> Negation { get; } = [];
    public List<string[]> Intent { get; } = [];
    public List<string[]> Future { get; } = [];
    public HashSet<string> Prepositions { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Locatives { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Coordinators { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Relatives { get; } = new(StringComparer.Ordinal);
    public HashSet<string> NounPhraseWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether one of the phrases ends at token end-1 (so it stands right before token end).</summary>
    public static bool EndsAt(List<string[]> phrases, string[] lower, int end)
    {
        foreach (var p in phrases)
        {
            var s = end - p.Length;
            if (s < 0) continue;
            var ok = true;
            for (var k = 0; k < p.Length && ok; k++) ok = lower[s + k] == p[k];
            if (ok) return true;
        }
        return false;
    }
}
