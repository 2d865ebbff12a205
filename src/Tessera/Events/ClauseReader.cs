using Tessera.Claims;
using Tessera.Language;
using Tessera.Recognition;

namespace Tessera.Events;

/// <summary>A claim's tokens with the actor mention each token belongs to, as the clause reader sees them.</summary>
internal sealed class ClauseSentence
{
    /// <param name="local">The claim's tokens over its own text (<see cref="TokenizedUnit.Local"/>), when the pipeline has them.</param>
    public ClauseSentence(Claim claim, HashSet<string> titles, TokenizedUnit? local = null)
    {
        Claim = claim;
        U = local ?? TokenizedUnit.Sentence(claim.Text);
        MentionAt = new int[U.Count];
        Array.Fill(MentionAt, -1);
        // A bare title ("Mr. Secretary", "the President") names no one a reader can be sure of.
        Actors = claim.Mentions.Where(m => m.IsActor && !(m.Kind == MentionKind.Person && titles.Contains(m.Text))).ToList();
        Places = claim.Mentions.Where(m => m.Kind == MentionKind.Place).ToList();
        var tokens = U.Tokens;
        for (var a = 0; a < Actors.Count; a++)
        {
            var (from, to) = (Actors[a].Start - claim.Start, Actors[a].End - claim.Start);
            // Tokens run in order without overlapping, so those inside the name are the run from the first that starts in it
            // (found by halving) while they end in it; a later actor over the same tokens takes them, as in the text's order.
            var k = FirstStartingAt(tokens, from);
            for (; k < tokens.Count && tokens[k].End <= to; k++) MentionAt[k] = a;
        }
    }

    private static int FirstStartingAt(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public Claim Claim { get; }
    public TokenizedUnit U { get; }
    public int[] MentionAt { get; }
    public List<Mention> Actors { get; }
    public List<Mention> Places { get; }
    public string[] Lower => U.Lower;
    public int Count => U.Count;

    public int MentionStart(int a) { var k = 0; while (MentionAt[k] != a) k++; return k; }
    public int MentionEnd(int a) { var k = U.Count - 1; while (MentionAt[k] != a) k--; return k + 1; }
    public bool StartsMention(int k) => k < Count && MentionAt[k] >= 0 && (k == 0 || MentionAt[k - 1] != MentionAt[k]);
    public int DocOffset(int token) => Claim.Start + U.Tokens[token].Start;
    public int DocEnd(int token) => Claim.Start + U.Tokens[token].End;

    /// <summary>The token a document offset falls in.</summary>
    public int TokenAt(int docOffset)
    {
        var local = docOffset - Claim.Start;
        for (var k = 0; k < Count; k++) if (U.Tokens[k].End > local) return k;
        return Count - 1;
    }

    /// <summary>The stretch of tokens around a token between clause punctuation.</summary>
    public (int Start, int End) Segment(int at)
    {
        var a = at;
        while (a > 0 && !IsSegmentMark(a - 1)) a--;
        var b = at;
        while (b < Count && !IsSegmentMark(b)) b++;
        return (a, b);
    }

    private bool IsSegmentMark(int k) => U.IsPunct(k) && Lower[k] is "," or ";" or ":" or "–" or "—" or "(" or ")";
}

/// <summary>A pattern matched at tokens [Start, End): its verb, the target slot's actor and the source slot's actor.</summary>
internal sealed record PatternMatch(TokenPattern Pattern, int Start, int End, int Verb, int? Target, int? Source, bool Passive)
{
    /// <summary>The tokens of the pattern's words and gaps, slots left out: the act as written.</summary>
    public List<int> Words { get; init; } = [];

    /// <summary>Tokens between the match and a token range; 0 when they overlap.</summary>
    public int Distance(int first, int last) => last < Start ? Start - last : first >= End ? first - End + 1 : 0;
}

/// <summary>Reads clauses without a parser: matches word patterns, finds the subject of a verb and the actors joined to it.</summary>
/// <remarks>
/// After the pattern coders of CAMEO event data (TABARI, PETRARCH): the subject is the nearest actor before the verb in its
/// clause, stepping over asides between commas ("Hunter Biden, the son of ..., has said") and over complements ("the son of
/// X"); a relative pronoun takes the actor before it ("the CSTO, which sent troops"); a verb after "and" with no subject of its
/// own shares the sentence's ("The US is ... and is the biggest loser"). Actors joined by "and", "&amp;", "/" or a list act together.
/// </remarks>
internal sealed class ClauseReader(FunctionWords words, EventMarkers markers, HashSet<string> titleWords)
{
    private const int MaxSubjectReach = 25, MaxSlotSkip = 4;

