using Tessera.Language;

namespace Tessera.Recognition;

/// <summary>The known names: countries with their demonyms and seats of power, organisations, office holders and places.</summary>
public sealed class Gazetteer
{
    /// <summary>One way of writing a name, cut into words as written (case matters: "US" is a country, "us" is not).</summary>
    internal sealed record Alias(string[] Words, string Canonical, MentionKind Kind, bool IsCapital)
    {
        /// <summary>A nationality word ("Russian", "Japanese"): it names the state only where it stands for the state or its people.</summary>
        public bool IsNationality { get; init; }

        /// <summary>A person's surname or given name alone ("Harris"): many people share it, so it names the listed person only
        /// where the document introduced them.</summary>
        public bool IsPartOfName => Kind == MentionKind.Person && Words.Length == 1 && !Words[0].All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private readonly Dictionary<string, List<Alias>> _byFirst;
    /// <summary>Bits set by the first two characters of each alias's first word (<see cref="Opener"/>).</summary>
    /// <remarks>Every word of every unit is looked up, and most are lower-case words no alias opens with ("said", "the", "and"
    /// beside "al-Qaeda"): a bit turns them away before the word is hashed for the dictionary. Two words may share a bit, so a set
    /// bit only says the dictionary must be asked.</remarks>
    private readonly ulong[] _openers;
    private readonly Dictionary<string, (string Name, string Country, double Lat, double Lon, string Kind)> _places;
    private readonly HashSet<string> _capitals;
    /// <summary>The gazetteer this one extends (<see cref="With"/>), whose lists it shares until it changes one.</summary>
    private readonly Gazetteer? _base;

    public Gazetteer(LanguageData data)
    {
        _byFirst = new(StringComparer.Ordinal);
        _openers = new ulong[(char.MaxValue + 1) / 64];
        _places = new(StringComparer.OrdinalIgnoreCase);
        var capitals = _capitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in data.Rows("gazetteer/places.tsv"))
        {
            var names = new[] { row[0] }.Concat(SplitList(row[5])).ToList();
            var lat = row.Number(3, "latitude");
            var lon = row.Number(4, "longitude");
            foreach (var n in names)
            {
                _places.TryAdd(n, (row[0], row[1], lat, lon, row[2]));
                if (row[2] == "capital") capitals.Add(n);
            }
        }
        foreach (var row in data.Rows("gazetteer/countries.tsv"))
        {
            var aliases = SplitList(row[1]).ToList();
            AddAll(row[0], aliases.Where(a => !IsNationality(a, row[0], aliases)), MentionKind.Country, capitals);
            foreach (var a in aliases.Where(a => IsNationality(a, row[0], aliases))) Add(a, row[0], MentionKind.Country, isCapital: false, first: false, nationality: true);
        }
        foreach (var row in data.Rows("gazetteer/organisations.tsv"))
            AddAll(row[0], SplitList(row[1]), MentionKind.Organisation, capitals);
        foreach (var row in data.Rows("gazetteer/people.tsv"))
            AddAll(row[0], SplitList(row[3]), MentionKind.Person, capitals);
        // Places that are not also actors (Almaty, Crimea) are matched last, so a country's capital stays a metonym.
        foreach (var (alias, place) in _places)
            Add(alias, place.Name, MentionKind.Place, isCapital: false, first: false);
        foreach (var list in _byFirst.Values) SortLongestFirst(list);
    }

    private Gazetteer(Gazetteer shared)
    {
        _base = shared;
        _byFirst = new(shared._byFirst, StringComparer.Ordinal);
        _openers = (ulong[])shared._openers.Clone();
        _places = shared._places;
        _capitals = shared._capitals;
    }

