using Tessera.Language;

namespace Tessera.Stance;

/// <summary>How sure a unit is of its content: hedges, boosters, the governing estimative band, prediction and verification, with the cues behind each.</summary>
public sealed record EpistemicStance(
    IReadOnlyList<Cue> Cues,
    bool Hedged,
    bool Boosted,
    LikelihoodBand? Band,
    bool Prediction,
    Probability? Likelihood,
    bool Unverified);

/// <summary>Reads the epistemic stance of one unit from the stance lexicon and a few rules about context.</summary>
public sealed class EpistemicAnalyzer(StanceLexicon lexicon, FunctionWords words)
{
    /// <summary>Verbs that tell of the past (function-words.tsv, class past), looked up on every token of a unit.</summary>
    private readonly IReadOnlySet<string> _past = words.Of("past");

    public EpistemicStance Analyze(TokenizedUnit u)
    {
        var cues = new List<Cue>();
        var at = new List<int>();
        for (var i = 0; i < u.Count; i++)
            if (lexicon.EpistemicFirstWords.TryGet(u, i, out _)) at.Add(i);
        var estimates = lexicon.Estimative.Matches(u, at);

        foreach (var m in lexicon.Hedges.Matches(u, at))
            if (HedgeHolds(u, m))
                cues.Add(CueOf(u, Flag.Hedged, m.Entry.Family, m.First, m.End));

        var openQuestion = lexicon.ModalReadings.OpensWithRequest(u) ? -1 : OpenQuestion(u);
        if (openQuestion >= 0) cues.Add(CueOf(u, Flag.Hedged, "open-question", openQuestion, openQuestion + 1));

        LikelihoodBand? band = null;
        foreach (var m in estimates)
        {
            // "likely" in "likely to" after a negation is already "not likely"; the first band governs the main clause.
            band ??= m.Entry;
            var cue = CueOf(u, Flag.Probability, m.Entry.Name, m.First, m.End);
            if (ReferenceEquals(band, m.Entry) && !cues.Any(c => c.Flag == Flag.Probability)) cues.Add(cue);
            cues.Add(cue with { Flag = Flag.Hedged, Family = "estimative" });
        }

        // "almost certainly" is an estimate, not a booster: boosters inside an estimative phrase do not count.
        foreach (var m in lexicon.Boosters.Matches(u, at))
            if (!NegatedBefore(u, m.First, 3) && !estimates.Any(e => e.First <= m.First && m.End <= e.End))
                cues.Add(CueOf(u, Flag.Boosted, m.Entry.Family, m.First, m.End));

        foreach (var m in lexicon.Unverified.Matches(u, at))
            cues.Add(CueOf(u, Flag.Unverified, m.Entry.Family, m.First, m.End));

        double? firstDefault = null;
        if (openQuestion < 0)
        {
            foreach (var m in lexicon.Future.Matches(u, at))
            {
                if (!FutureHolds(u, m)) continue;
                firstDefault ??= m.Entry.DefaultProbability;
                cues.Add(CueOf(u, Flag.Prediction, m.Entry.Kind, m.First, m.End));
            }
        }

        // The flags in one loop over the cues, where a query per flag took an enumerator of the list each, on every unit.
        bool hedged = false, boosted = false, prediction = false, unverified = false;
        foreach (var c in cues)
        {
            hedged |= c.Flag == Flag.Hedged;
            boosted |= c.Flag == Flag.Boosted;
            prediction |= c.Flag == Flag.Prediction;
            unverified |= c.Flag == Flag.Unverified;
        }
        Probability? likelihood = prediction ? new Probability(band?.Midpoint ?? firstDefault!.Value) : null;
        return new EpistemicStance(cues,
            Hedged: hedged,
            Boosted: boosted,
            Band: band,
            Prediction: prediction,
            Likelihood: likelihood,
            Unverified: unverified);
    }

    public static Cue CueOf(TokenizedUnit u, Flag flag, string family, int first, int end) =>
        new(flag, family, u.Tokens[first].Start, u.Tokens[end - 1].End, u.Slice(first, end));

    private bool NegatedBefore(TokenizedUnit u, int first, int window)
    {
        for (var k = first - 1; k >= 0 && k >= first - window; k--)
            if (lexicon.Negations.Contains(u.Lower[k])) return true;
        return false;
    }

    /// <summary>A question mark that ends the unit, or "(?)" inside it, leaves the content an open question.</summary>
    private static int OpenQuestion(TokenizedUnit u)
    {
        for (var k = 0; k < u.Count; k++)
        {
            if (u.Lower[k] != "?") continue;
            var rest = k + 1;
            while (rest < u.Count && u.IsPunct(rest) && u.Lower[rest] != "(") rest++;
            var parenthesised = k > 0 && u.Lower[k - 1] == "(";
            if (rest == u.Count || parenthesised) return k;
        }
        return -1;
    }