    public FunctionWords Words => words;

    // ---- matching ------------------------------------------------------------------------------------------------------

    /// <summary>Patterns left to right, the longest at each place (the first in the set's order of those as long), each token used once.</summary>
    public List<PatternMatch> Matches(ClauseSentence s, PatternSet patterns, bool passive = true)
    {
        var result = new List<PatternMatch>();
        var buffer = new List<int>();
        var i = 0;
        while (i < s.Count)
        {
            PatternMatch? best = null;
            // Only the patterns that can match at this token are tried; the others would fail at their first element.
            foreach (var c in patterns.At(s, i, passive, buffer))
            {
                var m = TryAt(s, patterns, c, i, passive);
                if (m is not null && (best is null || m.End - m.Start > best.End - best.Start)) best = m;
            }
            if (best is null) { i++; continue; }
            result.Add(best);
            i = best.End;
        }
        return result;
    }

    /// <summary>Pattern c of the set at token k as written, else (with <paramref name="passive"/>) in the passive; null when it does not match there.</summary>
    internal PatternMatch? TryAt(ClauseSentence s, PatternSet patterns, int c, int k, bool passive)
    {
        var p = patterns[c];
        return TryMatch(s, p, k) ?? (passive && p.Transitive ? TryPassive(s, p, patterns.PassiveRest(c), k) : null);
    }

    private PatternMatch? TryMatch(ClauseSentence s, TokenPattern p, int start)
    {
        int? target = null, source = null;
        var verb = -1;
        var verbIndex = p.VerbIndex;
        // Made only once the walk succeeds: this runs for every pattern at every token, and nearly every try fails.
        List<int>? matched = null;
        var end = Walk(0, start);
        return end < 0 ? null : new PatternMatch(p, start, end, verb, target, source, false) { Words = matched ?? [] };

        int Walk(int e, int k)
        {
            if (e == p.Elements.Count) return k;
            switch (p.Elements[e])
            {
                case WordElement w:
                    {
                        // Adverbs may stand between the words of a phrase ("is firmly opposed to").
                        var at = k;
                        while (e > 0 && at < s.Count && !w.Words.Contains(s.Lower[at]) && words.IsAdverb(s.Lower[at]) && at - k < 2) at++;
                        if (at >= s.Count || !w.Words.Contains(s.Lower[at])) return -1;
                        if (e == verbIndex) verb = at;
                        var r = Walk(e + 1, at + 1);
                        if (r >= 0) (matched ??= []).Insert(0, at);
                        return r;
                    }
                case SlotElement slot:
                    {
                        var maxSkip = e == 0 ? 0 : MaxSlotSkip;
                        for (var skip = 0; skip <= maxSkip && k + skip < s.Count; skip++)
                        {
                            var at = k + skip;
                            if (s.StartsMention(at))
                            {
                                var a = s.MentionAt[at];
                                var r = Walk(e + 1, AfterBracket(s, s.MentionEnd(a)));
                                if (r >= 0)
                                {
                                    if (slot.IsSource) source = a; else target = a;
                                    return r;
                                }
                            }
                            if (!Skippable(s, at)) break;
                        }
                        return -1;
                    }
                default:
                    for (var gap = 0; gap <= TokenPattern.MaxGap && k + gap <= s.Count; gap++)
                    {
                        if (gap > 0 && !InClause(s, k + gap - 1)) break;
                        var r = Walk(e + 1, k + gap);
                        if (r >= 0)
                        {
                            (matched ??= []).InsertRange(0, Enumerable.Range(k, gap));
                            return r;
                        }
                    }
                    return -1;
            }
        }
    }