    /// <summary>These names with a case's own actors added before them: what a gazetteer built with the actors among its rows would
    /// find, without building one. The lists the actors do not touch are shared with this gazetteer, which is left as it was.</summary>
    /// <remarks>A case's actors are added after the bundled and user's names but before the places, as a build would add them: an
    /// actor's alias that an organisation, person or country already has stays theirs; one that only a place has becomes the actor's.</remarks>
    public Gazetteer With(IEnumerable<ActorName> caseActors)
    {
        var extended = new Gazetteer(this);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in caseActors) extended.AddAll(a.Name, a.Aliases, a.Kind, _capitals, first: true, changed);
        foreach (var word in changed) SortLongestFirst(extended._byFirst[word]);
        return extended;
    }

    // Longest takes the first alias that fits, and two that fit at one token differ in length, so only the lengths' order matters.
    private static void SortLongestFirst(List<Alias> list) => list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

    /// <summary>One word that is not the country's name nor a place, listed with its plural ("Kazakh", "Kazakhs") or ending as
    /// English nationality adjectives do without one ("Japanese", "Turkish", "Dutch", "Icelandic", "Swiss").</summary>
    private bool IsNationality(string alias, string canonical, List<string> aliases) =>
        alias != canonical && !alias.Contains(' ') && !_places.ContainsKey(alias) && char.IsUpper(alias[0]) && !alias.All(char.IsUpper)
        && (aliases.Contains(alias + "s") || alias.EndsWith("ese", StringComparison.Ordinal) || alias.EndsWith("ish", StringComparison.Ordinal)
            || alias.EndsWith("ch", StringComparison.Ordinal) || alias.EndsWith("ic", StringComparison.Ordinal) || alias.EndsWith("ss", StringComparison.Ordinal));

    private static IEnumerable<string> SplitList(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void AddAll(string canonical, IEnumerable<string> aliases, MentionKind kind, HashSet<string> capitals, bool first = false, HashSet<string>? changed = null)
    {
        Add(canonical, canonical, kind, capitals.Contains(canonical), first, changed: changed);
        foreach (var alias in aliases) Add(alias, canonical, kind, capitals.Contains(alias), first, changed: changed);
    }

    /// <param name="changed">When extending another gazetteer: the first words whose lists this one has copied from it (and changed).</param>
    private void Add(string alias, string canonical, MentionKind kind, bool isCapital, bool first, bool nationality = false, HashSet<string>? changed = null)
    {
        // "the Kremlin" is matched as "Kremlin": the article is not part of the name.
        if (alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) alias = alias[4..];
        var words = Tokenizer.Tokenize(alias, 0, alias.Length).Select(t => Surface(alias, t)).ToArray();
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
            var bit = Opener(words[0]);
            _openers[bit >> 6] |= 1UL << (bit & 63);
        }
        var same = list.FindIndex(a => a.Words.SequenceEqual(words));
        // The shared gazetteer's places were added after everything else; a case's actor, added before them in a build, takes the alias.
        if (same >= 0 && !(_base is not null && list[same].Kind == MentionKind.Place && _base.Holds(list[same]))) return;
        if (changed is not null && changed.Add(words[0]) && _base is not null && _base._byFirst.ContainsKey(words[0]))
            _byFirst[words[0]] = list = [.. list];
        if (same >= 0) list.RemoveAt(same);
        var entry = new Alias(words, canonical, kind, isCapital) { IsNationality = nationality };
        if (first) list.Insert(0, entry); else list.Add(entry);
    }

    /// <summary>The token as written, with typographic apostrophes folded, the form aliases are compared in.</summary>
    internal static string Surface(string text, Token t)
    {
        var s = text.Substring(t.Start, t.Length);
        return s.Contains('’') ? s.Replace('’', '\'') : s;
    }

    /// <summary>The longest alias starting at token i, if any.</summary>
    internal Alias? Longest(IReadOnlyList<string> surface, int i)
    {
        if (!MayOpen(surface[i]) || !_byFirst.TryGetValue(surface[i], out var candidates)) return null;
        foreach (var a in candidates)
        {
            if (i + a.Words.Length > surface.Count) continue;
            var ok = true;
            for (var k = 1; k < a.Words.Length && ok; k++) ok = surface[i + k] == a.Words[k];
            if (ok) return a;
        }
        return null;
    }

    /// <summary>Whether this very alias (not an equal one) is among the names, as opposed to one a case's actors added.</summary>
    private bool Holds(Alias alias) =>
        _byFirst.TryGetValue(alias.Words[0], out var list) && list.Exists(a => ReferenceEquals(a, alias));

    public bool IsKnownFirstWord(string word) => MayOpen(word) && _byFirst.ContainsKey(word);

    /// <summary>Whether some alias's first word may be this word: false when none opens with its first two characters.</summary>
    private bool MayOpen(string word)
    {
        if (word.Length == 0) return false;
        var bit = Opener(word);
        return (_openers[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The bit of a word's first two characters (the first alone for a word of one), one of 65,536: distinct for every
    /// pair of ASCII characters.</summary>
    private static int Opener(string word) => ((word[0] << 7) ^ (word.Length > 1 ? word[1] : 0)) & 0xFFFF;

    /// <summary>Where a place is, when the gazetteer knows it.</summary>
    public (string Name, string Country, double Latitude, double Longitude, string Kind)? Place(string name) =>
        _places.TryGetValue(name, out var p) ? p : null;
}
