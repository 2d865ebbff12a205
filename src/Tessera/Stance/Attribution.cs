using Tessera.Language;
using Tessera.Recognition;

namespace Tessera.Stance;

/// <summary>Who a unit's content comes from, when not the author: one or more source phrases and the cues that named them.</summary>
/// <remarks>Speakers are folded to an actor's canonical name where the source phrase names one actor ("President Xi Jinping" is
/// "Xi Jinping"); Phrases keep the source phrases as written ("a statement from the Russian Foreign Ministry").</remarks>
public sealed record Attribution(IReadOnlyList<string> Speakers, IReadOnlyList<string> Phrases, IReadOnlyList<Cue> Cues, string? Person = null)
{
    public static Attribution None { get; } = new([], [], []);
    public bool IsAttributed => Speakers.Count > 0;
}

/// <summary>What earlier units of a document tell the attribution of later ones: the last person and actor named, the sources heard.</summary>
public sealed class Discourse
{
    public string? LastPerson { get; private set; }
    public string? LastActor { get; private set; }
    /// <summary>The speakers of the unit just before, the likeliest referent of "they said" in the next.</summary>
    public IReadOnlyList<string> PreviousSpeakers { get; private set; } = [];
    /// <summary>A single person who spoke in the unit just before, or who was its subject ("The President thanked…"):
    /// the likeliest referent of "he said" in the next (the subject is the preferred centre, after Grosz et al. 1995).</summary>
    public string? PreviousPerson { get; private set; }
    /// <summary>Set by the attributor when a unit opens with a person as its subject.</summary>
    public string? Subject { get; set; }
    public List<string> Speakers { get; } = [];
    /// <summary>Source phrases as written, paired with the speaker each became, for "the statement" to find its antecedent.</summary>
    public List<(string Phrase, string Speaker)> Heard { get; } = [];
    /// <summary>A transcript's speaker label ("SECRETARY BLINKEN:") and the block it governs.</summary>
    public (int Block, string Speaker)? Label { get; set; }

    public void Update(IReadOnlyList<Mention> mentions, Attribution attribution, bool heading = false)
    {
        if (heading) Label = null;
        PreviousPerson = attribution.Person ?? Subject;
        Subject = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Person) LastPerson = m.Canonical;
            else if (m.IsActor) LastActor = m.Canonical;
        }
        Speakers.AddRange(attribution.Speakers);
        PreviousSpeakers = attribution.Speakers;
        for (var i = 0; i < attribution.Phrases.Count; i++)
            Heard.Add((attribution.Phrases[i], attribution.Speakers.ElementAtOrDefault(i) ?? attribution.Speakers.FirstOrDefault() ?? attribution.Phrases[i]));
    }
}

/// <summary>Finds the source of a unit's content: the subject of a reporting verb with content, an inverted "said X", "according to X",
/// a transcript's speaker label.</summary>
/// <remarks>After the attribution relations of PARC 3.0 (Pareti 2016): a source, a cue (the verb) and content.
/// Requests and agreements carry no content and are not in the lexicon.</remarks>
public sealed class Attributor(StanceLexicon lexicon, FunctionWords words)
{
    private const int MaxSourceTokens = 12;
    private const int MaxNameTokens = 8;

    /// <summary>The speaker of a source named only by a pronoun no earlier name resolves ("he said" in an article's first line).</summary>
    public const string UnknownSpeaker = "?";

