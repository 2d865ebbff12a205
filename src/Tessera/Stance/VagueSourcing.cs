using Tessera.Language;

namespace Tessera.Stance;

/// <summary>Finds the words that leave a unit's source unnamed or impossible to check: unnamed sources ("officials said"),
/// impersonal belief ("it is believed"), vague groups ("some analysts"). ICD 206 asks that such sourcing be flagged.</summary>
/// <remarks>A step of its own beside attribution: attribution says who speaks, this says whether that speaker can be checked.
/// Phrases come from lexicon/vague-sources.tsv; a phrase with the condition <c>source</c> ("officials") is vague only as the
/// source of a reporting verb, since "officials arrested ten people" sources nothing.</remarks>
public sealed class VagueSourcing(StanceLexicon lexicon, FunctionWords words)
{
    /// <summary>Words a prepositional phrase may put between a source and its verb ("officials at the interior ministry said").</summary>
    private const int MaxGap = 5;

    /// <summary>The cues of one unit, in text order; a phrase inside a quotation belongs to the quoted speaker and is skipped.</summary>
    public IReadOnlyList<Cue> Read(TokenizedUnit u)
    {
        var cues = new List<Cue>();
        // The reporting verbs are found only for a phrase that needs them: most units hold no vague source at all.
        List<PhraseMatch<ReportingVerb>>? verbs = null;
        var coveredTo = 0;
        foreach (var m in lexicon.VagueSources.Matches(u))
        {
            if (m.First < coveredTo || u.InQuote[m.First]) continue;
            var span = m.Entry.Condition == "source" ? AsSource(u, m.First, m.End, verbs ??= lexicon.Reporting.Matches(u)) : (m.First, m.End);
            if (span is not var (first, end)) continue;
            cues.Add(EpistemicAnalyzer.CueOf(u, Flag.VaguelySourced, m.Entry.Family, first, end));
            coveredTo = m.End;
        }
        return cues;
    }

    /// <summary>The words that make a phrase the source of a reporting verb, from the first to the last, or null when it is not one:
    /// the verb after it ("officials said", "officials have said", "officials in Almaty said"), "according to" before it, or an
    /// inverted verb before it ("…, said diplomats").</summary>
    private (int First, int End)? AsSource(TokenizedUnit u, int first, int end, List<PhraseMatch<ReportingVerb>> verbs)
    {
        var after = VerbAfter(u, end, verbs);
        if (after is { } verbEnd) return (first, verbEnd);
        foreach (var s in lexicon.SourcePhrases.Matches(u))
            if (s.End <= first && first - s.End <= 2 && !AnyPunct(u, s.End, first)) return (s.First, end);
        foreach (var v in verbs)
            if (v.End <= first && first - v.End <= 2 && !AnyPunct(u, v.End, first) && v.First > 0
                && (u.Lower[v.First - 1] == "," || Tokenizer.IsQuote(u.Text[u.Tokens[v.First - 1].Start])))
                return (v.First, end);
        return null;
    }

    /// <summary>The end of a reporting verb whose subject ends at <paramref name="end"/>: straight after it, after auxiliaries and
    /// adverbs (never a form of "be": "officials were told" is passive), or after a short prepositional phrase.</summary>
    private int? VerbAfter(TokenizedUnit u, int end, List<PhraseMatch<ReportingVerb>> verbs)
    {
        var k = end;
        var opensPhrase = k < u.Count && (words.Is(u.Lower[k], "preposition") || u.Lower[k] == "of");
        var limit = Math.Min(u.Count, end + (opensPhrase ? MaxGap + 1 : 0) + 3);
        for (; k < limit && !u.IsPunct(k); k++)
        {
            if (words.Is(u.Lower[k], "be")) return null;
            var verb = verbs.FirstOrDefault(v => v.First == k);
            if (verb.End > 0) return IsParticiple(u, verb) ? null : verb.End;
            var skippable = words.Is(u.Lower[k], "auxiliary") || words.IsAdverb(u.Lower[k]);
            if (!skippable && !opensPhrase) return null;
        }
        return null;
    }

    /// <summary>"officials suspected of treason", "sources quoted by the agency": a past form before "of" or "by" describes the
    /// group rather than giving its words, unless it is a verb of speech ("witnesses told of beatings").</summary>
    private static bool IsParticiple(TokenizedUnit u, PhraseMatch<ReportingVerb> verb) =>
        verb.End < u.Count && u.Lower[verb.End] is "of" or "by" && verb.Entry.Class != "speech"
        && u.Lower[verb.End - 1].EndsWith("ed", StringComparison.Ordinal);

    private static bool AnyPunct(TokenizedUnit u, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (u.IsPunct(k)) return true;
        return false;
    }
}
