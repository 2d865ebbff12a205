using System.Globalization;
using System.Text;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Events;
using Tessera.Pipeline;
using Tessera.Reading;
using Tessera.Recognition.Time;
using Tessera.Tests.Analysis.Events;
using Xunit.Sdk;

namespace Tessera.Tests.Pipeline;

/// <summary>Random text through every reader and stage, Lucene's checkRandomData: nothing throws, every span lies inside the
/// text and in order, a second run gives the same layers, and the store gives back what it was given.</summary>
/// <remarks>Each run uses the fixed seeds (the first, and every seed that once found a fault) and two fresh ones; a failure
/// names its seed and document, and TESSERA_RANDOM_SEED=seed replays that seed alone.</remarks>
public class RandomTextTests(ITestOutputHelper output)
{
    private const int FixedSeed = 20220105;

    /// <summary>Seeds that once found a fault, replayed every run: 1332518312 made an inverted attribution read past a unit
    /// whose last word is its reporting verb (a quote mark, then "denied", at the end of a list item).</summary>
    private static readonly int[] FoundFaults = [1332518312];

    private static readonly int[] Seeds =
        int.TryParse(Environment.GetEnvironmentVariable("TESSERA_RANDOM_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given)
            ? [given]
            : [FixedSeed, .. FoundFaults, Random.Shared.Next(), Random.Shared.Next()];

    private static readonly DocumentPipeline Pipeline = new(Fixtures.Bundled);

    private int[] Announce()
    {
        output.WriteLine($"seeds {string.Join(", ", Seeds)}; TESSERA_RANDOM_SEED=<seed> replays one");
        return Seeds;
    }

    [Fact]
    public void Every_stage_keeps_its_spans_inside_the_text_and_in_order_and_gives_the_same_layers_twice()
    {
        var made = new List<AnnotatedDocument>();
        foreach (var seed in Announce())
            for (var i = 0; i < 80; i++)
            {
                var text = RandomText.Document(seed, i);
                Replay(seed, $"document {i}", text, () => made.Add(Annotate(new Document($"r{i}", $"r{i}.txt", DocumentFormat.Text, text, "", "", RandomText.Published(seed, i), SourceGrade.Unknown))));
            }
        // The text is random, but not so random that it misses a stage: every layer has spans to check.
        var layers = new Dictionary<string, int>
        {
            ["units"] = made.Sum(d => d.Units.Count),
            ["mentions"] = made.Sum(d => d.Claims.Sum(c => c.Mentions.Count)),
            ["cues"] = made.Sum(d => d.Claims.Sum(c => c.Cues.Count)),
            ["times"] = made.Sum(d => d.Times.Sum(t => t.Own.Count)),
            ["dated documents"] = made.Count(d => d.Date is not null),
            ["events"] = made.Sum(d => d.Events.Count),
            ["figures"] = made.Sum(d => d.Figures.Count),
            ["outcomes"] = made.Sum(d => d.Outcomes.Count),
        };
        output.WriteLine(string.Join(", ", layers.Select(l => $"{l.Value} {l.Key}")));
        Assert.All(layers, l => Assert.True(l.Value > 0, $"no {l.Key} in {made.Count} random documents"));
    }

    [Fact]
    public void The_checks_catch_a_span_that_leaves_its_words_or_goes_backwards()
    {
        var d = Texts.Document("On 3 March Chad expelled France. Officials said 12 people died.");
        Assert.Empty(Violations(d));
        var first = d.Claims[0];
        Assert.Contains(Violations(d with { Claims = [first with { Mentions = [.. first.Mentions.Select(m => m with { Start = m.Start + 1 })] }, .. d.Claims.Skip(1)] }),
            v => v.Contains("mention", StringComparison.Ordinal));
        Assert.Contains(Violations(d with { Units = [.. d.Units.Reverse()] }), v => v.Contains("inside the unit before", StringComparison.Ordinal));
        Assert.Contains(Violations(d with { Events = [.. d.Events.Select(e => e with { End = d.Claims[1].End })] }), v => v.StartsWith("event", StringComparison.Ordinal));
        var times = d.Times[0];
        Assert.Contains(Violations(d with { Times = [times with { Own = [.. times.Own.Reverse(), .. times.Own] }, .. d.Times.Skip(1)] }),
            v => v.Contains("out of order", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reader_reads_random_files_or_refuses_them_with_a_problem()
    {
        using var dir = Fixtures.TempFolder();
        foreach (var seed in Announce())
            for (var i = 0; i < 25; i++)
            {
                var text = RandomText.Document(seed, i);
                foreach (var ext in new[] { "txt", "md", "html" })
                    Replay(seed, $"document {i} as .{ext}", text, () =>
                    {
                        var written = ext == "html" ? Page(text, seed, i) : text;
                        var read = DocumentReader.Read(dir.Write($"s{seed}-{i}.{ext}", written));
                        if (!read.Ok)
                        {
                            // A file with a NUL is binary; an empty one, or one with no text once markup and blanks are gone,
                            // has nothing to read. Nothing else is refused.
                            Assert.Equal(written.Contains('\0') ? "TSR003" : written.Length == 0 ? "TSR002" : "TSR009", read.Problem!.Code);
                            // A leading byte-order mark is an encoding mark, not text: "\uFEFF " holds nothing to read.
                            Assert.True(ext != "txt" || text.Contains('\0') || string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')), read.Problem.ToString());
                            return;
                        }
                        var doc = read.Value!;
                        var decoded = text.StartsWith('\uFEFF') ? text[1..] : text;
                        if (ext == "txt") Assert.Equal(decoded, doc.Text);
                        else if (ext == "md")
                        {
                            // Markup is dropped; every character left is one of the file's, in the file's order.
                            var last = -1;
                            for (var k = 0; k < doc.Text.Length; k++)
                            {
                                var at = doc.FileSpan(k, k + 1).Start;
                                Assert.Equal(decoded[at], doc.Text[k]);
                                Assert.True(at > last, $"character {k} maps to {at}, not after {last}");
                                last = at;
                            }
                        }
                        else
                        {
                            Assert.False(string.IsNullOrWhiteSpace(doc.Text));
                            Assert.DoesNotContain("\n\n\n", doc.Text);
                            Assert.DoesNotContain('\r', doc.Text);
                        }
                        Annotate(doc);
                    });
            }
    }

    [Fact]
    public void A_case_of_random_documents_is_stored_read_back_as_made_and_analysed()
    {
        foreach (var seed in Announce())
            for (var batch = 0; batch < 3; batch++)
            {
                using var dir = Fixtures.TempFolder();
                var indices = Enumerable.Range(batch * 8, 8).ToList();
                var sources = new List<CaseSource>();
                foreach (var i in indices)
                {
                    var text = RandomText.Document(seed, i);
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    var ext = new[] { "txt", "md", "html" }[i % 3];
                    var file = dir.Write($"r{i}.{ext}", ext == "html" ? Page(text, seed, i) : text);
                    if (!DocumentReader.Read(file).Ok) continue;
                    SourceGrade.TryParse("ABCDEF"[i % 6] + ((i % 6) + 1).ToString(CultureInfo.InvariantCulture), out var grade);
                    sources.Add(new CaseSource($"r{i}", file, "", i % 2 == 0 ? "Wire" : $"Paper {i}", RandomText.Published(seed, i), grade, 0));
                }
                if (sources.Count == 0) continue;
                Replay(seed, $"documents {indices[0]}-{indices[^1]} as one case", string.Join("\n---\n", indices.Select(i => RandomText.Document(seed, i))), () => AssessAndAnalyse(new CaseFile(dir.Path, "Random case", null, null, "", "", sources, [])));
            }
    }

    /// <summary>Assesses the case into a fresh store and checks that each stored document equals the one the pipeline makes in
    /// memory, that a second assessment finds nothing changed, and that every finding names claims of the case.</summary>
    private static void AssessAndAnalyse(CaseFile file)
    {
        using var store = CaseStore.OpenSqlite(Path.Combine(file.Folder, "case.db")).Value!;
        var run = Assessment.Run(file, store, Fixtures.Bundled);
        Assert.True(run.Ok, run.Problem?.ToString());
        var assessed = run.Value.Case;
        // The second assessment finds everything unchanged and reads each document back from the store: the round trip.
        var again = Assessment.Run(file, store, Fixtures.Bundled).Value;
        Assert.Equal(file.Sources.Count, again.Change.Unchanged);
        foreach (var source in file.Sources)
        {
            var made = Canonical.Of(Pipeline.Run(DocumentReader.Read(source.File, source.Info).Value!, new DateHints(source.Date, null)));
            Assert.Equal(made, Canonical.Of(assessed.Document(source.Id)!));
            Assert.Equal(made, Canonical.Of(again.Case.Document(source.Id)!));
            // Analysis holds a document without its text (HeldDocument.ForAnalysis); the store keeps it, with the same hash.
            Assert.Equal("", assessed.Document(source.Id)!.Source.Text);
            Assert.Equal(made, Canonical.Of(store.Documents(Fixtures.Bundled.Stance.Bands, id => id == source.Id).Single()));
        }

        var analysis = AnalysisInputs.Resolve(AnalysisSpec.Empty(file.YamlPath), assessed, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders);
        Assert.True(analysis.Ok, analysis.Problem?.ToString());
        var findings = Findings.Of(analysis.Value!, Fixtures.Bundled);
        var claims = assessed.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var named = findings.Corroboration.Groups.SelectMany(g => g.ClaimIds)
            .Concat(findings.Corroboration.Contradictions.SelectMany(c => c.ClaimIds))
            .Concat(findings.Timeline.Groups.SelectMany(g => g.Entries).Select(e => e.Claim.Id))
            .Concat(findings.Timeline.Disagreements.SelectMany(d => d.Sides).SelectMany(s => s.ClaimIds))
            .Concat(findings.Network.Ties.SelectMany(t => t.ClaimIds))
            .Concat(findings.Consequences.Entries.Select(e => e.ClaimId))
            .Concat(findings.Forecasts.Forecasts.Select(f => f.Id))
            .Concat(findings.KeyJudgments.SelectMany(j => j.ClaimIds));
        Assert.All(named, id => Assert.Contains(id, claims));
        var days = findings.Timeline.Groups.Select(g => g.When.From).ToList();
        Assert.Equal(days.Order(), days);
        Assert.All(findings.Forecasts.Forecasts, f => Assert.InRange(f.Probability ?? 0, 0, 1));
        Assert.Equal(Show(findings), Show(Findings.Of(analysis.Value!, Fixtures.Bundled)));
    }

    private static string Show(Findings f) =>
        string.Join("\n", f.KeyJudgments.Select(j => $"{j.Kind}: {j.Statement} ({j.Confidence}) {j.Basis}")
            .Concat(f.Timeline.Groups.Select(g => $"{g.Label}: {string.Join(" | ", g.Entries.Select(e => e.Claim.Id))}"))
            .Concat(f.Network.Ties.Select(t => $"{t.Source} -> {t.Target} {t.Kind}")));

    /// <summary>Runs the pipeline on a document twice: the layers lie inside the text and in order, and come out the same.</summary>
    private static AnnotatedDocument Annotate(Document document)
    {
        var annotated = Pipeline.Run(document);
        var violations = Violations(annotated).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal(Canonical.Of(annotated), Canonical.Of(Pipeline.Run(document with { })));
        return annotated;
    }

    /// <summary>Every span of every layer against the text: inside it, equal to the words it names, and in order.</summary>
    private static IEnumerable<string> Violations(AnnotatedDocument d)
    {
        var text = d.Source.Text;
        bool Inside(int start, int end) => start >= 0 && start <= end && end <= text.Length;
        bool Names(int start, int end, string words) => Inside(start, end) && text[start..end] == words;

        var previousEnd = 0;
        for (var i = 0; i < d.Units.Count; i++)
        {
            var u = d.Units[i].Unit;
            if (u.Index != i) yield return $"unit {i} is numbered {u.Index}";
            if (u.Start >= u.End || !Names(u.Start, u.End, u.Text)) yield return $"unit {i} [{u.Start}, {u.End}) is not its text";
            if (u.Start < previousEnd) yield return $"unit {i} starts at {u.Start}, inside the unit before (ends {previousEnd})";
            previousEnd = u.End;
            var tokenEnd = u.Start;
            foreach (var t in d.Units[i].Tokens)
            {
                if (t.Length <= 0 || t.Start < tokenEnd || t.End > u.End) yield return $"unit {i}: token [{t.Start}, {t.End}) is empty, out of order or outside [{u.Start}, {u.End})";
                tokenEnd = t.End;
            }
        }

        if (d.Claims.Count != d.Units.Count) yield return $"{d.Claims.Count} claims for {d.Units.Count} units";
        if (d.Times.Count != d.Claims.Count) yield return $"{d.Times.Count} passages of times for {d.Claims.Count} claims";
        var spans = d.Units.Select(u => (u.Unit.Start, u.Unit.End)).ToHashSet();
        for (var i = 0; i < Math.Min(d.Claims.Count, d.Units.Count); i++)
        {
            var c = d.Claims[i];
            var u = d.Units[i].Unit;
            if (c.Index != i || c.DocumentId != d.Id || (c.Start, c.End, c.Text, c.Kind) != (u.Start, u.End, u.Text, u.Kind)) yield return $"claim {c.Id} is not unit {i}";
            foreach (var m in c.Mentions)
                if (m.Start >= m.End || m.Start < c.Start || m.End > c.End || !Names(m.Start, m.End, m.Text)) yield return $"claim {c.Id}: mention {m} is not a span of the claim";
            foreach (var q in c.Cues)
            {
                if (!Names(q.Start, q.End, q.Text)) yield return $"claim {c.Id}: cue {q} is not a span of the text";
                // A cue outside its own unit is inherited: a lead-in's hedge, a speaker named where a quotation closes or before
                // it continues, an epigraph's byline. It is then a cue of another claim, or a whole unit.
                var own = q.Start >= c.Start && q.End <= c.End;
                var inherited = spans.Contains((q.Start, q.End)) || d.Claims.Any(o => o != c && o.Cues.Any(x => (x.Start, x.End, x.Text) == (q.Start, q.End, q.Text)));
                if (!own && !inherited) yield return $"claim {c.Id}: cue {q} lies outside it and is no other claim's";
            }
        }

        if (d.Date is { Source: DateSource.Dateline or DateSource.FrontMatter } date && !Names(date.Start, date.End, date.Evidence))
            yield return $"the document's date {date} is not a span of the text";
        for (var i = 0; i < Math.Min(d.Times.Count, d.Claims.Count); i++)
        {
            var c = d.Claims[i];
            var last = c.Start;
            foreach (var t in d.Times[i].Own)
            {
                if (t.Start < last || t.End > c.End || t.Start >= t.End || !Names(t.Start, t.End, t.Text)) yield return $"claim {c.Id}: time {t} [{t.Start}, {t.End}) is out of order or not a span of the claim";
                last = t.End;
            }
            if (d.Times[i].Main is { } main && !d.Times[i].Own.Contains(main)) yield return $"claim {c.Id}: main time {main} is not one of its own";
            if (d.Times[i].Inherited is { } inherited && !d.Times.Take(i).Any(p => p.Own.Contains(inherited)) && !d.Times[i].InheritedFromDocument)
                yield return $"claim {c.Id}: inherited time {inherited} comes from no passage before it";
        }

        foreach (var e in d.Events)
        {
            var c = d.Claims.FirstOrDefault(x => x.Id == e.ClaimId);
            if (c is null || e.DocumentId != d.Id) { yield return $"event {e} names no claim of the document"; continue; }
            if (e.Start >= e.End || e.Start < c.Start || e.End > c.End) yield return $"event {e}: its words [{e.Start}, {e.End}) lie outside claim [{c.Start}, {c.End})";
            if (e.Source == e.Target) yield return $"event {e} has one actor on both sides";
            if (e.Time is { Source: EventTimeSource.Stated } when && (when.Expression.Start < c.Start || when.Expression.End > c.End))
                yield return $"event {e}: its stated time {when.Expression} lies outside its claim";
        }
        foreach (var f in d.Figures)
            if (!d.Claims.Contains(f.Claim) || !f.Claim.Text.Contains(f.Words, StringComparison.Ordinal)) yield return $"figure {f.Kind} '{f.Words}' is not words of a claim of the document";
        foreach (var o in d.Outcomes)
            if (!d.Claims.Contains(o.Claim) || o.Cue.Length == 0) yield return $"outcome {o.Actor} {o.Direction} '{o.Cue}' is not a claim of the document";
    }

    /// <summary>The text as a page: now a bare fragment, now a whole document whose metadata gives a date, some at the edges
    /// of the calendar.</summary>
    private static string Page(string text, int seed, int index) =>
        RandomText.Published(seed, index) is { } date && index % 2 == 0
            ? $"<html><head><title>{index}</title><meta property=\"article:published_time\" content=\"{date:yyyy-MM-dd}\"></head><body>{text}</body></html>"
            : text;

    /// <summary>Runs a check on one random document; whatever fails names the seed and the document, so it can be replayed.</summary>
    private static void Replay(int seed, string which, string text, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e)
        {
            throw new XunitException($"seed {seed}, {which} (TESSERA_RANDOM_SEED={seed} replays it): {e.GetType().Name}: {e.Message}\ntext: {Visible(text)}", e);
        }
    }

    /// <summary>The text with everything outside printable ASCII written as \uXXXX, and cut short: a failure message can be read.</summary>
    private static string Visible(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Length > 600 ? text[..600] : text)
            sb.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        return sb.Append(text.Length > 600 ? $"… ({text.Length} chars)" : "").ToString();
    }
}
