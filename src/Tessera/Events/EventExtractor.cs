using Tessera.Claims;
using Tessera.Language;
using Tessera.Recognition;
using Tessera.Recognition.Time;

namespace Tessera.Events;

/// <summary>Finds events in claims: a CAMEO verb phrase from cameo/verbs.tsv, its subject as the source, its object as the
/// target, with the claim's time, place and stance.</summary>
/// <remarks>
/// A pattern coder in the manner of the CAMEO dictionaries: no parse tree, rules a reader can follow (see
/// <see cref="ClauseReader"/>). An event whose verb is negated did not happen and is not coded. A cooperative act that is only
/// announced, promised or expected takes the matching intent code (CAMEO's usage notes for 030). A nominal request ("at
/// Kazakhstan's request") is an appeal to the main actor for the main act; a deployment that names no target goes to whoever
/// asked for it (CAMEO's linked events); a denial that names no one answers the accusers (016's usage notes).
/// </remarks>
public sealed class EventExtractor
{
    private const int MaxTimeDistance = 8;
    private readonly CameoTable _table;
    private readonly ClauseReader _reader;
    private readonly HashSet<string> _titles;
    private readonly TimeNormalizer _time;
    // Split and indexed once, not for every sentence: requests are read in a pass of their own.
    private readonly PatternSet _acts, _requests;

    /// <param name="table">The CAMEO codes and verb patterns.</param>
    /// <param name="words">The function words the clause reader steps over.</param>
    /// <param name="time">The normaliser that dates a claim read on its own or a document given with its date.</param>
    /// <param name="data">The language data, for the titles of the gazetteer.</param>
    public EventExtractor(CameoTable table, FunctionWords words, TimeNormalizer time, LanguageData data)
    {
        _table = table;
        _time = time;
        _titles = data.Rows("gazetteer/titles.tsv").Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The words of titles ("head of state" gives head, state), without the function words that join them.
        var titleWords = _titles.SelectMany(t => t.ToLowerInvariant().Split(' ', '-'))
            .Where(w => w.Length > 1 && !table.Markers.Prepositions.Contains(w) && !table.Markers.Coordinators.Contains(w) && !words.Is(w, "determiner"))
            .ToHashSet(StringComparer.Ordinal);
        _reader = new ClauseReader(words, table.Markers, titleWords);
        _acts = new PatternSet(table.Patterns.Where(p => p.Frame != PatternFrame.Request));
        _requests = new PatternSet(table.Patterns.Where(p => p.Frame == PatternFrame.Request));
    }

    public CameoTable Table => _table;

    internal ClauseReader Reader => _reader;

    internal HashSet<string> Titles => _titles;

    /// <summary>A coded event before its time and place are read: the match that dates and places it, and the match of its words
    /// (the same, except for a nominal request, which is dated by the act it asked for).</summary>
    private sealed record Raw(string Source, string? Target, CameoCode Code, PatternMatch Match, PatternMatch Said, bool Future, bool Implied)
    {
        public string? Target { get; set; } = Target;
    }

    /// <summary>The events of one claim; <paramref name="context"/> adds its times and the people named before it.</summary>
    public IReadOnlyList<ActorEvent> Extract(Claim claim, EventContext? context = null, TokenizedUnit? local = null)
    {
        if (!claim.IsClaim) return [];
        context ??= new EventContext();
        var s = new ClauseSentence(claim, _titles, local);
        var acts = _reader.Matches(s, _acts);
        // Requests are read in a pass of their own: "agreed to the request of Tokayev" is an agreement and Tokayev's request.
        var requests = _reader.Matches(s, _requests, passive: false);
        var raw = new List<Raw>();
        foreach (var m in acts) raw.AddRange(Code(s, m, context));
        var main = raw.FirstOrDefault();
        foreach (var m in requests)
        {
            var code = main is null ? ((VerbPattern)m.Pattern).Code : _table.AppealFor(main.Code);
            foreach (var asker in _reader.Group(s, m.Source!.Value, forward: true, possessive: false))
                if (main is null || main.Source != asker)
                    raw.Add(new Raw(asker, main?.Source, code, main?.Match ?? m, m, false, Implied: main is not null));
        }
        Link(raw);
        return raw.Where(r => r.Target != r.Source).DistinctBy(r => (r.Source, r.Target, r.Code.Code))
            .Select(r => Make(s, r, context, acts)).ToList();
    }

