namespace Tessera.Language;

/// <summary>A unit cut into tokens, with each token's lower-case form and whether it lies inside a quotation.</summary>
/// <remarks>Built once per unit and read by recognition and stance alike, so the text is tokenised once.</remarks>
public sealed class TokenizedUnit
{
    public TokenizedUnit(string text, Unit unit, bool quoteOpenAtStart)
        : this(text, unit, Tokenizer.Tokenize(text, unit.Start, unit.End), quoteOpenAtStart)
    {
    }

    /// <summary>A unit whose tokens are already known (cut by the pipeline, or kept by the store): nothing is tokenised again.</summary>
    public TokenizedUnit(string text, Unit unit, List<Token> tokens, bool quoteOpenAtStart)
    {
        Text = text;
        Unit = unit;
        Tokens = tokens;
        Lower = new string[Tokens.Count];
        Keys = new int[Tokens.Count];
        Surface = new string[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            var word = Tokenizer.Fold(text.Substring(t.Start, t.Length));
            Surface[i] = word;
            Lower[i] = word.ToLowerInvariant();
            Keys[i] = WordKey.Of(Lower[i]);
        }
        InQuote = new bool[Tokens.Count];
        (HasQuote, QuoteOpenAtEnd) = MarkQuotes(text, tokens, quoteOpenAtStart, InQuote);
        QuoteOpenAtStart = quoteOpenAtStart;
    }

    /// <summary>The same words over other text holding the same characters at other offsets: only the quotations are read again.</summary>
    private TokenizedUnit(TokenizedUnit words, string text, Unit unit, List<Token> tokens, bool quoteOpenAtStart)
    {
        Text = text;
        Unit = unit;
        Tokens = tokens;
        Lower = words.Lower;
        Keys = words.Keys;
        Surface = words.Surface;
        InQuote = new bool[Tokens.Count];
        (HasQuote, QuoteOpenAtEnd) = MarkQuotes(text, tokens, quoteOpenAtStart, InQuote);
        QuoteOpenAtStart = quoteOpenAtStart;
    }

