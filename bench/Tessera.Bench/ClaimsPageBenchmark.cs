using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Tessera.Analysis;
using Tessera.Analysis.Causes;
using Tessera.Analysis.Consequences;
using Tessera.Analysis.Corroboration;
using Tessera.Analysis.Credibility;
using Tessera.Analysis.Events;
using Tessera.Analysis.Forecasts;
using Tessera.Analysis.Network;
using Tessera.Analysis.Summary;
using Tessera.Analysis.Timeline;
using Tessera.Output.Brief;
using Tessera.Reading;
using Tessera.Workbench;

namespace Tessera.Bench;

/// <summary>What one stretch of requests to the claims page cost: answer times, CPU, and the memory held after it.</summary>
/// <param name="HeapAfter">The managed heap after a full collection at the end of the stretch: what the server keeps.</param>
/// <param name="WorkingSet">The process's working set at the end of the stretch.</param>
internal sealed record RequestStretch(int From, int To, double MedianMs, double P95Ms, double MaxMs, double CpuSeconds, long HeapAfter, long WorkingSet);

/// <summary>Answer time of one kind of claims-page request, over every time it was asked.</summary>
internal sealed record QueryTiming(string Query, int Count, double MedianMs, double P95Ms, int Claims);

/// <summary>The claims page of a large case, asked over real HTTP as a browser asks it: the case is made from the corpus's
/// documents until it holds the claims wanted, assessed into a store, served by the workbench in this process, and asked a
/// fixed rotation of filters, orders and pages.</summary>
internal static class ClaimsPageBenchmark
{
    /// <summary>The rotation: unfiltered, deep pages, each filter, each order, and filters that let through almost nothing.</summary>
    public static readonly string[] Queries =
    [
        "/claims", "/claims?page=1000", "/claims?sort=credibility", "/claims?sort=date&page=500", "/claims?flag=hedged",
        "/claims?flag=contested", "/claims?flag=retracted", "/claims?flag=vaguely_sourced&sort=credibility", "/claims?q=ministry",
        "/claims?q=no+such+words+anywhere", "/claims?credibility=3", "/claims?band=likely", "/claims?from=2022-01-10&to=2022-01-12",
        "/claims?actor=Russia", "/claims?speaker=official", "/claims?source={source}", "/claims?source={source}&flag=prediction&sort=date",
    ];

    /// <summary>Writes DIR/case.yaml and DIR/sources/ from the corpus's first documents until they hold <paramref name="claims"/>
    /// claims (counted by the reader); a folder already made for as many claims is kept, store and all.</summary>
    public static (string Folder, int Claims, int Sources) MakeCase(CorpusFolder corpus, string folder, int claims, LanguageResources resources)
    {
        var marker = Path.Combine(folder, "made-for.txt");
        if (File.Exists(marker) && File.ReadAllText(marker).Split(' ') is [var n, var c, var s] && n == claims.ToString(CultureInfo.InvariantCulture))
            return (folder, int.Parse(c, CultureInfo.InvariantCulture), int.Parse(s, CultureInfo.InvariantCulture));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var sources = Directory.CreateDirectory(Path.Combine(folder, "sources")).FullName;
        var yaml = new System.Text.StringBuilder("title: Claims page benchmark\nsources:\n");
        int found = 0, count = 0;
        foreach (var file in corpus.Files)
        {
            if (found >= claims) break;
            var read = DocumentReader.Read(file.Path);
            if (!read.Ok) continue;
            found += resources.Claims.Extract(read.Value!).Count(x => x.IsClaim);
            var name = Path.GetFileName(file.Path);
            File.Copy(file.Path, Path.Combine(sources, name));
            // Dates and publishers vary so the date filter and the sources list have something to sort.
            yaml.Append(CultureInfo.InvariantCulture, $"  - file: sources/{name}\n    publisher: Outlet {count % 97}\n    date: 2022-01-{1 + count % 28:00}\n");
            count++;
        }
        if (found < claims) throw new UsageException($"the corpus holds only {found} claims; generate a larger one (--mb)");
        File.WriteAllText(Path.Combine(folder, "case.yaml"), yaml.ToString());
        File.WriteAllText(marker, string.Create(CultureInfo.InvariantCulture, $"{claims} {found} {count}"));
        return (folder, found, count);
    }

