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

/// <summary>One claim of a case as a possible later report on a prediction: what corroboration compares of it, when it says
/// things happened, when it was published, and whether it says that things changed or stayed as they were.</summary>
/// <param name="When">The day the claim places what it reports at: its own date, else its source's.</param>
/// <param name="Changed">False when the claim says that something has not happened or stays as it was ("still", "not",
/// "postponed"); a prediction reads the same way ("the troops will stay").</param>
public sealed record CaseReport(ClaimFeatures Features, DateOnly? When, DateOnly? Published, bool Changed, bool Stated)
{
    public Claim Claim => Features.Claim;
}

/// <summary>Every claim of a case read once as a possible later report, with the term weights they are compared by.</summary>
/// <param name="CommonTerm">How many stated claims an event term may be carried by and still propose them as reports on a
/// prediction (`common-event-term` in analysis/forecast-scoring.tsv), as corroboration caps the terms that propose pairs.</param>
public sealed record CaseReports(IReadOnlyDictionary<string, CaseReport> ById, IReadOnlyDictionary<string, double> Idf, DateOnly? Latest,
    int CommonTerm = int.MaxValue)
{
    // Built with the reports, not on first use, so that forecasts may be proposed on several threads at once. What the first
    // checks of a report read is laid out in arrays, so that passing over the many reports that share a common word with a
    // prediction reads a few numbers in a row rather than following each report to its claim and its source.
    private readonly CaseReport[] _reports = [.. ById.Values];
    private readonly Dictionary<string, int[]> _byEventTerm = IndexEventTerms([.. ById.Values], CommonTerm);
    private readonly double[] _weights = [.. ById.Values.Select(r => Weight(r.Features, Idf))];
    private readonly int[] _published = [.. ById.Values.Select(r => r.Published?.DayNumber ?? int.MinValue)];
    private readonly int[] _when = [.. ById.Values.Select(r => r.When?.DayNumber ?? int.MinValue)];
    // Each report's terms as numbers, sorted, so that the terms a report shares with a prediction are a merge of two short
    // arrays rather than a string hash per term.
    private readonly (Dictionary<string, int> Ids, int[][] Terms) _numbered = NumberTerms([.. ById.Values]);

    private static (Dictionary<string, int> Ids, int[][] Terms) NumberTerms(CaseReport[] reports)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new int[reports.Length][];
        for (var i = 0; i < reports.Length; i++)
        {
            var own = reports[i].Features.Terms.Select(t => ids.TryGetValue(t, out var id) ? id : ids[t] = ids.Count).ToArray();
            Array.Sort(own);
            numbered[i] = own;
        }
        return (ids, numbered);
    }

    /// <summary>A prediction's terms, as <see cref="OutcomeProposer"/> weighs reports against it: in the order of its set of terms
    /// (the order its shared weight is summed in), with their numbers sorted for the merge.</summary>
    public PredictionTerms Of(ClaimFeatures prediction)
    {
        var terms = prediction.Terms.ToArray();
        var ids = terms.Select(t => _numbered.Ids.GetValueOrDefault(t, -1)).ToArray();
        var byId = Enumerable.Range(0, terms.Length).Where(p => ids[p] >= 0).OrderBy(p => ids[p]).ToArray();
        return new PredictionTerms(terms, [.. terms.Select(t => Idf.GetValueOrDefault(t, 1))], [.. byId.Select(p => ids[p])], byId, Weight(prediction));
    }


    /// <summary>The summed weight of a claim's terms, as corroboration's lexical similarity weighs them.</summary>
    public double Weight(ClaimFeatures features) => Weight(features, Idf);

    private static double Weight(ClaimFeatures features, IReadOnlyDictionary<string, double> idf) => features.Terms.Sum(t => idf.GetValueOrDefault(t, 1));

    /// <summary>Whether a term names the event itself: not an actor (@) and not a number (#).</summary>
    public static bool IsEventTerm(string term) => term[0] is not ('@' or '#');

    /// <summary>The reports that might speak to a prediction made on a day: those that state something, share with it a term of
    /// the event carried by at most <see cref="CommonTerm"/> of them, and were published and place what they report after that
    /// day; in the order of <see cref="ById"/>, each with its <see cref="Weight"/>. Found through an index of the event terms
    /// instead of a pass over every claim for every prediction.</summary>
    /// <remarks>A term more common than the cap is left out of the index, as corroboration leaves it out of its candidate pairs:
    /// on a large case the words every report uses ("said", "protest" in a case about protests) would otherwise propose nearly
    /// every report to nearly every prediction, and the work would grow with the square of the case. A report sharing only such
    /// words with a prediction is not weighed, though it still counts toward the similarity of one that shares a rarer word.
    /// The work per prediction is bounded by its event terms times the cap, and the candidates are sorted, not marked in a set
    /// as large as the case.</remarks>
    public IEnumerable<(CaseReport Report, double Weight, int[] Terms)> After(ClaimFeatures features, DateOnly made)
    {
        var terms = _numbered.Terms;
        var found = new List<int>();
        foreach (var term in features.Terms)
            if (IsEventTerm(term) && _byEventTerm.TryGetValue(term, out var postings)) found.AddRange(postings);
        found.Sort();
        var day = made.DayNumber;
        var last = -1;
        foreach (var i in found)
        {
            if (i == last) continue;
            last = i;
            if (_published[i] > day && _when[i] > day) yield return (_reports[i], _weights[i], terms[i]);
        }
    }

    private static Dictionary<string, int[]> IndexEventTerms(CaseReport[] reports, int cap)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Length; i++)
        {
            if (!reports[i].Stated) continue;
            foreach (var term in reports[i].Features.Terms)
                if (IsEventTerm(term)) (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(i);
        }
        return postings.Where(kv => kv.Value.Count <= cap).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}