    /// <summary>The events of one claim read on its own, its times counted from the document's date.</summary>
    public IReadOnlyList<ActorEvent> Extract(Claim claim, DateOnly? documentDate)
    {
        DocumentDate? date = documentDate is { } d ? new DocumentDate(DateRange.Day(d), DateSource.Given, "date given", 0, 0) : null;
        var times = NarrativeTime.Walk([new Passage(claim.Text, claim.Start, !claim.IsClaim)], date, _time);
        return Extract(claim, new EventContext(times[0]));
    }

    /// <summary>CAMEO's 016 "deny responsibility" takes as target the party that brought the charge: a denial that names no one
    /// answers the accusations (111, 112) made against the denier earlier in the same document.</summary>
    public static List<ActorEvent> LinkDenials(IReadOnlyList<ActorEvent> documentEvents)
    {
        var result = new List<ActorEvent>(documentEvents.Count);
        for (var i = 0; i < documentEvents.Count; i++)
        {
            var e = documentEvents[i];
            if (e.CameoCode != "016" || e.Target is not null) { result.Add(e); continue; }
            var accusers = documentEvents.Take(i).Where(a => a.Root == "11" && a.Target == e.Source && a.Source != e.Source).Select(a => a.Source).Distinct().ToList();
            if (accusers.Count == 0) { result.Add(e); continue; }
            result.AddRange(accusers.Select(a => e with { Target = a }));
        }
        return result;
    }

    /// <summary>The events of a document's claims in order, with their times carried from sentence to sentence.</summary>
    public IReadOnlyList<ActorEvent> ExtractDocument(IReadOnlyList<Claim> claims, DocumentDate? date) =>
        ExtractDocument(claims, NarrativeTime.Walk(claims.Select(c => new Passage(c.Text, c.Start, !c.IsClaim)).ToList(), date, _time));

    /// <summary>The events of a document's claims, each with its times (<see cref="NarrativeTime.Walk"/>, same order).</summary>
    /// <param name="locals">Each claim's tokens over its own text, when the pipeline has cut them already.</param>
    public IReadOnlyList<ActorEvent> ExtractDocument(IReadOnlyList<Claim> claims, IReadOnlyList<PassageTimes> times, IReadOnlyList<TokenizedUnit>? locals = null)
    {
        var events = new List<ActorEvent>();
        string? lastPerson = null, lastActor = null;
        for (var i = 0; i < claims.Count; i++)
        {
            events.AddRange(Extract(claims[i], new EventContext(times[i], lastPerson, lastActor), locals?[i]));
            foreach (var m in claims[i].Mentions)
            {
                if (m.Kind == MentionKind.Person) lastPerson = m.Canonical;
                else if (m.IsActor) lastActor = m.Canonical;
            }
        }
        return LinkDenials(events);
    }

    private IEnumerable<Raw> Code(ClauseSentence s, PatternMatch m, EventContext context)
    {
        if (_reader.Negated(s, m.Verb)) yield break;
        var pattern = (VerbPattern)m.Pattern;
        var (future, intent) = _reader.Modality(s, m.Verb);
        var ahead = future || intent;
        var code = ahead && pattern.Code.IsCooperation ? _table.Intent(pattern.Code) : pattern.Code;
        if (pattern.Frame == PatternFrame.Nominal)
        {
            // "the arrest of Massimov by the KNB", "Russia's withdrawal from Syria": the noun's owner or agent acts, whatever the
            // clause's subject does.
            var agents = m.Source is { } o ? _reader.Group(s, o, forward: true, possessive: false) : [];
            var patients = m.Target is { } p ? _reader.Group(s, p, forward: true) : [];
            foreach (var src in agents)
            {
                if (patients.Count == 0) yield return new Raw(src, null, code, m, m, ahead, false);
                foreach (var tgt in patients) yield return new Raw(src, tgt, code, m, m, ahead, false);
            }
            yield break;
        }
        var subject = pattern.OpensWithNoun && !m.Passive
            ? _reader.Owner(s, m.Start, (WordElement)pattern.Elements[0])
            : _reader.Subject(s, m.Verb, context.LastPerson);
        List<string> sources, targets;
        if (m.Passive)
        {
            sources = m.Source is { } agent ? _reader.Group(s, agent, forward: true) : [];
            targets = subject;
        }
        else
        {
            sources = subject;
            targets = m.Target is { } t ? _reader.Group(s, t, forward: true)
                : !pattern.HasTarget && !code.IsCooperation ? _reader.InGap(s, m) : [];
        }
        foreach (var src in sources)
        {
            if (targets.Count == 0)
            {
                if (pattern.Frame == PatternFrame.Mutual && sources.Count > 1)
                {
                    foreach (var other in sources.Where(o => o != src)) yield return new Raw(src, other, code, m, m, ahead, false);
                }
                else yield return new Raw(src, null, code, m, m, ahead, false);
                continue;
            }
            foreach (var tgt in targets)
            {
                yield return new Raw(src, tgt, code, m, m, ahead, false);
                if (pattern.Frame == PatternFrame.Mutual) yield return new Raw(tgt, src, code, m, m, ahead, false);
            }
        }
    }