    /// <summary>"Massimov was detained by the KNB", "Greece was accused by Turkey of aggression", "Greece was accused of aggression
    /// by Turkey": the verb of a transitive pattern after a form of "be", with an optional agent before or after the rest of the
    /// pattern, which must match as written.</summary>
    private PatternMatch? TryPassive(ClauseSentence s, TokenPattern p, TokenPattern? rest, int k)
    {
        if (p.Elements[p.VerbIndex] is not WordElement w || !w.Words.Contains(s.Lower[k])) return null;
        if (!s.Lower[k].EndsWith("ed", StringComparison.Ordinal) && !s.Lower[k].EndsWith('n') && !s.Lower[k].EndsWith('t')) return null;
        var b = k - 1;
        while (b >= 0 && words.IsAdverb(s.Lower[b])) b--;
        if (b < 0 || !words.Is(s.Lower[b], "be")) return null;
        var (agent, end) = Agent(s, k + 1);
        List<int> restWords = [];
        if (rest is not null)
        {
            var after = TryMatch(s, rest, end);
            if (after is null && agent is not null)
            {
                // The rest right after the verb, the agent after it.
                after = TryMatch(s, rest, k + 1);
                if (after is null) return null;
                (agent, var agentEnd) = Agent(s, after.End);
                end = agent is null ? after.End : agentEnd;
            }
            else if (after is null)
            {
                return null;
            }
            else
            {
                end = after.End;
            }
            if (agent is null) (agent, end) = Agent(s, end);
            restWords = after.Words;
        }
        return new PatternMatch(p, k, end, k, null, agent, true) { Words = [k, .. restWords] };
    }

    /// <summary>The agent of a passive, "by the KNB", starting at token k: its mention and the token after it.</summary>
    private (int? Agent, int End) Agent(ClauseSentence s, int k)
    {
        if (k >= s.Count || s.Lower[k] != "by") return (null, k);
        for (var j = k + 1; j < s.Count && j <= k + 1 + MaxSlotSkip; j++)
        {
            if (s.StartsMention(j)) return (s.MentionAt[j], s.MentionEnd(s.MentionAt[j]));
            if (!Skippable(s, j)) break;
        }
        return (null, k);
    }

    /// <summary>"the Collective Security Treaty Organization (CSTO) for help": a bracket right after a name is part of it.</summary>
    public static int AfterBracket(ClauseSentence s, int k)
    {
        if (k >= s.Count || s.Lower[k] != "(") return k;
        for (var j = k + 1; j < s.Count && j <= k + 6; j++) if (s.Lower[j] == ")") return j + 1;
        return k;
    }

    /// <summary>A word a slot may step over before its actor: a determiner, adjective or title, not a preposition, clause word or mark.</summary>
    public bool Skippable(ClauseSentence s, int k)
    {
        var w = s.Lower[k];
        if (s.U.IsPunct(k)) return w is "“" or "”" or "\"" or "'" or "-";
        return !markers.Prepositions.Contains(w) && !markers.Relatives.Contains(w) && !words.Is(w, "clause") && !markers.Coordinators.Contains(w) && !words.Is(w, "be");
    }

    /// <summary>A gap stays inside its clause: no punctuation but hyphens and possessives, no clause word.</summary>
    private bool InClause(ClauseSentence s, int k)
    {
        var w = s.Lower[k];
        if (s.U.IsPunct(k)) return w is "-" or "'s" or "“" or "”";
        return !words.Is(w, "clause") && !markers.Relatives.Contains(w);
    }

    // ---- negation and modality -----------------------------------------------------------------------------------------

    /// <summary>"did not send", "never asked", "no longer supports": a negation among the three words before the verb.</summary>
    public bool Negated(ClauseSentence s, int verb)
    {
        for (var k = verb; k >= Math.Max(0, verb - 3); k--)
        {
            if (k < verb && s.U.IsPunct(k)) break;
            if (EventMarkers.EndsAt(markers.Negation, s.Lower, k)) return true;
        }
        return false;
    }

