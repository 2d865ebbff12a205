using System.Globalization;
using System.Text;

namespace Tessera.Bench.Corpus;

/// <summary>One generated crisis-news document: a country, a crisis, a cast of speakers, and paragraphs drawn from the templates.</summary>
/// <remarks>Everything a document will say is decided by its own generator, so a corpus can grow without changing the
/// documents it already has: the 2 MB corpus is the first files of the 100 MB one.</remarks>
internal sealed class NewsDocument
{
    /// <summary>Bump when templates, word lists or this class change what a seed produces.</summary>
    public const int Version = 1;

    private sealed record Country(string Name, string Demonym, string Capital, string[] Cities, string Region);
    private sealed record Power(string Name, string Demonym);

    /// <summary>A speaker: domestic officials carry a title ("Interior Minister"), others an appositive ("an analyst at ...").</summary>
    private sealed class Person(string first, string last, string? title, string role)
    {
        public string First { get; } = first;
        public string Last { get; } = last;
        public string? Title { get; } = title;
        public string Role { get; } = role;
        public bool Mentioned { get; set; }
    }

    /// <summary>Kinds of sentence and how often a paragraph draws each; the names are sections of templates.txt.</summary>
    private static readonly string[] SentenceKinds =
        ["fact", "attributed", "quote", "according", "hedged", "boosted", "estimative", "prediction", "unverified", "background"];
    private static readonly int[] SentenceWeights = [20, 13, 13, 7, 12, 5, 8, 10, 4, 5];

