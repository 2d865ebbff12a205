using Tessera.Analysis;
using Tessera.Claims;

namespace Tessera.Workbench;

/// <summary>A snapshot's claims laid out for the claims page: each claim's credibility grade, source date and flags read once,
/// the orders by credibility and by date sorted once, and each source's claims listed once; built with the snapshot, so a
/// request filters arrays instead of asking the findings per claim and sorting the claims again.</summary>
/// <remarks>The benchmark (bench/README.md, "claims page") decided it: at 100,000 claims the scan that looked every claim's
/// credibility and contradictions up and sorted the matches on each request was the slow part of the page.</remarks>
public sealed class ClaimIndex
{
    private readonly Claim[] _claims;
    private readonly int[] _grade;
    private readonly DateOnly?[] _published;
    private readonly int[] _flags;
    private readonly int[] _byCredibility;
    private readonly int[] _byDate;
    private readonly Dictionary<string, int[]> _bySource;

    private ClaimIndex(Findings findings)
    {
        var assessed = findings.Case;
        _claims = assessed.Claims.Where(c => c.IsClaim).ToArray();
        _grade = new int[_claims.Length];
        _published = new DateOnly?[_claims.Length];
        _flags = new int[_claims.Length];
        for (var i = 0; i < _claims.Length; i++)
        {
            var c = _claims[i];
            _grade[i] = findings.CredibilityOf(c.Id)?.Grade ?? 0;
            _published[i] = assessed.Source(c.DocumentId)?.Published;
            for (var f = 0; f < ClaimQuery.Flags.Length; f++)
                if (ClaimQuery.HasFlag(findings, c, ClaimQuery.Flags[f])) _flags[i] |= 1 << f;
        }
        var positions = Enumerable.Range(0, _claims.Length);
        // Stable orders, as the page's sorts were: a claim without a grade or a date goes last, ties keep case order.
        _byCredibility = positions.OrderBy(i => _grade[i] == 0 ? 6 : _grade[i]).ToArray();
        _byDate = positions.OrderBy(i => _published[i] ?? DateOnly.MaxValue).ToArray();
        _bySource = positions.GroupBy(i => _claims[i].DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Lays out the claims of one snapshot's findings.</summary>
    public static ClaimIndex Build(Findings findings) => new(findings);

    /// <summary>How many claims the case holds.</summary>
    public int Count => _claims.Length;

    /// <summary>One page of the claims that pass every filter, in the query's order, and how many pass in all: one pass over
    /// the claims in that order (only a source's claims when the query names a source), keeping the page's fifty.</summary>
    public ClaimPage Run(ClaimQuery q)
    {
        IEnumerable<int> order = q.Sort switch { "credibility" => _byCredibility, "date" => _byDate, _ => Enumerable.Range(0, _claims.Length) };
        if (q.Source is not null)
        {
            if (!_bySource.TryGetValue(q.Source, out var own)) return new ClaimPage([], 0);
            var mine = own.ToHashSet();
            order = q.Sort == "source" ? own : order.Where(mine.Contains);
        }
        var flag = q.Flag is null ? 0 : 1 << Array.IndexOf(ClaimQuery.Flags, q.Flag);
        var skip = (q.Page - 1) * ClaimQuery.PageSize;
        var page = new List<Claim>(ClaimQuery.PageSize);
        var total = 0;
        foreach (var i in order)
        {
            if (!Matches(q, i, flag)) continue;
            if (total >= skip && page.Count < ClaimQuery.PageSize) page.Add(_claims[i]);
            total++;
        }
        return new ClaimPage(page, total);
    }

    private bool Matches(ClaimQuery q, int i, int flag)
    {
        if (flag != 0 && (_flags[i] & flag) == 0) return false;
        if (q.Credibility is { } grade && _grade[i] != grade) return false;
        if (q.From is not null || q.To is not null)
        {
            var published = _published[i];
            if (published is null || published < q.From || published > q.To) return false;
        }
        var c = _claims[i];
        if (q.Band is not null && !string.Equals(c.Band?.Name, q.Band, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.Speaker is not null && !c.Speakers.Any(s => s.Contains(q.Speaker, StringComparison.OrdinalIgnoreCase))) return false;
        if (q.Actor is not null && !c.Actors.Any(a => a.Equals(q.Actor, StringComparison.OrdinalIgnoreCase))) return false;
        return q.Text is null || c.Text.Contains(q.Text, StringComparison.OrdinalIgnoreCase);
    }
}