    /// <summary>Whether the act lies ahead ("will withdraw", "should strengthen") or is only offered or decided ("agrees to send",
    /// "decided on 6 January to send", "is willing to provide"). "may have demanded" is a past possibility, not a future.</summary>
    public (bool Future, bool Intent) Modality(ClauseSentence s, int verb)
    {
        var future = false;
        var k = verb - 1;
        while (k >= 0 && (words.IsAdverb(s.Lower[k]) || words.Is(s.Lower[k], "be") || words.Is(s.Lower[k], "perfect") || words.Is(s.Lower[k], "aspectual"))) k--;
        if (k + 1 < verb && words.Is(s.Lower[k + 1], "perfect")) return (false, false);
        if (k >= 0 && EventMarkers.EndsAt(markers.Future, s.Lower, k + 1)) future = true;
        var intent = false;
        if (k >= 0 && s.Lower[k] == "to")
        {
            for (var j = k - 1; j >= 0 && j >= k - 7; j--)
            {
                if (s.U.IsPunct(j) && s.Lower[j] != "-") break;
                if (markers.Intent.Any(p => p[0] == s.Lower[j])) { intent = true; break; }
                if (EventMarkers.EndsAt(markers.Future, s.Lower, j + 1)) future = true;
            }
        }
        return (future, intent);
    }

    // ---- subjects and groups -------------------------------------------------------------------------------------------

    /// <summary>The actors who act: the nearest actor before the verb in its clause, with those joined to it.</summary>
    public List<string> Subject(ClauseSentence s, int verb, string? lastPerson)
    {
        // A name right before the verb is its subject, even after a preposition ("with Xi Jinping openly supporting").
        var adjacent = verb - 1;
        while (adjacent >= 0 && (words.IsAdverb(s.Lower[adjacent]) || words.Is(s.Lower[adjacent], "auxiliary") || words.Is(s.Lower[adjacent], "be"))) adjacent--;
        if (adjacent >= 0 && s.MentionAt[adjacent] >= 0 && s.Lower[adjacent] != "'s")
        {
            var np = NounPhraseStart(s, s.MentionStart(s.MentionAt[adjacent]));
            // ... but not the agent or owner of another noun: "the CSTO led by Russia will offer", "the troops of Russia".
            if (np == 0 || !words.Is(s.Lower[np - 1], "owner")) return Group(s, s.MentionAt[adjacent], forward: false);
        }
        int? ofComplement = null;
        var k = verb - 1;
        while (k >= 0 && verb - k <= MaxSubjectReach)
        {
            var w = s.Lower[k];
            if (s.MentionAt[k] >= 0)
            {
                var a = s.MentionAt[k];
                var np = NounPhraseStart(s, s.MentionStart(a));
                var before = np > 0 ? s.Lower[np - 1] : "";
                if (markers.Prepositions.Contains(before))
                {
                    if (before == "of") ofComplement ??= a;
                    k = np - 2;
                    continue;
                }
                return Group(s, a, forward: false);
            }
            if (w == ",")
            {
                // An aside between commas ("Hunter Biden, the son of ..., has"; "China and Russia, as neighbours of ..., should").
                var p = k - 1;
                while (p >= 0 && s.Lower[p] != "," && !HardBoundary(s, p) && k - p <= 14) p--;
                if (p >= 0 && s.Lower[p] == "," && p + 1 < k && OpensAside(s.Lower[p + 1]))
                {
                    k = p - 1;
                    continue;
                }
                k--;
                continue;
            }
            if (HardBoundary(s, k)) break;
            if (markers.Relatives.Contains(w))
            {
                var j = k - 1;
                if (j >= 0 && s.Lower[j] == ",") j--;
                return j >= 0 && s.MentionAt[j] >= 0 ? Group(s, s.MentionAt[j], forward: false) : [];
            }
            if (words.Is(w, "clause")) break;
            if (words.Is(w, "person-subject") || words.Is(w, "thing-subject") || words.Is(w, "group-pronoun")) return Pronoun(s, k + 1, lastPerson);
            k--;
        }
        if (ofComplement is { } c) return Group(s, c, forward: false);
        if (SharesSentenceSubject(s, verb) is { } first) return Group(s, first, forward: false);
        return Pronoun(s, verb, lastPerson);
    }

    /// <summary>"The US is not happy and obviously is the biggest loser": a verb after "and" or "but" with no subject of its own
    /// shares the actor that opens the sentence.</summary>
    private int? SharesSentenceSubject(ClauseSentence s, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && (words.IsAdverb(s.Lower[k]) || words.Is(s.Lower[k], "auxiliary") || words.Is(s.Lower[k], "be"))) k--;
        if (k < 0 || !words.Is(s.Lower[k], "conjunction")) return null;
        for (var j = 0; j < Math.Min(4, s.Count); j++)
            if (s.MentionAt[j] >= 0) return s.MentionAt[j];
        return null;
    }

