using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Bench;

/// <summary>One corroboration over the first claims of a corpus: how long it took, the memory it held, and what it found.</summary>
/// <param name="Fingerprint">A hash of the groups' claim ids, so two engines' groupings can be compared without printing them.</param>
internal sealed record CorroborationRun(int Claims, int Documents, double Seconds, double CpuSeconds, long PeakBytes, int Groups, int Grouped, int Contradictions, string Fingerprint);

/// <summary>Times `Corroborator.Run` alone on claims extracted from generated news, at the sizes asked for: the analysis step that
/// grew as n² when every pair sharing a word was compared.</summary>
internal static class CorroborationBenchmark
{
    public static IEnumerable<CorroborationRun> Run(CorpusFolder corpus, IReadOnlyList<int> sizes)
    {
        var resources = new LanguageResources();
        var lex = resources.Corroboration;
        var (claims, sources) = Claims(corpus, sizes.Max(), resources);
        // A small run first, so the JIT's compilation is not charged to the first size measured.
        Corroborator.Run(claims.Take(Math.Min(200, claims.Count)).ToList(), sources, lex);
        foreach (var n in sizes)
        {
            var take = UpTo(claims, n);
            var used = take.Select(c => c.DocumentId).ToHashSet(StringComparer.Ordinal);
            var docs = sources.Where(s => used.Contains(s.Id)).ToList();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(true);
            var peak = new PeakSampler();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var result = Corroborator.Run(take, docs, lex);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var held = Math.Max(0, peak.Stop() - before);
            yield return new CorroborationRun(take.Count(c => c.IsClaim), docs.Count, seconds, cpuSeconds, held, result.Groups.Count,
                result.Groups.Sum(g => g.ClaimIds.Count), result.Contradictions.Count, Fingerprint(result));
        }
    }

    public static void Print(CorroborationRun r, TextWriter o) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT claims={r.Claims} documents={r.Documents} seconds={r.Seconds:0.000} cpu_seconds={r.CpuSeconds:0.000} peak_mb={r.PeakBytes / Units.Mebibyte:0} groups={r.Groups} grouped={r.Grouped} contradictions={r.Contradictions} fingerprint={r.Fingerprint}"));

    /// <summary>Claims of the corpus's documents in name order until there are enough; each document is a source with a date, as
    /// a case has, so series and relays see an order.</summary>
    private static (List<Claim>, List<StoredSource>) Claims(CorpusFolder corpus, int wanted, LanguageResources resources)
    {
        var claims = new List<Claim>();
        var sources = new List<StoredSource>();
        var found = 0;
        foreach (var file in corpus.Files)
        {
            if (found >= wanted) break;
            var read = DocumentReader.Read(file.Path);
            if (!read.Ok) continue;
            var doc = read.Value!;
            var extracted = resources.Claims.Extract(doc);
            claims.AddRange(extracted);
            found += extracted.Count(c => c.IsClaim);
            sources.Add(new StoredSource(doc.Id, file.Path, doc.Title, $"Outlet {sources.Count % 97}",
                new DateOnly(2022, 1, 1 + sources.Count % 28), doc.Grade, "", doc.Format));
        }
        return (UpTo(claims, wanted), sources);
    }

    /// <summary>The units up to the one that makes the given number of claims (headings and the like ride along).</summary>
    private static List<Claim> UpTo(List<Claim> units, int claims)
    {
        var kept = new List<Claim>();
        var count = 0;
        foreach (var c in units)
        {
            if (count >= claims) break;
            kept.Add(c);
            if (c.IsClaim) count++;
        }
        return kept;
    }

    private static string Fingerprint(CorroborationResult result)
    {
        var text = string.Join('\n', result.Groups.Select(g => string.Join(' ', g.ClaimIds)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
    }

    /// <summary>The largest managed heap seen while corroboration runs, sampled on a timer thread.</summary>
    private sealed class PeakSampler
    {
        private long _peak;
        private readonly Timer _timer;

        public PeakSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(false))), null, 0, 50);
        }

        public long Stop()
        {
            _timer.Dispose();
            return Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(false));
        }
    }
}