    private bool HedgeHolds(TokenizedUnit u, PhraseMatch<CueEntry> m) => m.Entry.Condition switch
    {
        "possibility" => IsPossibilityModal(u, m.First),
        // "appears to", "seems that", "appears limited" doubt; "appeared in court" reports where someone was.
        "complement" => (m.End < u.Count && (words.Is(u.Lower[m.End], "complement")
                         || (!u.IsPunct(m.End) && !words.Is(u.Lower[m.End], "preposition") && !words.Is(u.Lower[m.End], "determiner"))))
                        || (m.First > 0 && u.Lower[m.First - 1] == "it"),
        "premise" => IsUncertainPremise(u, m.First),
        "not-negated" => !NegatedBefore(u, m.First, 2),
        _ => true,
    };

    /// <summary>"may" and "could" hedge when they express possibility: not the month May, not "could not", not ability.</summary>
    private bool IsPossibilityModal(TokenizedUnit u, int i)
    {
        if (u.Surface[i] == "May" && i > 0) return false;
        if (i + 1 < u.Count && (u.Tokens[i + 1].Kind == TokenKind.Number || u.IsPunct(i + 1))) return false;
        // A modal never takes a finite verb: in "military might has grown" might is a noun.
        if (i + 1 < u.Count && words.Is(u.Lower[i + 1], "finite")) return false;
        if (i + 1 < u.Count && u.Lower[i] == "could" && words.Is(u.Lower[i + 1], "not")) return false;
        return !AbilityContext(u, i) && lexicon.ModalReadings.Of(u, i) is not { Root: true };
    }

    private bool AbilityContext(TokenizedUnit u, int modal)
    {
        for (var k = modal - 1; k >= 0 && k >= modal - 8; k--)
        {
            if (words.Is(u.Lower[k], "ability")) return true;
            if (u.Lower[k] is "," or ";" or ":") break;
        }
        return false;
    }

    /// <summary>"If that was the plan, ..." doubts a past or unreal state; "If it happens, ..." states a rule and hedges nothing.</summary>
    private bool IsUncertainPremise(TokenizedUnit u, int i)
    {
        if (i > 0 && words.Is(u.Lower[i - 1], "if-modifier")) return false;
        for (var k = i + 1; k < u.Count && k < i + 15; k++)
        {
            var w = u.Lower[k];
            if (w is "," or "then" or ";" or ":") break;
            if (words.Is(w, "unreal")) return true;
        }
        return false;
    }

    private bool FutureHolds(TokenizedUnit u, PhraseMatch<FutureEntry> m) => m.Entry.Condition switch
    {
        "future-verb" => WillIsFuture(u, m.First, m.End),
        "action" => IsFutureAction(u, m.First),
        "not-past" => !AnyPast(u),
        // "The government plans to…" predicts; "the president's plan to…" names a plan.
        "verb" => m.First == 0 || !(words.Is(u.Lower[m.First - 1], "determiner") || u.Lower[m.First - 1] == "'s"),
        _ => true,
    };

    // A loop, not Lower.Any(_past.Contains): a delegate per token of every unit that holds a future marker.
    private bool AnyPast(TokenizedUnit u)
    {
        foreach (var w in u.Lower)
            if (_past.Contains(w)) return true;
        return false;
    }

    /// <summary>"will" as an auxiliary with a verb after it (adverbs between allowed), not the noun ("the will of the people").</summary>
    private bool WillIsFuture(TokenizedUnit u, int first, int end)
    {
        if (first > 0 && words.Is(u.Lower[first - 1], "noun-will")) return false;
        // A habit, an offer, a polite request or a supposition does not resolve.
        if (lexicon.ModalReadings.Of(u, first) is not null) return false;
        var k = SkipAdverbs(u, end);
        if (k >= u.Count || u.Tokens[k].Kind != TokenKind.Word) return false;
        return u.Lower[k] != "of";
    }

    /// <summary>"could/may/might" + an action yet to come ("could move to supply", "may be inclined to push");
    /// not "may have" (the past), not a present state ("might be involved"), not ability ("whereby states could trade").</summary>
    private bool IsFutureAction(TokenizedUnit u, int modal)
    {
        if (!IsPossibilityModal(u, modal) || lexicon.ModalReadings.Of(u, modal) is not null) return false;
        var k = SkipAdverbs(u, modal + 1);
        if (k >= u.Count || u.Tokens[k].Kind != TokenKind.Word) return false;
        var verb = u.Lower[k];
        if (verb == "have" || words.Is(verb, "not")) return false;
        if (verb == "be")
        {
            for (var j = k + 1; j < u.Count && j <= k + 3; j++)
                if (u.Lower[j] == "to" && j + 1 < u.Count && u.Tokens[j + 1].Kind == TokenKind.Word) return true;
            return false;
        }
        return !lexicon.StativeVerbs.Contains(verb);
    }

    private int SkipAdverbs(TokenizedUnit u, int k)
    {
        while (k < u.Count && words.IsAdverb(u.Lower[k])) k++;
        return k;
    }
}