    private bool OpensAside(string w) =>
        words.Is(w, "determiner") || words.Is(w, "clause") || markers.Relatives.Contains(w) || markers.Prepositions.Contains(w);

    private static bool HardBoundary(ClauseSentence s, int k) =>
        s.U.IsPunct(k) && s.Lower[k] is ";" or ":" or "–" or "—" or "(" or ")" or "“" or "”" or "\"" or "." or "?" or "!";

    /// <summary>A pronoun subject: "he" or "she" is the last person named in the claim, else before it, else the speaker; "it" is
    /// the last other actor named earlier in the same claim.</summary>
    private List<string> Pronoun(ClauseSentence s, int at, string? lastPerson)
    {
        var k = at - 1;
        while (k >= 0 && (words.IsAdverb(s.Lower[k]) || words.Is(s.Lower[k], "auxiliary") || words.Is(s.Lower[k], "be"))) k--;
        if (k < 0) return [];
        var before = s.U.Tokens[k].Start;
        var earlier = s.Actors.Where(m => m.End - s.Claim.Start <= before).ToList();
        var w = s.Lower[k];
        var who = words.Is(w, "person-subject") ? earlier.LastOrDefault(m => m.Kind == MentionKind.Person)?.Canonical ?? lastPerson ?? s.Claim.Speakers.FirstOrDefault()
            : words.Is(w, "thing-subject") ? earlier.LastOrDefault(m => m.Kind != MentionKind.Person)?.Canonical
            : null;
        // A reported event ("the ministry said they had detained ..."): "they" acts for whoever reports it.
        if (words.Is(w, "group-pronoun") && k > 0)
            return s.Claim.Speakers.Count > 0 && s.Actors.Any(m => s.Claim.Speakers.Contains(m.Canonical)) ? s.Claim.Speakers.Where(n => s.Actors.Any(m => m.Canonical == n)).ToList()
                : earlier.LastOrDefault(m => m.Kind != MentionKind.Person) is { } group ? [group.Canonical] : [];
        return who is null ? [] : [who];
    }

    /// <summary>For a pattern that opens with a noun ("troops * arrive+", "influence * grow+"), the actor the noun belongs to: named
    /// just before it ("CSTO troops", "Russia's influence") or after "of" ("the Forces of the CSTO"); else none.</summary>
    public List<string> Owner(ClauseSentence s, int noun, WordElement nouns)
    {
        // Only modifiers of the noun stand between it and its owner: "the first CSTO units", "the CSTO peacekeeping contingent".
        for (var k = noun - 1; k >= 0 && noun - k <= 3; k--)
        {
            if (s.MentionAt[k] >= 0) return Group(s, s.MentionAt[k], forward: false);
            if (!(nouns.Words.Contains(s.Lower[k]) || words.Is(s.Lower[k], "determiner") || s.U.IsCapitalized(k) || words.Is(s.Lower[k], "ordinal-modifier") || s.Lower[k] is "-" or "'s")) break;
        }
        if (noun + 1 < s.Count && s.Lower[noun + 1] == "of")
            for (var k = noun + 2; k < s.Count && k <= noun + 5; k++)
            {
                if (s.StartsMention(k)) return Group(s, s.MentionAt[k], forward: true);
                if (!Skippable(s, k)) break;
            }
        return [];
    }

    /// <summary>Where the noun phrase holding a name starts: titles, determiners and other names before it
    /// ("his Russian counterpart Sergey Lavrov", "US President Biden").</summary>
    public int NounPhraseStart(ClauseSentence s, int start)
    {
        var k = start;
        var count = 0;
        while (k > 0)
        {
            var j = k - 1;
            var w = s.Lower[j];
            if (s.MentionAt[j] >= 0) { k = s.MentionStart(s.MentionAt[j]); continue; }
            // Only what can stand inside a name's noun phrase: a determiner, a title word, "-", a possessive.
            var inside = s.U.IsPunct(j) ? w is "-" or "'s" : w == "'s" || words.Is(w, "determiner") || markers.NounPhraseWords.Contains(w) || titleWords.Contains(w);
            if (!inside) break;
            if (++count > 4) break;
            k = j;
        }
        return k;
    }

