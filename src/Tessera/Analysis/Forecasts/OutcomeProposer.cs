using System.Globalization;
using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Language;

namespace Tessera.Analysis.Forecasts;

/// <summary>An outcome proposed from later reporting, for the analyst to accept (case.yaml `outcome:`) or set aside: it counts
/// in no score until accepted.</summary>
/// <param name="Outcome">True when later reports say it happened in time, false when they say it did not, null when nothing
/// says or they disagree.</param>
/// <param name="ResolvedBy">The ids of the claims behind the proposal (for a null one, those that disagree).</param>
/// <param name="Reason">Why, in words: "wire-chronology#27 reports it on 19 January 2022, before the deadline of 23 January 2022".</param>
public sealed record ProposedOutcome(bool? Outcome, IReadOnlyList<string> ResolvedBy, string Reason);

/// <summary>One claim of a case as a possible later report on a prediction, as <see cref="OutcomeProposer.Reports"/> reads it:
/// what corroboration compares of it, when it says things happened, when it was published, and whether it says that things
/// changed or stayed as they were. <see cref="CaseReports"/> lays these out in arrays and keeps no object per claim.</summary>
/// <param name="When">The day the claim places what it reports at: its own date, else its source's.</param>
/// <param name="Changed">False when the claim says that something has not happened or stays as it was ("still", "not",
/// "postponed"); a prediction reads the same way ("the troops will stay").</param>
public readonly record struct CaseReport(ClaimFeatures Features, DateOnly? When, DateOnly? Published, bool Changed, bool Stated)
{
    public Claim Claim => Features.Claim;
}

/// <summary>Every claim of a case read once as a possible later report, with the term weights they are compared by.</summary>
/// <remarks>A large case has hundreds of thousands of claims and each prediction passes over thousands of them, so what the
/// checks of a report read is laid out in arrays, one number per claim, rather than in an object per claim that points to
/// its claim and its source: passing over the reports that share a word with a prediction then reads numbers in a row. A
/// claim's id is made once here (<see cref="Claim.Id"/> makes a new string each time it is asked for) and the proposals
/// refer to it by its place (<see cref="ReportIds"/>), so a proposal resting on a thousand reports holds a thousand numbers.</remarks>
public sealed class CaseReports
{
    private const byte StatedFlag = 1, ChangedFlag = 2, DatedFlag = 4;

    private readonly string[] _ids;
    private readonly Dictionary<string, int> _placeOf;
    private readonly ClaimFeatures[] _features;
    // The place of each report's id among all the ids in ordinal order: reports found on the same day are listed in that order.
    private readonly int[] _rank;
    private readonly int[] _document;
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly int[] _published;
    private readonly int[] _when;
    private readonly byte[] _flags;
    private readonly double[] _weights;
    // Each report's terms as numbers, sorted, one run per report in one array (report i's are _terms[_termStart[i].._termStart[i + 1]]),
    // so that the terms a report shares with a prediction are a merge of two short runs rather than a string hash per term.
    private readonly int[] _termStart;
    private readonly int[] _terms;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _byEventTerm;
    // Built with the reports, not on first use, so that forecasts may be proposed on several threads at once; each thread
    // weighs its forecasts with scratch of its own.
    private readonly ThreadLocal<Scratch> _scratch;

