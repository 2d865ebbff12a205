using System.Globalization;
using Tessera.Claims;
using Tessera.Language;

namespace Tessera.Events;

/// <summary>A number a claim gives for something counted (a death toll, the number detained), with the words it was given in.</summary>
/// <param name="Kind">What is counted ("death toll", "detained", "troops"), from analysis/figures.tsv.</param>
/// <param name="Value">The number, or null for a count in words ("dozens").</param>
/// <param name="Words">The figure as written, with its approximation ("nearly 10,000").</param>
/// <param name="Claim">The claim that gives it.</param>
/// <param name="Retracted">The claim or the sentence after it takes the figure back.</param>
public sealed record FigureClaim(string Kind, double? Value, string Words, Claim Claim, bool Retracted)
{
    public string ClaimId => Claim.Id;
    public string SourceId => Claim.DocumentId;
}

/// <summary>Finds counted figures in claims with the cue words of analysis/figures.tsv.</summary>
public sealed class FigureReader
{
    private const int ForwardReach = 7, BackwardReach = 6;
    private readonly Dictionary<string, string> _cues = new(StringComparer.Ordinal);
    private readonly List<string[]> _sub = [], _approx = [], _retraction = [], _acts = [];
    private readonly HashSet<string> _old = new(StringComparer.Ordinal), _new = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vague = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _chain = new(StringComparer.Ordinal);

    /// <summary>The words that are acts of taking something back ("withdrew", "retracted"), not judgments of it ("was an error"):
    /// corroboration reads them for statements without a figure, cut into words as every phrase of this file is.</summary>
    public IReadOnlyList<string[]> TakingBack => _acts;

    // The approximations longest first (in the file's order among those as long), sorted once rather than for every number.
    private readonly List<string[]> _approxLongestFirst;

    public FigureReader(LanguageData data)
    {
        foreach (var row in data.Rows("analysis/figures.tsv"))
        {
            var words = PhraseMatcher<bool>.Split(row[0]);
            switch (row[1])
            {
                case "cue": _cues[row[0]] = row[2]; break;
                case "sub": _sub.Add(words); break;
                case "approx": _approx.Add(words); break;
                case "vague": _vague.Add(row[0]); break;
                case "retraction": _retraction.Add(words); _acts.Add(words); break;
                case "error": _retraction.Add(words); break;
                case "old": _old.Add(row[0]); break;
                case "new": _new.Add(row[0]); break;
                case "stop": _stops.Add(row[0]); break;
                case "chain": _chain.Add(row[0]); break;
                default: throw new InvalidOperationException($"figure role '{row[1]}' passed the file's format but has no reading");
            }
        }
        _approxLongestFirst = _approx.OrderByDescending(p => p.Length).ToList();
    }