    public Attribution Attribute(TokenizedUnit u, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var found = new List<(List<string> Speakers, string Phrase, Cue Cue, bool Person)>();
        foreach (var m in lexicon.Reporting.Matches(u))
        {
            if (u.InQuote[m.First] || IsNoun(u, m)) continue;
            var participle = IsParticiple(u, m);
            if (!participle && !IsActive(u, m)) continue;
            var (source, phrase, final) = participle ? SentenceSubject(u, m, mentions, discourse) : Source(u, m, mentions, discourse);
            if (source.Count == 0 || !(final || HasContent(u, m))) continue;
            found.Add((source, phrase, EpistemicAnalyzer.CueOf(u, Flag.Speaker, m.Entry.Class, m.First, m.End), IsPerson(phrase, source, mentions)));
        }
        // "according to X": the source follows the phrase (lexicon/source-phrases.tsv).
        foreach (var m in lexicon.SourcePhrases.Matches(u))
        {
            if (u.InQuote[m.First]) continue;
            var e = m.End;
            while (e < u.Count && !IsBoundary(u, e) && e - m.End < MaxSourceTokens) e++;
            var (source, phrase) = Validate(u, m.End, e, mentions, discourse, "according-to");
            if (source.Count > 0) found.Add((source, phrase, EpistemicAnalyzer.CueOf(u, Flag.Speaker, "according-to", m.First, m.End), IsPerson(phrase, source, mentions)));
        }
        // A sentence that names its own source is narrative again: a label before it no longer speaks for what follows.
        if (found.Count > 0) discourse.Label = null;
        if (Label(u, mentions, discourse) is { } label) found.Insert(0, (label.Item1, label.Item2, label.Item3, true));
        discourse.Subject = SubjectPerson(u, mentions);
        if (found.Count == 0) return Attribution.None;
        var speakers = found.SelectMany(f => f.Speakers).Distinct().ToList();
        var person = found.Where(f => f.Person).Select(f => f.Speakers[0]).FirstOrDefault();
        return new Attribution(speakers, found.Select(f => f.Phrase).ToList(), found.Select(f => f.Cue).ToList(), person);
    }

    /// <summary>Whether a source is one person: a person the gazetteer knows, or a phrase headed by a person noun ("a spokesman").</summary>
    private bool IsPerson(string phrase, List<string> speakers, IReadOnlyList<Mention> mentions)
    {
        if (speakers.Count != 1) return false;
        if (mentions.Any(m => m.Kind == MentionKind.Person && m.Canonical == speakers[0])) return true;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && lexicon.PersonNouns.Contains(words[^1].ToLowerInvariant());
    }