    /// <param name="read">Every claim read as a report, in case order; a claim listed twice keeps its first place and its last reading.</param>
    /// <param name="commonTerm">How many stated claims an event term may be carried by and still propose them as reports on a
    /// prediction (`common-event-term` in analysis/forecast-scoring.tsv), as corroboration caps the terms that propose pairs.</param>
    public CaseReports(IReadOnlyList<CaseReport> read, int commonTerm = int.MaxValue)
    {
        _placeOf = new Dictionary<string, int>(read.Count, StringComparer.Ordinal);
        var ids = new List<string>(read.Count);
        var reports = new List<CaseReport>(read.Count);
        foreach (var report in read)
        {
            var id = report.Claim.Id;
            if (_placeOf.TryGetValue(id, out var at)) reports[at] = report;
            else
            {
                _placeOf[id] = reports.Count;
                ids.Add(id);
                reports.Add(report);
            }
        }
        var n = reports.Count;
        _ids = [.. ids];
        _features = [.. reports.Select(r => r.Features)];
        Idf = Corroborator.InverseDocumentFrequency(_features);
        Latest = reports.Select(r => r.Published).Max();
        CommonTerm = commonTerm;
        _rank = new int[n];
        var byId = Enumerable.Range(0, n).ToArray();
        Array.Sort(byId, (a, b) => string.CompareOrdinal(_ids[a], _ids[b]));
        for (var k = 0; k < n; k++) _rank[byId[k]] = k;
        (_document, _published, _when, _flags, _weights, _termStart) = (new int[n], new int[n], new int[n], new byte[n], new double[n], new int[n + 1]);
        var terms = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var r = reports[i];
            var f = r.Features;
            var doc = f.Claim.DocumentId;
            if (!_documents.TryGetValue(doc, out var d)) _documents[doc] = d = _documents.Count;
            _document[i] = d;
            _published[i] = r.Published?.DayNumber ?? int.MinValue;
            _when[i] = r.When?.DayNumber ?? int.MinValue;
            _flags[i] = (byte)((r.Stated ? StatedFlag : 0) | (r.Changed ? ChangedFlag : 0) | (f.Dates.Count > 0 || f.Numbers.Count > 0 ? DatedFlag : 0));
            _weights[i] = Weight(f);
            var from = terms.Count;
            foreach (var t in f.Terms) terms.Add(_termIds.TryGetValue(t, out var id) ? id : _termIds[t] = _termIds.Count);
            terms.Sort(from, terms.Count - from, null);
            _termStart[i + 1] = terms.Count;
        }
        _terms = [.. terms];
        _byEventTerm = IndexEventTerms(_features, _flags, commonTerm);
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(n));
    }

    /// <summary>The terms' inverse document frequencies over the case's claims, as corroboration weighs them.</summary>
    public IReadOnlyDictionary<string, double> Idf { get; }

    /// <summary>The latest day a claim of the case was published on.</summary>
    public DateOnly? Latest { get; }

    /// <summary>How many stated claims an event term may be carried by and still propose them as reports.</summary>
    public int CommonTerm { get; }

    /// <summary>A prediction's terms, as <see cref="OutcomeProposer"/> weighs reports against it: in the order of its set of terms
    /// (the order its shared weight is summed in), with their numbers sorted for the merge.</summary>
    public PredictionTerms Of(ClaimFeatures prediction)
    {
        var terms = prediction.Terms.ToArray();
        var ids = terms.Select(t => _termIds.GetValueOrDefault(t, -1)).ToArray();
        var byId = Enumerable.Range(0, terms.Length).Where(p => ids[p] >= 0).OrderBy(p => ids[p]).ToArray();
        return new PredictionTerms(terms, [.. terms.Select(t => Corroborator.TermWeight(Idf, t))], [.. byId.Select(p => ids[p])], byId, Weight(prediction));
    }

    /// <summary>The summed weight of a claim's terms, as corroboration's lexical similarity weighs them.</summary>
    public double Weight(ClaimFeatures features) => Corroborator.Weight(features, Idf);

    /// <summary>Whether a term names the event itself: not an actor (@) and not a number (#).</summary>
    public static bool IsEventTerm(string term) => term[0] is not ('@' or '#');

    /// <summary>The places of the reports that might speak to a prediction, in no particular order, in the thread's scratch:
    /// those that state something, share with it a term of the event carried by at most <see cref="CommonTerm"/> of them, and
    /// were published and place what they report after the day it was made.</summary>
    /// <remarks>A term more common than the cap is left out of the index, as corroboration leaves it out of its candidate pairs:
    /// on a large case the words every report uses ("said", "protest" in a case about protests) would otherwise propose nearly
    /// every report to nearly every prediction, and the work would grow with the square of the case. A report sharing only such
    /// words with a prediction is not weighed, though it still counts toward the similarity of one that shares a rarer word.
    /// The work per prediction is bounded by its event terms times the cap; the order the reports are met in does not reach
    /// the proposal, whose lists are sorted by day and claim id.</remarks>
    private List<int> Candidates(ClaimFeatures prediction, int made, Scratch scratch)
    {
        var found = scratch.Found;
        found.Clear();
        // A report carrying several of the prediction's terms is met once for each: the stamp of this pass marks it met.
        var stamp = ++scratch.Stamp;
        var seen = scratch.Seen;
        foreach (var term in prediction.Terms)
        {
            if (!IsEventTerm(term) || !_byEventTerm.TryGetValue(term, out var postings)) continue;
            foreach (var i in postings)
            {
                if (seen[i] == stamp) continue;
                seen[i] = stamp;
                if (_published[i] > made && _when[i] > made) found.Add(i);
            }
        }
        return found;
    }

    private static Dictionary<string, int[]> IndexEventTerms(ClaimFeatures[] features, byte[] flags, int cap)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            if ((flags[i] & StatedFlag) == 0) continue;
            foreach (var term in features[i].Terms)
                if (IsEventTerm(term)) (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(i);
        }
        return postings.Where(kv => kv.Value.Count <= cap).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A thread's working space for weighing one prediction after another: a stamp per report and the lists a proposal
    /// gathers, cleared for each prediction rather than made anew.</summary>
    private sealed class Scratch(int reports)
    {
        public readonly int[] Seen = new int[reports];
        public int Stamp;
        public readonly List<int> Found = [];
        public readonly List<Found> InTime = [], Late = [], NotDone = [];
    }

    /// <summary>A report found to speak to a prediction, by its place, and the day it counts on.</summary>
    internal readonly record struct Found(int Report, int Day);

    /// <summary>Weighs the reports against one prediction: those that <paramref name="speaksTo"/> it, sorted into those that bear
    /// it out in time, those that report it late and those that belie it, each list by day and then by claim id.</summary>
    /// <param name="own">The prediction's place.</param>
    /// <param name="source">The source that made it, whose own reports do not count.</param>
    internal (Found[] InTime, Found[] Late, Found[] NotDone) Weigh(int own, string source, int made, int? deadline, Func<int, bool> speaksTo)
    {
        var scratch = _scratch.Value!;
        var (inTime, late, notDone) = (scratch.InTime, scratch.Late, scratch.NotDone);
        inTime.Clear();
        late.Clear();
        notDone.Clear();
        var changed = (_flags[own] & ChangedFlag) != 0;
        // A prediction that something stays ("the curfew will remain until 19 January") is borne out by a report that it still
        // held at the deadline, or ended on it or later, and belied by one that it ended before; one that something changes
        // is borne out by a report that it happened by the deadline, and belied by one that it came later or had not come.
        var lasting = !changed;
        var document = _documents.GetValueOrDefault(source, -1);
        foreach (var i in Candidates(_features[own], made, scratch))
        {
            if (_document[i] == document || !speaksTo(i)) continue;
            var when = _when[i];
            var agrees = ((_flags[i] & ChangedFlag) != 0) == changed;
            if (lasting)
            {
                // Ending on the deadline or after it, it held until then.
                if (deadline is { } d && when >= d || agrees && deadline is null) inTime.Add(new(i, when));
                else if (!agrees && deadline is { } before && when < before) notDone.Add(new(i, when));
            }
            else if (agrees) (deadline is { } d && when > d ? late : inTime).Add(new(i, when));
            else if (deadline is { } d && _published[i] > d) notDone.Add(new(i, _published[i]));
        }
        Comparison<Found> order = (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : _rank[a.Report].CompareTo(_rank[b.Report]);
        foreach (var list in new[] { inTime, late, notDone }) list.Sort(order);
        return ([.. inTime], [.. late], [.. notDone]);
    }

    /// <summary>Whether a later claim speaks to the prediction: alike enough by corroboration's measure, and sharing a word of
    /// the event itself, not only an actor, a day or a number ("Most were Russian" says nothing of what Russia will do). A
    /// commitment names its action ("the withdrawal will begin"): a report sharing that word needs less likeness.</summary>
    /// <remarks>Every later claim sharing a word with a prediction is weighed, so the terms they share are found by merging two
    /// sorted runs of numbers (<see cref="Of(ClaimFeatures)"/>) and their weights summed in the order of the prediction's terms, the
    /// sums <see cref="Corroborator.Lexical(ClaimFeatures, ClaimFeatures, IReadOnlyDictionary{string, double})"/> makes.</remarks>
    /// <param name="shared">Scratch of one flag per term of the prediction, all false, left all false.</param>
    internal bool SpeaksTo(ClaimFeatures prediction, PredictionTerms terms, bool[] shared, int report, IReadOnlySet<string> action,
        CorroborationLexicon lex, double threshold, double actionThreshold)
    {
        var ids = terms.SortedIds;
        var end = _termStart[report + 1];
        for (int i = 0, j = _termStart[report]; i < ids.Length && j < end;)
        {
            if (ids[i] < _terms[j]) i++;
            else if (ids[i] > _terms[j]) j++;
            else
            {
                shared[terms.Positions[i]] = true;
                i++;
                j++;
            }
        }
        double weight = 0;
        bool anEvent = false, anAction = false;
        for (var p = 0; p < shared.Length; p++)
        {
            if (!shared[p]) continue;
            shared[p] = false;
            weight += terms.Weights[p];
            anEvent |= IsEventTerm(terms.Terms[p]);
            anAction |= action.Contains(terms.Terms[p]);
        }
        if (!anEvent) return false;
        var lexical = Corroborator.Lexical(weight, terms.Weight, _weights[report]);
        // Days and figures move the similarity only when both claims name some: a report naming none is weighed by its words alone.
        var similarity = (_flags[report] & DatedFlag) == 0 ? lexical : Corroborator.Similarity(prediction, _features[report], lexical, lex);
        return similarity >= threshold || (anAction && similarity >= actionThreshold);
    }

    internal bool TryPlace(string claimId, out int place) => _placeOf.TryGetValue(claimId, out place);

    internal ClaimFeatures FeaturesAt(int place) => _features[place];

    internal string IdAt(int place) => _ids[place];

    internal IReadOnlyList<string> IdsAt(Found[] found) => new ReportIds(_ids, [.. found.Select(f => f.Report)]);

    internal bool ChangedAt(int place) => (_flags[place] & ChangedFlag) != 0;

}

