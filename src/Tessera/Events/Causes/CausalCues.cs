using Tessera.Language;

namespace Tessera.Events.Causes;

/// <summary>What a causal pattern says: that a cause brought about its effect, or that it did not.</summary>
public enum CausalReading { Cause, Denial }

/// <summary>One element of a causal pattern: a word (any of a set; a verb in any of its forms), a gap, or a slot.</summary>
internal abstract record CausalElement;

/// <summary>A word of the pattern; for a verb, every form and the base forms apart (a base form may be a noun).</summary>
internal sealed record CausalWord(HashSet<string> Words, HashSet<string> BaseForms, bool IsVerb) : CausalElement;

/// <summary>Up to six words of the same clause.</summary>
internal sealed record CausalGap : CausalElement;

/// <summary>The cause {C} or the effect {E}.</summary>
internal sealed record CausalSlot(bool IsCause) : CausalElement;

/// <summary>A row of analysis/causal-cues.tsv compiled for matching.</summary>
internal sealed record CausalPattern(CausalReading Reading, IReadOnlyList<CausalElement> Elements, bool Trigger, bool EffectIsEvent, string Text)
{
    public bool HasEffect => Elements.Any(e => e is CausalSlot { IsCause: false });

    /// <summary>The element a match is anchored on, the pattern's first word; found once, not at every token of every unit.</summary>
    public int FirstWord { get; } = Elements.Select((e, i) => (e, i)).First(x => x.e is CausalWord).i;
}

/// <summary>The cue words of analysis/causal-cues.tsv by reading: causal and denial patterns, lead-ins of lists of causes, the
/// nouns that name the crisis, the contexts that make a cue no cause, and the words that bound a cause or an effect.</summary>
public sealed class CausalCues
{
    internal List<CausalPattern> Patterns { get; } = [];
    internal List<CausalPattern> NotCause { get; } = [];
    internal List<CausalPattern> LeadIns { get; } = [];
    internal List<string[]> Trims { get; } = [];
    internal HashSet<string> Crisis { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Boundaries { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> NoOpening { get; } = new(StringComparer.Ordinal);

    public CausalCues(LanguageData data)
    {
        var forms = new VerbForms(data.Rows("cameo/irregular-verbs.tsv"));
        foreach (var row in data.Rows("analysis/causal-cues.tsv"))
        {
            Problem Bad(string why) => Messages.BadLexicon(row.File, row.Line, why);
            switch (row[0])
            {
                case "crisis": Crisis.Add(row[1].ToLowerInvariant()); break;
                case "boundary": Boundaries.Add(row[1].ToLowerInvariant()); break;
                case "no-opening": NoOpening.Add(row[1].ToLowerInvariant()); break;
                case "trim": Trims.Add(Words(row[1])); break;
                case "lead-in":
                    // A lead-in is matched like a pattern without slots.
                    LeadIns.Add(new CausalPattern(CausalReading.Cause, Parse(row[1], forms, Bad), false, false, row[1]));
                    break;
                default:
                    var reading = row[0] == "denial" ? CausalReading.Denial : CausalReading.Cause;
                    var elements = Parse(row[1], forms, Bad);
                    var pattern = new CausalPattern(reading, elements, row[2] == "trigger", row[3] == "event", row[1]);
                    if (row[0] == "not-cause") NotCause.Add(pattern);
                    else
                    {
                        if (!elements.Any(e => e is CausalSlot { IsCause: true })) throw new ProblemException(Bad("a cause or denial pattern needs a {C} slot for the cause"));
                        Patterns.Add(pattern);
                    }
                    break;
            }
        }
    }

    private static string[] Words(string phrase) => phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Parses "{E} stem+ from {C}": words, verbs (+), alternatives (|), gaps (*) and the two slots.</summary>
    private static List<CausalElement> Parse(string text, VerbForms forms, Func<string, Problem> problem)
    {
        var elements = new List<CausalElement>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            elements.Add(part switch
            {
                "{C}" => new CausalSlot(true),
                "{E}" => new CausalSlot(false),
                "*" => new CausalGap(),
                _ when part.StartsWith('{') => throw new ProblemException(problem($"unknown slot '{part}' (expected {{C}} or {{E}})")),
                _ => Word(part, forms),
            });
        }
        if (!elements.Any(e => e is CausalWord)) throw new ProblemException(problem("a pattern needs at least one word"));
        if (elements[0] is CausalGap || elements[^1] is CausalGap) throw new ProblemException(problem("a pattern cannot start or end with *"));
        for (var i = 1; i < elements.Count; i++)
            if (elements[i] is not CausalWord && elements[i - 1] is not CausalWord)
                throw new ProblemException(problem("a slot or * must stand between words"));
        if (elements.OfType<CausalSlot>().GroupBy(s => s.IsCause).Any(g => g.Count() > 1))
            throw new ProblemException(problem("a pattern names each slot at most once"));
        return elements;
    }

    private static CausalWord Word(string part, VerbForms forms)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var bases = new HashSet<string>(StringComparer.Ordinal);
        var verb = false;
        foreach (var alt in part.ToLowerInvariant().Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alt.EndsWith('+'))
            {
                verb = true;
                bases.Add(alt[..^1]);
                words.UnionWith(forms.Of(alt[..^1]));
            }
            else words.Add(alt.Replace('’', '\''));
        }
        return new CausalWord(words, bases, verb);
    }
}