    /// <summary>The person a unit opens with as its subject: a named person ("Tokayev thanked…") or a title ("The President thanked…").</summary>
    private string? SubjectPerson(TokenizedUnit u, IReadOnlyList<Mention> mentions)
    {
        var f = 0;
        while (f < u.Count && u.IsPunct(f)) f++;
        if (f >= u.Count) return null;
        var title = lexicon.Titles.At(u, f) ?? (u.Lower[f] == "the" ? lexicon.Titles.At(u, f + 1) : null);
        var nameAt = title?.End ?? f;
        var person = mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && nameAt < u.Count && m.Start == u.Tokens[nameAt].Start);
        if (person is not null) return person.Canonical;
        return title is { } t && u.Lower[f] == "the" ? u.Name(t.First, t.End) : null;
    }

    /// <summary>Interview transcripts label each turn: "SECRETARY BLINKEN: …", "Q: …". The label speaks for its whole paragraph.</summary>
    private (List<string>, string, Cue)? Label(TokenizedUnit u, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var colon = -1;
        for (var k = 0; k < u.Count && k <= 4; k++)
        {
            if (u.Lower[k] == ":") { colon = k; break; }
            if (u.Tokens[k].Kind != TokenKind.Word || u.Surface[k].Any(char.IsLower)) break;
        }
        if (colon > 0 && u.Tokens[colon].End < u.Unit.End && !words.Is(u.Lower[0], "label-stop"))
        {
            var from = u.Tokens[0].Start;
            var to = u.Tokens[colon - 1].End;
            var person = mentions.FirstOrDefault(x => x.Kind == MentionKind.Person && x.Start >= from && x.End <= to);
            var phrase = u.Name(0, colon);
            var speaker = person?.Canonical ?? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase.ToLowerInvariant());
            discourse.Label = (u.Unit.Block, speaker);
            return ([speaker], phrase, new Cue(Flag.Speaker, "label", from, u.Tokens[colon].End, u.Slice(0, colon + 1)));
        }
        if ((colon > 0 || (u.Count > 2 && u.Lower[1] == ":")) && words.Is(u.Lower[0], "label-stop"))
        {
            // "Q:" or "NOTE:" ends the turn of the label before it.
            discourse.Label = null;
            return null;
        }
        if (discourse.Label is { } l)
            return ([l.Speaker], l.Speaker, new Cue(Flag.Speaker, "label", u.Unit.Start, u.Unit.Start, ""));
        return null;
    }

    /// <summary>"Claims of U.S. involvement", "the reports": a present form after a determiner or before "of" is a noun.</summary>
    private bool IsNoun(TokenizedUnit u, PhraseMatch<ReportingVerb> m)
    {
        var form = u.Lower[m.First];
        if (words.Is(form, "verb-only") || form.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (m.End < u.Count && u.Lower[m.End] == "of") return true;
        if (m.First > 0 && (words.Is(u.Lower[m.First - 1], "determiner") || u.Lower[m.First - 1] == "'s")) return true;
        // "the UN report found": a determiner just before a name before the word makes it a noun compound; so does a possessive
        // in a title-case headline ("Hillary's Trump Claim"), where the word's capital hides whether it is a verb.
        return m.First > 1 && u.IsCapitalized(m.First - 1)
               && (words.Is(u.Lower[m.First - 2], "determiner") || (u.Lower[m.First - 2] == "'s" && u.IsCapitalized(m.First) && u.IsTitleCase()));
    }

    /// <summary>Active voice only: "was reported" is passive; an -ing form counts only in a progressive ("was referring to");
    /// an infinitive ("refused to say") reports nothing.</summary>
    private bool IsActive(TokenizedUnit u, PhraseMatch<ReportingVerb> m)
    {
        var k = m.First - 1;
        while (k >= 0 && words.IsAdverb(u.Lower[k]) && !words.Is(u.Lower[k], "be")) k--;
        var before = k >= 0 ? u.Lower[k] : "";
        if (before == "to") return false;
        var ing = u.Lower[m.First].EndsWith("ing", StringComparison.Ordinal);
        var afterBe = words.Is(before, "be");
        return ing ? afterBe : !afterBe;
    }

    /// <summary>A participle after a comma reports for the subject of the sentence ("Rubio pushed back, saying that…").</summary>
    private static bool IsParticiple(TokenizedUnit u, PhraseMatch<ReportingVerb> m) =>
        m.First > 1 && u.Lower[m.First - 1] == "," && u.Lower[m.First].EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The subject a sentence opens with, after any adjunct set off by a comma ("In an interview with CNN, Trump…"): a
    /// pronoun or a name. Descriptions are left alone here, since the subject of a long sentence is hard to find without a parser.</summary>
    private (List<string> Speakers, string Phrase, bool Final) SentenceSubject(TokenizedUnit u, PhraseMatch<ReportingVerb> m, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var s = 0;
        while (s < m.First && u.IsPunct(s)) s++;
        if (s < m.First && (words.Is(u.Lower[s], "preposition") || words.Is(u.Lower[s], "clause") || words.IsAdverb(u.Lower[s])))
        {
            while (s < m.First && u.Lower[s] != ",") s++;
            s++;
        }
        if (s >= m.First - 1) return ([], "", false);
        var e = s;
        if (words.Is(u.Lower[s], "pronoun") && !words.Is(u.Lower[s], "determiner")) e = s + 1;
        else
            while (e < m.First && (u.IsCapitalized(e) || IsNamePeriod(u, e))) e++;
        if (e == s || e >= m.First || u.IsPunct(e) || u.IsCapitalized(e)) return ([], "", false);
        var (speakers, phrase) = Validate(u, s, e, mentions, discourse, m.Entry.Class);
        return (speakers, phrase, false);
    }

    private bool HasContent(TokenizedUnit u, PhraseMatch<ReportingVerb> m)
    {
        var after = m.End;
        bool Within(int span, Func<int, bool> test)
        {
            for (var k = after; k < u.Count && k <= after + span; k++)
            {
                if (test(k)) return true;
                if (u.Lower[k] is "." or ";") break;
            }
            return false;
        }
        bool IsQuote(int k) => Tokenizer.IsQuote(u.Text, u.Tokens[k]);
        return m.Entry.Content switch
        {
            "quote" => u.HasQuote || u.QuoteOpenAtStart,
            "clause" => (after < u.Count && u.Lower[after] == ":") || Within(4, k => u.Lower[k] == "that" || words.Is(u.Lower[k], "wh") || IsQuote(k))
                        || BareClause(u, after),
            "question" => Within(6, k => words.Is(u.Lower[k], "wh") || IsQuote(k)),
            "content-noun" => Within(6, k => lexicon.ContentNouns.Contains(u.Lower[k])),
            "as" => u.HasQuote || Within(8, k => u.Lower[k] == "as"),
            _ => after < u.Count && u.Lower[after] is not ("." or "!" or "?"),
        };
    }

    /// <summary>A clause without "that": a short subject, then an auxiliary or a form of "be" ("argue the law will silence dissent",
    /// "insist the vote was fair"); a preposition or punctuation first means an object, not a clause ("stressed the importance of").</summary>
    private bool BareClause(TokenizedUnit u, int after)
    {
        for (var k = after + 1; k < u.Count && k <= after + 5; k++)
        {
            var w = u.Lower[k];
            if (u.IsPunct(k) || words.Is(w, "preposition") || w == "of") return false;
            if (words.Is(w, "auxiliary") || words.Is(w, "be")) return true;
        }
        return false;
    }

    /// <summary>The source phrase: the subject before the verb (past auxiliaries, adverbs, appositives and asides), else the phrase after it
    /// ("…,” said Xi"). Final says whether the verb closes the unit after its content ("…, Xi said."), which is content enough.</summary>
    private (List<string> Speakers, string Phrase, bool Final) Source(TokenizedUnit u, PhraseMatch<ReportingVerb> m, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        var k = m.First - 1;
        while (k >= 0 && (words.IsAdverb(u.Lower[k]) || words.Is(u.Lower[k], "auxiliary") || words.Is(u.Lower[k], "be"))) k--;
        // Inverted order never has an auxiliary: "…, said the minister", not "…, has said the minister".
        // A preposition after the verb opens an adjunct, not a subject ("…, Jeff Weaver, the campaign manager, said in a statement."):
        // the speaker then stands before the verb.
        if (k == m.First - 1 && k >= 0 && (IsQuoteMark(u, k) || (u.Lower[k] == "," && k > 0)) && InvertedForm(u.Lower[m.First])
            && !(m.End < u.Count && words.Is(u.Lower[m.End], "preposition")))
        {
            // Inverted order after content: "…,” said Chinese leader Xi Jinping." / "…, said the minister."
            var e = m.End;
            while (e < u.Count && !IsBoundary(u, e) && e - m.End < MaxSourceTokens) e++;
            // A bracket after the name ("said Sen. Amy Klobuchar (D-Minn.), who…") belongs to it.
            var after = e;
            if (after < u.Count && u.Lower[after] == "(")
                while (after < u.Count && u.Lower[after] != ")") after++;
            if (after < u.Count && u.Lower[after] == ")") after++;
            else after = e;
            // Only where the source closes the unit: in "Nigeria, which chairs the bloc, has denied the report" the phrase after
            // the verb is its object.
            // A pronoun after the verb is its subject only alone ("…,” said he."); followed by more words it opens a reported
            // clause ("…, said she turned out to vote").
            // The verb may end the unit ("…, said"), and then nothing stands after it.
            var clause = m.End < u.Count && words.Is(u.Lower[m.End], "pronoun") && !words.Is(u.Lower[m.End], "determiner") && e > m.End + 1;
            if (IsFinal(u, after) || (after < u.Count && u.Lower[after] == ","))
            {
                var (inv, phrase) = Validate(u, m.End, e, mentions, discourse, m.Entry.Class);
                if (inv.Count > 0 && !clause) return (inv, phrase, IsFinal(u, e));
                // The clause's pronoun usually takes up the speaker: it stands in when no subject is found before the verb.
                if (inv.Count > 0)
                {
                    var before = SubjectBefore(u, m, k, mentions, discourse);
                    return before.Speakers.Count > 0 ? before : (inv, phrase, IsFinal(u, e));
                }
            }
        }
        return SubjectBefore(u, m, k, mentions, discourse);
    }

    /// <summary>The subject before the verb, stepping back over asides, ages and bracketed acronyms.</summary>
    private (List<string> Speakers, string Phrase, bool Final) SubjectBefore(TokenizedUnit u, PhraseMatch<ReportingVerb> m, int k, IReadOnlyList<Mention> mentions, Discourse discourse)
    {
        if (k < 0) return ([], "", false);
        var final = IsFinal(u, m.End);
        (List<string>? Speakers, string Phrase) appositive = (null, "");
        while (true)
        {
            if (u.Lower[k] == ")")
            {
                // "The National Security Committee (KNB) says…": step over the bracketed acronym.
                var open = k;
                while (open > 0 && u.Lower[open] != "(") open--;
                if (open > 0) { k = open - 1; continue; }
            }
            if (u.Lower[k] == ",")
            {
                // An aside between commas: "Beijing, which is an investor, has offered…", "Hunter Biden, the son of …, has confirmed…",
                // "State television, citing the ministry, reports…", "Erlan Karin, said…" (the aside is the name itself).
                var c = k - 1;
                while (c >= 0 && u.Lower[c] != "," && !IsQuoteMark(u, c)) c--;
                var asideStart = c + 1;
                var openers = asideStart < k && (words.Is(u.Lower[asideStart], "determiner") || words.Is(u.Lower[asideStart], "clause")
                    || u.Lower[asideStart].EndsWith("ing", StringComparison.Ordinal));
                // The subject is the first phrase and an aside only describes it ("Hogan Gidley, a former director of the South
                // Carolina party, said"; "Her campaign manager, Robby Mook, said"): an aside speaks only when nothing before it can,
                // and then the leftmost.
                if (!openers)
                {
                    var (aside, phrase) = Validate(u, asideStart, k, mentions, discourse, m.Entry.Class);
                    if (aside.Count > 0) appositive = (aside, phrase);
                }
                if (c < 1 || u.Lower[c] != ",") return appositive.Speakers is null ? ([], "", false) : (appositive.Speakers, appositive.Phrase, final);
                k = c - 1;
                continue;
            }
            // An age between commas is an aside like the others: "Marley Anderson, 21, a student, said".
            if (k >= 2 && u.Lower[k - 1] == "," && u.Lower[k + 1] == "," && IsAge(u.Lower[k])) { k--; continue; }
            break;
        }
        var end = k + 1;
        var start = end;
        while (start > 0 && !IsBoundary(u, start - 1) && end - start < MaxSourceTokens) start--;
        if (start > 0 && words.Is(u.Lower[start - 1], "conjunction") && !IsCapitalisedPair(u, start - 1) && start == end)
            return ([], "", false);
        var (speakers, p) = Validate(u, start, end, mentions, discourse, m.Entry.Class);
        // A title is the exception: "State Secretary of Kazakhstan, Erlan Karin, said" is said by the person who holds it.
        if (appositive.Speakers is not null && (speakers.Count == 0 || (IsTitle(u, start, end) && IsNameAside(appositive.Phrase))))
            return (appositive.Speakers, appositive.Phrase, final);
        var closes = final && (InvertedForm(u.Lower[m.First]) || words.Is(u.Lower[m.First], "closing")) && start > 0 && (u.Lower[start - 1] == "," || IsQuoteMark(u, start - 1));
        return (speakers, p, closes);
    }

    private static bool IsAge(string word) => word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit);

    /// <summary>Only past forms and "says" stand before their subject ("said Xi", "added the minister").</summary>
    private bool InvertedForm(string form) =>
        words.Is(form, "inverted") || form.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Nothing but a time or place adjunct follows the verb before the unit ends ("…, he said on Thursday.").</summary>
    private bool IsFinal(TokenizedUnit u, int after)
    {
        for (var k = after; k < u.Count; k++)
        {
            var w = u.Lower[k];
            if (w is "." or "!" or "?") return true;
            if (u.IsPunct(k) && !IsQuoteMark(u, k)) return false;
            if (w is "that" or "the" && k == after) return false;
            if (k - after > 5) return false;
        }
        return true;
    }

    private static bool IsQuoteMark(TokenizedUnit u, int k) => Tokenizer.IsQuote(u.Text, u.Tokens[k]);

    /// <summary>A period the segmenter left inside a unit, between a capitalised word and a name, closes a title or an initial
    /// ("said Sen. Amy Klobuchar", "James B. Comey"), not the source phrase.</summary>
    private static bool IsNamePeriod(TokenizedUnit u, int k) =>
        u.Lower[k] == "." && k > 0 && k + 1 < u.Count && u.IsCapitalized(k - 1) && u.IsCapitalized(k + 1) && u.Tokens[k - 1].End == u.Tokens[k].Start;

    private static bool IsCapitalisedPair(TokenizedUnit u, int k) => k > 0 && k + 1 < u.Count && u.IsCapitalized(k - 1) && u.IsCapitalized(k + 1);

    /// <summary>Where a source phrase stops: punctuation (but not "&amp;", "-", "/" or "'s"), a quotation, or a word that opens a clause.
    /// "and" joins names ("Russia and China") but separates clauses.</summary>
    private bool IsBoundary(TokenizedUnit u, int k)
    {
        var w = u.Lower[k];
        if (u.InQuote[k]) return true;
        // A plural possessive's apostrophe ("the inspectors' report") belongs to the phrase.
        if (u.IsPunct(k)) return w is not ("&" or "-" or "/") && !(w is "'" && k > 0 && u.Lower[k - 1].EndsWith('s')) && !IsNamePeriod(u, k);
        if (w == "and") return !IsCapitalisedPair(u, k);
        return words.Is(w, "clause");
    }

    private (List<string> Speakers, string Phrase) Validate(TokenizedUnit u, int start, int end, IReadOnlyList<Mention> mentions, Discourse discourse, string verbClass)
    {
        // "Later he warned…": an adverb before the subject is not part of it.
        while (start < end && (u.IsPunct(start) || (words.IsAdverb(u.Lower[start]) && end - start > 1))) start++;
        if (start >= end || end - start > MaxSourceTokens || IsLocative(u, start, end, mentions)) return ([], "");
        // A subject holds no finite verb: "a group told us it had collected" is a clause, not a source.
        if (verbClass != "according-to")
            for (var i = start; i < end; i++)
                if (words.Is(u.Lower[i], "auxiliary") || words.Is(u.Lower[i], "be")) return ([], "");
        var phrase = Clean(u, start, end);
        var from = u.Tokens[start].Start;
        var to = u.Tokens[end - 1].End;
        var inside = new List<Mention>();
        foreach (var x in mentions)
            if (x.IsActor && x.Start >= from && x.End <= to) inside.Add(x);
        var first = u.Lower[start];

        // "his party said": a possessive before a source noun names that source, described as written.
        if (words.Is(first, "pronoun") && words.Is(first, "determiner") && end - start >= 2 && lexicon.IsSourceNoun(u.Lower[end - 1]))
            return ([phrase], phrase);
        if (words.Is(first, "pronoun"))
        {
            var resolved = words.Is(first, "person-pronoun") ? discourse.PreviousPerson ?? discourse.LastPerson
                : words.Is(first, "group-pronoun") ? discourse.PreviousSpeakers.FirstOrDefault() ?? discourse.LastActor
                : discourse.LastActor;
            // A pronoun is a source even when no one it could take up has been named: the speaker is unknown, not absent.
            return ([resolved ?? UnknownSpeaker], phrase);
        }
        if (inside.Count == 0 && IsName(u, start, end)) return ([phrase], phrase);
        if (NameAfterTitles(u, start, end) is { } name && KnownOrAsWritten(u, name, end, inside) is { } named) return ([named], phrase);
        // "former Obama adviser David Axelrod": a description ending in a name is that name.
        if (DescribedName(u, start, end, inside) is { } described) return ([described], phrase);
        if (verbClass != "according-to" && !HeadCanSpeak(u, start, end, inside, verbClass)) return ([], "");
        if (inside.Count == 0)
        {
            var nouns = Enumerable.Range(start, end - start).Select(i => u.Lower[i]).ToList();
            // "the official statement reads": a definite description of a source heard before refers back to it.
            if (first == "the" && lexicon.AnaphoricSourceNouns.Contains(nouns[^1]))
            {
                // The head must recur in the antecedent; its modifiers too, unless they tell nothing apart ("official").
                var head = nouns[^1];
                var modifiers = nouns.Skip(1).SkipLast(1).Where(n => !words.Is(n, "generic")).ToList();
                var antecedent = discourse.Heard.LastOrDefault(h =>
                    h.Phrase.Contains(head, StringComparison.OrdinalIgnoreCase) && modifiers.All(n => h.Phrase.Contains(n, StringComparison.OrdinalIgnoreCase)));
                if (antecedent.Speaker is not null) return ([antecedent.Speaker], phrase);
            }
            return ([phrase], phrase);
        }
        return (Fold(u, start, end, inside), phrase);
    }

    /// <summary>Two to four capitalised words in subject position are a name the gazetteer does not know ("Ana Ruiz, the minister, said").</summary>
    private static bool IsName(TokenizedUnit u, int start, int end) =>
        end - start is >= 2 and <= 4 && Enumerable.Range(start, end - start).All(i => u.IsCapitalized(i) || (u.Lower[i] == "-" && i > start))
        && !Enumerable.Range(start, end - start).Any(i => u.Surface[i].All(char.IsUpper) && u.Surface[i].Length > 1 && u.Surface[i].Length < 4);

    /// <summary>Where a source that is a name begins, after any titles ("Mr. Kasich", "Sen. Amy Klobuchar", "Sheinkopf", "Nevins of
    /// Showtime"): capitalised words, with initials and the lower-case words that join a name. The speaker is the name without its
    /// titles, as an analyst writes it.</summary>
    private int? NameAfterTitles(TokenizedUnit u, int start, int end)
    {
        var first = start;
        while (first < end)
        {
            if (lexicon.Titles.At(u, first) is { } title && title.End < end) first = title.End;
            else if (u.Lower[first] == ".") first++;
            else break;
        }
        if (first >= end || end - first > MaxNameTokens || !u.IsCapitalized(first) || !u.IsCapitalized(end - 1)) return null;
        if (NotAName(u.Lower[first])) return null;
        for (var i = first + 1; i < end - 1; i++)
        {
            if (u.IsCapitalized(i) || u.Lower[i] is "." or "-" or "'") continue;
            if (!words.Is(u.Lower[i], "name-connector")) return null;
        }
        return first;
    }

    /// <summary>The name that closes a description of its bearer ("Ayotte campaign manager Jon Kohan", "his lawyer, Dan Backer"): two
    /// or more capitalised words after a lower-case word; a name the recogniser found there is used as it knows it.</summary>
    private string? DescribedName(TokenizedUnit u, int start, int end, List<Mention> inside)
    {
        var first = end;
        while (first > start && (u.IsCapitalized(first - 1) || IsNamePeriod(u, first - 1))) first--;
        if (first == start || end - first < 2 || u.IsCapitalized(first - 1) || !u.IsCapitalized(first)) return null;
        if (u.IsPunct(first - 1) && u.Lower[first - 1] != ",") return null;
        var from = u.Tokens[first].Start;
        var person = inside.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Start >= from);
        return person?.Canonical ?? (NameAfterTitles(u, first, end) is { } name ? u.Name(name, end) : null);
    }

    /// <summary>The speaker a name stands for: the person the recogniser found over the whole name, else the name as written, unless
    /// the name opens with an actor that is not a person ("Russia and China", "the White House"), which the actors decide.</summary>
    private static string? KnownOrAsWritten(TokenizedUnit u, int first, int end, List<Mention> inside)
    {
        var name = u.Name(first, end);
        if (inside.Count == 0) return name;
        var from = u.Tokens[first].Start;
        var to = u.Tokens[end - 1].End;
        if (inside.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Start == from) is { } person) return person.End == to ? person.Canonical : name;
        return inside.Any(m => m.Start <= from && from < m.End) || Enumerable.Range(first, end - first).Any(i => u.Lower[i] is "and" or "&") ? null : name;
    }

    /// <summary>A place after the place it lies in ("a woman in Worcester, Massachusetts, told…", "Stacy Baker of Columbia, South
    /// Carolina says"): a place or a country after a comma that follows a capitalised word.</summary>
    private static bool IsLocative(TokenizedUnit u, int start, int end, IReadOnlyList<Mention> mentions) =>
        start > 1 && u.Lower[start - 1] == "," && u.IsCapitalized(start - 2)
        && mentions.Any(m => m.Kind is MentionKind.Place or MentionKind.Country && m.Start == u.Tokens[start].Start && m.End == u.Tokens[end - 1].End);

    /// <summary>A capitalised word that opens a sentence without naming anyone ("This", "However", "In", "No doubt").</summary>
    private bool NotAName(string lower) =>
        lexicon.Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || words.Is(lower, "determiner") || words.Is(lower, "pronoun") || words.Is(lower, "clause") || words.Is(lower, "preposition")
        || words.Is(lower, "conjunction") || words.IsAdverb(lower);

    /// <summary>The head of the subject must be able to speak: an actor, or a source noun ("witnesses in Almaty", "a statement from
    /// the ministry"); "this month's uprising in Kazakhstan" names a country but its head is an event.</summary>
    private bool HeadCanSpeak(TokenizedUnit u, int start, int end, List<Mention> inside, string verbClass)
    {
        var head = Head(u, start, end);
        var t = u.Tokens[head];
        if (u.Tokens[head].Kind == TokenKind.Number || inside.Any(x => x.Start <= t.Start && t.End <= x.End)) return true;
        // "Forbes and Wealth-X say": names joined to a known actor speak, though the last one is known to no list.
        if (inside.Count > 0 && u.IsCapitalized(head) && u.HasWord(start, end, "and")) return true;
        // Inference verbs ("suggested", "implied") take people, not documents or events: "Park's deputy suggested", not "the data suggest".
        return verbClass != "inference" ? lexicon.IsSourceNoun(u.Lower[head]) : lexicon.PersonNouns.Contains(u.Lower[head]);
    }

    private static bool IsNameAside(string phrase) => phrase.Length > 0 && char.IsUpper(phrase[0]);

    /// <summary>A phrase that is a title and what it is of ("State Secretary of Kazakhstan", "the country's president").</summary>
    private bool IsTitle(TokenizedUnit u, int start, int end)
    {
        while (start < end && (u.IsPunct(start) || u.Lower[start] == "the")) start++;
        return start < end && lexicon.Titles.At(u, start) is not null;
    }

    /// <summary>The head noun of a source phrase: its last word, or the word before a preposition that ends the head ("witnesses in Almaty").</summary>
    private int Head(TokenizedUnit u, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
            if (words.Is(u.Lower[i], "head-end")) return i - 1;
        return end - 1;
    }

    /// <summary>The speaker an analyst would write: a person named in the phrase; each actor of a coordination ("Russia and China");
    /// the actor a phrase consists of ("Moscow" is Russia); the body a statement comes from ("a statement from the Foreign Ministry").</summary>
    private List<string> Fold(TokenizedUnit u, int start, int end, List<Mention> inside)
    {
        // A possessor is not the source: "Park's deputy" is the deputy.
        bool Possessor(Mention m) => Enumerable.Range(start, end - start).Any(i => u.Tokens[i].Start >= m.End && u.Tokens[i].Start <= m.End + 1 && u.Lower[i] is "'s" or "'");
        // A person who only modifies the head is not the source either: "Clinton strategists", "an adviser to Bill Clinton".
        var head = u.Tokens[Head(u, start, end)];
        var describes = !u.IsCapitalized(Head(u, start, end)) && !inside.Any(x => x.Start <= head.Start && head.End <= x.End);
        var people = describes ? [] : inside.Where(m => m.Kind == MentionKind.Person && !Possessor(m)).Select(m => m.Canonical).Distinct().ToList();
        if (people.Count > 0) return people;
        if (inside.Any(Possessor)) return [Clean(u, start, end)];
        bool Covered(int i) => inside.Any(x => x.Start <= u.Tokens[i].Start && u.Tokens[i].End <= x.End);
        var content = Enumerable.Range(start, end - start).Where(i => u.Lower[i] != "the").ToList();
        if (content.All(i => Covered(i) || u.Lower[i] is "and" or "&" or ","))
            return inside.Select(x => x.Canonical).Distinct().ToList();
        // "a statement from the Russian Foreign Ministry" names the ministry as the source.
        for (var i = start + 1; i < end - 1; i++)
            if (words.Is(u.Lower[i], "source-of") && lexicon.AnaphoricSourceNouns.Contains(u.Lower[i - 1]))
                return [Clean(u, i + 1, end)];
        return [Clean(u, start, end)];
    }

    /// <summary>The phrase as written, without a leading "the" (so "the Kazakh government" folds like "Kazakh government").</summary>
    private static string Clean(TokenizedUnit u, int start, int end)
    {
        while (start < end && (u.Lower[start] == "the" || u.IsPunct(start))) start++;
        while (end > start && u.IsPunct(end - 1) && u.Lower[end - 1] != ")") end--;
        return u.Name(start, end);
    }
}
