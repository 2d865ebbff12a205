using Tessera.Language;
using Tessera.Recognition;

namespace Tessera.Stance;

/// <summary>Who a unit's content comes from, when not the author: one or more source phrases and the cues that named them.</summary>
/// <remarks>Speakers are folded to an actor's canonical name where the source phrase names one actor ("President Xi Jinping" is
/// "Xi Jinping"); Phrases keep the source phrases as written ("a statement from the Russian Foreign Ministry").</remarks>
public sealed record Attribution(IReadOnlyList<string> Speakers, IReadOnlyList<string> Phrases, IReadOnlyList<Cue> Cues)
{
    public static Attribution None { get; } = new([], [], []);
    public bool IsAttributed => Speakers.Count > 0;
}

/// <summary>What earlier units of a document tell the attribution of later ones: the last person and actor named, the sources heard.</summary>
public sealed class Discourse
{
    public string? LastPerson { get; private set; }
    public string? LastActor { get; private set; }
    public List<string> Speakers { get; } = [];
    /// <summary>Source phrases as written, paired with the speaker each became, for "the statement" to find its antecedent.</summary>
    public List<(string Phrase, string Speaker)> Heard { get; } = [];

    public void Update(IReadOnlyList<Mention> mentions, Attribution attribution)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Person) LastPerson = m.Canonical;
            else if (m.IsActor) LastActor = m.Canonical;
        }
        Speakers.AddRange(attribution.Speakers);
        foreach (var p in attribution.Phrases) Heard.Add((p, attribution.Speakers.FirstOrDefault() ?? p));
    }
}