/// <summary>A prediction's terms as <see cref="CaseReports.Of"/> lays them out for weighing reports against it.</summary>
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
        var read = Pipeline.InOrder.All(claims, x => Report(assessed, x.Document, x.Claim, all.Of(x.Claim.Id)!), jobs);
        var byId = new Dictionary<string, CaseReport>(StringComparer.Ordinal);
        foreach (var report in read) byId[report.Claim.Id] = report;
        var idf = Corroborator.InverseDocumentFrequency(byId.Values.Select(r => r.Features).ToList());
        var latest = byId.Values.Select(r => r.Published).Max();
        return new CaseReports(byId, idf, latest, _commonTerm);
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
        if (forecast.Made is not { } made || !reports.ById.TryGetValue(forecast.Id, out var own))
            return new(null, [], "undated: no later report can be told from an earlier one");
        var deadline = forecast.Deadline;
        // A prediction that something stays ("the curfew will remain until 19 January") is borne out by a report that it still
        // held at the deadline, or ended on it or later, and belied by one that it ended before; one that something changes
        // is borne out by a report that it happened by the deadline, and belied by one that it came later or had not come.
        var lasting = !own.Changed;
        var action = ActionTerms(forecast);
        var inTime = new List<(CaseReport Report, DateOnly When)>();
        var late = new List<(CaseReport Report, DateOnly When)>();
        var notDone = new List<(CaseReport Report, DateOnly When)>();
        var terms = reports.Of(own.Features);
        var shared = new bool[terms.Terms.Length];
        foreach (var (report, reportWeight, reportTerms) in reports.After(own.Features, made))
        {
            if (!report.Stated || report.Claim.DocumentId == forecast.SourceId || report.Published is not { } published || published <= made) continue;
            if (report.When is not { } when || when <= made || !SpeaksTo(own.Features, terms, shared, report.Features, reportWeight, reportTerms, action)) continue;
            var agrees = report.Changed == own.Changed;
            if (lasting)
            {
                // Ending on the deadline or after it, it held until then.
                if (deadline is { } d && when >= d || agrees && deadline is null) inTime.Add((report, when));
                else if (!agrees && deadline is { } before && when < before) notDone.Add((report, when));
            }
            else if (agrees) (deadline is { } d && when > d ? late : inTime).Add((report, when));
            else if (deadline is { } d && published > d) notDone.Add((report, published));
        }
        foreach (var list in new[] { inTime, late, notDone }) list.Sort((a, b) => a.When != b.When ? a.When.CompareTo(b.When) : string.CompareOrdinal(a.Report.Claim.Id, b.Report.Claim.Id));
        var deadlineText = deadline is { } dl ? $"the deadline of {Day(dl)}" : "no deadline";
        var against = late.Concat(notDone).ToList();
        if (inTime.Count > 0 && against.Count > 0)
            return new(null, Ids(inTime.Concat(against)),
                $"later reports disagree: {inTime[0].Report.Claim.Id} reports it on {Day(inTime[0].When)}, within {deadlineText}, but " +
                (late.Count > 0 ? $"{late[0].Report.Claim.Id} reports it on {Day(late[0].When)}, after it" : Belies(notDone[0], lasting)));
        if (inTime.Count > 0)
        {
            var (first, day) = (inTime[0].Report.Claim.Id, inTime[0].When);
            return new(true, Ids(inTime), deadline is not { } d1 ? $"{first} reports it on {Day(day)}, and it had no deadline"
                : lasting ? $"{first} reports on {Day(day)} that it held until the deadline of {Day(d1)}"
                : $"{first} reports it on {Day(day)}, {(day == d1 ? "on" : "before")} the deadline of {Day(d1)}");
        }
        if (late.Count > 0)
            return new(false, Ids(late), $"{late[0].Report.Claim.Id} reports it only on {Day(late[0].When)}, after {deadlineText}");
        if (notDone.Count > 0)
            return new(false, Ids(notDone), Belies(notDone[0], lasting) + (lasting ? $", before {deadlineText}" : $", after {deadlineText}"));
        return new(null, [], deadline is { } d2 && reports.Latest is { } latest && latest > d2
            ? $"no later report speaks to it, though {deadlineText} passed before the latest source ({Day(latest)})"
            : deadline is null ? "no later report says it happened, and it has no deadline to miss"
            : $"{deadlineText} had not passed by the latest source, and no later report says it happened");
    }

    /// <summary>Whether a later claim speaks to the prediction: alike enough by corroboration's measure, and sharing a word of
    /// the event itself, not only an actor, a day or a number ("Most were Russian" says nothing of what Russia will do). A
    /// commitment names its action ("the withdrawal will begin"): a report sharing that word needs less likeness.</summary>
    /// <remarks>Every later claim sharing a word with a prediction is weighed, so the terms they share are found by merging two
    /// sorted arrays of numbers (<see cref="CaseReports.Of"/>) and their weights summed in the order of the prediction's terms, the
    /// sums <see cref="Corroborator.Lexical(ClaimFeatures, ClaimFeatures, IReadOnlyDictionary{string, double})"/> makes.</remarks>
    /// <param name="shared">Scratch of one flag per term of the prediction, all false, left all false.</param>
    private bool SpeaksTo(ClaimFeatures prediction, PredictionTerms terms, bool[] shared, ClaimFeatures report, double reportWeight, int[] reportTerms,
        IReadOnlySet<string> action)
    {
        var ids = terms.SortedIds;
        for (int i = 0, j = 0; i < ids.Length && j < reportTerms.Length;)
        {
            if (ids[i] < reportTerms[j]) i++;
            else if (ids[i] > reportTerms[j]) j++;
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
            anEvent |= CaseReports.IsEventTerm(terms.Terms[p]);
            anAction |= action.Contains(terms.Terms[p]);
        }
        if (!anEvent) return false;
        var similarity = Corroborator.Similarity(prediction, report, Corroborator.Lexical(weight, terms.Weight, reportWeight), _lex);
        return similarity >= _threshold || (anAction && similarity >= _actionThreshold);
    }

    /// <summary>The terms of the action a commitment names ("withdrawal" → withdraw, "state of emergency" → state, emergency), as
    /// corroboration folds them; none for a forecast.</summary>
    private IReadOnlySet<string> ActionTerms(Forecast forecast) =>
        forecast.KindCue is { Family: "commitment-own" } cue
            ? PhraseMatcher<bool>.Split(cue.Text.ToLowerInvariant()).Where(w => !_lex.Stopwords.Contains(w)).Select(w => ClaimFeatures.Term(w, _lex)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>What a report against the prediction says: that what was to last ended on a day, or, on the day it was
    /// published, that what was to happen had not.</summary>
    private static string Belies((CaseReport Report, DateOnly When) found, bool lasting) => lasting
        ? $"{found.Report.Claim.Id} reports it ended on {Day(found.When)}"
        : $"{found.Report.Claim.Id} says on {Day(found.When)} that it had not happened";

    private static List<string> Ids(IEnumerable<(CaseReport Report, DateOnly When)> found) =>
        found.Select(f => f.Report.Claim.Id).Distinct().ToList();

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", Inv);
}