    /// <summary>Marks the quotation marks and the tokens between them; says whether there was one and whether one is open at the end.</summary>
    private static (bool Any, bool OpenAtEnd) MarkQuotes(string text, List<Token> tokens, bool open, bool[] inQuote)
    {
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Tokenizer.IsQuote(text, t))
            {
                open = OpenAfterQuote(text[t.Start], open);
                inQuote[i] = true;
                any = true;
                continue;
            }
            inQuote[i] = open;
        }
        return (any, open);
    }

    public string Text { get; }
    public Unit Unit { get; }
    public List<Token> Tokens { get; }
    public string[] Lower { get; }
    /// <summary>Each lower-case token's <see cref="WordKey"/>, hashed once here for every lexicon table to look it up by.</summary>
    public int[] Keys { get; }
    /// <summary>Each token as written, folded as <see cref="Tokenizer.Fold"/> does: the form names are matched in.</summary>
    public string[] Surface { get; }
    /// <summary>True for quotation marks and the tokens between them.</summary>
    public bool[] InQuote { get; }
    public bool HasQuote { get; }
    public bool QuoteOpenAtStart { get; }
    public bool QuoteOpenAtEnd { get; }
    public int Count => Tokens.Count;

    public string Word(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Length);
    public bool IsCapitalized(int i) => Tokens[i].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[i].Start]);
    public bool IsPunct(int i) => Tokens[i].Kind == TokenKind.Punct;

    /// <summary>Whether the unit is written in title case, as headlines are ("Trump Just Responded To Rubio's Attack"): at least
    /// four words of four letters or more, none of them lower case. Its capitals then say nothing about names or verbs.</summary>
    public bool IsTitleCase()
    {
        var words = 0;
        for (var k = 0; k < Count; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Tokens[k].Length < 4) continue;
            if (!IsCapitalized(k)) return false;
            words++;
        }
        return words >= 4;
    }

    /// <summary>Whether the lowercased tokens from <paramref name="k"/> on are the words of a phrase (<see cref="Phrase.At"/>).</summary>
    public bool HasAt(int k, string[] phrase) => Phrase.At(Lower.AsSpan(), k, phrase);
    /// <summary>Whether a token in [from, to) is the lower-case word given ("and" inside a run of names).</summary>
    public bool HasWord(int from, int to, string lower)
    {
        for (var k = from; k < to; k++) if (Lower[k] == lower) return true;
        return false;
    }

    /// <summary>The first token that starts at or after an offset into the text; -1 when none does.</summary>
    public int FirstTokenAt(int offset)
    {
        for (var i = 0; i < Count; i++)
            if (Tokens[i].Start >= offset) return i;
        return -1;
    }

    public string Slice(int from, int to) => from >= to ? "" : Text[Tokens[from].Start..Tokens[to - 1].End];

    /// <summary>A stretch of text read as one sentence on its own (text[start..end), no quotation open at its start): what the
    /// readers of a single claim or phrase cut when the pipeline has not cut it for them.</summary>
    public static TokenizedUnit Sentence(string text, int start = 0, int? end = null)
    {
        var stop = end ?? text.Length;
        return new TokenizedUnit(text, new Unit(0, start, stop, UnitKind.Sentence, 0, text[start..stop]), false);
    }

    /// <summary>The same tokens over the unit's own text, offsets counted from its start: the view the readers of a single
    /// sentence (events, figures, outcomes, time) take, made without tokenising again. No quotation is open at its start.</summary>
    public TokenizedUnit Local()
    {
        // The unit's text is the document's characters at its offsets, so each token's words are the ones already folded and
        // hashed: they are shared, not made again. A unit whose text differs (none the pipeline makes) has its words made anew.
        var same = Unit.Start >= 0 && Unit.End <= Text.Length && Unit.Text.Length == Unit.End - Unit.Start
                   && Text.AsSpan(Unit.Start, Unit.End - Unit.Start).SequenceEqual(Unit.Text);
        return same ? new TokenizedUnit(this, Unit.Text, LocalUnit(Unit), LocalTokens(Unit, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens)), false)
            : LocalOf(Unit, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens));
    }

    private static Unit LocalUnit(Unit unit) => unit with { Start = 0, End = unit.Text.Length };

    private static List<Token> LocalTokens(Unit unit, ReadOnlySpan<Token> tokens)
    {
        var local = new List<Token>(tokens.Length);
        foreach (var t in tokens) local.Add(t with { Start = t.Start - unit.Start });
        return local;
    }

    /// <summary>A unit's tokens over its own text, from its tokens over the document's: what <see cref="Local"/> gives, for a
    /// unit whose tokens are kept without the words (<see cref="CompactUnits"/>).</summary>
    internal static TokenizedUnit LocalOf(Unit unit, ReadOnlySpan<Token> tokens) =>
        new(unit.Text, LocalUnit(unit), LocalTokens(unit, tokens), false);

    /// <summary>Whether a quotation is open after a unit whose quotation was open (or not) before it, from its tokens alone: what
    /// <see cref="QuoteOpenAtEnd"/> says, without the words.</summary>
    internal static bool QuoteOpenAfter(string text, List<Token> tokens, bool open)
    {
        foreach (var t in tokens)
            if (Tokenizer.IsQuote(text, t)) open = OpenAfterQuote(text[t.Start], open);
        return open;
    }

    /// <summary>Typographic marks say which way they go; a straight quote (or two apostrophes) closes an open quotation and opens
    /// a closed one.</summary>
    private static bool OpenAfterQuote(char mark, bool open) => mark switch
    {
        '“' or '«' or '„' => true,
        '”' or '»' => false,
        _ => !open,
    };

    /// <summary>The tokens as a name to show and compare: the slice, cleaned of invisible characters and compatibility forms.</summary>
    public string Name(int from, int to) => Tokenizer.Clean(Slice(from, to));

    /// <summary>Tokenises the units of one document in order, carrying an open quotation from one sentence into the next of its block.</summary>
    public static IEnumerable<TokenizedUnit> Of(string text, IReadOnlyList<Unit> units) =>
        Carry(units, (u, open) => new TokenizedUnit(text, u, open), t => t.QuoteOpenAtEnd);

    /// <summary>The units of one document with the tokens cut for them before (the store keeps them), quotations carried the same way.</summary>
    public static IEnumerable<TokenizedUnit> Of(string text, IReadOnlyList<Unit> units, IReadOnlyList<List<Token>> tokens) =>
        Carry(units, (u, open) => new TokenizedUnit(text, u, tokens[u.Index], open), t => t.QuoteOpenAtEnd);

    /// <summary>Whether a quotation is open at the start of each unit, from the tokens alone, as <see cref="Of(string, IReadOnlyList{Unit}, IReadOnlyList{List{Token}})"/>
    /// carries it.</summary>
    internal static bool[] OpenAtStart(string text, IReadOnlyList<Unit> units, IReadOnlyList<List<Token>> tokens) =>
        Carry(units, (u, open) => (Open: open, End: QuoteOpenAfter(text, tokens[u.Index], open)), x => x.End).Select(x => x.Open).ToArray();

    // A quotation runs on from one unit to the next within a block (a paragraph), never across blocks.
    private static IEnumerable<T> Carry<T>(IReadOnlyList<Unit> units, Func<Unit, bool, T> make, Func<T, bool> openAtEnd)
    {
        var open = false;
        var block = -1;
        foreach (var u in units)
        {
            if (u.Block != block) { open = false; block = u.Block; }
            var t = make(u, open);
            open = openAtEnd(t);
            yield return t;
        }
    }
}