    /// <summary>Slots that name a word list under another name.</summary>
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        ["clause"] = "clauses", ["states"] = "states", ["futures"] = "futures", ["quote"] = "quotes",
        ["fragment"] = "quote-fragments", ["question"] = "questions", ["cause"] = "causes", ["supply"] = "supplies", ["first"] = "first-names",
        ["last"] = "last-names", ["intl"] = "international-orgs", ["institute"] = "institutes", ["outlet"] = "outlets",
        ["party"] = "parties", ["month"] = "months", ["day"] = "weekdays", ["direction"] = "directions",
        ["group"] = "groups", ["source"] = "sources",
    };

    private static readonly string[] SmallNumbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] CountPrefixes = ["at least ", "more than ", "about ", "nearly ", "some ", "over ", "up to ", "", ""];
    /// <summary>Newsroom abbreviations of month names; the short months are written in full.</summary>
    private static readonly string[] MonthAbbreviations =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private readonly WordBook _book;
    private readonly Prng _rng;
    private readonly StringBuilder _out = new();

    private readonly Country _country;
    private readonly List<Power> _powers = [];
    private readonly string[] _events;
    private readonly string _mainEvent;
    private readonly List<Person> _cast = [];
    private readonly List<Person> _officials = [];
    private readonly int _year;
    private readonly int _month;
    private readonly int _dateStyle;
    private readonly bool _percentSign;
    private readonly string _lq;
    private readonly string _rq;
    private readonly bool _curlyApostrophes;
    private readonly bool _markdownHeadings;
    private readonly int _wrap;
    private readonly bool _crlf;
    private readonly int _targetChars;

    public NewsDocument(WordBook book, Prng rng)
    {
        _book = book;
        _rng = rng;

        var c = Fields(_rng.Pick(book["countries"]), 5);
        _country = new Country(c[0], c[1], c[2], c[3].Split('|'), c[4]);
        var powers = book["powers"];
        var wanted = _rng.Between(2, 3);
        while (_powers.Count < wanted)
        {
            var p = Fields(_rng.Pick(powers), 2);
            if (!_powers.Exists(x => x.Name == p[0])) _powers.Add(new Power(p[0], p[1]));
        }
        var kind = Fields(_rng.Pick(book["events"]), 2);
        _events = kind[1].Split('|');
        _mainEvent = _rng.Pick(_events);

        _year = _rng.Between(2015, 2025);
        _month = _rng.Below(12);
        _dateStyle = _rng.Weighted([5, 3, 2]);
        _percentSign = _rng.Percent(30);
        (_lq, _rq) = _rng.Percent(65) ? ("“", "”") : ("\"", "\"");
        _curlyApostrophes = _rng.Percent(50);
        _markdownHeadings = _rng.Percent(50);
        _wrap = _rng.Percent(25) ? _rng.Between(68, 80) : 0;
        _crlf = _rng.Percent(5);
        _targetChars = _rng.Between(5 * 1024, 20 * 1024);
        CastPeople();
    }

    private static string[] Fields(string line, int count)
    {
        var f = line.Split('\t');
        if (f.Length < count) throw new InvalidDataException($"word list entry '{line}' needs {count} tab-separated fields");
        return f;
    }

    /// <summary>Two or three officials with titles, an opposition figure and one or two outside voices, no two sharing a surname.</summary>
    private void CastPeople()
    {
        var titles = _book["domestic-titles"];
        var usedTitles = new HashSet<int>();
        var officials = _rng.Between(2, 3);
        while (usedTitles.Count < officials)
        {
            var t = _rng.Below(titles.Count);
            if (!usedTitles.Add(t)) continue;
            var f = Fields(titles[t], 2);
            var person = NewPerson(f[0], Expand(f[1]));
            _officials.Add(person);
        }
        NewPerson(null, Expand(_rng.Pick(_book["opposition-roles"])));
        for (var i = _rng.Between(1, 2); i > 0; i--) NewPerson(null, Expand(_rng.Pick(_book["outside-roles"])));
    }

    private Person NewPerson(string? title, string role)
    {
        string last;
        do last = _rng.Pick(_book["last-names"]); while (_cast.Exists(p => p.Last == last));
        var person = new Person(_rng.Pick(_book["first-names"]), last, title, role);
        _cast.Add(person);
        return person;
    }

    public string Write()
    {
        var title = Sentence(_rng.Pick(_book["title"]));
        Line((_markdownHeadings && _rng.Percent(70) ? "# " : "") + title);
        Blank();
        if (_rng.Percent(45))
        {
            Line(Sentence(_rng.Pick(_book["byline"])));
            Blank();
        }
        if (_rng.Percent(8)) Epigraph();

        var first = new List<string>();
        if (_rng.Percent(50)) first.Add(Sentence(_rng.Pick(_book["dateline"])));
        first.AddRange(Sentences(_rng.Between(2, 4)));
        Paragraph(first, "", "");

        var afterHeading = false;
        while (_out.Length < _targetChars)
        {
            var r = _rng.Below(100);
            if (r < 14 && !afterHeading)
            {
                Heading();
                afterHeading = true;
                continue;
            }
            if (r < 24) BulletList();
            else Paragraph(Sentences(_rng.Between(2, 6)), "", "");
            afterHeading = false;
        }

        var text = _out.ToString();
        if (_curlyApostrophes) text = text.Replace('\'', '’');
        if (_crlf) text = text.Replace("\n", "\r\n");
        return text;
    }

    private void Line(string text) => _out.Append(text).Append('\n');
    private void Blank() => _out.Append('\n');

    /// <summary>A paragraph that is only a quotation, with its speaker on the line under it.</summary>
    private void Epigraph()
    {
        Line(Sentence(_rng.Pick(_book["epigraph"])));
        Blank();
        var speaker = _cast[_rng.Below(_cast.Count)];
        Line($"— {speaker.First} {speaker.Last}, {speaker.Role}");
        Blank();
    }

    private void Heading()
    {
        var text = Sentence(_rng.Pick(_book["heading"]));
        Line(_markdownHeadings ? "## " + text : text);
        Blank();
    }

    /// <summary>A lead-in sentence ending in a colon and three to six items, marked by dashes, stars, bullets or numbers.</summary>
    private void BulletList()
    {
        Paragraph([Sentence(_rng.Pick(_book["leadin"]))], "", "");
        var style = _rng.Below(4);
        var spaced = _rng.Percent(20);
        var items = _rng.Between(3, 6);
        for (var k = 1; k <= items; k++)
        {
            var marker = style switch { 0 => "- ", 1 => "* ", 2 => "• ", _ => $"{k}. " };
            var item = Sentence(_rng.Pick(_book["bullet"]));
            Wrapped(item, marker, new string(' ', marker.Length));
            if (spaced) Blank();
        }
        if (!spaced) Blank();
    }

    private List<string> Sentences(int count)
    {
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
            list.Add(Sentence(_rng.Pick(_book[SentenceKinds[_rng.Weighted(SentenceWeights)]])));
        return list;
    }

    private void Paragraph(List<string> sentences, string firstIndent, string indent)
    {
        Wrapped(string.Join(' ', sentences), firstIndent, indent);
        Blank();
    }

    /// <summary>Writes text as one line, or hard-wrapped at the document's width as e-mailed and pasted reports often are.</summary>
    private void Wrapped(string text, string firstIndent, string indent)
    {
        if (_wrap == 0)
        {
            Line(firstIndent + text);
            return;
        }
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > _wrap)
            {
                Line(line.ToString());
                line.Clear().Append(indent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        Line(line.ToString());
    }

    /// <summary>A template filled, tidied and capitalised.</summary>
    private string Sentence(string template)
    {
        var s = Expand(template);
        // An appositive ("Dana Osei, an analyst at ...,") can meet the template's own comma.
        s = s.Replace(",,", ",").Replace(" ,", ",");
        return CapitaliseFirst(s);
    }

    private static string CapitaliseFirst(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsLetter(c)) return char.IsUpper(c) ? s : string.Concat(s.AsSpan(0, i), char.ToUpperInvariant(c).ToString(), s.AsSpan(i + 1));
            if (char.IsDigit(c)) return s;
        }
        return s;
    }

    /// <summary>Fills {slot} and {a|b|c} (one choice) recursively; see the header of templates.txt.</summary>
    private string Expand(string template, int depth = 0)
    {
        if (depth > 12) throw new InvalidDataException($"template nests too deeply: '{template}'");
        if (!template.Contains('{')) return template;
        var sb = new StringBuilder(template.Length * 2);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            var close = MatchingBrace(template, i);
            var inner = template[(i + 1)..close];
            var choices = TopLevelChoices(inner);
            sb.Append(choices.Count > 1 ? Expand(_rng.Pick(choices), depth + 1) : Expand(Cased(inner), depth + 1));
            i = close + 1;
        }
        return sb.ToString();
    }

    private static int MatchingBrace(string s, int open)
    {
        var depth = 0;
        for (var k = open; k < s.Length; k++)
        {
            if (s[k] == '{') depth++;
            else if (s[k] == '}' && --depth == 0) return k;
        }
        throw new InvalidDataException($"unclosed brace in template '{s}'");
    }

    private static List<string> TopLevelChoices(string inner)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k < inner.Length; k++)
        {
            if (inner[k] == '{') depth++;
            else if (inner[k] == '}') depth--;
            else if (inner[k] == '|' && depth == 0)
            {
                parts.Add(inner[start..k]);
                start = k + 1;
            }
        }
        parts.Add(inner[start..]);
        return parts;
    }

    /// <summary>A slot's value in the case its name is written in: {event}, {Event} or {CITY}.</summary>
    private string Cased(string name)
    {
        var value = Expand(Slot(name.ToLowerInvariant()), 1);
        if (name.Length > 1 && name.All(ch => !char.IsLetter(ch) || char.IsUpper(ch))) return value.ToUpperInvariant();
        return char.IsUpper(name[0]) ? CapitaliseFirst(value) : value;
    }

    private string Slot(string name) => name switch
    {
        "lq" => _lq,
        "rq" => _rq,
        "country" => _country.Name,
        "demonym" => _country.Demonym,
        "capital" => _country.Capital,
        "city" => _rng.Percent(25) ? _country.Capital : _rng.Pick(_country.Cities),
        "region" => _country.Region,
        "power" => _rng.Pick(_powers).Name,
        "power-demonym" => _rng.Pick(_powers).Demonym,
        "org" => _rng.Percent(50) ? _rng.Pick(_book["domestic-orgs"]) : _rng.Pick(_book["international-orgs"]),
        "event" => _rng.Percent(60) ? _mainEvent : _rng.Pick(_events),
        "official" => Mention(_rng.Pick(_officials), atEnd: false),
        "who" => Who(atEnd: false),
        "who-end" => Who(atEnd: true),
        "actor" => Actor(),
        "act" => Action(past: false),
        "act-past" => Action(past: true),
        "count" => Count(),
        "small" => _rng.Pick(SmallNumbers),
        "percent" => Percentage(),
        "population" => Population(),
        "year" => (_year - _rng.Between(1, 30)).ToString(CultureInfo.InvariantCulture),
        "date" => Date(),
        _ => _rng.Pick(_book[Lists.GetValueOrDefault(name, name)]),
    };

    /// <summary>A person's first mention gives the full name with title or appositive; later ones mostly the surname, as reporters write.</summary>
    private string Mention(Person p, bool atEnd)
    {
        if (!p.Mentioned)
        {
            p.Mentioned = true;
            if (p.Title is not null && !_rng.Percent(25)) return $"{p.Title} {p.First} {p.Last}";
            return atEnd ? $"{p.First} {p.Last}, {p.Role}" : $"{p.First} {p.Last}, {p.Role},";
        }
        return _rng.Below(4) switch
        {
            0 or 1 => p.Last,
            2 => p.Title is not null ? $"{p.Title} {p.Last}" : $"{p.First} {p.Last}",
            _ => $"{p.First} {p.Last}",
        };
    }

    /// <summary>Who says something: a named person most often, else a body or an unnamed source.</summary>
    private string Who(bool atEnd)
    {
        var r = _rng.Below(100);
        if (r < 60) return Mention(_rng.Pick(_cast), atEnd);
        if (r < 80) return Slot("org");
        return _rng.Pick(_book["sources"]);
    }

    /// <summary>Who does something, as a singular subject.</summary>
    private string Actor()
    {
        var r = _rng.Below(100);
        return r switch
        {
            < 30 => "the government",
            < 45 => Mention(_rng.Pick(_officials), atEnd: false),
            < 60 => Slot("org"),
            < 72 => _rng.Pick(_powers).Name,
            < 80 => "the opposition",
            < 88 => "the military",
            < 94 => _country.Name,
            _ => $"the {_country.Demonym} government",
        };
    }

    private string Action(bool past)
    {
        var forms = _rng.Pick(_book["actions"]).Split('|');
        return past ? forms[1] : forms[0];
    }

    /// <summary>A count of people or things, its size drawn by order of magnitude so that tens and thousands both occur.</summary>
    private string Count()
    {
        var magnitude = _rng.Weighted([3, 5, 4, 3, 1]);
        int[] low = [2, 10, 100, 1000, 10000];
        var n = _rng.Between(low[magnitude], low[magnitude] * 10 - 1);
        var number = n < 10 && _rng.Percent(70) ? SmallNumbers[n - 2] : n.ToString("N0", CultureInfo.InvariantCulture);
        return _rng.Pick(CountPrefixes) + number;
    }

    private string Percentage()
    {
        var n = _rng.Between(2, 95).ToString(CultureInfo.InvariantCulture);
        return _percentSign ? n + "%" : n + " percent";
    }

    private string Population() =>
        _rng.Percent(50)
            ? $"{_rng.Between(1, 9)}.{_rng.Between(1, 9)} million"
            : (_rng.Between(50, 900) * 1000).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A day in the month of the crisis (or the one before), in the document's house style.</summary>
    private string Date()
    {
        var month = _rng.Percent(75) ? _month : (_month + 11) % 12;
        var day = _rng.Between(1, 28);
        var name = _book["months"][month];
        var text = _dateStyle switch
        {
            0 => $"{day} {name}",
            1 => $"{name} {day}",
            _ => $"{MonthAbbreviations[month]} {day}",
        };
        return _rng.Percent(15) ? (_dateStyle == 0 ? $"{text} {_year}" : $"{text}, {_year}") : text;
    }
}
