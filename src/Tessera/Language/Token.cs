using System.Buffers;

namespace Tessera.Language;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte { Word, Number, Punct }

/// <summary>A word, number or punctuation mark as a span of the text it was cut from.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

/// <summary>Cuts text into tokens; hyphens split compounds ("Pentagon-funded" is Pentagon, -, funded) and possessive 's stands alone.</summary>
public static class Tokenizer
{
    /// <summary>Counts the characters cut into tokens, so a test or a profiler can see that each text is tokenised once.</summary>
    private static readonly System.Diagnostics.Metrics.Meter Meter = new("Tessera.Language");
    private static readonly System.Diagnostics.Metrics.Counter<long> Tokenised = Meter.CreateCounter<long>("tessera.tokenizer.chars", "{char}", "characters tokenised");

    public static List<Token> Tokenize(string text, int start, int end)
    {
        Tokenised.Add(end - start);
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c)) { i++; continue; }
            if (char.IsLetter(c))
            {
                var j = DottedAcronymEnd(text, i, end);
                if (j > i)
                {
                    // Dotted acronyms (U.S., U.K.) stay one token, period included, so they match the gazetteer as written.
                    tokens.Add(new Token(i, j - i, TokenKind.Word));
                    i = j;
                    continue;
                }
                j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d)) { j++; continue; }
                    // An invisible character inside a word ("Tok\u200Bayev") does not end it.
                    if (IsInvisible(d) && InvisibleRunEnd(text, j, end) is var after && after < end && char.IsLetterOrDigit(text[after])) { j = after; continue; }
                    if (IsApostrophe(d) && j + 1 < end && char.IsLetter(text[j + 1]))
                    {
                        // Possessive 's is its own token; contractions (don't) and names (O'Brien) stay whole.
                        if ((text[j + 1] is 's' or 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]))) break;
                        j++;
                        continue;
                    }
                    break;
                }
                tokens.Add(new Token(i, j - i, TokenKind.Word));
                i = j;
                continue;
            }
            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] is ',' or '.') && j + 1 < end && char.IsDigit(text[j + 1])))) j++;
                tokens.Add(new Token(i, j - i, TokenKind.Number));
                i = j;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])) && i > start && char.IsLetter(text[i - 1]))
            {
                tokens.Add(new Token(i, 2, TokenKind.Word));
                i += 2;
                continue;
            }
            // Two apostrophes are one quotation mark, as some newswire text writes both the opening and the closing one.
            var quote = c == '\'' && i + 1 < end && text[i + 1] == '\'' ? 2 : 1;
            tokens.Add(new Token(i, quote, TokenKind.Punct));
            i += quote;
        }
        return tokens;
    }

    /// <summary>End of a run like "U.S." or "e.g." (single letters each followed by a period, at least two), else the start.</summary>
    private static int DottedAcronymEnd(string text, int i, int end)
    {
        var j = i;
        var pairs = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            pairs++;
            if (j + 1 >= end || !char.IsLetter(text[j]) || text[j + 1] != '.') break;
        }
        return pairs >= 2 ? j : i;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    /// <summary>Characters that show nothing but split a word for a program: zero-width spaces and joiners, the word joiner,
    /// a byte-order mark inside text, the soft hyphen and the bidirectional marks. Copied text and hostile text carry them.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u00AD' or '\uFEFF' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    private static int InvisibleRunEnd(string text, int j, int end)
    {
        while (j < end && IsInvisible(text[j])) j++;
        return j;
    }

    /// <summary>Text as names are compared and shown: invisible characters dropped, compatibility forms (full-width letters,
    /// ligatures) folded by NFKC. Spans keep pointing into the text as written; only the strings made from them are cleaned.</summary>
    public static string Clean(string text)
    {
        // Most words and marks of news are ASCII, Latin-1 or Cyrillic letters and typographic quotes and dashes, which no rule
        // here changes: asking ICU whether each such token is normalised cost more than the rest of cleaning. ASCII, most tokens,
        // is told first by a vectorised test that is cheaper than a look-up of each character in the wider set.
        if (System.Text.Ascii.IsValid(text) || !text.AsSpan().ContainsAnyExcept(Settled)) return text;
        if (text.AsSpan().ContainsAny(Invisible)) text = string.Concat(text.Where(c => !IsInvisible(c)));
        // Normalisation refuses a lone surrogate (text cut inside a pair, or hostile text): it stands as U+FFFD in the name.
        if (text.Any(char.IsSurrogate)) text = WholeCharacters(text);
        return text.IsNormalized(System.Text.NormalizationForm.FormKC) ? text : text.Normalize(System.Text.NormalizationForm.FormKC);
    }

    /// <summary>Characters that are neither invisible nor surrogates and that NFKC leaves as they are, alone or beside one another:
    /// ASCII, the Latin-1 letters (from U+00C0), the basic Cyrillic letters, guillemets, typographic quotes and dashes.</summary>
    internal static readonly SearchValues<char> Settled = SearchValues.Create(
        [.. Range('\u0000', '\u007F'), .. Range('\u00C0', '\u00FF'), .. Range('\u0400', '\u045F'), '«', '»', '‘', '’', '“', '”', '–', '—']);

    private static readonly SearchValues<char> Invisible =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsInvisible).ToArray());

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(i => (char)i);

    private static string WholeCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>A word as lexicons and gazetteers match it: cleaned, with typographic apostrophes folded.</summary>
    public static string Fold(string word)
    {
        // An ASCII word is already clean and holds no typographic apostrophe: one scan instead of three.
        if (System.Text.Ascii.IsValid(word)) return word;
        word = Clean(word);
        return word.Contains('’') ? word.Replace('’', '\'') : word;
    }

    public static bool IsOpeningQuote(char c) => c is '“' or '«' or '„' or '‘';
    public static bool IsClosingQuote(char c) => c is '”' or '»' or '’';
    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>A quotation mark at text[i]: one of <see cref="IsQuote(char)"/>, or two apostrophes written as one mark ('').</summary>
    public static bool IsQuoteAt(ReadOnlySpan<char> text, int i) =>
        IsQuote(text[i]) || (text[i] == '\'' && ((i + 1 < text.Length && text[i + 1] == '\'') || (i > 0 && text[i - 1] == '\'')));

    /// <summary>A token that is a quotation mark.</summary>
    public static bool IsQuote(string text, Token t) => t.Kind == TokenKind.Punct && (IsQuote(text[t.Start]) || (t.Length == 2 && text[t.Start] == '\''));

    /// <summary>Text that is one quotation and nothing else, bar the period after its closing mark.</summary>
    public static bool IsAllQuotation(ReadOnlySpan<char> t)
    {
        t = t.Trim();
        return t.Length > 2 && IsQuoteAt(t, 0) && (IsQuoteAt(t, t.Length - 1) || (t.Length > 3 && IsQuoteAt(t, t.Length - 2)));
    }

    /// <summary>Lower-cased token text with typographic apostrophes folded, the form every lexicon is matched in.</summary>
    public static string Lower(string text, Token t) => Fold(text.Substring(t.Start, t.Length)).ToLowerInvariant();
}