    /// <summary>Loads the case (assessing what the store does not hold), serves it, and asks the rotation <paramref name="requests"/>
    /// times after <paramref name="warmup"/> unmeasured requests.</summary>
    public static async Task<int> Run(string caseFolder, int requests, int warmup, int stretch, TextWriter o)
    {
        var resources = new LanguageResources();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var session = new CaseSession(caseFolder, Path.Combine(caseFolder, "bench.db"), resources);
        var opened = CaseInput.Analyse([caseFolder], Path.Combine(caseFolder, "bench.db"), resources);
        if (!opened.Ok)
        {
            o.WriteLine(opened.Problem!.ToString());
            return 2;
        }
        var (input, analysis) = opened.Value;
        var assessedSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var findings = ClaimsPageFindings(analysis, resources);
        session.Use(new CaseSnapshot(input, analysis, findings, new BriefDocument(input.File.Title, "", "", [], findings)));
        var total = session.Current.Findings.Case.Claims.Count(c => c.IsClaim);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"LOAD claims={total} sources={session.Current.Opened.Case.Sources.Count} assessed_seconds={assessedSeconds:0.0} seconds={Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} cpu_seconds={(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:0.0}"));

        var app = Tessera.Workbench.Workbench.Create(session, "127.0.0.1:0").Value!;
        var address = (await Tessera.Workbench.Workbench.StartAsync(app)).TrimEnd('/');
        using var http = new HttpClient();
        var someSource = session.Current.Opened.Case.Sources[session.Current.Opened.Case.Sources.Count / 2].Id;
        var rotation = Queries.Select(q => q.Replace("{source}", Uri.EscapeDataString(someSource), StringComparison.Ordinal)).ToArray();
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);

        async Task<double> Ask(string query)
        {
            var t = Stopwatch.GetTimestamp();
            var html = await http.GetStringAsync(address + query);
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            matched[query] = Count(html);
            return ms;
        }

        for (var i = 0; i < warmup; i++) await Ask(rotation[i % rotation.Length]);
        var times = new List<(string Query, double Ms)>();
        var stretches = new List<RequestStretch>();
        for (var from = 0; from < requests; from += stretch)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var these = new List<double>();
            for (var i = from; i < Math.Min(requests, from + stretch); i++)
            {
                var q = rotation[i % rotation.Length];
                var ms = await Ask(q);
                these.Add(ms);
                times.Add((q, ms));
            }
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var self = Process.GetCurrentProcess();
            stretches.Add(new RequestStretch(from + 1, from + these.Count, Percentile(these, 50), Percentile(these, 95), these.Max(), cpuSeconds, heap, self.WorkingSet64));
        }
        await app.StopAsync();
        await app.DisposeAsync();
        var (kept, rebuilt) = IndexAgainstRebuilt(session.Current, rotation, rounds: 2);

        foreach (var s in stretches)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"STRETCH requests={s.From}-{s.To} median_ms={s.MedianMs:0.0} p95_ms={s.P95Ms:0.0} max_ms={s.MaxMs:0.0} cpu_seconds={s.CpuSeconds:0.00} heap_mb={s.HeapAfter / Units.Mebibyte:0.0} working_set_mb={s.WorkingSet / Units.Mebibyte:0.0}"));
        foreach (var g in times.GroupBy(t => t.Query))
        {
            var ms = g.Select(t => t.Ms).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"QUERY {g.Key} count={ms.Count} median_ms={Percentile(ms, 50):0.0} p95_ms={Percentile(ms, 95):0.0} claims={matched[g.Key]}"));
        }
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"INDEX kept_cpu_ms_per_request={kept:0.00} rebuilt_cpu_ms_per_request={rebuilt:0.00} rebuilt_over_kept={rebuilt / kept:0.0}"));
        var all = times.Select(t => t.Ms).ToList();
        var (first, last) = (stretches[0], stretches[^1]);
        var unfiltered = times.Where(t => t.Query == "/claims").Select(t => t.Ms).ToList();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT claims={total} requests={requests} median_ms={Percentile(all, 50):0.0} p95_ms={Percentile(all, 95):0.0} max_ms={all.Max():0.0} " +
            $"last_over_first_median={last.MedianMs / first.MedianMs:0.00} last_over_first_heap={(double)last.HeapAfter / first.HeapAfter:0.00} " +
            $"slowest_query_over_unfiltered={times.GroupBy(t => t.Query).Max(g => Percentile(g.Select(t => t.Ms).ToList(), 50)) / Percentile(unfiltered, 50):0.00}"));
        return 0;
    }

    /// <summary>The analysis steps whose results the claims page reads (credibility, and the corroboration behind it and behind
    /// the retracted and contested flags), run as <see cref="Findings.Of"/> runs them; the rest left empty.</summary>
    /// <remarks>Every other step of the full analysis is left out because at 100,000 generated claims it did not finish in the
    /// time a run on the shared machine has (docs/performance.md); the claims page does not read them.</remarks>
    private static Findings ClaimsPageFindings(CaseAnalysis analysis, LanguageResources resources)
    {
        var assessed = analysis.Case;
        var events = CaseEvents.Of(assessed);
        var corroboration = DatasetConfirmations.Apply(Corroborator.Run(assessed, resources.Corroboration), events);
        var credibility = ClaimCredibility.Grade(assessed, corroboration, resources.Credibility);
        return new Findings(assessed, CaseSummary.Of(assessed), null, corroboration, ForecastScoring.Report([], resources.Forecasts), events,
            new Timeline([], [], [], []), new ActorNetwork([], []), Consequences.Build([]), [], credibility, new CaseCauses([], [], []));
    }

    /// <summary>CPU milliseconds per claims-page query with the snapshot's index, and with the index laid out again for each
    /// query, as the page did before it kept one: looking every claim's grade, date and flags up and sorting on each request.</summary>
    private static (double Kept, double Rebuilt) IndexAgainstRebuilt(CaseSnapshot snapshot, string[] rotation, int rounds)
    {
        var queries = rotation.Select(q => ClaimQuery.Parse(new QueryCollection(QueryHelpers.ParseQuery(new Uri("http://bench" + q).Query)))).ToList();
        double CpuMs(Func<ClaimQuery, ClaimPage> run)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pages = 0;
            for (var r = 0; r < rounds; r++)
                foreach (var q in queries) pages += run(q).Claims.Count;
            GC.KeepAlive(pages);
            return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (rounds * queries.Count);
        }
        var kept = CpuMs(snapshot.ClaimIndex.Run);
        var rebuilt = CpuMs(q => ClaimIndex.Build(snapshot.Findings).Run(q));
        return (kept, rebuilt);
    }

    /// <summary>The claim count the page prints ("1,234 claims" in its p.pages span), so a filter that matches nothing is seen.</summary>
    private static int Count(string html)
    {
        var at = html.IndexOf("<span class=\"count\">", StringComparison.Ordinal);
        if (at < 0) return -1;
        var start = at + "<span class=\"count\">".Length;
        var end = html.IndexOf(' ', start);
        return int.TryParse(html.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
