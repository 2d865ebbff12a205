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
            if (char.IsWhiteSpace(c)) { i++; continue; }
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
            tokens.Add(new Token(i, 1, TokenKind.Punct));
            i++;
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

    public static bool IsOpeningQuote(char c) => c is '“' or '«' or '„' or '‘';
    public static bool IsClosingQuote(char c) => c is '”' or '»' or '’';
    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>Lower-cased token text with typographic apostrophes folded, the form every lexicon is matched in.</summary>
    public static string Lower(string text, Token t)
    {
        var s = text.Substring(t.Start, t.Length);
        if (s.Contains('’')) s = s.Replace('’', '\'');
        return s.ToLowerInvariant();
    }
}
