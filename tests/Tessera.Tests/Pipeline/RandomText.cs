using System.Globalization;
using System.Text;

namespace Tessera.Tests.Pipeline;

/// <summary>Random documents made from a seed (Lucene's checkRandomData idea): crisis-news phrasing with the gazetteer's own
/// names, mixed with what trips a text pipeline up: scripts of every direction, combining marks, emoji, invisible controls,
/// markup, odd whitespace, endless tokens, every kind of quote, dash, digit and date.</summary>
/// <remarks>The same seed and index give the same text on any machine (at one revision: the names come from the gazetteer),
/// so a failure can be replayed from its message.</remarks>
internal sealed class RandomText
{
    private readonly Random _random;

    private RandomText(Random random) => _random = random;

    /// <summary>Document <paramref name="index"/> of the run seeded <paramref name="seed"/>.</summary>
    public static string Document(int seed, int index) => new RandomText(new Random(Mix(seed, index))).Document();

    /// <summary>A date to give document <paramref name="index"/> of the run seeded <paramref name="seed"/>, or none: dates at the
    /// edges of the calendar included, so relative times are counted from them.</summary>
    public static DateOnly? Published(int seed, int index)
    {
        var r = new Random(Mix(seed, ~index));
        return r.Next(6) switch
        {
            0 => null,
            1 => r.Next(2) == 0 ? DateOnly.MinValue : DateOnly.MaxValue,
            _ => new DateOnly(2022, 1, 1).AddDays(r.Next(-800, 800)),
        };
    }

    // A stable mix, unlike HashCode.Combine, which is salted per process.
    private static int Mix(int seed, int index) => unchecked((int)(((uint)seed * 2654435761u) ^ ((uint)index * 40503u + 0x9E3779B9u)));