    /// <summary>The figures of a document's claims in order; a retraction in the next sentence applies to the one before.</summary>
    /// <param name="locals">Each claim's tokens over its own text, when the pipeline has cut them already.</param>
    public IReadOnlyList<FigureClaim> Read(IReadOnlyList<Claim> claims, Func<Claim, IEnumerable<(int Start, int End)>>? timeSpans = null, IReadOnlyList<TokenizedUnit>? locals = null)
    {
        var result = new List<FigureClaim>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (!claims[i].IsClaim) continue;
            var next = i + 1 < claims.Count ? locals?[i + 1] ?? TokenizedUnit.Sentence(claims[i + 1].Text) : null;
            var retractedNext = next is not null && Retracts(next) && !HasNumber(next);
            result.AddRange(Read(claims[i], timeSpans?.Invoke(claims[i]) ?? [], locals?[i]).Select(f => retractedNext ? f with { Retracted = true } : f));
        }
        return result;
    }

    /// <summary>The figures of one claim; numbers inside the given time expressions (document offsets) are dates, not counts.</summary>
    public IEnumerable<FigureClaim> Read(Claim claim, IEnumerable<(int Start, int End)> times, TokenizedUnit? local = null)
    {
        var u = local ?? TokenizedUnit.Sentence(claim.Text);
        var dates = times.Select(t => (t.Start - claim.Start, t.End - claim.Start)).ToList();
        var retracts = Retracts(u);
        var found = new List<(FigureClaim Figure, bool Old)>();
        string? chainKind = null;
        for (var k = 0; k < u.Count; k++)
        {
            var isNumber = u.Tokens[k].Kind == TokenKind.Number && !dates.Any(d => u.Tokens[k].Start >= d.Item1 && u.Tokens[k].End <= d.Item2);
            if (!isNumber && !_vague.Contains(u.Lower[k])) { if (u.IsPunct(k) && u.Lower[k] is not ("-" or "\"" or "“" or "”")) chainKind = null; continue; }
            if (StandsAfter(_sub, u, k, 4)) continue;
            var first = ApproxStart(u, k);
            var before = first >= 1 ? u.Lower[first - 1] : null;
            // "12 dead and 30 injured", "..., then 225": a number after a chaining word counts what the one before counted;
            // so does the new figure of a revision ("from 164 to 225").
            var chained = before is not null && (_chain.Contains(before) || (retracts && _new.Contains(before)));
            var kind = Forward(u, k) ?? Backward(u, k) ?? (chained ? chainKind : null);
            if (kind is null) continue;
            chainKind = kind;
            double? value = isNumber && double.TryParse(u.Lower[k].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            // Hundreds of digits parse as infinity: no count anyone reports, and no number JSON can hold.
            if (value is { } x && !double.IsFinite(x)) continue;
            // "corrected its count to 40": the number after a new word is the one that stands.
            var replacing = retracts && chained && _new.Contains(before!);
            found.Add((new FigureClaim(kind, value, u.Slice(first, k + 1), claim, retracts && !replacing), retracts && before is not null && _old.Contains(before)));
        }
        // A revision names the figure it takes back after an old word and keeps the rest: only the old one is retracted.
        var revision = found.Any(f => f.Old);
        return found.Select(f => revision && !f.Old ? f.Figure with { Retracted = false } : f.Figure).ToList();
    }

    /// <summary>"164 deaths", "225 people had died": a cue within a few words after the number, before any other number or mark.</summary>
    private string? Forward(TokenizedUnit u, int k)
    {
        for (var j = k + 1; j < u.Count && j <= k + ForwardReach; j++)
        {
            if (_cues.TryGetValue(u.Lower[j], out var kind)) return kind;
            if (u.Tokens[j].Kind == TokenKind.Number || (u.IsPunct(j) && u.Lower[j] is not ("\"" or "“" or "”" or "-"))) return null;
            if (_stops.Contains(u.Lower[j]) && !(j == k + 1 && u.Lower[j] == "of")) return null;
        }
        return null;
    }

    /// <summary>"a toll of 164", "the number detained is given as about 10,000": a cue a few words before the number.</summary>
    private string? Backward(TokenizedUnit u, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - BackwardReach; j--)
        {
            if (_cues.TryGetValue(u.Lower[j], out var kind)) return kind;
            if (u.Tokens[j].Kind == TokenKind.Number || u.IsPunct(j)) return null;
        }
        return null;
    }

    private int ApproxStart(TokenizedUnit u, int k)
    {
        foreach (var p in _approxLongestFirst)
            if (u.HasAt(k - p.Length, p)) return k - p.Length;
        return k;
    }

    private static bool StandsAfter(List<string[]> phrases, TokenizedUnit u, int k, int window)
    {
        for (var j = k - 1; j >= 0 && j >= k - window; j--)
            foreach (var p in phrases)
                if (u.HasAt(j - p.Length + 1, p)) return true;
        return false;
    }

    private bool Retracts(TokenizedUnit u)
    {
        foreach (var p in _retraction)
            if (Phrase.In(u.Lower, p)) return true;
        return false;
    }

    private static bool HasNumber(TokenizedUnit u) => u.Tokens.Any(t => t.Kind == TokenKind.Number);


}
