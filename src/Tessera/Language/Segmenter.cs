namespace Tessera.Language;

/// <summary>Cuts a document's text into units: headings, bylines, bullet items and sentences, each a span of the text.</summary>
public sealed class Segmenter
{
    private readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _beforeNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sentenceStarters = new(StringComparer.Ordinal);

    /// <summary>A line without final punctuation and with at most this many words is a heading, not a sentence.</summary>
    private const int MaxHeadingWords = 16;

    /// <summary>Units are cut at this length (at a space where there is one): real sentences run to a few hundred characters,
    /// and a line of megabytes without a full stop must not become one unit that every later stage walks whole.</summary>
    public const int DefaultMaxUnitChars = 3_000;

    private readonly int _maxUnitChars;

    public Segmenter(LanguageData data, int maxUnitChars = DefaultMaxUnitChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUnitChars, 2);
        _maxUnitChars = maxUnitChars;
        foreach (var row in data.Rows("language/abbreviations.tsv"))
            (row[1] == "number" ? _beforeNumber : _abbreviations).Add(row[0]);
        foreach (var row in data.Rows("language/sentence-starters.tsv"))
            _sentenceStarters.Add(row[0]);
    }

    private enum BlockKind { Paragraph, Bullet, Heading }

    /// <param name="Deck">Where the deck starts under a headline that ends its first line (<see cref="IsHeadlineOverDeck"/>), or 0;
    /// the two stay one block, so the deck is read as part of the headline.</param>
    private readonly record struct Block(int Start, int End, BlockKind Kind, bool SingleLine, int HeadlineEnd = 0, int Deck = 0);

    /// <summary>A masthead ("Ministry of Foreign Affairs / Press release / 2022-01-10") stacks short lines without final
    /// punctuation; each is a heading of its own, not one sentence wrapped over several lines.</summary>
    private static List<Block> SplitStackedLines(string text, List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks)
        {
            if (b.Kind != BlockKind.Paragraph || b.SingleLine) { result.Add(b); continue; }
            var lines = new List<(int S, int E)>();
            var pos = b.Start;
            while (pos < b.End)
            {
                var nl = text.IndexOf('\n', pos, b.End - pos);
                var e = nl < 0 ? b.End : nl;
                var s = pos;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                var t = e;
                while (t > s && char.IsWhiteSpace(text[t - 1])) t--;
                if (t > s) lines.Add((s, t));
                pos = e + 1;
            }
            if (lines.Count > 1 && lines.All(l => LooksLikeHeading(text.AsSpan(l.S, l.E - l.S)) && l.E - l.S <= 80))
                result.AddRange(lines.Select(l => new Block(l.S, l.E, BlockKind.Paragraph, true)));
            // A newspaper's headline over its deck ("Obama lays out stakes for a divided nation;" then "At convention, he ..."):
            // the text's first line, heading-sized and ending in a semicolon, is a unit of its own, not the deck's first clause.
            else if (result.Count == 0 && lines.Count > 1 && IsHeadlineOverDeck(text.AsSpan(lines[0].S, lines[0].E - lines[0].S)))
                result.Add(b with { HeadlineEnd = lines[0].E, Deck = lines[1].S });
            else
                result.Add(b);
        }
        return result;
    }

    public IReadOnlyList<Unit> Segment(string text)
    {
        var units = new List<Unit>();
        var pieces = new List<(int Start, int End)>();
        var blocks = SplitStackedLines(text, Blocks(text));
        var previousQuoteOnly = false;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var blockText = text.AsSpan(block.Start, block.End - block.Start);
            if (block.Kind == BlockKind.Heading || (block.Kind == BlockKind.Paragraph && block.SingleLine && LooksLikeHeading(blockText)))
            {
                var kind = block.Kind != BlockKind.Heading && (previousQuoteOnly || IsBylineText(blockText)) ? UnitKind.Byline : UnitKind.Heading;
                var start = block.Start;
                if (block.Kind == BlockKind.Heading) while (start < block.End && (text[start] == '#' || text[start] == ' ')) start++;
                foreach (var (s, e) in Bounded(text, start, block.End, pieces)) units.Add(new Unit(units.Count, s, e, kind, b, text[s..e]));
                previousQuoteOnly = false;
                continue;
            }
            var first = true;
            var sentences = block.Deck > 0
                ? Sentences(text, block.Start, block.HeadlineEnd).Concat(Sentences(text, block.Deck, block.End))
                : Sentences(text, block.Start, block.End);
            foreach (var sentence in sentences)
                foreach (var (s, e) in Bounded(text, sentence.Start, sentence.End, pieces))
                {
                    var kind = first && block.Kind == BlockKind.Bullet ? UnitKind.BulletItem : UnitKind.Sentence;
                    units.Add(new Unit(units.Count, s, e, kind, b, text[s..e]));
                    first = false;
                }
            previousQuoteOnly = block.Kind == BlockKind.Paragraph && Tokenizer.IsAllQuotation(blockText);
        }
        return units;
    }

    /// <summary>A span cut into pieces of at most the maximum length, each ending at the last space that fits, or mid-word (never
    /// inside a surrogate pair) where there is none.</summary>
    /// <remarks>The pieces go into <paramref name="into"/>, emptied first and returned: one list serves every sentence of a
    /// document, where an iterator per sentence was allocated for what is almost always a single piece.</remarks>
    private List<(int Start, int End)> Bounded(string text, int start, int end, List<(int Start, int End)> into)
    {
        into.Clear();
        var s = start;
        while (end - s > _maxUnitChars)
        {
            var cut = s + _maxUnitChars;
            var space = cut;
            while (space > s + _maxUnitChars / 2 && !char.IsWhiteSpace(text[space])) space--;
            if (char.IsWhiteSpace(text[space])) cut = space;
            else if (char.IsLowSurrogate(text[cut])) cut--;
            var e = cut;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) into.Add((s, e));
            s = cut;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
        }
        if (end > s) into.Add((s, end));
        return into;
    }

    private static bool IsBylineText(ReadOnlySpan<char> t) =>
        t.StartsWith("By ", StringComparison.Ordinal) || t.StartsWith("—") || t.StartsWith("–") || t.StartsWith("- ");


    private static bool IsHeadlineOverDeck(ReadOnlySpan<char> line) =>
        line.Length is > 1 and <= 80 && line[^1] == ';' && LooksLikeHeading(line[..^1]);

    private static bool LooksLikeHeading(ReadOnlySpan<char> t)
    {
        t = t.Trim();
        if (t.Length == 0) return false;
        var last = t[^1];
        if (last is '.' or '!' or '?' or ';' or ':' or ',' or '…' or '"' or '”' or '’' or '\'') return false;
        var words = 0;
        var inWord = false;
        foreach (var c in t)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words <= MaxHeadingWords;
    }

    /// <summary>Blank lines end blocks; a bullet marker or a Markdown heading starts one; other lines continue the paragraph they wrap.</summary>
    private static List<Block> Blocks(string text)
    {
        var blocks = new List<Block>();
        int blockStart = -1, blockEnd = -1, lines = 0;
        var kind = BlockKind.Paragraph;
        void Close()
        {
            if (blockStart >= 0) blocks.Add(new Block(blockStart, blockEnd, kind, lines == 1));
            blockStart = -1;
            lines = 0;
        }
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var s = pos;
            var e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (s == e) Close();
            else
            {
                var markerKind = LineKind(text, s, e);
                if (markerKind != BlockKind.Paragraph || kind == BlockKind.Heading) Close();
                if (blockStart < 0) { blockStart = s; kind = markerKind; }
                blockEnd = e;
                lines++;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        Close();
        return blocks;
    }

    private static BlockKind LineKind(string text, int s, int e)
    {
        var c = text[s];
        if (c is '•' or '·' or '▪' or '◦' or '‣' or '●' or '■') return BlockKind.Bullet;
        if ((c is '-' or '*' or '+' or '–') && s + 1 < e && text[s + 1] == ' ') return BlockKind.Bullet;
        if (c == '#')
        {
            var j = s;
            while (j < e && text[j] == '#') j++;
            if (j - s <= 6 && j < e && text[j] == ' ') return BlockKind.Heading;
        }
        if (char.IsDigit(c))
        {
            var j = s;
            while (j < e && char.IsDigit(text[j])) j++;
            if (j - s <= 3 && j + 1 < e && (text[j] is '.' or ')') && text[j + 1] == ' ') return BlockKind.Bullet;
        }
        return BlockKind.Paragraph;
    }

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…");

    /// <summary>Sentence spans within a block: a terminator (with any closing quotes or brackets) ends a sentence when what follows can start one.</summary>
    private IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var s = start;
        var i = start;
        while (i < end)
        {
            // The next terminator by a vectorised search: a character-by-character test of every letter of every document was
            // a per-word cost of its own in read's profile.
            var next = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (next < 0) break;
            i += next;
            var j = i + 1;
            while (j < end && Terminators.Contains(text[j])) j++;
            while (j < end && (Tokenizer.IsClosingQuote(text[j]) || text[j] is '"' or '\'' or ')' or ']')) j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j]) || !EndsSentence(text, s, i, j, end))
            {
                i = j;
                continue;
            }
            yield return (s, j);
            s = j;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            i = s;
        }
        var e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) yield return (s, e);
    }

    private bool EndsSentence(string text, int sentenceStart, int terminator, int after, int end)
    {
        var k = after;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k >= end) return true;
        var next = text[k];
        if (char.IsLower(next) || next is ',' or ';' or ':' or ')' or '-' or '–' or '—') return false;
        if (text[terminator] != '.' || after != terminator + 1) return true;

        // The word the period closes: an initial, an abbreviation or an acronym usually does not end the sentence.
        var w = terminator;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, terminator - w);
        if (word.Length == 0) return true;
        var nextWord = NextWord(text, k, end);
        var starters = _sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        if (word.Length == 1 && char.IsUpper(word[0])) return starters.Contains(nextWord);
        if (word.Contains('.')) return starters.Contains(nextWord);
        var lookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word)) return false;
        if (_beforeNumber.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && char.IsDigit(next)) return false;
        return true;
    }

    private static ReadOnlySpan<char> NextWord(string text, int k, int end)
    {
        while (k < end && !char.IsLetter(text[k])) k++;
        var j = k;
        while (j < end && char.IsLetter(text[j])) j++;
        return text.AsSpan(k, j - k);
    }
}
