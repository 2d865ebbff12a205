using Tessera.Language;

namespace Tessera.Recognition;

/// <summary>Finds actors and places in units: gazetteer names first, then capitalised names read with their context: people by a
/// given name, a title or a reporting verb beside them, organisations by their head noun, a preposition or an acronym the text
/// defines. The gazetteer canonicalises and types what it knows; it is not needed to find a name.</summary>
public sealed class ActorRecognizer
{
    // Not readonly: With gives a copy its own gazetteer and shares every other table.
    private Gazetteer _gazetteer;
    private readonly PhraseMatcher<bool> _titles;
    private readonly PhraseMatcher<string> _orgContexts;
    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _orgHeads;
    private readonly HashSet<string> _ownHeads;
    private readonly HashSet<string> _stateHeads;
    private readonly HashSet<string> _aloneHeads;
    private readonly HashSet<string> _partyHeads;
    private readonly HashSet<string> _eventHeads;
    private readonly HashSet<string> _bodyHeads;
    private readonly HashSet<string> _firstNames;
    private readonly HashSet<string> _nationalityThings;
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _calendarWords;
    private readonly HashSet<string> _reportingForms;
    private readonly HashSet<string> _allReportingForms;
    private readonly HashSet<string> _sourceNouns;
    /// <summary>Each listed organisation's short name by its canonical name ("Fox News" → "Fox"): the word names it alone once the
    /// text has named it in full.</summary>
    private readonly Dictionary<string, string> _shortOf;
    private readonly HashSet<string> _shortNames;
    private readonly FunctionWords _words;