    /// <summary>An actor named among a pattern's words qualifies what is acted on ("expelled two Polish diplomats", "massacred
    /// Israeli civilians"), so a hostile act whose pattern has no target slot is aimed at it.</summary>
    public List<string> InGap(ClauseSentence s, PatternMatch m)
    {
        foreach (var k in m.Words)
            if (k != m.Verb && s.StartsMention(k)) return Group(s, s.MentionAt[k], forward: true, possessive: false);
        return [];
    }

    /// <summary>The actor a group starts from, as a mention index; see <see cref="Group"/>.</summary>
    public List<string> Group(ClauseSentence s, int a, bool forward, bool possessive = true) =>
        GroupMentions(s, a, forward, possessive).Select(m => s.Actors[m].Canonical).Distinct().ToList();

    /// <summary>An actor and the actors joined to it: "Russia and China", "the US, the EU and Turkey", "US/NATO". Forward from a
    /// target, a possessive gives way to the name it qualifies ("Kazakhstan's former intelligence chief, Karim Massimov") and a
    /// title to the name it heads ("Russian Foreign Minister Sergey Lavrov").</summary>
    public List<int> GroupMentions(ClauseSentence s, int a, bool forward, bool possessive = true)
    {
        var group = new List<int>();
        if (forward)
        {
            var end = s.MentionEnd(a);
            if (possessive && end < s.Count && s.Lower[end] == "'s")
            {
                var commas = 0;
                for (var j = end + 1; j < s.Count && j <= end + 7; j++)
                {
                    if (s.StartsMention(j)) { a = s.MentionAt[j]; break; }
                    if (s.Lower[j] == "," && commas++ == 0) continue;
                    if (s.U.IsPunct(j) || markers.Prepositions.Contains(s.Lower[j]) || words.Is(s.Lower[j], "clause")) break;
                }
            }
            a = Head(s, a);
            group.Add(a);
            var k = AfterBracket(s, s.MentionEnd(a));
            while (k < s.Count && markers.Coordinators.Contains(s.Lower[k]))
            {
                var j = k + 1;
                while (j < s.Count && (words.Is(s.Lower[j], "determiner") || words.Is(s.Lower[j], "joiner"))) j++;
                if (!s.StartsMention(j)) break;
                var next = Head(s, s.MentionAt[j]);
                group.Add(next);
                k = AfterBracket(s, s.MentionEnd(next));
            }
        }
        else
        {
            group.Add(a);
            var k = NounPhraseStart(s, s.MentionStart(a)) - 1;
            var joined = false;
            while (k > 0 && markers.Coordinators.Contains(s.Lower[k]))
            {
                // A comma joins names only in a list closed by "and" ("the US, the EU and Turkey"), not "Mr. Secretary, Moscow".
                if (s.Lower[k] == "," && !joined) break;
                joined = true;
                var j = k - 1;
                while (j >= 0 && (s.Lower[j] == "," || words.Is(s.Lower[j], "joiner") || words.Is(s.Lower[j], "determiner")) && s.MentionAt[j] < 0) j--;
                if (j < 0 || s.MentionAt[j] < 0) break;
                var other = s.MentionAt[j];
                var np = NounPhraseStart(s, s.MentionStart(other));
                if (np > 0 && markers.Prepositions.Contains(s.Lower[np - 1])) break;
                group.Insert(0, other);
                k = np - 1;
            }
        }
        return group.Distinct().ToList();
    }

    /// <summary>The head of the noun phrase a name opens: the last name in it ("Russian Foreign Minister Sergey Lavrov" is Lavrov).</summary>
    private int Head(ClauseSentence s, int a)
    {
        var k = AfterBracket(s, s.MentionEnd(a));
        for (var skip = 0; k < s.Count && skip <= 3; skip++, k++)
        {
            if (s.StartsMention(k)) { a = s.MentionAt[k]; k = AfterBracket(s, s.MentionEnd(a)) - 1; skip = -1; continue; }
            var w = s.Lower[k];
            if (!(s.U.IsCapitalized(k) || words.Is(w, "determiner") || markers.NounPhraseWords.Contains(w) || w == "-")) break;
        }
        return a;
    }
}