    /// <summary>CAMEO links events ("Provide peacekeeping" with the appeal for it): aid or forces provided or promised (07, 03)
    /// without a named recipient go to whoever asked the provider for them in the same sentence. A mobilisation (15) is not
    /// linked: its target is whom the force is directed against.</summary>
    private static void Link(List<Raw> raw)
    {
        foreach (var e in raw.Where(r => r.Target is null && r.Code.Root is "07" or "03"))
        {
            var appeal = raw.FirstOrDefault(a => a.Code.Root == "02" && a.Target == e.Source);
            if (appeal is not null) e.Target = appeal.Source;
        }
    }

    private ActorEvent Make(ClauseSentence s, Raw r, EventContext context, List<PatternMatch> acts)
    {
        var said = r.Said;
        var words = said.Words.Count > 0 ? said.Words : [said.Verb];
        var action = (said.Pattern.Elements[0] is SlotElement ? "… " : "") + ActionText(s, words);
        var m = r.Match;
        // An implied request is timed by the act it asked for, but only as the story's time: the asking came first.
        var time = Time(s, m, context.Times, acts);
        if (r.Implied && time is { Source: EventTimeSource.Stated }) time = time with { Source = EventTimeSource.Story };
        return new ActorEvent(s.Claim.Id, s.Claim.DocumentId, r.Source, action, r.Target, r.Code, time, Place(s, m),
            s.DocOffset(words[0]), s.DocEnd(words[^1]), s.Claim.Hedged, s.Claim.Unverified, r.Future, s.Claim.Status);
    }

    /// <summary>The words of the act as written, "…" where an actor stood between them: "asks … for help".</summary>
    private static string ActionText(ClauseSentence s, List<int> words)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(words[i] == words[i - 1] + 1 ? (s.U.Tokens[words[i]].Start == s.U.Tokens[words[i - 1]].End ? "" : " ") : " … ");
            sb.Append(s.U.Word(words[i]));
        }
        return sb.ToString();
    }

    /// <summary>The time written nearest the act in its clause (and nearer it than to any other act); else a time opening the
    /// sentence ("On Jan. 7, ..."); else the sentence's own time; else the time the story was at.</summary>
    private static EventTime? Time(ClauseSentence s, PatternMatch m, PassageTimes? times, List<PatternMatch> acts)
    {
        if (times is null) return null;
        var (segStart, segEnd) = s.Segment(m.Verb);
        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in times.Own.Where(t => t.IsResolved))
        {
            var first = s.TokenAt(t.Start);
            var last = s.TokenAt(t.End - 1);
            if (first < segStart || last >= segEnd) continue;
            var distance = m.Distance(first, last);
            if (acts.Any(o => o != m && o.Distance(first, last) < distance)) continue;
            if (distance <= MaxTimeDistance && distance < bestDistance) { best = t; bestDistance = distance; }
        }
        if (best is not null) return new EventTime(best, EventTimeSource.Stated);
        var opening = times.Own.FirstOrDefault(t => t.IsResolved && !t.IsBound && s.TokenAt(t.Start) <= 1);
        if (opening is not null) return new EventTime(opening, EventTimeSource.Stated);
        if (times.Main is { } main) return new EventTime(main, EventTimeSource.Stated);
        if (times.Inherited is { } inherited)
            return new EventTime(inherited, times.InheritedFromDocument ? EventTimeSource.Document : EventTimeSource.Story);
        return null;
    }

    /// <summary>The place named nearest the act in its clause, if any.</summary>
    private static string? Place(ClauseSentence s, PatternMatch m)
    {
        var (segStart, segEnd) = s.Segment(m.Verb);
        return s.Places.Select(p => (Place: p, At: s.TokenAt(p.Start)))
            .Where(p => p.At >= segStart && p.At < segEnd && m.Distance(p.At, p.At) <= MaxTimeDistance)
            .OrderBy(p => m.Distance(p.At, p.At)).Select(p => p.Place.Canonical).FirstOrDefault();
    }
}