/// <summary>Finds the source of a unit's content: the subject of a reporting verb with content, an inverted "said X", "according to X".</summary>
/// <remarks>After the attribution relations of PARC 3.0: a source, a cue (the verb) and content. Requests and agreements carry no content.</remarks>
public sealed class Attributor(StanceLexicon lexicon, FunctionWords words)
{
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "why", "whether", "if", "how", "what", "when", "who", "where" };
    private const int MaxSourceTokens = 12;

    public Attribution Attribute(TokenizedUnit u, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var speakers = new List<string>();
        var phrases = new List<string>();
        var cues = new List<Cue>();
        foreach (var m in lexicon.Reporting.Matches(u))
        {
            if (u.InQuote[m.First] || !IsActive(u, m) || !HasContent(u, m)) continue;
            var (source, phrase) = Source(u, m, mentions, discourse);
            if (source.Count == 0) continue;
            foreach (var s in source) if (!speakers.Contains(s)) speakers.Add(s);
            phrases.Add(phrase);
            cues.Add(EpistemicAnalyzer.CueOf(u, Flag.Speaker, m.Entry.Class, m.First, m.End));
        }
        for (var i = 0; i + 1 < u.Count; i++)
        {
            if (u.Lower[i] != "according" || u.Lower[i + 1] != "to" || u.InQuote[i]) continue;
            var e = i + 2;
            while (e < u.Count && !IsBoundary(u, e) && e - i - 2 < MaxSourceTokens) e++;
            var (source, phrase) = Validate(u, i + 2, e, mentions, discourse, "speech");
            if (source.Count == 0) continue;
            foreach (var s in source) if (!speakers.Contains(s)) speakers.Add(s);
            phrases.Add(phrase);
            cues.Add(EpistemicAnalyzer.CueOf(u, Flag.Speaker, "according-to", i, i + 2));
        }
        return speakers.Count == 0 ? Attribution.None : new Attribution(speakers, phrases, cues);
    }

    /// <summary>Active voice only: "was reported" is passive; an -ing form counts only in a progressive ("was referring to").</summary>
    private bool IsActive(TokenizedUnit u, PhraseMatch<ReportingVerb> m)
    {
        var k = m.First - 1;
        while (k >= 0 && (words.IsAdverb(u.Lower[k]) && !words.Is(u.Lower[k], "be"))) k--;
        var before = k >= 0 ? u.Lower[k] : "";
        if (before == "to") return false;
        var ing = u.Lower[m.First].EndsWith("ing", StringComparison.Ordinal);
        var afterBe = words.Is(before, "be");
        return ing ? afterBe : !afterBe;
    }

    private bool HasContent(TokenizedUnit u, PhraseMatch<ReportingVerb> m)
    {
        var after = m.End;
        switch (m.Entry.Content)
        {
            case "quote":
                return u.HasQuote || u.QuoteOpenAtStart;
            case "clause":
                for (var k = after; k < u.Count && k <= after + 4; k++)
                {
                    var w = u.Lower[k];
                    if (w == "that" || WhWords.Contains(w) || Tokenizer.IsQuote(u.Text[u.Tokens[k].Start]) || (k == after && w == ":")) return true;
                    if (w is "." or ";") break;
                }
                return false;
            case "question":
                for (var k = after; k < u.Count && k <= after + 6; k++)
                {
                    if (WhWords.Contains(u.Lower[k]) || Tokenizer.IsQuote(u.Text[u.Tokens[k].Start])) return true;
                    if (u.Lower[k] is "." or ";") break;
                }
                return false;
            case "content-noun":
                for (var k = after; k < u.Count && k <= after + 6; k++)
                {
                    if (lexicon.ContentNouns.Contains(u.Lower[k])) return true;
                    if (u.IsPunct(k) && u.Lower[k] != "'s") break;
                }
                return false;
            default:
                return after < u.Count && u.Lower[after] is not ("." or "!" or "?");
        }
    }

    /// <summary>The source phrase: the subject before the verb (past auxiliaries, adverbs, appositives and relative clauses), else the phrase after it ("..., said Xi").</summary>
    private (List<string>, string) Source(TokenizedUnit u, PhraseMatch<ReportingVerb> m, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var k = m.First - 1;
        while (k >= 0 && (words.IsAdverb(u.Lower[k]) || words.Is(u.Lower[k], "auxiliary") || words.Is(u.Lower[k], "be"))) k--;
        if (k < 0 || u.Lower[k] == "," && k > 0 && IsQuoteMark(u, k - 1) || IsQuoteMark(u, k))
        {
            // Inverted order after a quotation: "…,” said Chinese leader Xi Jinping.
            var e = m.End;
            while (e < u.Count && !IsBoundary(u, e) && e - m.End < MaxSourceTokens) e++;
            return Validate(u, m.End, e, mentions, discourse, m.Entry.Class);
        }
        if (u.Lower[k] == ",")
        {
            // "Beijing, which is an investor, has offered…" / "Hunter Biden, the son of …, has confirmed…": skip the aside.
            var c = k - 1;
            while (c >= 0 && u.Lower[c] != "," && !IsQuoteMark(u, c)) c--;
            var asideStart = c + 1;
            if (asideStart < k && (words.Is(u.Lower[asideStart], "determiner") || words.Is(u.Lower[asideStart], "clause")) && c >= 0 && u.Lower[c] == ",")
                k = c - 1;
            else
                return Validate(u, asideStart, k, mentions, discourse, m.Entry.Class);
            if (k < 0) return ([], "");
        }
        var end = k + 1;
        var start = end;
        while (start > 0 && !IsBoundary(u, start - 1) && end - start < MaxSourceTokens) start--;
        return Validate(u, start, end, mentions, discourse, m.Entry.Class);
    }

    private static bool IsQuoteMark(TokenizedUnit u, int k) => u.IsPunct(k) && Tokenizer.IsQuote(u.Text[u.Tokens[k].Start]);

    /// <summary>Where a source phrase stops: punctuation (but not "&amp;", "-", "/" or "'s"), a quotation mark, or a word that opens a clause.
    /// "and" joins names ("Russia and China") but separates clauses.</summary>
    private bool IsBoundary(TokenizedUnit u, int k)
    {
        var w = u.Lower[k];
        if (u.InQuote[k]) return true;
        if (u.IsPunct(k)) return w is not ("&" or "-" or "/");
        if (w == "and") return !(k > 0 && k + 1 < u.Count && u.IsCapitalized(k - 1) && u.IsCapitalized(k + 1));
        return words.Is(w, "clause");
    }

    private (List<string> Speakers, string Phrase) Validate(TokenizedUnit u, int start, int end, IReadOnlyList<Mention> mentions, Discourse discourse, string verbClass)
    {
        while (start < end && u.IsPunct(start)) start++;
        if (start >= end || end - start > MaxSourceTokens) return ([], "");
        var phrase = Clean(u, start, end);
        var from = u.Tokens[start].Start;
        var to = u.Tokens[end - 1].End;
        var inside = mentions.Where(x => x.IsActor && x.Start >= from && x.End <= to).ToList();
        var first = u.Lower[start];

        if (words.Is(first, "pronoun"))
        {
            var resolved = first is "he" or "she" or "his" or "her" or "him" ? discourse.LastPerson
                : first is "they" or "their" or "them" ? discourse.Speakers.LastOrDefault() ?? discourse.LastActor
                : discourse.LastActor;
            return resolved is null ? ([], "") : ([resolved], phrase);
        }
        if (inside.Count == 0)
        {
            var nouns = Enumerable.Range(start, end - start).Select(i => u.Lower[i]).ToList();
            if (!nouns.Any(lexicon.SourceNouns.Contains) || verbClass == "inference") return ([], "");
            // "the official statement reads": a definite description of a source heard before refers back to it.
            if (first == "the" && lexicon.AnaphoricSourceNouns.Contains(nouns[^1]))
            {
                var antecedent = discourse.Heard.LastOrDefault(h => h.Phrase.Contains(nouns[^1], StringComparison.OrdinalIgnoreCase));
                if (antecedent.Speaker is not null) return ([antecedent.Speaker], phrase);
            }
            return ([phrase], phrase);
        }
        return (Fold(u, start, end, inside), phrase);
    }

    /// <summary>The speaker an analyst would write: a person named in the phrase; each actor of a coordination ("Russia and China");
    /// the actor a phrase consists of ("Moscow" is Russia); the body a statement comes from ("a statement from the Foreign Ministry").</summary>
    private List<string> Fold(TokenizedUnit u, int start, int end, List<Mention> inside)
    {
        var people = inside.Where(m => m.Kind == MentionKind.Person).Select(m => m.Canonical).Distinct().ToList();
        if (people.Count > 0) return people;
        bool Covered(int i) => inside.Any(x => x.Start <= u.Tokens[i].Start && u.Tokens[i].End <= x.End);
        var content = Enumerable.Range(start, end - start).Where(i => u.Lower[i] != "the").ToList();
        if (content.All(i => Covered(i) || u.Lower[i] is "and" or "&" or ","))
            return inside.Select(x => x.Canonical).Distinct().ToList();
        // "a statement from the Russian Foreign Ministry" names the ministry as the source.
        for (var i = start; i < end - 1; i++)
            if (u.Lower[i] is "from" or "of" or "by" or "for" && i > start && lexicon.AnaphoricSourceNouns.Contains(u.Lower[i - 1]))
                return [Clean(u, i + 1, end)];
        return [Clean(u, start, end)];
    }

    /// <summary>The phrase as written, without a leading "the" (so "the Kazakh government" folds like "Kazakh government").</summary>
    private static string Clean(TokenizedUnit u, int start, int end)
    {
        while (start < end && (u.Lower[start] == "the" || u.IsPunct(start))) start++;
        while (end > start && u.IsPunct(end - 1) && u.Lower[end - 1] != ")") end--;
        return u.Slice(start, end);
    }
}
