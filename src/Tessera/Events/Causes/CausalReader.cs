using Tessera.Claims;
using Tessera.Language;

namespace Tessera.Events.Causes;

/// <summary>Reads the causal claims of a document: the patterns of analysis/causal-cues.tsv in each claim, and the lists of
/// causes a lead-in introduces, one cause per bullet item.</summary>
public sealed class CausalReader
{
    /// <summary>Punctuation that ends a clause: a cause or an effect never reaches across it.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.Ordinal) { ",", ";", ":", ".", "?", "!", "(", ")", "—", "–" };

    /// <summary>Punctuation a gap or a middle slot may not cross (a comma may: "blamed Washington, Ankara and NGOs for").</summary>
    private static readonly HashSet<string> HardEnds = new(StringComparer.Ordinal) { ";", ":", ".", "?", "!", "(", ")", "—", "–" };

    /// <summary>How many words a cause or an effect read to the clause's edge may hold, and a middle slot.</summary>
    private const int MaxSlot = 24, MaxMiddle = 10, MaxListedCause = 14;

    /// <summary>How many words before the cue a negation makes the claim a denial ("did not cause", "was not behind").</summary>
    private const int NegationWindow = 3;

    private readonly CausalCues _cues;
    private readonly FunctionWords _words;
    private readonly IReadOnlySet<string> _negations;
    // Every pattern numbered (the contexts that make a cue no cause, the causal and denial patterns, the lead-ins, in the file's
    // order within each), and the numbers of those each word can open: a unit is walked once to find where each pattern's first
    // word stands, and a pattern is tried only there, not at every token.
    private readonly CausalPattern[] _all;
    private readonly int _patternsFrom, _leadInsFrom;
    private readonly WordTable<int[]> _byFirstWord;
    private readonly List<string[]> _trimsLongestFirst;

    public CausalReader(CausalCues cues, FunctionWords words, IReadOnlySet<string> negations)
    {
        _cues = cues;
        _words = words;
        _negations = negations;
        _all = [.. cues.NotCause, .. cues.Patterns, .. cues.LeadIns];
        _patternsFrom = cues.NotCause.Count;
        _leadInsFrom = _patternsFrom + cues.Patterns.Count;
        var byWord = new List<(string, int)>();
        for (var id = 0; id < _all.Length; id++)
            foreach (var w in ((CausalWord)_all[id].Elements[_all[id].FirstWord]).Words) byWord.Add((w, id));
        _byFirstWord = WordTable.Grouped(byWord);
        _trimsLongestFirst = cues.Trims.OrderByDescending(t => t.Length).ToList();
    }

    /// <summary>For each pattern (by number), the tokens of a unit where its first word stands, in order; null where there is none.</summary>
    private List<int>?[] Anchors(TokenizedUnit u)
    {
        var at = new List<int>?[_all.Length];
        for (var k = 0; k < u.Count; k++)
            if (_byFirstWord.TryGet(u, k, out var ids))
                foreach (var id in ids) (at[id] ??= []).Add(k);
        return at;
    }

    /// <summary>Every match of the patterns numbered [from, to) in a unit, pattern by pattern.</summary>
    private IEnumerable<Found> WalksOf(int from, int to, TokenizedUnit u, List<int>?[] anchors)
    {
        for (var id = from; id < to; id++)
            if (anchors[id] is { } at)
                foreach (var f in Walks(_all[id], u, at)) yield return f;
    }

    private sealed record Found(CausalPattern Pattern, (int From, int To)? Cause, (int From, int To)? Effect, List<int> CueTokens)
    {
        public int First => CueTokens[0];
    }