/// <summary>The ids of the claims behind a proposal, kept as their places among the case's reports: the case's ids are made
/// once and shared by every proposal.</summary>
public sealed class ReportIds : IReadOnlyList<string>
{
    private readonly string[] _ids;
    private readonly int[] _places;

    internal ReportIds(string[] ids, int[] places)
    {
        _ids = ids;
        _places = places;
    }

    public int Count => _places.Length;

    public string this[int index] => _ids[_places[index]];

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var p in _places) yield return _ids[p];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A prediction's terms as <see cref="CaseReports.Of(ClaimFeatures)"/> lays them out for weighing reports against it.</summary>
/// <param name="Terms">The terms in the order of the prediction's set.</param>
/// <param name="Weights">Each term's weight, in the same order.</param>
/// <param name="SortedIds">The numbers of the terms some report has, ascending.</param>
/// <param name="Positions">For each of <paramref name="SortedIds"/>, the term's place in <paramref name="Terms"/>.</param>
/// <param name="Weight">The summed weight of all the terms.</param>
public sealed record PredictionTerms(string[] Terms, double[] Weights, int[] SortedIds, int[] Positions, double Weight);

/// <summary>Proposes how a forecast or commitment came out from the claims of later sources that speak to it: claims of the
/// same actors, event and quantity (corroboration's similarity, at the `resolution-similarity` of
/// analysis/forecast-scoring.tsv), dated after the prediction was made. A pure function of the forecast and the case's reports,
/// so the workbench can call it on a forecast it shows.</summary>
/// <remarks>A report that it happened by the deadline (or, without one, at all) proposes true; one that it happened after the
/// deadline, or that it had not happened in a source published after the deadline, proposes false. Reports of both kinds leave
/// it open, and the reason names both. A report that it had not happened yet, published before the deadline, settles nothing.</remarks>
public sealed class OutcomeProposer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly CorroborationLexicon _lex;
    private readonly PhraseMatcher<bool> _unchanged;
    private readonly double _threshold;
    private readonly double _actionThreshold;

    public OutcomeProposer(LanguageData data, CorroborationLexicon lex, ForecastSettings settings)
    {
        _lex = lex;
        _unchanged = new PhraseMatcher<bool>(data.Rows("analysis/unchanged.tsv").Select(r => (r[0], true)));
        _threshold = settings.ResolutionSimilarity;
        _actionThreshold = settings.ActionSimilarity;
        _commonTerm = settings.CommonEventTerm;
    }

    private readonly int _commonTerm;

    /// <summary>The corroboration lexicon the proposer compares claims with, which the case's features must be read with.</summary>
    public CorroborationLexicon Lexicon => _lex;

    /// <summary>Reads every claim of the case once; pass the result to <see cref="Propose"/> for each forecast.</summary>
    /// <param name="jobs">How many claims may be read at once; the reports are the same for any number.</param>
    /// <param name="features">The case's claim features when another step has read them already; else they are read here.</param>
    public CaseReports Reports(AssessedCase assessed, int jobs = 1, CaseFeatures? features = null)
    {
        var all = CaseFeatures.For(features, assessed, _lex, jobs);
        var claims = assessed.Documents.SelectMany(d => d.Claims.Where(c => c.IsClaim).Select(c => (Document: d, Claim: c))).ToList();
        // The features are read in the same order as these claims; looking each up by its id would make the id again.
        ClaimFeatures FeaturesOf(int k, Claim claim) =>
            k < all.All.Count && ReferenceEquals(all.All[k].Claim, claim) ? all.All[k] : all.Of(claim.Id)!;
        var read = Pipeline.InOrder.All([.. Enumerable.Range(0, claims.Count)], k => Report(assessed, claims[k].Document, claims[k].Claim, FeaturesOf(k, claims[k].Claim)), jobs);
        return new CaseReports(read, _commonTerm);
    }

    private CaseReport Report(AssessedCase assessed, Pipeline.AnnotatedDocument document, Claim claim, ClaimFeatures features)
    {
        var published = assessed.Source(document.Id)?.Published ?? document.Date?.Range.From;
        var tokens = assessed.TokensOf(claim);
        var own = document.TimesOf(claim)?.When;
        var when = own is { IsEventDate: true } ? own.To : published;
        var unchanged = tokens is not null && _unchanged.Matches(tokens).Count > 0;
        // A report states what happened: not a prediction, a question, a hedge or an unverified rumour.
        var stated = !claim.Prediction && !claim.Hedged && !claim.Unverified && claim.Band is null && !features.IsQuestion;
        // "had still not left" says it twice over: either word is enough.
        return new CaseReport(features, when, published, !(features.Negative || unchanged), stated);
    }

    public ProposedOutcome Propose(Forecast forecast, CaseReports reports)
    {
        if (forecast.Made is not { } made || !reports.TryPlace(forecast.Id, out var own))
            return new(null, [], "undated: no later report can be told from an earlier one");
        var deadline = forecast.Deadline;
        var lasting = !reports.ChangedAt(own);
        var action = ActionTerms(forecast);
        var prediction = reports.FeaturesAt(own);
        var terms = reports.Of(prediction);
        var shared = new bool[terms.Terms.Length];
        var (inTime, late, notDone) = reports.Weigh(own, forecast.SourceId, made.DayNumber, deadline?.DayNumber,
            report => reports.SpeaksTo(prediction, terms, shared, report, action, _lex, _threshold, _actionThreshold));
        string Id(CaseReports.Found f) => reports.IdAt(f.Report);
        static DateOnly On(CaseReports.Found f) => DateOnly.FromDayNumber(f.Day);
        var deadlineText = deadline is { } dl ? $"the deadline of {Day(dl)}" : "no deadline";
        var against = late.Length + notDone.Length;
        if (inTime.Length > 0 && against > 0)
            return new(null, reports.IdsAt([.. inTime, .. late, .. notDone]),
                $"later reports disagree: {Id(inTime[0])} reports it on {Day(On(inTime[0]))}, within {deadlineText}, but " +
                (late.Length > 0 ? $"{Id(late[0])} reports it on {Day(On(late[0]))}, after it" : Belies(Id(notDone[0]), On(notDone[0]), lasting)));
        if (inTime.Length > 0)
        {
            var (first, day) = (Id(inTime[0]), On(inTime[0]));
            return new(true, reports.IdsAt(inTime), deadline is not { } d1 ? $"{first} reports it on {Day(day)}, and it had no deadline"
                : lasting ? $"{first} reports on {Day(day)} that it held until the deadline of {Day(d1)}"
                : $"{first} reports it on {Day(day)}, {(day == d1 ? "on" : "before")} the deadline of {Day(d1)}");
        }
        if (late.Length > 0)
            return new(false, reports.IdsAt(late), $"{Id(late[0])} reports it only on {Day(On(late[0]))}, after {deadlineText}");
        if (notDone.Length > 0)
            return new(false, reports.IdsAt(notDone), Belies(Id(notDone[0]), On(notDone[0]), lasting) + (lasting ? $", before {deadlineText}" : $", after {deadlineText}"));
        return new(null, [], deadline is { } d2 && reports.Latest is { } latest && latest > d2
            ? $"no later report speaks to it, though {deadlineText} passed before the latest source ({Day(latest)})"
            : deadline is null ? "no later report says it happened, and it has no deadline to miss"
            : $"{deadlineText} had not passed by the latest source, and no later report says it happened");
    }

    /// <summary>The terms of the action a commitment names ("withdrawal" → withdraw, "state of emergency" → state, emergency), as
    /// corroboration folds them; none for a forecast.</summary>
    private IReadOnlySet<string> ActionTerms(Forecast forecast) =>
        forecast.KindCue is { Family: "commitment-own" } cue
            ? PhraseMatcher<bool>.Split(cue.Text.ToLowerInvariant()).Where(w => !_lex.Stopwords.Contains(w)).Select(w => ClaimFeatures.Term(w, _lex)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>What a report against the prediction says: that what was to last ended on a day, or, on the day it was
    /// published, that what was to happen had not.</summary>
    private static string Belies(string id, DateOnly day, bool lasting) => lasting
        ? $"{id} reports it ended on {Day(day)}"
        : $"{id} says on {Day(day)} that it had not happened";

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", Inv);
}
