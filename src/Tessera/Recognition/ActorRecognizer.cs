using Tessera.Language;

namespace Tessera.Recognition;

/// <summary>Finds actors and places in units: gazetteer names first, then people after a title or beside a reporting verb, then organisations by their head noun.</summary>
public sealed class ActorRecognizer
{
    private readonly Gazetteer _gazetteer;
    private readonly PhraseMatcher<bool> _titles;
    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _orgHeads;
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _reportingForms;
    private readonly HashSet<string> _sourceNouns;
    private readonly FunctionWords _words;

    /// <param name="gazetteer">The names to find.</param>
    /// <param name="words">The function words that tell a place from a government, join a name, or mark a speaker's name.</param>
    /// <param name="data">The language data, for titles, organisation heads, sentence starters, calendar names and reporting verbs.</param>
    public ActorRecognizer(Gazetteer gazetteer, FunctionWords words, LanguageData data)
    {
        _gazetteer = gazetteer;
        _words = words;
        _titles = new PhraseMatcher<bool>(data.Rows("gazetteer/titles.tsv").Select(r => (r[0], true)));
        _titleWords = data.Rows("gazetteer/titles.tsv").SelectMany(r => PhraseMatcher<bool>.Split(r[0])).ToHashSet(StringComparer.Ordinal);
        _orgHeads = data.Rows("gazetteer/org-heads.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _notNames = data.Rows("language/sentence-starters.tsv").Select(r => r[0])
            .Concat(data.Rows("language/calendar.tsv").SelectMany(r => new[] { r[0] }.Concat(r[3].Split('|', StringSplitOptions.RemoveEmptyEntries))))
            .ToHashSet(StringComparer.Ordinal);
        // Only past forms and "says": present forms like "states" or "claims" are as often plural nouns ("Central Asian states").
        _reportingForms = data.Rows("lexicon/reporting-verbs.tsv")
            .SelectMany(r => r[1].Split('|')).Select(f => f.Split(' ')[0])
            .Where(f => f.EndsWith("ed", StringComparison.Ordinal) || words.Is(f, "name-before"))
            .ToHashSet(StringComparer.Ordinal);
        _sourceNouns = data.Rows("lexicon/source-nouns.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Headlines and transcript labels write names in capitals ("SECRETARY BLINKEN"); they are looked up as "Blinken".</summary>
    private static bool IsAllCaps(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !char.IsUpper(word[1])) return false;
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }

    private static string[] TitleCased(string[] surface) =>
        surface.Select(w => IsAllCaps(w) ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w).ToArray();

    /// <summary>Per-document memory: a person first named in full ("Marat Bekov") is recognised later by surname alone.</summary>
    public sealed class Memory
    {
        internal Dictionary<string, string> Surnames { get; } = new(StringComparer.Ordinal);
    }

    public List<Mention> Recognize(TokenizedUnit u, Memory memory)
    {
        var mentions = new List<Mention>();
        var used = new MentionKind?[u.Count];
        var surface = u.Surface;
        // Title-cased once per unit, not once per word in capitals: a long unit of capitals made this quadratic.
        string[]? titleCased = null;

        for (var i = 0; i < u.Count; i++)
        {
            if (u.Tokens[i].Kind != TokenKind.Word) continue;
            var alias = _gazetteer.Longest(surface, i) ?? (IsAllCaps(surface[i]) ? _gazetteer.Longest(titleCased ??= TitleCased(surface), i) : null);
            if (alias is null)
            {
                if (u.IsCapitalized(i) && memory.Surnames.TryGetValue(surface[i], out var known))
                {
                    Add(u, mentions, used, i, i + 1, known, MentionKind.Person);
                }
                continue;
            }
            var end = i + alias.Words.Length;
            // Ideologies are not actors: "pan-Turkish" names no state.
            if (i >= 2 && u.Lower[i - 1] == "-" && u.Lower[i - 2] == "pan") { i = end - 1; continue; }
            // "in Moscow" is a place; so is a dateline ("NIAMEY, July 27 -"), which opens a report with where it was filed.
            var dateline = i == 0 && IsAllCaps(surface[i]) && end < u.Count && u.Lower[end] == ",";
            if (alias.IsCapital && ((i > 0 && _words.Is(u.Lower[i - 1], "place-preposition")) || dateline))
                Add(u, mentions, used, i, end, _gazetteer.Place(u.Name(i, end))?.Name ?? u.Name(i, end), MentionKind.Place);
            else
                Add(u, mentions, used, i, end, alias.Canonical, alias.Kind);
            i = end - 1;
        }

        foreach (var m in _titles.Matches(u))
        {
            var (s, e) = NameRun(u, m.End, used);
            if (e - s is >= 1 and <= 4) NewPerson(u, mentions, used, memory, s, e);
        }

        foreach (var (s, e) in CapitalisedRuns(u))
        {
            var taken = false;
            for (var k = s; k < e && !taken; k++) taken = used[k] is not null && used[k] != MentionKind.Place;
            if (taken) continue;
            var start = s;
            while (start < e && _notNames.Contains(surface[start])) start++;
            if (start >= e) continue;
            if (HasOrgHead(u, start, e) && e - start >= 2)
            {
                if (!NextToCountry(u, used, start, e))
                    Add(u, mentions, used, start, e, u.Name(start, e), MentionKind.Organisation);
                continue;
            }
            var words = e - start;
            // A person's name is capitalised words only; "Head of State" (with a connector) is a title, not a name.
            var nameOnly = Enumerable.Range(start, words).All(k => u.IsCapitalized(k) || (u.Lower[k] == "-" && k > start && k + 1 < e));
            var beforeVerb = e < u.Count && _reportingForms.Contains(u.Lower[e]);
            var afterVerb = start >= 1 && _words.Is(u.Lower[start - 1], "name-after");
            // One capitalised word opening a sentence before "said" is as often a plural noun ("Traders said") as a surname.
            var sentenceStart = start == 0 || (u.IsPunct(start - 1) && !Tokenizer.IsQuote(u.Text[u.Tokens[start - 1].Start]));
            var single = words == 1 && beforeVerb && !_sourceNouns.Contains(u.Lower[start]) && !(sentenceStart && u.Lower[start].EndsWith('s'));
            if (nameOnly && ((words is >= 2 and <= 3 && (beforeVerb || afterVerb || Appositive(u, start, e))) || single))
                NewPerson(u, mentions, used, memory, start, e);
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        Remember(mentions, memory);
        return mentions;
    }

    /// <summary>A name set off by commas beside a title: "Ana Ruiz, the interior minister," or "Minister of Health, Ana Ruiz,".</summary>
    private bool Appositive(TokenizedUnit u, int s, int e)
    {
        if (e + 1 < u.Count && u.Lower[e] == ",")
            for (var k = e + 1; k < u.Count && k <= e + 4; k++)
                if (_titleWords.Contains(u.Lower[k])) return true;
        if (s >= 2 && u.Lower[s - 1] == ",")
            for (var k = s - 2; k >= 0 && k >= s - 5; k--)
                if (_titleWords.Contains(u.Lower[k])) return true;
        return false;
    }

    /// <summary>A person named in full is remembered by each end of the name: "Wang" after "Wang Yi", "Karin" after "Erlan Karin".</summary>
    private static void Remember(List<Mention> mentions, Memory memory)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Person) continue;
            var parts = Tokenizer.Clean(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            memory.Surnames.TryAdd(parts[0].Replace('’', '\''), m.Canonical);
            memory.Surnames.TryAdd(parts[^1].Replace('’', '\''), m.Canonical);
        }
    }

    private void NewPerson(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory, int s, int e)
    {
        if (Enumerable.Range(s, e - s).Any(k => used[k] is not null)) return;
        var name = u.Name(s, e);
        if (name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        var surname = u.Surface[e - 1];
        var canonical = memory.Surnames.TryGetValue(surname, out var known) ? known : name;
        Add(u, mentions, used, s, e, canonical, MentionKind.Person);
    }

    private static void Add(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, int s, int e, string canonical, MentionKind kind)
    {
        for (var k = s; k < e; k++) used[k] = kind;
        mentions.Add(new Mention(u.Tokens[s].Start, u.Tokens[e - 1].End, u.Slice(s, e), canonical, kind));
    }

    /// <summary>The capitalised words right after a title ("President Kassym-Jomart Tokayev"), hyphenated parts included.</summary>
    private (int, int) NameRun(TokenizedUnit u, int from, MentionKind?[] used)
    {
        var e = from;
        while (e < u.Count && u.IsCapitalized(e) && used[e] is null && !_notNames.Contains(u.Surface[e]) && !_orgHeads.Contains(u.Surface[e]) && !_titleWords.Contains(u.Lower[e]))
        {
            e++;
            if (e + 1 < u.Count && u.Lower[e] == "-" && u.IsCapitalized(e + 1)) e++;
        }
        return (from, e);
    }

    /// <summary>Maximal runs of capitalised words, joined by hyphens or by "of", "for", "and", "the" before another capitalised word.</summary>
    private IEnumerable<(int, int)> CapitalisedRuns(TokenizedUnit u)
    {
        var i = 0;
        while (i < u.Count)
        {
            if (!u.IsCapitalized(i)) { i++; continue; }
            var s = i;
            var e = i + 1;
            while (e < u.Count)
            {
                if (u.IsCapitalized(e)) { e++; continue; }
                if (e + 1 < u.Count && (u.Lower[e] == "-" || _words.Is(u.Lower[e], "name-connector")) && u.IsCapitalized(e + 1)) { e += 2; continue; }
                break;
            }
            yield return (s, e);
            i = e;
        }
    }

    private bool HasOrgHead(TokenizedUnit u, int s, int e)
    {
        for (var k = s; k < e; k++) if (_orgHeads.Contains(u.Surface[k])) return true;
        return false;
    }

    /// <summary>"Russian Foreign Ministry", "Government of Uzbekistan": a state body counts for its state, already found.</summary>
    private static bool NextToCountry(TokenizedUnit u, MentionKind?[] used, int s, int e)
    {
        if (s > 0 && used[s - 1] == MentionKind.Country) return true;
        // "Ministry of Foreign Affairs of the Russian Federation"
        for (var k = e; k < u.Count && k <= e + 2; k++)
            if (used[k] == MentionKind.Country && u.Lower[e] is "of" or "in") return true;
        for (var k = s; k < e; k++) if (used[k] == MentionKind.Country) return true;
        return false;
    }
}