    private string Document()
    {
        var sb = new StringBuilder();
        var pieces = _random.Next(0, 40);
        var longToken = _random.Next(12) == 0;
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(Piece());
            sb.Append(_random.Next(10) switch { 0 => "", 1 => "\n", 2 => "\n\n", _ => " " });
        }
        if (longToken)
        {
            // Between the two halves of a surrogate pair the token would leave both alone, and no file can hold that.
            var at = _random.Next(sb.Length + 1);
            if (at > 0 && at < sb.Length && char.IsLowSurrogate(sb[at])) at--;
            sb.Insert(at, LongToken());
        }
        // Now and then the text stops at a random place: texts are not always whole.
        return _random.Next(20) == 0 && sb.Length > 2 ? Cut(sb.ToString()) : sb.ToString();
    }

    /// <summary>A prefix of the text that never ends between the two halves of a surrogate pair (files hold whole characters).</summary>
    private string Cut(string text)
    {
        var end = _random.Next(1, text.Length);
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end];
    }

    private string Piece() => _random.Next(100) switch
    {
        < 35 => Sentence(),
        < 43 => Word(),
        < 50 => Pick(Whitespace),
        < 57 => Pick(Markup),
        < 64 => Pick(Quotes),
        < 71 => Number(),
        < 79 => Date(),
        < 85 => Name(),
        < 92 => Invisible(),
        _ => Pick(Words),
    };

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];

    // ---- crisis-news phrasing, with slots filled at random ------------------------------------------------------------

    /// <summary>Sentence frames in the manner of wire copy and briefs; {A} and {B} are names, {N} numbers, {D} dates,
    /// {P} places, {Q} quotation marks, {W} anything at all.</summary>
    private static readonly string[] Frames =
    [
        "{A} said that {N} people had died in {P} on {D}.",
        "According to {A}, {N} protesters were detained{W}.",
        "{A} may have asked {B} for military help.",
        "{Q}We will not leave {P},{Q} said {A}.",
        "{A} reportedly sent troops to {B} {D}.",
        "It is highly likely that {A} will withdraw within {N} days.",
        "{A} accused {B} of meddling, and {B} denied any involvement.",
        "The death toll rose to {N}, officials said. The figure of {N} dead was later withdrawn.",
        "{D} – {A} expelled the ambassador of {B}.",
        "{P}, {D} (Wire) - Queues grew outside banks in {P}.",
        "{A} emerged from the crisis stronger, while {B} is the biggest loser.",
        "In week {N} of {N} talks between {A} and {B} stalled.",
        "Two days later {A} criticized {B}; the next day {B} agreed to talks.",
        "QUESTION: Will {A} reopen the border {D}?",
        "MINISTER {A}: We are ready. The army will stay.",
        "Several factors may have contributed:\n  • unpaid wages in {P}\n  • {W}. Strikes followed.",
        "# {A} and {B}\n\n- {A} suspended aid to {B}.\n- {N} soldiers arrived in {P}",
        "There is a roughly even chance that {A} resigns by the end of {D}.",
        "{A}, which had asked {B} for help, said {Q}{W}{Q} on {D}.",
        "Those numbers could not be independently verified{W}.",
        "At {A}'s request, troops from {B} arrived in {P} within hours.",
        "Nearly {N} people were detained, the interior ministry said, and about {N} were injured.",
        "{A} and {B} have criticized the crackdown; {A} will almost certainly respond.",
        "**{A}** warned on {D} that prices in {P} could double.",
        "Since {D} the curfew in {P} has been in force until {D}.",
    ];

    private string Sentence()
    {
        var frame = Pick(Frames);
        var sb = new StringBuilder();
        for (var i = 0; i < frame.Length; i++)
        {
            if (frame[i] != '{' || i + 2 >= frame.Length || frame[i + 2] != '}') { sb.Append(frame[i]); continue; }
            sb.Append(frame[i + 1] switch
            {
                'A' or 'B' => _random.Next(8) == 0 ? Word() : Name(),
                'N' => Number(),
                'D' => Date(),
                'P' => _random.Next(6) == 0 ? Word() : Pick(Places.Value),
                'Q' => Pick(Quotes),
                _ => Piece(),
            });
            i += 2;
        }
        return sb.ToString();
    }

    /// <summary>Words and marks that rules key on: cue words, reporting verbs, quotes, colons and bullets.</summary>
    private static readonly string[] Words =
    [
        "said", "Said", "according to", "the", "The", "He", "he", "they", ",", ".", "?", ":", ";", "\"", "'", "’s", "(", ")", "•",
        "may", "might", "could", "will", "not", "no doubt", "reportedly", "likely", "highly likely", "if", "was", "that",
        "President", "U.S.", "Jan.", "expected to", "plan to", "in", "QUESTION", "pan-", "asked", "for help", "sent", "troops",
        "request", "which", "accused", "of", "on", "later", "within", "hours", "winner", "loser", "lost", "influence", "favour",
        "partnership", "people", "died", "including", "by", "attacked", "deployed", "arrived", "agreed", "strengthened",
        "weakened", "allegedly", "unconfirmed", "denied", "withdrawn", "toll", "detained", "killed", "dead",
    ];

    // ---- names from the gazetteer -------------------------------------------------------------------------------------

    private static readonly Lazy<string[]> Names = new(() =>
        new[] { "gazetteer/countries.tsv", "gazetteer/organisations.tsv" }
            .SelectMany(f => Fixtures.Bundled.Data.Rows(f).SelectMany(r => r[1].Split('|').Prepend(r[0])))
            .Concat(Fixtures.Bundled.Data.Rows("gazetteer/people.tsv").SelectMany(r => r[3].Split('|').Prepend(r[0])))
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray());

    private static readonly Lazy<string[]> Places = new(() =>
        Fixtures.Bundled.Data.Rows("gazetteer/places.tsv").SelectMany(r => r[5].Split('|').Prepend(r[0])).Where(n => n.Length > 0).ToArray());

    private string Name() => _random.Next(5) switch
    {
        0 => Pick(Places.Value),
        1 => Pick(Names.Value).ToUpperInvariant(),
        _ => Pick(Names.Value),
    };

    // ---- letters of many scripts --------------------------------------------------------------------------------------

    /// <summary>Ranges of letters: Latin with accents, Greek, Cyrillic, Hebrew and Arabic (right to left), Devanagari, Thai,
    /// CJK, Hangul, and mathematical letters outside the Basic Multilingual Plane (surrogate pairs).</summary>
    private static readonly (int From, int To)[] Scripts =
    [
        ('a', 'z'), ('A', 'Z'), (0xC0, 0xFF), (0x391, 0x3C9), (0x410, 0x44F), (0x5D0, 0x5EA), (0x621, 0x64A), (0x905, 0x939),
        (0xE01, 0xE2E), (0x4E00, 0x4FFF), (0xAC00, 0xACFF), (0x1D400, 0x1D433),
    ];

    private string Word()
    {
        var (from, to) = Pick(Scripts);
        var sb = new StringBuilder();
        var length = _random.Next(1, 12);
        for (var i = 0; i < length; i++)
        {
            var c = _random.Next(from, to + 1);
            if (c is 0xD7 or 0xF7) c = 'x';
            sb.Append(char.ConvertFromUtf32(c));
            // Combining marks after a letter: an acute, a diaeresis, a Devanagari vowel sign.
            if (_random.Next(8) == 0) sb.Append(Pick(["\u0301", "\u0308", "\u0327", "\u093E", "\u064E"]));
        }
        return sb.ToString();
    }

    private string LongToken()
    {
        var length = _random.Next(1000, 5000);
        return _random.Next(3) switch
        {
            0 => new string('9', length),
            1 => string.Concat(Enumerable.Range(0, length).Select(_ => (char)_random.Next('a', 'z' + 1))),
            _ => string.Concat(Enumerable.Range(0, length / 4).Select(_ => "1,00")),
        };
    }

    // ---- numbers and dates --------------------------------------------------------------------------------------------

    private string Number() => _random.Next(12) switch
    {
        0 => _random.Next(0, 100).ToString(CultureInfo.InvariantCulture),
        1 => _random.Next(0, 100_000).ToString("N0", CultureInfo.InvariantCulture),
        2 => (_random.NextDouble() * 1000).ToString("0.##", CultureInfo.InvariantCulture),
        3 => new string('9', _random.Next(10, 400)),
        // Digits of other scripts: Arabic-Indic, Devanagari, full width.
        4 => string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(["\u0663", "\u0661", "\u0969", "\uFF11", "\uFF12"]))),
        5 => Pick(["½", "1.2.3", "1,2,3", "-5", "+7", "3rd", "21st", "0", "00", "000", "1e308", "10%", "2,030"]),
        6 => Pick(["dozens", "hundreds", "two", "ten", "a thousand", "at least 40", "more than 200", "about 1,200"]),
        _ => _random.Next(0, 3000).ToString(CultureInfo.InvariantCulture),
    };

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Sept.", "Dec.", "JAN.", "MARCH", "may", "june",
    ];

    private static readonly string[] Relative =
    [
        "yesterday", "today", "tomorrow", "last year", "next week", "this month", "on Monday", "last Wednesday", "two days later",
        "the next day", "that night", "within hours", "in two days", "three years ago", "the coming days", "in early February",
        "the end of March", "since 2013", "until 19 January", "in the past five years", "week 53 of 2021", "week 0", "the 1990s",
        "2014–2016", "9–10 June 2024", "between 2 and 5 May 2023",
    ];

    private string Date() => _random.Next(9) switch
    {
        0 => $"{Day()} {Pick(Months)} {Year()}",
        1 => $"{Pick(Months)} {Day()}, {Year()}",
        2 => $"{Year()}-{_random.Next(0, 14):00}-{_random.Next(0, 33):00}",
        3 => $"{_random.Next(0, 33):00}.{_random.Next(0, 14):00}.{Year()}",
        4 => $"{Pick(Months)} {Day()}",
        5 => $"{Day()} {Pick(Months)}",
        6 => Pick(Months),
        _ => Pick(Relative),
    };

    private string Day() => _random.Next(6) == 0 ? Pick(["0", "32", "99", "\u0663", "31st", "29"]) : _random.Next(1, 32).ToString(CultureInfo.InvariantCulture);

    private string Year() => _random.Next(6) == 0 ? Pick(["0001", "999", "1000", "2999", "9999", "20222"]) : _random.Next(1990, 2030).ToString(CultureInfo.InvariantCulture);

    // ---- marks, markup, whitespace and the invisible ------------------------------------------------------------------

    private static readonly string[] Quotes =
    [
        "\"", "'", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "‛", "「", "」", "『", "』",
        "-", "‐", "‑", "‒", "–", "—", "―", "−", "⸺", "﹘", "－", "...", "…", "!?", "(?)", "[", "]", "/", "\\", "|",
    ];

    private static readonly string[] Markup =
    [
        "<p>", "</p>", "<div>", "</div>", "<br>", "<li>", "</li>", "<ul>", "<h1>", "</h1>", "<b>", "</b>", "&amp;", "&nbsp;",
        "&#8212;", "&lt;script&gt;", "<script>x()</script>", "<!-- note -->", "<title>T</title>", "# ", "## ", "- ", "* ", "**",
        "_", "`", "> ", "[link](http://example.org)", "1. ", "---", "|a|b|",
    ];

    private static readonly string[] Whitespace =
    [
        "\t", "\r", "\r\n", "\n", "\n\n\n", "\u00A0", "\u2028", "\u2029", "\u3000", "\u200A", "\v", "\f", "  ", "\u0085",
    ];

    /// <summary>Zero-width characters, bidirectional controls, a mid-text byte-order mark, emoji (a face, a skin-toned hand, a
    /// flag of two regional indicators, a family joined by zero-width joiners) and control characters: NUL, BEL, an escape.</summary>
    private string Invisible() => Pick(
    [
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u061C", "\u00AD", "😀", "👍🏽", "🇰🇿", "👨‍👩‍👧", "❤️", "\u0301", "\0", "\u0007", "\u001B[31m",
    ]);
}
