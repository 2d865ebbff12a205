using System.Globalization;
using Tessera.Claims;
using Tessera.Language;

namespace Tessera.Analysis.Corroboration;

/// <summary>A figure a claim gives for something counted: "225 people had died" is 225 deaths.</summary>
/// <param name="Kind">What is counted, from analysis/quantities.tsv (deaths, detained, troops, injured).</param>
/// <param name="Low">The least the words allow: "nearly 10,000" is at least 9,500; an exact figure is its value.</param>
/// <param name="High">The most they allow: "more than 270" has no upper end (infinity).</param>
public sealed record Figure(string Kind, double Value, double Low, double High, string Text)
{
    /// <summary>Hedged as round or bounding ("about", "nearly", "more than").</summary>
    public bool Approximate => Low != Value || High != Value;

}

/// <summary>A day of the year a claim names ("Jan. 6", "6 January"); the year is the case's.</summary>
public readonly record struct DayOfYear(int Month, int Day) : IComparable<DayOfYear>
{
    public int CompareTo(DayOfYear other) => Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

    public override string ToString() => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(Month)} {Day}";
}

/// <summary>What corroboration compares of a claim: its content terms, the days and numbers it names, the figures it gives for
/// counted things, and whether it is negative (and which of its terms the negation covers).</summary>
public sealed record ClaimFeatures(
    Claim Claim,
    IReadOnlySet<string> Terms,
    IReadOnlySet<DayOfYear> Dates,
    IReadOnlySet<double> Numbers,
    IReadOnlyList<Figure> Figures,
    bool Negative,
    IReadOnlySet<string> NegatedTerms,
    IReadOnlySet<string> Shingles)
{
    /// <summary>A question states nothing, so it corroborates nothing ("Do you have any figures on casualties?").</summary>
    public bool IsQuestion => Claim.Text.TrimEnd().TrimEnd('"', '\'', '”', ')').EndsWith('?');

    /// <summary>A word or number of the claim, the token it is, and whether a clause boundary (; : – ( ) .) or a comma comes
    /// right before it.</summary>
    private readonly record struct Word(int Token, string Lower, bool BarrierBefore, bool CommaBefore);

    /// <summary>Counts the claims whose features are read, so a test or a profiler can see that each is read once per analysis.</summary>
    private static readonly System.Diagnostics.Metrics.Meter Meter = new("Tessera.Analysis");
    private static readonly System.Diagnostics.Metrics.Counter<long> FeaturesRead = Meter.CreateCounter<long>("tessera.claim-features.claims", "{claim}", "claims whose features were read");

    /// <summary>Reads a claim's features. Actors become one term each under their canonical name, so "Tokayev" and
    /// "President Kassym-Jomart Tokayev" match; synonyms fold to a concept; other words are lightly stemmed.</summary>
    /// <param name="local">The claim's tokens over its own text, when the pipeline cut them already.</param>
    public static ClaimFeatures Of(Claim claim, CorroborationLexicon lex, TokenizedUnit? local = null)
    {
        FeaturesRead.Add(1);
        var text = claim.Text;
        var tokens = local?.Tokens ?? Tokenizer.Tokenize(text, 0, text.Length);
        var actorAt = new string?[tokens.Count];
        foreach (var m in claim.Mentions)
        {
            var start = m.Start - claim.Start;
            var end = m.End - claim.Start;
            if (start < 0 || end > text.Length || start >= end) continue;
            var first = true;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens[i].Start >= start && tokens[i].End <= end)
                {
                    // The mention's first token carries the actor; the rest are covered by it.
                    actorAt[i] = first ? "@" + m.Canonical : "";
                    first = false;
                }
        }

        var words = new List<Word>();
        bool barrier = false, comma = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punct)
            {
                var ch = text[tokens[i].Start];
                if (ch is ';' or ':' or '–' or '—' or '(' or ')' or '[' or ']' or '.' or '?' or '!') barrier = true;
                else if (ch == ',') comma = true;
                continue;
            }
            words.Add(new Word(i, Tokenizer.Lower(text, tokens[i]), barrier, comma || barrier));
            barrier = comma = false;
        }

        var (dates, inDate) = ReadDates(text, tokens, words, lex);
        var idiom = Idioms(words, lex);

        var terms = new HashSet<string>(StringComparer.Ordinal);
        var negatedTerms = new HashSet<string>(StringComparer.Ordinal);
        var clauseTerms = new HashSet<string>(StringComparer.Ordinal);
        var clauseNegated = false;
        var numbers = new HashSet<double>();
        var figures = new List<Figure>();
        var negative = false;
        var unitsWord = -1;
        for (var w = 0; w < words.Count; w++)
        {
            var (ti, lower, _, commaBefore) = words[w];
            if (commaBefore) EndClause();
            if (lex.Negators.Contains(lower) && !idiom[w]) negative = clauseNegated = true;
            if (inDate[w] || w == unitsWord) continue;
            if (actorAt[ti] is { } actor)
            {
                if (actor.Length > 0) Add(actor);
                continue;
            }
            if (NumberAt(text, tokens[ti], lower, lex) is { } v)
            {
                if (IsYear(text, tokens[ti], v)) continue;
                // "twenty-two" is 22, not 20 and 2: the tokenizer cuts at the hyphen.
                if (w + 1 < words.Count && Compound(text, tokens, ti, words[w + 1], v, lex) is { } units)
                {
                    v += units;
                    unitsWord = w + 1;
                }
                numbers.Add(v);
                Add("#" + v.ToString(CultureInfo.InvariantCulture));
                if (FigureAt(words, w, v, tokens[ti].Kind == TokenKind.Number, text, tokens[ti], lex) is { } f) figures.Add(f);
                continue;
            }
            if (tokens[ti].Kind != TokenKind.Word || lower.Length < 2 || lex.Stopwords.Contains(lower) || lex.Negators.Contains(lower)) continue;
            Add(Term(lower, lex));
        }
        EndClause();
        // Runs of three words as written, stop words and all: what a copy shares with its original and a paraphrase does not.
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w + 2 < words.Count; w++) shingles.Add($"{words[w].Lower} {words[w + 1].Lower} {words[w + 2].Lower}");
        return new ClaimFeatures(claim, terms, dates, numbers, figures, negative, negatedTerms, shingles);

        void Add(string term)
        {
            terms.Add(term);
            clauseTerms.Add(term);
        }

        // A negation covers the clause it stands in, between commas or stronger boundaries.
        void EndClause()
        {
            if (clauseNegated) negatedTerms.UnionWith(clauseTerms);
            clauseTerms.Clear();
            clauseNegated = false;
        }
    }

    /// <summary>Days named as "Jan. 6", "January 7, 2022", "6 January" or "5–6 January" (both days of a range are dates, not figures).</summary>
    private static (HashSet<DayOfYear> Dates, bool[] InDate) ReadDates(string text, List<Token> tokens, List<Word> words, CorroborationLexicon lex)
    {
        var dates = new HashSet<DayOfYear>();
        var inDate = new bool[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var original = text.Substring(tokens[words[w].Token].Start, tokens[words[w].Token].Length);
            if (!IsMonth(original, words[w].Lower, lex, out var month)) continue;
            if (w + 1 < words.Count && DayAt(text, tokens, words[w + 1].Token) is { } after)
            {
                dates.Add(new DayOfYear(month, after));
                inDate[w] = inDate[w + 1] = true;
            }
            else if (w > 0 && DayAt(text, tokens, words[w - 1].Token) is { } before)
            {
                dates.Add(new DayOfYear(month, before));
                inDate[w] = inDate[w - 1] = true;
                if (w > 1 && DayAt(text, tokens, words[w - 2].Token) is { } from && words[w - 1].BarrierBefore)
                {
                    dates.Add(new DayOfYear(month, from));
                    inDate[w - 2] = true;
                }
            }
        }
        return (dates, inDate);
    }

    private static bool[] Idioms(List<Word> words, CorroborationLexicon lex)
    {
        var idiom = new bool[words.Count];
        var lower = words.ConvertAll(w => w.Lower);
        foreach (var phrase in lex.Idioms)
            for (var w = 0; w + phrase.Length <= words.Count; w++)
                if (Phrase.At(lower, w, phrase))
                    for (var k = 0; k < phrase.Length; k++) idiom[w + k] = true;
        return idiom;
    }

    /// <summary>A word's term: its concept if it has one, else its stem, folded again if the stem has a concept.</summary>
    public static string Term(string lower, CorroborationLexicon lex)
    {
        if (lex.Concepts.TryGetValue(lower, out var concept)) return concept;
        var stem = Stem(lower);
        return lex.Concepts.TryGetValue(stem, out concept) ? concept : stem;
    }

    /// <summary>A light stemmer: plural -s, -ing, -ed and a final -e come off, so "arrived" and "arrive", "leaving" and "leave"
    /// meet. Crude on purpose: it only has to make two paraphrases share terms, not find the dictionary form.</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = w[..^3];
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = w[..^2];
        if (w.Length > 4 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1])) w = w[..^1];
        if (w.EndsWith('e') && w.Length > 4) w = w[..^1];
        return w;
    }

    private static bool IsMonth(string original, string lower, CorroborationLexicon lex, out int month)
    {
        // "may" is a modal far more often than a month: only a capitalised May next to a day counts.
        if (lower == "may" && original != "May" && original != "MAY") { month = 0; return false; }
        return lex.Months.TryGetValue(lower, out month);
    }

    private static int? DayAt(string text, List<Token> tokens, int index)
    {
        var t = tokens[index];
        // A number token may hold digits of any script ("١٢"); only ASCII digits are read as a day.
        if (t.Kind != TokenKind.Number || t.Length > 2 || !int.TryParse(text.AsSpan(t.Start, t.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        return day is >= 1 and <= 31 ? day : null;
    }

    private static double? NumberAt(string text, Token t, string lower, CorroborationLexicon lex)
    {
        if (t.Kind == TokenKind.Number)
            return double.TryParse(text.AsSpan(t.Start, t.Length).ToString().Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
        return lex.NumberWords.TryGetValue(lower, out var w) ? w : null;
    }

    /// <summary>The units of a number written in words with a hyphen after its tens ("twenty-two"), when the next word is
    /// one right after the hyphen; else null.</summary>
    private static double? Compound(string text, List<Token> tokens, int ti, Word next, double tens, CorroborationLexicon lex)
    {
        if (tokens[ti].Kind != TokenKind.Word || tens < 20 || tens > 90 || tens % 10 != 0 || next.Token != ti + 2) return null;
        var (hyphen, after) = (tokens[ti + 1], tokens[ti + 2]);
        if (text[hyphen.Start] != '-' || hyphen.Start != tokens[ti].End || after.Start != hyphen.End) return null;
        return lex.NumberWords.TryGetValue(next.Lower, out var units) && units is >= 1 and <= 9 ? units : null;
    }

    private static bool IsYear(string text, Token t, double v) => t.Kind == TokenKind.Number && t.Length == 4 && !text.AsSpan(t.Start, t.Length).Contains(',') && v is >= 1900 and <= 2100;

    /// <summary>The nearest unit word after the number (within window-after) or, for units that may stand first, before it
    /// (within window-before) says what it counts; other numbers in between are stepped over ("the death toll at 227 and then
    /// 238"), clause boundaries are not. A part word just before ("including 19") makes it a subset, not a rival count; an
    /// approximate word just before makes it approximate. A number in words needs its unit right after it.</summary>
    private static Figure? FigureAt(List<Word> words, int w, double value, bool digits, string text, Token token, CorroborationLexicon lex)
    {
        for (var k = w - 1; k >= Math.Max(0, w - 3); k--)
        {
            if (lex.PartWords.Contains(words[k].Lower)) return null;
            if (words[k + 1].BarrierBefore) break;
        }
        string? kind = null;
        var best = int.MaxValue;
        var windowAfter = digits ? lex.WindowAfter : 1;
        for (int k = w + 1, seen = 0; k < words.Count && seen < windowAfter && !words[k].BarrierBefore; k++)
        {
            if (IsNumeral(words[k].Lower, lex)) continue;
            seen++;
            if (lex.Units.TryGetValue(words[k].Lower, out var u)) { kind = u; best = seen; break; }
        }
        if (digits)
            for (int k = w - 1, seen = 0; k >= 0 && seen < Math.Min(lex.WindowBefore, best - 1) && !words[k + 1].BarrierBefore; k--)
            {
                if (IsNumeral(words[k].Lower, lex)) continue;
                seen++;
                if (lex.UnitsBefore.Contains(words[k].Lower)) { kind = lex.Units[words[k].Lower]; break; }
            }
        if (kind is null) return null;
        var (low, high) = (value, value);
        foreach (var a in lex.Approximations)
            if (w >= a.Words.Count && Enumerable.Range(0, a.Words.Count).All(i => words[w - a.Words.Count + i].Lower == a.Words[i]))
            {
                (low, high) = a.Widen(value);
                break;
            }
        return new Figure(kind, value, low, high, text.Substring(token.Start, token.Length));
    }

    private static bool IsNumeral(string lower, CorroborationLexicon lex) => char.IsDigit(lower[0]) || lex.NumberWords.ContainsKey(lower);
}