    /// <param name="gazetteer">The names to find.</param>
    /// <param name="words">The function words that tell a place from a government, join a name, or mark a speaker's name.</param>
    /// <param name="data">The language data, for titles, organisation heads, given names, nationality things, sentence starters, calendar
    /// names and reporting verbs.</param>
    public ActorRecognizer(Gazetteer gazetteer, FunctionWords words, LanguageData data)
    {
        _gazetteer = gazetteer;
        _words = words;
        _titles = new PhraseMatcher<bool>(data.Rows("gazetteer/titles.tsv").Select(r => (r[0], true)));
        _titleWords = data.Rows("gazetteer/titles.tsv").SelectMany(r => PhraseMatcher<bool>.Split(r[0])).ToHashSet(StringComparer.Ordinal);
        _orgContexts = new PhraseMatcher<string>(data.Rows("gazetteer/org-contexts.tsv").Select(r => (r[0], r[1])));
        // An event's head makes no organisation, and a word that names a body alone ("GOP") heads no longer name ("Presumptive GOP").
        _orgHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] is not ("event" or "alone" or "party")).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _ownHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] == "own").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _stateHeads = _orgHeads.Except(_ownHeads).ToHashSet(StringComparer.Ordinal);
        _aloneHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] is "alone" or "party").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _partyHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] == "party").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _eventHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] == "event").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        // The heads of a body that a country's name written before it does not turn into the state: not a government's own.
        _bodyHeads = data.Rows("gazetteer/org-heads.tsv").Where(r => r[1] is "" or "alone" or "party").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _firstNames = data.Rows("gazetteer/first-names.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _nationalityThings = data.Rows("gazetteer/nationality-things.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _calendarWords = data.Rows("language/calendar.tsv").SelectMany(r => new[] { r[0] }.Concat(r[3].Split('|', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        _notNames = data.Rows("language/sentence-starters.tsv").Select(r => r[0]).Concat(_calendarWords).ToHashSet(StringComparer.Ordinal);
        // Only past forms and "says": present forms like "states" or "claims" are as often plural nouns ("Central Asian states").
        _reportingForms = data.Rows("lexicon/reporting-verbs.tsv")
            .SelectMany(r => r[1].Split('|')).Select(f => f.Split(' ')[0])
            .Where(f => f.EndsWith("ed", StringComparison.Ordinal) || words.Is(f, "name-before"))
            .ToHashSet(StringComparer.Ordinal);
        // After an acronym every form is a verb: "MSNBC reports" is no plural noun.
        _allReportingForms = data.Rows("lexicon/reporting-verbs.tsv").SelectMany(r => r[1].Split('|')).Select(f => f.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
        _sourceNouns = data.Rows("lexicon/source-nouns.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        _shortOf = data.Rows("gazetteer/organisations.tsv").Where(r => r[2].Length > 0).ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
        _shortNames = _shortOf.Values.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>This recognizer over other names (a case's own actors added to them), sharing its tables, which are never changed.</summary>
    public ActorRecognizer With(Gazetteer gazetteer)
    {
        var copy = (ActorRecognizer)MemberwiseClone();
        copy._gazetteer = gazetteer;
        return copy;
    }

    /// <summary>Headlines and transcript labels write names in capitals ("SECRETARY BLINKEN"); they are looked up as "Blinken".</summary>
    private static bool IsAllCaps(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !char.IsUpper(word[1])) return false;
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }

    private static bool AllCaps(string[] surface, int s, int e)
    {
        for (var k = s; k < e; k++) if (!IsAllCaps(surface[k])) return false;
        return true;
    }

    private static string[] TitleCased(string[] surface) =>
        surface.Select(w => IsAllCaps(w) ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w).ToArray();

    /// <summary>Per-document memory: a person first named in full ("Marat Bekov") is recognised later by surname alone, a company or
    /// club by its own word ("Norvale" after "Norvale Power") and an acronym the text defined ("PAS") by its full name.</summary>
    public sealed class Memory
    {
        internal Dictionary<string, string> Surnames { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, string> ShortNames { get; } = new(StringComparer.Ordinal);
        /// <summary>The head word of each organisation named in several words ("Post" of "Washington Post", "Committee" of
        /// "House Select Committee on Benghazi"): "the Post" later names it again.</summary>
        internal Dictionary<string, string> Heads { get; } = new(StringComparer.Ordinal);
        /// <summary>By unit index, the capitalised words no name took when the unit was read, kept for names the document
        /// introduces only later (a headline's "Clinton" before the text's "Hillary Clinton").</summary>
        internal Dictionary<int, List<int>> Pending { get; } = [];
    }

    public List<Mention> Recognize(TokenizedUnit u, Memory memory)
    {
        var mentions = new List<Mention>();
        // An author line ("By Chad Bray") names the writer, who is no actor of the story.
        if (u.Unit.Kind == UnitKind.Byline && u.Count > 0 && u.Lower[0] == "by") return mentions;
        // "Twitter." under an embedded post, "FACEBOOK." on a share button: one word closed by a period is a credit or a label (a
        // heading of one word, with no period, still names its subject).
        if (u.Count == 2 && u.Tokens[0].Kind == TokenKind.Word && u.Lower[1] == ".") return mentions;
        var used = new MentionKind?[u.Count];
        var surface = u.Surface;
        // Title-cased once per unit, not once per word in capitals: a long unit of capitals made this quadratic.
        string[]? titleCased = null;
        // In a headline written in title case ("Trump Just Responded To Rubio's Attack") capitals say nothing about names: only
        // names already known are taken there, never a new name from its capitals.
        var titleCase = u.IsTitleCase();

        for (var i = 0; i < u.Count; i++)
        {
            if (u.Tokens[i].Kind != TokenKind.Word) continue;
            var alias = _gazetteer.Longest(surface, i) ?? (IsAllCaps(surface[i]) ? _gazetteer.Longest(titleCased ??= TitleCased(surface), i) : null);
            if (alias is not null && !Fits(u, i, alias, memory, titleCase)) alias = null;
            if (alias is null)
            {
                if (!u.IsCapitalized(i) || (!titleCase && OpensLongerName(u, i))) continue;
                if (memory.Surnames.TryGetValue(surface[i], out var known))
                {
                    // "Eric Trump" after "Donald Trump": a known surname after another given name is someone else's; the run is read below.
                    if (!titleCase && AfterOtherName(u, i, known, memory)) continue;
                    Add(u, mentions, used, i, i + 1, known, MentionKind.Person);
                }
                else if (memory.ShortNames.TryGetValue(surface[i], out var organisation))
                    Add(u, mentions, used, i, i + 1, organisation, MentionKind.Organisation);
                // "the Post" after "The Washington Post", "the Committee" after "the House Select Committee on Benghazi".
                else if (i > 0 && u.Lower[i - 1] == "the" && memory.Heads.TryGetValue(surface[i], out var named) && named.Length > 0)
                    Add(u, mentions, used, i, i + 1, named, MentionKind.Organisation);
                continue;
            }
            var end = i + alias.Words.Length;
            // Ideologies are not actors: "pan-Turkish" names no state.
            if (i >= 2 && u.Lower[i - 1] == "-" && u.Lower[i - 2] == "pan") { i = end - 1; continue; }
            // "in Moscow" is a place; so is a dateline ("NIAMEY, July 27 -"), which opens a report with where it was filed.
            var dateline = Dateline(u, i, end);
            if (alias.IsCapital && ((i > 0 && _words.Is(u.Lower[i - 1], "place-preposition")) || dateline))
                Add(u, mentions, used, i, end, _gazetteer.Place(u.Name(i, end))?.Name ?? u.Name(i, end), MentionKind.Place);
            else
            {
                Add(u, mentions, used, i, end, alias.Canonical, alias.Kind);
                // "Fox News", then "Fox executives": a listed short name names the organisation alone from here on.
                if (alias.Kind == MentionKind.Organisation && _shortOf.TryGetValue(alias.Canonical, out var shortName))
                    memory.ShortNames.TryAdd(shortName, alias.Canonical);
            }
            i = end - 1;
        }

        if (!titleCase) NewNames(u, mentions, used, memory);
        DefinedAcronyms(u, mentions, used, memory);
        DropCredits(u, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        Keep(u, mentions, used, memory);
        Remember(mentions, memory);
        return mentions;
    }

    /// <summary>Names read from their capitals and context: a title before them, a given name, a reporting verb, an apposition, an
    /// organisation head, business words around them.</summary>
    private void NewNames(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory)
    {
        var surface = u.Surface;
        foreach (var m in _titles.Matches(u))
        {
            var e = NameEnd(u, m.End, used);
            // "presidential candidate Texas Senator Ted Cruz": words that another title closes say where that title is held.
            if (e < u.Count && u.IsCapitalized(e) && TitleAt(u, e)) continue;
            if (e - m.End is >= 1 and <= 6 && !NamesBodyOrEvent(u, m.End, e)) NewPerson(u, mentions, used, memory, m.End, e);
        }

        var orgCues = _orgContexts.Matches(u);
        var parts = new List<(int, int)>();
        foreach (var run in CapitalisedRuns(u))
        foreach (var (runStart, runEnd) in Persons(u, run.Item1, run.Item2, parts, out var conjoined))
        {
            var e = runEnd;
            // "AFT President Randi Weingarten", "RNC Chairman ...": an acronym before a title is where the title is held.
            if (used[runStart] is null && runStart + 1 < e && IsAcronym(surface[runStart]) && TitleAt(u, runStart + 1) && !IsAllCaps(surface[runStart + 1]))
                AddOrganisation(u, mentions, used, memory, runStart, runStart + 1, byContext: true);
            // "House Speaker Ilse Varga", "Senate Majority Leader ...": a body's word before a title is where the title is held.
            else if (used[runStart] is null && runStart + 1 < e && BodyWord(surface[runStart]) && TitleAt(u, runStart + 1) && !LesserChamber(u, runStart)
                     && !NextToCountry(u, used, runStart, runStart + 1))
                AddOrganisation(u, mentions, used, memory, runStart, runStart + 1);
            // "the Republican National Convention", "a security summit": an event, no actor.
            if (HasHead(u, runStart, e, _eventHeads)) continue;
            if (e - runStart == 1 && used[runStart] is null && SharedSurname(u, runStart) is { } surname)
            {
                Add(u, mentions, used, runStart, e, surface[runStart] + " " + surname, MentionKind.Person);
                continue;
            }
            // A dateline in capitals ("FORT PIERCE, Fla. -") says where the report was filed.
            if (Dateline(u, runStart, e)) continue;
            // "Young Americans for Freedom (YAF)": a name the text abbreviates by its initials is one organisation's own name; a
            // nationality or a country inside it is no state.
            if (e - runStart >= 2 && InitialsFollow(u, runStart, e))
            {
                Release(mentions, used, u, runStart, e, MentionKind.Country);
                if (!Taken(used, runStart, e)) AddOrganisation(u, mentions, used, memory, runStart, e);
                continue;
            }
            // "Georgia Southern University": a country's name opening a name that ends in a head of its own is part of that name.
            if (e - runStart >= 2 && used[runStart] == MentionKind.Country && CountryNameAt(u, runStart) && _ownHeads.Contains(surface[e - 1]))
                Release(mentions, used, u, runStart, e, MentionKind.Country);
            // "Ohio Gov. John Kasich": a title closing a run belongs to the name after it, not to the words before it.
            while (e > runStart + 1 && TitleAt(u, e - 1) && NameAfter(u, e)) e--;
            // "Navy SEAL Chris Kyle", "U.S. Navy SEALs": a member's word written in capitals after a service's name is no part of
            // it, and the service is named though its name is one word.
            var member = MemberAfterBody(u, runStart, e);
            if (member) e--;
            var s = runStart;
            // "Radio Moldova": a name of its own holds the country; a nationality before it ("pro-Russian Patriotic Bloc") stays.
            while (s < e && used[s] == MentionKind.Country) s++;
            // "the U.S. Senate", "U.S. Department of Education": a country's name (not its nationality word) written into a state
            // body's name is part of the body's own name, and the body is the actor ("Russian Defence Ministry" still counts for Russia).
            if (s > runStart && s < e && u.IsCapitalized(s) && HasHead(u, s, e, _bodyHeads) && CountryNameAt(u, runStart))
            {
                Release(mentions, used, u, runStart, s, MentionKind.Country);
                AddOrganisation(u, mentions, used, memory, runStart, e);
                continue;
            }
            if (HasOwnHead(u, s, e) && !HasHead(u, s, e, _stateHeads) && e - s >= 2) Release(mentions, used, u, s, e, MentionKind.Country);
            if (Taken(used, s, e)) continue;
            var start = s;
            while (start < e && _notNames.Contains(surface[start]) && !PartOfName(u, start)) start++;
            // "Defender Tomas Vidal": a title opening a person's name is not part of it; "Defence Ministry" keeps its words.
            if (!HasOrgHead(u, start, e))
                while (start + 1 < e && _titleWords.Contains(u.Lower[start])) start++;
            // "Actress Rosario Dawson": a calling that opens a sentence is written with a capital and is no part of the name after it.
            if (e - start >= 3 && _words.Is(u.Lower[start], "person-noun") && !HasOrgHead(u, start, e)) start++;
            // "the Supreme Court Tuesday": a day or a month ends no name.
            while (e > start + 1 && _calendarWords.Contains(surface[e - 1])) e--;
            if (start >= e) continue;
            // "Sen. Ted Cruz, R-Texas,": a party's letter joined to a state is a party tag, no name.
            if (surface[start].Length == 1 && start + 2 < e && u.Lower[start + 1] == "-" && Joins(u, start + 1)) continue;
            // "in Green Bay, Wisconsin.", "in Almaty, Kazakhstan": a name between a place's preposition and a comma before a place,
            // a country or one capitalised word that ends the clause, is a place too.
            if (start > 0 && _words.Is(u.Lower[start - 1], "place-preposition") && !HasOrgHead(u, start, e) && InPlaceOf(u, used, e)) continue;
            // "Congress", "the Senate": a legislature's head names it alone, unless a state named beside it says whose it is.
            // "House members", "the former Treasury secretary", "Senate votes": before a word for its members or what they do, the
            // word still names the body.
            if (e - start == 1 && _aloneHeads.Contains(surface[start]) && !NextToCountry(u, used, start, e)
                && (StandsAsNoun(u, start) || (e < u.Count && (_words.Is(u.Lower[e], "body-role") || (TitleAt(u, e) && !LesserChamber(u, start))) && !_partyHeads.Contains(surface[start]))))
            {
                AddOrganisation(u, mentions, used, memory, start, e);
                continue;
            }
            // "Senate Majority Leader", "Senate Republican leaders", "House Speaker", "House Republicans": a body's word before
            // words of its offices or of its members' parties names the body, as it does before a lower-case word for them.
            if (BodyOfRole(u, start, e) && !NextToCountry(u, used, start, start + 1))
            {
                AddOrganisation(u, mentions, used, memory, start, start + 1);
                continue;
            }
            // "Infowars.com": a name before a web address's ending is a website.
            if (WebAddress(u, e))
            {
                AddOrganisation(u, mentions, used, memory, start, e, byContext: true);
                continue;
            }
            // "Donald Hartley of Madison, Alabama": a person's name that opens with a given name ends before "of".
            if (_firstNames.Contains(surface[start]) && !HasOrgHead(u, start, e))
                for (var k = start + 2; k < e; k++)
                    if (u.Lower[k] == "of") { e = k; break; }
            if (HasOrgHead(u, start, e) && (e - start >= 2 || member))
            {
                if (HasOwnHead(u, start, e) || !NextToCountry(u, used, start, e))
                    AddOrganisation(u, mentions, used, memory, start, e);
                continue;
            }
            // "Other Republicans echoed", "Democrats": party and title words, or their plurals, name a group, not a person.
            if (OnlyTitles(u, start, e, plurals: true)) continue;
            var words = e - start;
            var nameOnly = NameOnly(u, start, e);
            // "Earhardt then asked": an adverb may stand between a name and its reporting verb.
            var verb = e + 1 < u.Count && _words.IsAdverb(u.Lower[e]) ? e + 1 : e;
            var beforeVerb = verb < u.Count && _reportingForms.Contains(u.Lower[verb]);
            var afterVerb = start >= 1 && _words.Is(u.Lower[start - 1], "name-after");
            // "MSNBC reported", "told CBS": an acronym that speaks or is spoken to is an organisation; a person's name is not written so.
            // "the FEC chairman": an acronym right before a title is where the title is held; a party's word names no body there
            // ("a former state GOP chair").
            if (words == 1 && IsAcronym(surface[start]) && (afterVerb || (verb < u.Count && _allReportingForms.Contains(u.Lower[verb]) && !IsAllCaps(surface[verb]))
                                                              || (e < u.Count && !u.IsCapitalized(e) && TitleAt(u, e) && !_aloneHeads.Contains(surface[start]))))
            {
                AddOrganisation(u, mentions, used, memory, start, e, byContext: true);
                continue;
            }
            // One capitalised word opening a sentence before "said" is as often a plural noun ("Traders said") as a surname.
            var sentenceStart = start == 0 || (u.IsPunct(start - 1) && !Tokenizer.IsQuote(u.Text[u.Tokens[start - 1].Start]));
            var single = words == 1 && beforeVerb && !_sourceNouns.Contains(u.Lower[start]) && !(sentenceStart && u.Lower[start].EndsWith('s'));
            // "Matt Braynard and Witold Chrabaszcz": a name joined by "and" to one that opens with a given name is a person too.
            var givenName = words >= 2 && (_firstNames.Contains(surface[start]) || conjoined);
            // Business words beside a name outweigh a title a few words back ("a spokeswoman for its parent company, Torvane Brands,").
            var byContext = !givenName && InOrganisationContext(u, orgCues, start, e) && !KnownPerson(u, start, e, memory);
            // "the Daily Caller reports", "the Harbour Gazette said": a speaker the text names with an article is no person (a name of
            // two or three words: one word may be a head two organisations share, "the Post said"). Only a
            // past form, or one in -s closing a sentence after a comma (", the Daily Caller reports"): "the Massachusetts Democratic
            // state's" and "into the Central Asian states" hold no verb; "the Utah Republican asks" is a person.
            // A capitalised "The" inside a sentence belongs to a title in capitals ("Person Of The Year").
            if (nameOnly && !givenName && words is 2 or 3 && start > 0 && u.Lower[start - 1] == "the" && (!u.IsCapitalized(start - 1) || IsSentenceStart(u, start - 1))
                && verb < u.Count && (beforeVerb || (start >= 2 && u.Lower[start - 2] == "," && u.Lower[verb].EndsWith('s') && _allReportingForms.Contains(u.Lower[verb])))
                && !AllPlace(used, start, e) && !KnownPerson(u, start, e, memory) && !OnlyTitles(u, e - 1, e, plurals: true))
            {
                AddOrganisation(u, mentions, used, memory, start, e, byContext: true);
                continue;
            }
            if (nameOnly && !byContext && (givenName || (words is >= 2 and <= 3 && (beforeVerb || afterVerb || Appositive(u, start, e) || AfterPersonNoun(u, start))) || single
                             || (words is >= 2 and <= 4 && Aged(u, e)) || (words is 2 or 3 && AfterOwner(u, used, start))))
                NewPerson(u, mentions, used, memory, start, e);
            // "worked for Goldman Sachs": a name of several words after such a preposition, with no given name, is an organisation.
            else if (nameOnly && words >= 2 && start > 0 && _words.Is(u.Lower[start - 1], "org-before") && !AllPlace(used, start, e))
                AddOrganisation(u, mentions, used, memory, start, e);
            // "shares in Fjordline", "the merger of Skyway and Nordair", "Velmora chief executive": business words name companies.
            else if (byContext)
                foreach (var (cs, ce) in Conjuncts(u, start, e))
                    // "the Greek company": a nationality word describes the company and names none.
                    if (!AllPlace(used, cs, ce) && !_firstNames.Contains(surface[cs]) && !OnlyTitles(u, cs, ce)
                        && !(ce - cs == 1 && _gazetteer.Longest(surface, cs) is { Kind: MentionKind.Country }))
                        AddOrganisation(u, mentions, used, memory, cs, ce, byContext: true);
        }
    }

    /// <summary>"Marcel Lehel Lazar, 44,": a name followed by an age set off by commas is a person's.</summary>
    private static bool Aged(TokenizedUnit u, int e) =>
        e + 2 < u.Count && u.Lower[e] == "," && u.Tokens[e + 1].Kind == TokenKind.Number && u.Tokens[e + 1].Length <= 3 && u.Lower[e + 2] is "," or ".";

    /// <summary>"in Senate.", "toward the GOP.", "Congress voted", "the GOP's": a word used as a noun, not as the adjective of
    /// "Senate candidates" or "the GOP nomination": what follows it is punctuation, a possessive, a verb of "be", an auxiliary, an
    /// adverb, a past form, a preposition or a conjunction, or nothing.</summary>
    private bool StandsAsNoun(TokenizedUnit u, int k)
    {
        if (k + 1 >= u.Count) return true;
        var next = u.Lower[k + 1];
        return u.IsPunct(k + 1) || next == "'s" || _words.Is(next, "be") || _words.Is(next, "auxiliary") || _words.IsAdverb(next)
               || _words.Is(next, "ordinal-modifier") || _words.Is(next, "preposition") || _words.Is(next, "conjunction")
               || _words.Is(next, "clause") || next == "to"
               || next.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Whether a word of the name is a person's the document has named ("On his campaign website, Lopez-Cantera
    /// promises" after "Carlos Lopez-Cantera"): business words beside it do not make that person a company.</summary>
    private static bool KnownPerson(TokenizedUnit u, int s, int e, Memory memory)
    {
        for (var k = s; k < e; k++) if (memory.Surnames.ContainsKey(u.Surface[k])) return true;
        // A hyphenated surname ("Lopez-Cantera") is remembered whole; a name is cut only here, where business words stand beside it.
        return memory.Surnames.ContainsKey(u.Name(s, e));
    }

    /// <summary>"Fox News's Megyn Kelly": a name after an organisation's or a country's possessive is one of its people.</summary>
    private static bool AfterOwner(TokenizedUnit u, MentionKind?[] used, int s) =>
        s >= 2 && u.Lower[s - 1] == "'s" && used[s - 2] is MentionKind.Organisation or MentionKind.Country;

    /// <summary>An acronym of two to five capitals ("MSNBC", "RNC"), not a word of a headline in capitals.</summary>
    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 5 && AllUpper(word);

    /// <summary>"a new ad from Our Principles PAC": a determiner other than an article written with a capital inside a sentence
    /// opens a name; at a sentence's start the capital says nothing.</summary>
    private bool PartOfName(TokenizedUnit u, int k) =>
        k > 0 && !u.IsPunct(k - 1) && _words.Is(u.Lower[k], "determiner") && u.Lower[k] is not ("the" or "a" or "an");

    /// <summary>"WASHINGTON (AP) -", "BERLIN -", "Washington (AFP) -", "NIAMEY, July 27": a place opening a report, in capitals
    /// before a comma or a dash, or before a wire's name in brackets, says where the report was filed.</summary>
    private static bool Dateline(TokenizedUnit u, int s, int e)
    {
        if (s != 0 || e >= u.Count) return false;
        var next = u.Lower[e];
        if (next == "(") return e + 2 < u.Count && IsAcronym(u.Surface[e + 1]) && u.Lower[e + 2] == ")" && (e + 3 >= u.Count || u.IsPunct(e + 3));
        return AllCaps(u.Surface, s, e) && (next == "," || IsDash(next));
    }

    /// <summary>A hyphen or a dash of any width, as datelines set off their place ("WASHINGTON ―" with a horizontal bar).</summary>
    private static bool IsDash(string token) => token is "-" or "–" or "—" or "―";

    /// <summary>"Young Americans for Freedom (YAF)": the bracketed acronym after the name holds the first letters of its
    /// capitalised words, in order, and nothing else.</summary>
    private static bool InitialsFollow(TokenizedUnit u, int s, int e)
    {
        if (e + 2 >= u.Count || u.Lower[e] != "(" || u.Lower[e + 2] != ")") return false;
        var acronym = u.Surface[e + 1];
        if (!IsAcronym(acronym)) return false;
        var n = 0;
        for (var k = s; k < e; k++)
        {
            if (!u.IsCapitalized(k)) continue;
            if (n >= acronym.Length || u.Surface[k][0] != acronym[n]) return false;
            n++;
        }
        return n == acronym.Length;
    }

    /// <summary>Whether a word of the run is already part of a mention other than a place's.</summary>
    private static bool Taken(MentionKind?[] used, int s, int e)
    {
        for (var k = s; k < e; k++) if (used[k] is not null && used[k] != MentionKind.Place) return true;
        return false;
    }

    /// <summary>A word that names one body by itself ("Senate", "House"), not a party's word.</summary>
    private bool BodyWord(string word) => _aloneHeads.Contains(word) && !_partyHeads.Contains(word);

    /// <summary>"state House Speaker": a body's word after a `lesser-chamber` word is a lesser government's chamber, which the text does not name.</summary>
    private bool LesserChamber(TokenizedUnit u, int k) => k > 0 && _words.Is(u.Lower[k - 1], "lesser-chamber");

    /// <summary>Whether [s, e) is a body's own word ("Senate", "House"; not a party's) followed only by titles, party words or
    /// their plurals and words for a body's members or offices.</summary>
    private bool BodyOfRole(TokenizedUnit u, int s, int e)
    {
        if (e - s < 2 || !BodyWord(u.Surface[s]) || LesserChamber(u, s)) return false;
        for (var k = s + 1; k < e; k++)
            if (!(u.IsCapitalized(k) && (OnlyTitles(u, k, k + 1, plurals: true) || _words.Is(u.Lower[k], "body-role")))) return false;
        return true;
    }

    /// <summary>"Infowars.com": a period and a web address's ending written right after the name.</summary>
    private bool WebAddress(TokenizedUnit u, int e) =>
        Joins(u, e) && u.Lower[e] == "." && _words.Is(u.Lower[e + 1], "web-domain");

    /// <summary>Whether a country's own name, not its nationality word, is written at <paramref name="k"/> ("U.S.", "Kazakhstan").</summary>
    private bool CountryNameAt(TokenizedUnit u, int k) =>
        _gazetteer.Longest(u.Surface, k) is { Kind: MentionKind.Country, IsNationality: false };

    /// <summary>"Republican polls": words that are all titles or party words name nothing by themselves; with
    /// <paramref name="plurals"/>, nor do their plurals ("Republicans", "Democrats").</summary>
    private bool OnlyTitles(TokenizedUnit u, int s, int e, bool plurals = false)
    {
        for (var k = s; k < e; k++)
        {
            var w = u.Lower[k];
            if (_titleWords.Contains(w)) continue;
            if (!(plurals && w.Length > 2 && w[^1] == 's' && _titleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.AsSpan(0, w.Length - 1)))) return false;
        }
        return true;
    }

    /// <summary>"Republican National Committee", "Republican National Convention": the capitalised words after a title run into an
    /// organisation's head or hold an event's, so the title opens that name and no person's.</summary>
    private bool NamesBodyOrEvent(TokenizedUnit u, int from, int e)
    {
        for (var k = from; k < e; k++) if (_eventHeads.Contains(u.Surface[k])) return true;
        return e < u.Count && (_orgHeads.Contains(u.Surface[e]) || _eventHeads.Contains(u.Surface[e])) && u.IsCapitalized(e);
    }

    /// <summary>Whether the token at <paramref name="k"/> touches the words on both sides: a hyphen inside a name ("Lopez-Cantera"),
    /// not one set off by a space, a dash ("TOO EARLY - Mark Blumenthal") or a party tag ("R -S.C."); the period of a web address.</summary>
    private static bool Joins(TokenizedUnit u, int k) =>
        k > 0 && k + 1 < u.Count && u.Tokens[k].Start == u.Tokens[k - 1].End && u.Tokens[k + 1].Start == u.Tokens[k].End;

    /// <summary>Whether the word at <paramref name="k"/> is a title, written whole ("Senator") or cut short before its period ("Gov.").</summary>
    private bool TitleAt(TokenizedUnit u, int k) =>
        u.Tokens[k].Kind == TokenKind.Word
        && (_titleWords.Contains(u.Lower[k]) || (k + 1 < u.Count && u.Lower[k + 1] == "." && _titleWords.Contains(u.Lower[k] + ".")));

    /// <summary>Whether a capitalised word follows <paramref name="k"/>, past a period that closes an abbreviation ("Gov. John").</summary>
    private static bool NameAfter(TokenizedUnit u, int k)
    {
        if (k < u.Count && u.Lower[k] == ".") k++;
        return k < u.Count && u.IsCapitalized(k);
    }

    /// <summary>Keeps, for the end of the document, the capitalised words of a headline that no name took and its one-word
    /// organisations a later full name may turn into a person ("Bloomberg" before "Michael Bloomberg"); a word already known now
    /// is not kept. Only a headline (the first paragraph, or a heading) names someone before the text introduces them: in the
    /// body, a "Harris" before "Rebecca Harris" may be someone else.</summary>
    private void Keep(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory)
    {
        if (u.Unit.Block != 0 && u.Unit.Kind != UnitKind.Heading) return;
        List<int>? kept = null;
        for (var k = 0; k < u.Count; k++)
        {
            if (!u.IsCapitalized(k) || _notNames.Contains(u.Surface[k]) || memory.Surnames.ContainsKey(u.Surface[k])) continue;
            // "Former AG Mukasey at RNC:" above "Michael Mukasey": a surname a title introduced is kept too, as the name it stands for.
            if (used[k] is not null && !(used[k] is MentionKind.Organisation or MentionKind.Person && MentionOf(mentions, u.Tokens[k].Start, u.Tokens[k].End, u.Surface[k], used[k] == MentionKind.Person)))
                continue;
            if (kept is null) memory.Pending[u.Unit.Index] = kept = [];
            kept.Add(k);
        }
    }

    /// <summary>A unit's mentions with the people it names by a surname or given name that the document introduces in full only
    /// later ("Clinton wins" above "Hillary Clinton wins ..."; "Bloomberg" above "Michael Bloomberg"), once the whole document is
    /// read. A word beside another capitalised word that is not the same person's is left alone, as in <see cref="Recognize"/>,
    /// except in title case.</summary>
    public IReadOnlyList<Mention> NamedLater(TokenizedUnit u, IReadOnlyList<Mention> mentions, Memory memory)
    {
        if (!memory.Pending.TryGetValue(u.Unit.Index, out var kept)) return mentions;
        var titleCase = u.IsTitleCase();
        List<Mention>? found = null;
        for (var n = 0; n < kept.Count; n++)
        {
            var k = kept[n];
            if (!memory.Surnames.TryGetValue(u.Surface[k], out var person))
            {
                // "RNC rules clash erupts" above "the Republican National Committee", "Nabisco" above "Snack giant Nabisco".
                // Only a whole name or an acronym: a short name's word may be an adjective above ("two Nordic airlines").
                if (memory.ShortNames.TryGetValue(u.Surface[k], out var organisation) && (organisation == u.Surface[k] || IsAcronym(u.Surface[k]) || _shortNames.Contains(u.Surface[k]))
                    && (titleCase || !(k + 1 < u.Count && u.IsCapitalized(k + 1)))
                    && (titleCase || k == 0 || !u.IsCapitalized(k - 1) || IsSentenceStart(u, k - 1)))
                {
                    found ??= [.. mentions];
                    var (from, to) = (u.Tokens[k].Start, u.Tokens[k].End);
                    found.RemoveAll(m => m.Start >= from && m.End <= to);
                    found.Add(new Mention(from, to, u.Slice(k, k + 1), organisation, MentionKind.Organisation));
                }
                continue;
            }
            var e = k + 1;
            while (e < u.Count && memory.Surnames.TryGetValue(u.Surface[e], out var same) && same == person) e++;
            // "Metro-Goldwyn-Mayer" is no Mayer, whatever the case.
            if ((k > 0 && u.Lower[k - 1] == "-") || (e < u.Count && u.Lower[e] == "-")) continue;
            if (!titleCase && ((k > 0 && u.IsCapitalized(k - 1) && !IsSentenceStart(u, k - 1) && !TitleAt(u, k - 1)) || (e < u.Count && u.IsCapitalized(e))))
                continue;
            while (n + 1 < kept.Count && kept[n + 1] < e) n++;
            found ??= [.. mentions];
            var (start, end) = (u.Tokens[k].Start, u.Tokens[e - 1].End);
            found.RemoveAll(m => m.Start >= start && m.End <= end);
            found.Add(new Mention(start, end, u.Slice(k, e), person, MentionKind.Person));
        }
        if (found is null) return mentions;
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"Bernie Sanders and Ted Cruz": a run joined by "and" that holds no organisation head and opens with a given
    /// name on each side is two names, each read on its own; "Party of Action and Solidarity" keeps its words.</summary>
    /// <remarks>The parts go into <paramref name="into"/>, emptied first and returned: one list serves every run of a unit,
    /// where a list or array per run was allocated before.</remarks>
    /// <param name="conjoined">Whether the run was cut into names joined by "and", each of them a person's.</param>
    private List<(int, int)> Persons(TokenizedUnit u, int s, int e, List<(int, int)> into, out bool conjoined)
    {
        into.Clear();
        conjoined = false;
        // Most runs hold no "and": they are returned as they are, before any list of parts is built.
        if (u.HasWord(s, e, "and") && !HasOrgHead(u, s, e))
        {
            var parts = Conjuncts(u, s, e);
            if (parts.Count >= 2 && EachNamed(parts) && (EachOpensWithGivenName(u, parts) || (_firstNames.Contains(u.Surface[parts[0].Item1]) && EachFull(parts))))
            {
                into.AddRange(parts);
                conjoined = true;
                return into;
            }
        }
        // "Navy SEAL Chris Kyle", "House Oversight Committee Chairman Jason Chaffetz": a run that ends in a given name and a
        // surname holds a person after the words that say what the person is; a title between them belongs to neither.
        // "NFU Chairman Tomas Hale" stays whole: an acronym before a title is read with the run (where the title is held).
        if (PersonInside(u, s, e) is var k and > 0 && !(k - s == 2 && TitleAt(u, k - 1) && IsAcronym(u.Surface[s])))
        {
            // The words before are read on their own only when an organisation's head says what they are: "Atlantic City" before
            // "Mayor Don Guardian" is a place, and its capitals would make a person.
            var left = TitleAt(u, k - 1) ? k - 1 : k;
            if (left > s && HasOrgHead(u, s, left)) into.Add((s, left));
            // "Senate Majority Leader Mitch McConnell": a body's word before the title is read with the title (see BodyOfRole).
            else if (left > s && BodyWord(u.Surface[s])) into.Add((s, k));
            into.Add((k, e));
            return into;
        }
        into.Add((s, e));
        return into;
    }

    /// <summary>Where a given name opens the last two or three words of a run after a title, an organisation's head or an acronym,
    /// or -1; not before an organisation's head ("Sandy Hook School").</summary>
    private int PersonInside(TokenizedUnit u, int s, int e)
    {
        for (var k = Math.Max(s + 1, e - 3); k <= e - 2; k++)
        {
            if (!_firstNames.Contains(u.Surface[k]) || !u.IsCapitalized(k - 1) || u.Surface[k - 1].Length < 2) continue;
            // What stands before says what the person is: a title, an organisation's head, an acronym ("SEAL"); a capitalised word
            // of no such kind may be the person's own first name the list lacks ("Norbert Leo Butz").
            if (!(TitleAt(u, k - 1) || _orgHeads.Contains(u.Surface[k - 1]) || IsAcronym(u.Surface[k - 1]))) continue;
            if (HasOrgHead(u, k, e) || !NameOnly(u, k, e)) continue;
            for (var j = k; j < e; j++) if (!u.IsCapitalized(j)) return -1;
            return k;
        }
        return -1;
    }

    /// <summary>Whether every part has two or three words, as a person's given name and surname do.</summary>
    private static bool EachFull(List<(int, int)> parts)
    {
        foreach (var (s, e) in parts)
            if (e - s is < 2 or > 3) return false;
        return true;
    }

    private bool EachOpensWithGivenName(TokenizedUnit u, List<(int, int)> parts)
    {
        foreach (var (s, _) in parts)
            if (!_firstNames.Contains(u.Surface[s])) return false;
        return true;
    }

    /// <summary>Whether every part is a full name ("Bernie Sanders and Ted Cruz"), or every part but the last a given name
    /// alone that shares the last one's surname ("Ethan and Joel Coen").</summary>
    private static bool EachNamed(List<(int, int)> parts)
    {
        var full = true;
        foreach (var (s, e) in parts)
            if (e - s < 2) { full = false; break; }
        if (full) return true;
        if (parts[^1].Item2 - parts[^1].Item1 < 2) return false;
        for (var i = 0; i < parts.Count - 1; i++)
            if (parts[i].Item2 - parts[i].Item1 != 1) return false;
        return true;
    }

    /// <summary>A person's name is capitalised words only, after its first word joined by hyphens, initials' periods and
    /// particles; "Head of State" (with a connector) is a title, not a name.</summary>
    private bool NameOnly(TokenizedUnit u, int start, int e)
    {
        for (var k = start; k < e; k++)
            if (!(u.IsCapitalized(k) || (k > start && (u.Lower[k] is "-" or "." || _words.Is(u.Lower[k], "name-particle"))))) return false;
        return true;
    }

    /// <summary>The surname a given name alone shares with the name after "and" ("Ethan" in "Ethan and Joel Coen"), or null.</summary>
    private string? SharedSurname(TokenizedUnit u, int k)
    {
        if (k + 3 >= u.Count || !_firstNames.Contains(u.Surface[k]) || u.Lower[k + 1] != "and") return null;
        var e = k + 2;
        while (e < u.Count && (u.IsCapitalized(e) || u.Lower[e] == "and")) e++;
        return e - k >= 4 && u.IsCapitalized(e - 1) && u.Lower[e - 2] != "and" ? u.Surface[e - 1] : null;
    }

    /// <summary>A wire story's credits name its staff, who are no actors of the story: the agency in brackets after a dateline
    /// ("NEW YORK (AP) —") and the names after a credit ("Reporting by ...; Editing by ...").</summary>
    private void DropCredits(TokenizedUnit u, List<Mention> mentions)
    {
        // A loop rather than RemoveAll with a lambda: the lambda's closure over the unit was allocated on every call.
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (IsCredit(u, mentions[i])) mentions.RemoveAt(i);
    }

    private bool IsCredit(TokenizedUnit u, Mention m)
    {
        var s = u.FirstTokenAt(m.Start);
        var e = u.FirstTokenAt(m.End) is var after and >= 0 ? after : u.Count;
        if (s < 0) return false;
        var dateline = s >= 1 && s <= 8 && u.Lower[s - 1] == "(" && e + 1 < u.Count && u.Lower[e] == ")" && IsDash(u.Lower[e + 1]);
        var credited = false;
        for (var k = s - 1; k >= 1 && k >= s - 12 && !credited; k--)
        {
            if (u.Lower[k] is ";" or "(" || (u.IsPunct(k) && u.Lower[k] is not ("," or "."))) { if (u.Lower[k] != ";") break; continue; }
            credited = u.Lower[k] == "by" && _words.Is(u.Lower[k - 1], "credit");
        }
        return dateline || credited;
    }

    /// <summary>Whether business words stand right before the name ("shares in", "the data outfit") or right after it ("chief
    /// executive"), or a kind of organisation heads the noun phrase set off after it ("Quorvex, a small data outfit,").</summary>
    private bool InOrganisationContext(TokenizedUnit u, List<PhraseMatch<string>> cues, int s, int e)
    {
        foreach (var c in cues)
            if ((c.Entry is ("before" or "kind") && c.End == s) || (c.Entry is ("after" or "kind") && c.First == e) || (c.Entry == "kind" && KindAfter(u, e, c))) return true;
        return false;
    }

    /// <summary>"Quorvex, the largest data outfit," : a comma and an article after the name, then only modifiers (no preposition,
    /// no possessive: "the head of the company" is a person's role) up to the kind, which ends the phrase.</summary>
    private bool KindAfter(TokenizedUnit u, int e, PhraseMatch<string> cue)
    {
        if (e + 2 >= u.Count || u.Lower[e] != "," || !_words.Is(u.Lower[e + 1], "determiner") || cue.First <= e + 1 || cue.First > e + 8) return false;
        if (cue.End < u.Count && !(u.IsPunct(cue.End) && u.Lower[cue.End] != "'s")) return false;
        for (var k = e + 2; k < cue.First; k++)
            if (u.IsPunct(k) || u.Lower[k] == "'s" || _words.Is(u.Lower[k], "preposition") || _words.Is(u.Lower[k], "head-end") || _words.Is(u.Lower[k], "determiner")) return false;
        return true;
    }

    /// <summary>The names a run joins with "and" ("Skyway and Nordair"), each of capitalised words only; none when a part is not a name.</summary>
    private List<(int, int)> Conjuncts(TokenizedUnit u, int s, int e)
    {
        var parts = new List<(int, int)>();
        var from = s;
        for (var k = s; k <= e; k++)
        {
            if (k < e && u.Lower[k] != "and") continue;
            if (k == from) return [];
            for (var j = from; j < k; j++)
                if (!u.IsCapitalized(j) && u.Lower[j] != "-") return [];
            parts.Add((from, k));
            from = k + 1;
        }
        return parts;
    }

    /// <summary>A name set off by commas beside a title or a noun for a person: "Ana Ruiz, the interior minister," or
    /// "Minister of Health, Ana Ruiz,", "his corporate patron, Rupert Murdoch".</summary>
    private bool Appositive(TokenizedUnit u, int s, int e)
    {
        if (e + 1 < u.Count && u.Lower[e] == ",")
        {
            for (var k = e + 1; k < u.Count && k <= e + 4; k++)
                if (_titleWords.Contains(u.Lower[k])) return true;
            // "Waverly Crenshaw, a Tennessee district court nominee": a phrase an article opens, headed by a noun for a person.
            if (_words.Is(u.Lower[e + 1], "determiner"))
                for (var k = e + 2; k < u.Count && k <= e + 6 && !u.IsPunct(k); k++)
                    if (_words.Is(u.Lower[k], "person-noun")) return true;
        }
        if (s >= 2 && u.Lower[s - 1] == ",")
            for (var k = s - 2; k >= 0 && k >= s - 5; k--)
                if (_titleWords.Contains(u.Lower[k]) || (k == s - 2 && _words.Is(u.Lower[k], "person-noun"))) return true;
        return false;
    }

    /// <summary>", Wisconsin." or ", Kazakhstan" after a name: a comma, then a place, a country, or one capitalised word that
    /// ends the clause (states and provinces are not all in the gazetteer).</summary>
    private static bool InPlaceOf(TokenizedUnit u, MentionKind?[] used, int e) =>
        e + 1 < u.Count && u.Lower[e] == "," && u.IsCapitalized(e + 1)
        && (used[e + 1] is MentionKind.Place or MentionKind.Country || e + 2 >= u.Count || (u.IsPunct(e + 2) && u.Lower[e + 2] != "'s"));

    /// <summary>"Bloodline star Norbert Leo Butz", "the mother of Trayvon Martin": a noun for a person by kin, calling or part in
    /// a story, right before the name or before "of" and the name.</summary>
    private bool AfterPersonNoun(TokenizedUnit u, int s) =>
        (s >= 1 && _words.Is(u.Lower[s - 1], "person-noun")) || (s >= 2 && u.Lower[s - 1] == "of" && _words.Is(u.Lower[s - 2], "person-noun"));

    /// <summary>"Navy SEAL", "Navy SEALs": the run's last word is a word for a body's members written in capitals, after a name
    /// that ends in an organisation's head.</summary>
    private bool MemberAfterBody(TokenizedUnit u, int s, int e) =>
        e - s >= 2 && _words.Is(u.Lower[e - 1], "body-role") && IsAllCaps(u.Surface[e - 1].TrimEnd('s')) && _orgHeads.Contains(u.Surface[e - 2]);

    /// <summary>A person named in full is remembered by each end of the name: "Wang" after "Wang Yi", "Karin" after "Erlan Karin",
    /// "Sydorenko" after "Ihor Sydorenko Jr.".</summary>
    private void Remember(List<Mention> mentions, Memory memory)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Organisation) RememberHead(m, memory);
            if (m.Kind != MentionKind.Person) continue;
            // The first and last word kept, counted on the way, with no LINQ chain and array per person.
            string? first = null, last = null;
            var parts = 0;
            foreach (var p in Tokenizer.Clean(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_words.Is(p.TrimEnd('.').ToLowerInvariant(), "name-suffix") || p.TrimEnd('.').Length <= 1) continue;
                first ??= p;
                last = p;
                parts++;
            }
            if (parts < 2) continue;
            memory.Surnames.TryAdd(first!.Replace('’', '\''), m.Canonical);
            memory.Surnames.TryAdd(last!.Replace('’', '\''), m.Canonical);
        }
    }

    /// <summary>"Washington Post" is "the Post" later: the last capitalised word of an organisation's name before its first
    /// lower-case word ("Committee" of "Select Committee on Benghazi"). A name of one word is not kept, and a head two
    /// organisations of the document share names neither.</summary>
    private static void RememberHead(Mention m, Memory memory)
    {
        // Read in place, with no list of words: every organisation of every document passes here.
        var rest = m.Text.AsSpan();
        ReadOnlySpan<char> head = default;
        var words = 0;
        while (!rest.IsEmpty && char.IsUpper(rest[0]))
        {
            var space = rest.IndexOf(' ');
            head = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            words++;
        }
        if (words < 2 || head.Length < 2 || head.Contains('’')) return;
        var heads = memory.Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!heads.TryGetValue(head, out var known)) memory.Heads.Add(head.ToString(), m.Canonical);
        else if (known != m.Canonical) heads[head] = "";
    }

    /// <summary>Whether a gazetteer name stands here for what the gazetteer says it is.</summary>
    private bool Fits(TokenizedUnit u, int i, Gazetteer.Alias alias, Memory memory, bool titleCase)
    {
        var end = i + alias.Words.Length;
        if (alias.IsPartOfName)
        {
            // "Ron Johnson" is someone else than the Johnson the gazetteer lists, and so is "Harris" after "Rebecca Harris"; in a
            // title-case headline every word is capitalised, so the words beside a name say nothing.
            if (!titleCase && i > 0 && u.IsCapitalized(i - 1) && !TitleBefore(u, i) && (!IsSentenceStart(u, i - 1) || GivenNameAt(u, i - 1))) return false;
            if (!titleCase && end < u.Count && u.IsCapitalized(end) && !_orgHeads.Contains(u.Surface[end])) return false;
            return !memory.Surnames.TryGetValue(alias.Words[0], out var introduced) || introduced == alias.Canonical;
        }
        if (alias.IsNationality) return StandsForState(u, end);
        // "Michael Bloomberg", and "Bloomberg" after him: a one-word organisation that follows a given name, or that the
        // document has used as a person's surname, is that person.
        if (alias.Kind == MentionKind.Organisation && alias.Words.Length == 1
            && ((i > 0 && _firstNames.Contains(u.Surface[i - 1])) || memory.Surnames.ContainsKey(alias.Words[0]))) return false;
        // "NASCAR chief Brian France", "Michael Jordan": a country's one-word name after a given name is that person's surname.
        // At a sentence's start the word before may be a verb ("Will France ...").
        if (alias.Kind == MentionKind.Country && alias.Words.Length == 1 && !alias.IsNationality && i > 0 && _firstNames.Contains(u.Surface[i - 1])
            && !IsSentenceStart(u, i - 1)) return false;
        // "Chad Bray", "Jordan Ellery": a country that is also a given name, before a name the gazetteer does not know.
        return !(alias.Kind == MentionKind.Country && alias.Words.Length == 1 && _firstNames.Contains(alias.Words[0]) && end < u.Count
                 && u.IsCapitalized(end) && !_gazetteer.IsKnownFirstWord(u.Surface[end]) && !_orgHeads.Contains(u.Surface[end]));
    }

    private bool TitleBefore(TokenizedUnit u, int i) =>
        (i > 0 && _titleWords.Contains(u.Lower[i - 1])) || (i > 1 && u.Lower[i - 1] == "." && _titleWords.Contains(u.Lower[i - 2] + "."));

    /// <summary>"Eric Trump, son of ...": a listed given name opens a name even as a sentence's first word, unless it is also a
    /// word that opens sentences ("Will Trump ...").</summary>
    private bool GivenNameAt(TokenizedUnit u, int k) =>
        _firstNames.Contains(u.Surface[k]) && !_notNames.Contains(u.Surface[k]) && !_words.Is(u.Lower[k], "auxiliary");

    /// <summary>Whether the known surname at <paramref name="i"/> follows a capitalised word that makes it part of another name:
    /// not a title, not a sentence's first word unless a given name, not the same person's first name.</summary>
    private bool AfterOtherName(TokenizedUnit u, int i, string known, Memory memory) =>
        i > 0 && u.IsCapitalized(i - 1) && !TitleBefore(u, i) && !_notNames.Contains(u.Surface[i - 1]) && !_words.Is(u.Lower[i - 1], "determiner") && (!IsSentenceStart(u, i - 1) || GivenNameAt(u, i - 1))
        && !(memory.Surnames.TryGetValue(u.Surface[i - 1], out var same) && same == known);

    private static bool IsSentenceStart(TokenizedUnit u, int i) =>
        i == 0 || (u.IsPunct(i - 1) && !Tokenizer.IsQuote(u.Text[u.Tokens[i - 1].Start]));

    /// <summary>A nationality word names its state ("Russian forces", "Kazakh media", "Saudi-led") unless it describes a thing of
    /// the country: "Japanese yen", "the Italian league", "Russian-speaking".</summary>
    private bool StandsForState(TokenizedUnit u, int end)
    {
        if (end < u.Count && u.Lower[end] == "-") end++;
        return end >= u.Count || !_nationalityThings.Contains(u.Lower[end]);
    }

    /// <summary>A capitalised word before another that is no organisation head opens a longer name: "Harris" in "Harris Ruiz";
    /// an acronym before a title does not ("RNC Chairman").</summary>
    private bool OpensLongerName(TokenizedUnit u, int i) =>
        i + 1 < u.Count && u.IsCapitalized(i + 1) && !_orgHeads.Contains(u.Surface[i + 1])
        && !(IsAcronym(u.Surface[i]) && _titleWords.Contains(u.Lower[i + 1]));

    /// <param name="byContext">Found by the words around it ("Snack giant Nabisco", "a Rasmussen Reports poll"), not by a head:
    /// such a name has no head and goes by its first word, as a company does.</param>
    private void AddOrganisation(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory, int s, int e, bool byContext = false)
    {
        var name = u.Name(s, e);
        // "G.O.P." is the "GOP" of other papers: an acronym written with periods is the same name.
        if (e - s == 1 && name.Contains('.') && NoLowerCaseLetter(name)) name = name.Replace(".", "");
        // "Pfizer Inc.": a legal suffix cut short keeps the period it is written with, which the tokenizer split off as punctuation.
        else if (e < u.Count && u.Lower[e] == "." && u.Tokens[e].Start == u.Tokens[e - 1].End && _words.Is(u.Lower[e - 1], "legal-suffix")) name += ".";
        var canonical = memory.ShortNames.TryGetValue(name, out var known) ? known : name;
        Release(mentions, used, u, s, e, MentionKind.Place);
        Add(u, mentions, used, s, e, canonical, MentionKind.Organisation);
        RememberInitials(u, s, e, canonical, memory);
        // A company or a club goes by its own word ("Norvale" for "Norvale Power", "Karpaty" for "FC Karpaty Lviv").
        if (!byContext && !HasOwnHead(u, s, e)) return;
        for (var k = s; k < e; k++)
            if (u.IsCapitalized(k) && !_orgHeads.Contains(u.Surface[k]) && !_notNames.Contains(u.Surface[k]) && u.Lower[k] != "the")
            {
                memory.ShortNames.TryAdd(u.Surface[k], canonical);
                break;
            }
    }

    /// <summary>"RNC" after "Republican National Committee": the initials of an organisation's capitalised words (three or more)
    /// name it again. Read in place, one string per organisation.</summary>
    private static void RememberInitials(TokenizedUnit u, int s, int e, string canonical, Memory memory)
    {
        Span<char> initials = stackalloc char[6];
        var n = 0;
        for (var k = s; k < e; k++)
        {
            if (!u.IsCapitalized(k) || u.Lower[k] == "the") continue;
            if (n == initials.Length) return;
            initials[n++] = u.Surface[k][0];
        }
        if (n >= 3) memory.ShortNames.TryAdd(new string(initials[..n]), canonical);
    }

    /// <summary>"Party of Action and Solidarity (PAS)": the acronym in brackets after a name stands for that name from here on.</summary>
    private static void DefinedAcronyms(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory)
    {
        for (var k = 2; k + 1 < u.Count; k++)
        {
            if (u.Lower[k - 1] != "(" || u.Lower[k + 1] != ")" || used[k] is not null || !AllUpper(u.Surface[k]) || u.Surface[k].Length < 2) continue;
            var named = LastActorEndingAt(mentions, u.Tokens[k - 2].End);
            if (named is null) continue;
            memory.ShortNames.TryAdd(u.Surface[k], named.Canonical);
            Add(u, mentions, used, k, k + 1, named.Canonical, named.Kind);
        }
    }

    /// <summary>Whether a mention covers exactly [start, end); a loop, as a lambda's closure over the unit was allocated on every
    /// call of <see cref="Keep"/>.</summary>
    /// <param name="asWritten">Only a mention whose canonical name is the word as written: a surname no full name has linked yet.</param>
    private static bool MentionOf(List<Mention> mentions, int start, int end, string word, bool asWritten)
    {
        foreach (var m in mentions)
            if (m.Start == start && m.End == end) return !asWritten || m.Canonical == word;
        return false;
    }

    private static bool NoLowerCaseLetter(string name)
    {
        foreach (var c in name) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool AllUpper(string word)
    {
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static Mention? LastActorEndingAt(List<Mention> mentions, int end)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].End == end && mentions[i].IsActor) return mentions[i];
        return null;
    }

    /// <summary>Gives the words of [s, e) back from mentions of one kind, for a name that holds them ("Radio Moldova", "FC Karpaty Lviv").</summary>
    private static void Release(List<Mention> mentions, MentionKind?[] used, TokenizedUnit u, int s, int e, MentionKind kind)
    {
        var any = false;
        for (var k = s; k < e; k++)
            if (used[k] == kind) { used[k] = null; any = true; }
        if (!any) return;
        // A loop, not RemoveAll with a lambda: the lambda's closure over the arguments was allocated on every call.
        int from = u.Tokens[s].Start, to = u.Tokens[e - 1].End;
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].Kind == kind && mentions[i].Start >= from && mentions[i].End <= to) mentions.RemoveAt(i);
    }

    private static bool AllPlace(MentionKind?[] used, int s, int e)
    {
        for (var k = s; k < e; k++) if (used[k] != MentionKind.Place) return false;
        return true;
    }

    private void NewPerson(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, Memory memory, int s, int e)
    {
        for (var k = s; k < e; k++) if (used[k] is not null) return;
        var name = u.Name(s, e);
        if (NoLowerCaseLetter(name))
            name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        var last = e - 1;
        while (last > s && (u.IsPunct(last) || _words.Is(u.Lower[last], "name-suffix"))) last--;
        var canonical = memory.Surnames.TryGetValue(u.Surface[last], out var known) ? known : name;
        // "Eric Trump" after "Donald Trump": another given name before the surname is another person of that name.
        if (last > s && known is not null && _firstNames.Contains(u.Surface[s]) && !(memory.Surnames.TryGetValue(u.Surface[s], out var first) && first == known))
            canonical = name;
        Add(u, mentions, used, s, e, canonical, MentionKind.Person);
    }

    private static void Add(TokenizedUnit u, List<Mention> mentions, MentionKind?[] used, int s, int e, string canonical, MentionKind kind)
    {
        for (var k = s; k < e; k++) used[k] = kind;
        mentions.Add(new Mention(u.Tokens[s].Start, u.Tokens[e - 1].End, u.Slice(s, e), canonical, kind));
    }

    /// <summary>Where a person's name that starts at <paramref name="from"/> ends: capitalised words, initials ("James B. Comey"),
    /// particles ("Sergio de la Fuente", "Abdullah bin Hamad al-Khalifa"), hyphenated parts and a suffix ("Jr.").</summary>
    private int NameEnd(TokenizedUnit u, int from, MentionKind?[] used)
    {
        var e = from;
        while (e < u.Count)
        {
            if (u.IsCapitalized(e) && used[e] is null && !_notNames.Contains(u.Surface[e]) && !_orgHeads.Contains(u.Surface[e]) && !_titleWords.Contains(u.Lower[e]))
            {
                e++;
                if (e < u.Count && u.Lower[e] == "." && (u.Surface[e - 1].Length == 1 || _words.Is(u.Lower[e - 1], "name-suffix"))) e++;
                continue;
            }
            if (e > from && e + 1 < u.Count && ((u.Lower[e] == "-" && Joins(u, e)) || _words.Is(u.Lower[e], "name-particle")) && JoinsName(u, e + 1)) { e++; continue; }
            break;
        }
        while (e > from && !u.IsCapitalized(e - 1) && u.Lower[e - 1] != ".") e--;
        return e;
    }

    /// <summary>A name goes on after a particle or hyphen at <paramref name="k"/>: a capitalised word, another particle, a hyphen.</summary>
    private bool JoinsName(TokenizedUnit u, int k) => u.IsCapitalized(k) || u.Lower[k] == "-" || _words.Is(u.Lower[k], "name-particle");

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
                // "Committee on Foreign Relations", but not "Committee on Thursday".
                if (e + 1 < u.Count && ((u.Lower[e] == "-" && Joins(u, e)) || _words.Is(u.Lower[e], "name-connector")) && u.IsCapitalized(e + 1) && !_notNames.Contains(u.Surface[e + 1])) { e += 2; continue; }
                if (e + 1 < u.Count && _words.Is(u.Lower[e], "name-particle") && JoinsName(u, e + 1)) { e++; continue; }
                // An initial or a suffix keeps its period inside the name: "James B. Comey", "Ihor Sydorenko Jr.".
                if (u.Lower[e] == "." && (u.Surface[e - 1].Length == 1 || _words.Is(u.Lower[e - 1], "name-suffix")) && (e + 1 >= u.Count || u.IsCapitalized(e + 1) || _words.Is(u.Lower[e - 1], "name-suffix"))) { e++; continue; }
                break;
            }
            while (e > s + 1 && !u.IsCapitalized(e - 1) && u.Lower[e - 1] != ".") e--;
            yield return (s, e);
            i = e;
        }
    }

    private bool HasOrgHead(TokenizedUnit u, int s, int e) => HasHead(u, s, e, _orgHeads);

    private bool HasOwnHead(TokenizedUnit u, int s, int e) => HasHead(u, s, e, _ownHeads);

    private static bool HasHead(TokenizedUnit u, int s, int e, HashSet<string> heads)
    {
        for (var k = s; k < e; k++) if (heads.Contains(u.Surface[k])) return true;
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