    /// <summary>The causal claims of a document's claims, in order; <paramref name="local"/> holds each claim's tokens over its own text.</summary>
    public IReadOnlyList<CausalClaim> Read(IReadOnlyList<Claim> claims, IReadOnlyList<TokenizedUnit> local)
    {
        var result = new List<CausalClaim>();
        var listed = new HashSet<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!claim.IsClaim || listed.Contains(i)) continue;
            var u = local[i];
            var anchors = Anchors(u);
            var found = Find(u, anchors);
            var leadIns = claim.Text.TrimEnd().EndsWith(':') ? WalksOf(_leadInsFrom, _all.Length, u, anchors).ToList() : [];
            if (leadIns.Count == 0)
            {
                result.AddRange(found.Select(f => Claim(claim, u, f)));
                continue;
            }
            // Patterns whose cause is the lead-in's own words ("the following factors may have played roles behind the unrest")
            // give the list its effect and words; the rest stand as causes of their own (the trigger before it).
            var leadTokens = leadIns.SelectMany(l => l.CueTokens).ToHashSet();
            var absorbed = found.Where(f => f.Cause is { } c && leadTokens.Any(t => t >= c.From && t < c.To)).ToList();
            result.AddRange(found.Except(absorbed).Select(f => Claim(claim, u, f)));
            var listEffect = absorbed.Select(a => a.Effect).FirstOrDefault(e => e is not null);
            var listCues = leadIns.Concat(absorbed).Select(f => CueText(u, f)).Distinct(StringComparer.Ordinal).ToList();
            var trigger = absorbed.Any(a => a.Pattern.Trigger);
            var denied = absorbed.Any(a => Denied(u, a));
            var aboutCrisis = listEffect is null || AboutCrisis(u, listEffect.Value);
            // The list runs on over its items and the sentences that continue an item in its block.
            for (var j = i + 1; j < claims.Count && (claims[j].Kind == UnitKind.BulletItem || j > i + 1 && local[j].Unit.Block == local[j - 1].Unit.Block); j++)
            {
                if (claims[j].Kind != UnitKind.BulletItem) continue;
                listed.Add(j);
                var item = local[j];
                var own = Find(item, Anchors(item));
                // An item that states its own cause, at its start ("tensions helped unravel the transition") or elsewhere ("China
                // blamed Washington for inciting ..."), gives that cause; else its first clause is the cause.
                var opening = own.FirstOrDefault(f => f.Cause is { From: <= 1 } && f.Pattern.Elements[0] is CausalSlot) ?? own.FirstOrDefault(f => !Denied(item, f));
                ((int From, int To) Cause, (int From, int To)? Effect)? parts = opening is null ? null : Parts(item, opening);
                var cause = parts?.Cause ?? FirstClause(item);
                if (cause is null) continue;
                var cues = opening is null ? listCues : [.. listCues, CueText(item, opening)];
                var effect = opening is null ? listEffect : parts!.Value.Effect;
                var effectUnit = opening is null ? u : item;
                var effectClaim = opening is null ? claim : claims[j];
                result.Add(Make(claims[j], item, cause.Value, effect is { } e ? (effectClaim, effectUnit, e) : null,
                    opening is null ? aboutCrisis : effect is null || AboutCrisis(item, effect.Value), denied || (opening is not null && Denied(item, opening)),
                    trigger || opening?.Pattern.Trigger == true, cues, claim));
                result.AddRange(own.Where(f => f != opening).Select(f => Claim(claims[j], item, f)));
            }
        }
        return result;
    }

    /// <summary>Every causal pattern found in one unit, at most one per cue word: the earlier row of the file wins.</summary>
    private List<Found> Find(TokenizedUnit u, List<int>?[] anchors)
    {
        var excluded = new HashSet<int>();
        foreach (var f in WalksOf(0, _patternsFrom, u, anchors))
            for (var k = f.CueTokens[0]; k <= f.CueTokens[^1]; k++) excluded.Add(k);
        var taken = new HashSet<int>();
        var candidates = new List<Found>();
        foreach (var f in WalksOf(_patternsFrom, _leadInsFrom, u, anchors))
        {
            var p = f.Pattern;
            if (excluded.Contains(f.First) || f.CueTokens.Any(taken.Contains)) continue;
            if (p.EffectIsEvent && (f.Effect is not { } e || !AboutCrisis(u, e))) continue;
            taken.UnionWith(f.CueTokens);
            candidates.Add(f);
        }
        // A cue inside the cause or effect of a cue before it belongs to that claim ("blamed Washington for inciting a revolution"
        // is one claim of blame, not also one that Washington incited it).
        var result = new List<Found>();
        foreach (var f in candidates.OrderBy(f => f.First))
            if (!result.Any(r => new[] { r.Cause, r.Effect }.Any(s => s is { } x && f.First >= x.From && f.First < x.To))) result.Add(f);
        return result;
    }

    private CausalClaim Claim(Claim claim, TokenizedUnit u, Found f)
    {
        var (cause, effect) = Parts(u, f);
        return Make(claim, u, cause, effect is { } e ? (claim, u, e) : null, effect is null || AboutCrisis(u, effect.Value), Denied(u, f),
            f.Pattern.Trigger, [CueText(u, f)], null);
    }

    /// <summary>The cause and effect of a match. An effect that is an action ("blamed Washington for inciting a revolution") is
    /// what the cause did: the cause is the actor and the act, and the effect the crisis.</summary>
    private static ((int From, int To) Cause, (int From, int To)? Effect) Parts(TokenizedUnit u, Found f) =>
        f.Effect is { } act && f.Cause is { } agent && agent.To <= act.From && u.Lower[act.From].EndsWith("ing", StringComparison.Ordinal)
            ? ((agent.From, act.To), null)
            : (f.Cause!.Value, f.Effect);

    private static CausalClaim Make(Claim claim, TokenizedUnit u, (int From, int To) cause, (Claim Claim, TokenizedUnit U, (int From, int To) Span)? effect,
        bool aboutCrisis, bool denied, bool trigger, IReadOnlyList<string> cues, Claim? leadIn)
    {
        var (cs, ce) = (claim.Start + u.Tokens[cause.From].Start, claim.Start + u.Tokens[cause.To - 1].End);
        string? effectText = null;
        int es = -1, ee = -1;
        if (effect is { } e)
        {
            (es, ee) = (e.Claim.Start + e.U.Tokens[e.Span.From].Start, e.Claim.Start + e.U.Tokens[e.Span.To - 1].End);
            effectText = e.U.Slice(e.Span.From, e.Span.To);
        }
        return new CausalClaim(claim, u.Slice(cause.From, cause.To), cs, ce, effectText, es, ee, aboutCrisis, denied, trigger, cues, leadIn);
    }

    private static string CueText(TokenizedUnit u, Found f)
    {
        // Cue words in a row are written as one phrase; a gap between them shows as "...".
        var parts = new List<string>();
        var run = f.CueTokens[0];
        for (var k = 1; k <= f.CueTokens.Count; k++)
        {
            if (k < f.CueTokens.Count && f.CueTokens[k] == f.CueTokens[k - 1] + 1) continue;
            parts.Add(u.Slice(run, f.CueTokens[k - 1] + 1));
            if (k < f.CueTokens.Count) run = f.CueTokens[k];
        }
        return string.Join(" ... ", parts);
    }

    private bool Denied(TokenizedUnit u, Found f)
    {
        if (f.Pattern.Reading == CausalReading.Denial) return true;
        for (var k = Math.Max(0, f.First - NegationWindow); k <= f.CueTokens[^1]; k++)
            if (_negations.Contains(u.Lower[k])) return true;
        return false;
    }

    /// <summary>Whether an effect names the crisis: a crisis noun among its first words.</summary>
    private bool AboutCrisis(TokenizedUnit u, (int From, int To) effect)
    {
        for (var k = effect.From; k < Math.Min(effect.To, effect.From + 5); k++)
            if (_cues.Crisis.Contains(u.Lower[k])) return true;
        return false;
    }

    private bool AboutCrisis(TokenizedUnit u, Found f) => f.Effect is null || AboutCrisis(u, f.Effect.Value);

    /// <summary>A bullet item's first clause, the cause it lists.</summary>
    private (int From, int To)? FirstClause(TokenizedUnit u)
    {
        var end = 0;
        while (end < u.Count && end < MaxListedCause && !ClauseEnds.Contains(u.Lower[end])) end++;
        return Trim(u, 0, end, leading: false);
    }

    /// <summary>Every match of one pattern in a unit, leftmost first; a match never starts inside an earlier one.</summary>
    /// <param name="anchors">The tokens where the pattern's first word stands, in order: a match can start nowhere else.</param>
    private List<Found> Walks(CausalPattern p, TokenizedUnit u, List<int> anchors)
    {
        var result = new List<Found>();
        var first = p.FirstWord;
        var slots = new (int From, int To)?[2];
        var next = 0;
        foreach (var start in anchors)
        {
            // A match never starts inside the one before it.
            if (start < next || !IsWord(p, first, u, start)) continue;
            // "The strike was triggered by": a verb after "be" is passive, which only a pattern with "be+" reads.
            if (first > 0 && ((CausalWord)p.Elements[first]).IsVerb && start > 0 && _words.Is(u.Lower[start - 1], "be")) continue;
            var cue = new List<int>();
            slots[0] = slots[1] = null;
            if (!Walk(p, first, start, u, slots, cue)) continue;
            if (first > 0)
            {
                // The slot before the first word reads back to the clause's start.
                var lead = LeadingSlot(u, start);
                if (lead is null) continue;
                slots[((CausalSlot)p.Elements[0]).IsCause ? 0 : 1] = lead;
            }
            result.Add(new Found(p, slots[0], slots[1], cue));
            next = cue[^1] + 1;
        }
        return result;
    }

    /// <summary>The slot before a pattern's first word: back to the clause's start.</summary>
    private (int From, int To)? LeadingSlot(TokenizedUnit u, int start)
    {
        if (start >= 2 && u.Lower[start - 1] == "-")
        {
            // "a US-triggered insurrection": the cause is the name before the hyphen.
            var from = start - 2;
            while (from > 0 && start - 2 - from < 2 && u.IsCapitalized(from - 1)) from--;
            return Trim(u, from, start - 1, leading: true);
        }
        var end = start;
        // "The unrest that began over gas prices", "the price rise, which sparked protests": the slot is what the relative
        // clause hangs on.
        if (start >= 2 && u.Lower[start - 1] is "that" or "which" or "who") end = start - 1;
        if (end < start && end >= 1 && u.Lower[end - 1] == ",") end--;
        var begin = Back(u, end);
        // "The violence in Almaty, including the seizure of the airport, may reflect": past an aside to the clause it interrupts.
        if (Trim(u, begin, end, leading: true) is null && begin >= 2 && u.Lower[begin - 1] == ",")
        {
            var aside = begin - 1;
            while (aside > 0 && begin - aside < MaxMiddle && u.Lower[aside - 1] != ",") aside--;
            if (aside > 1 && u.Lower[aside - 1] == ",") return Trim(u, Back(u, aside - 1), aside - 1, leading: true);
        }
        return Trim(u, begin, end, leading: true);
    }

    /// <summary>Where the clause that ends at token <paramref name="end"/> starts.</summary>
    private int Back(TokenizedUnit u, int end)
    {
        var begin = end;
        while (begin > 0 && end - begin < MaxSlot && !ClauseEnds.Contains(u.Lower[begin - 1]) && !_cues.Boundaries.Contains(u.Lower[begin - 1])) begin--;
        return begin;
    }

    private bool Walk(CausalPattern p, int i, int pos, TokenizedUnit u, (int From, int To)?[] slots, List<int> cue)
    {
        if (i == p.Elements.Count) return true;
        var kept = cue.Count;
        switch (p.Elements[i])
        {
            case CausalWord w:
                if (pos >= u.Count || !IsWord(p, i, u, pos)) return false;
                cue.Add(pos);
                if (Walk(p, i + 1, pos + 1, u, slots, cue)) return true;
                break;
            case CausalGap:
                for (var k = 0; k <= 6 && pos + k <= u.Count; k++)
                {
                    if (k > 0 && HardEnds.Contains(u.Lower[pos + k - 1])) break;
                    if (Walk(p, i + 1, pos + k, u, slots, cue)) return true;
                    cue.RemoveRange(kept, cue.Count - kept);
                }
                return false;
            case CausalSlot s when i == p.Elements.Count - 1:
                {
                    // The slot after the last word reads on to the clause's end; "the fact that" opens it without ending it.
                    pos = SkipTrims(u, pos);
                    var end = pos;
                    // A verb of its own ("... attack has been made public") starts another clause.
                    while (end < u.Count && end - pos < MaxSlot && !ClauseEnds.Contains(u.Lower[end])
                           && !(end > pos && (_cues.Boundaries.Contains(u.Lower[end]) || _words.Is(u.Lower[end], "auxiliary") || _words.Is(u.Lower[end], "be")))) end++;
                    if (end > pos && NoOpening(u.Lower[pos])) return false;
                    var span = Trim(u, pos, end, leading: false);
                    if (span is null) return false;
                    slots[s.IsCause ? 0 : 1] = span;
                    return true;
                }
            case CausalSlot s:
                for (var len = 1; len <= MaxMiddle && pos + len <= u.Count; len++)
                {
                    if (HardEnds.Contains(u.Lower[pos + len - 1])) break;
                    if (len == 1 && NoOpening(u.Lower[pos])) break;
                    slots[s.IsCause ? 0 : 1] = (pos, pos + len);
                    if (Walk(p, i + 1, pos + len, u, slots, cue)) return true;
                    cue.RemoveRange(kept, cue.Count - kept);
                }
                return false;
        }
        cue.RemoveRange(kept, cue.Count - kept);
        return false;
    }

    /// <summary>Whether token k is one of the word's forms. A verb right after a determiner is a noun ("the trigger"), and a verb's
    /// base form, which is often a noun too ("fuel prices"), counts only after "to", an auxiliary or "not", or before a determiner.
    /// A word that follows in the pattern ("stem from") settles the reading, so the base form is then a verb anywhere.</summary>
    private bool IsWord(CausalPattern p, int i, TokenizedUnit u, int k)
    {
        var w = (CausalWord)p.Elements[i];
        var lower = u.Lower[k];
        if (!w.Words.Contains(lower)) return false;
        if (!w.IsVerb) return true;
        if (k > 0 && _words.Is(u.Lower[k - 1], "determiner")) return false;
        if (!w.BaseForms.Contains(lower) || i + 1 < p.Elements.Count && p.Elements[i + 1] is CausalWord) return true;
        var before = k > 0 ? u.Lower[k - 1] : "";
        return before == "to" || _words.Is(before, "auxiliary") || _words.Is(before, "not")
               || (k + 1 < u.Count && _words.Is(u.Lower[k + 1], "determiner"));
    }

    /// <summary>A cause or an effect without the words around it that are neither: a leading "the fact that", adverbs and
    /// conjunctions at either end, and, before the cue, the auxiliaries that belong to its verb ("the US could have").</summary>
    private (int From, int To)? Trim(TokenizedUnit u, int from, int to, bool leading)
    {
        var changed = true;
        while (changed && from < to)
        {
            changed = false;
            foreach (var t in _cues.Trims)
                if (from + t.Length <= to && u.HasAt(from, t)) { from += t.Length; changed = true; break; }
            if (from < to && (_words.IsAdverb(u.Lower[from]) || _words.Is(u.Lower[from], "conjunction") || u.IsPunct(from) && !IsQuote(u.Lower[from])
                              || leading && _words.Is(u.Lower[from], "preposition")))
            { from++; changed = true; }
        }
        while (from < to && (_words.IsAdverb(u.Lower[to - 1]) || u.IsPunct(to - 1) && !IsQuote(u.Lower[to - 1]) || _words.Is(u.Lower[to - 1], "conjunction")
                             || leading && (_words.Is(u.Lower[to - 1], "auxiliary") || _words.Is(u.Lower[to - 1], "be") || _words.Is(u.Lower[to - 1], "not")
                                            || _words.Is(u.Lower[to - 1], "preposition") || u.Lower[to - 1] == "to")))
            to--;
        return from < to ? (from, to) : null;
    }

    /// <summary>A preposition opens no cause nor effect: "drove to the capital" names a place, not what the drive caused.</summary>
    private bool NoOpening(string lower) => _words.Is(lower, "preposition") || _cues.NoOpening.Contains(lower);

    private int SkipTrims(TokenizedUnit u, int from)
    {
        foreach (var t in _trimsLongestFirst)
            if (u.HasAt(from, t)) return from + t.Length;
        return from;
    }

    private static bool IsQuote(string s) => s is "\"" or "“" or "”" or "'" or "‘" or "’";
}
