using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Analysis.Corroboration;

/// <summary>How a claim's origin is known.</summary>
public enum OriginBasis
{
    /// <summary>The text names who first made it ("citing the health ministry", "according to the interior ministry").</summary>
    Cited,
    /// <summary>The text says who says it, and names no one before them.</summary>
    Speaker,
    /// <summary>The source asserts it in its own voice.</summary>
    Source,
    /// <summary>It is a word-for-word copy of an earlier report, whose origin it takes (wire copy).</summary>
    Copy,
}

/// <summary>Who first made a claim, and the reports that passed it on, nearest the reader first: "Steppe Wire, relaying State
/// television, relaying the health ministry".</summary>
/// <param name="Name">The origin as an analyst would name it.</param>
/// <param name="Key">What two claims must share to have one origin: the name folded for case, or the source's publisher.</param>
/// <param name="Relays">The publishers and speakers between the reader and the origin, nearest first.</param>
/// <param name="CopyOf">For a copy, the earliest claim it reproduces.</param>
public sealed record ClaimOrigin(string ClaimId, string Name, string Key, OriginBasis Basis, IReadOnlyList<string> Relays, string? CopyOf = null);

/// <summary>Reads each claim's origin: the one the text cites, else its speaker, else its source; a word-for-word copy of an
/// earlier report takes that report's origin.</summary>
public static class ClaimOrigins
{
    /// <param name="sourceOrigin">Each source's own origin: one publisher, or documents that copy one another, count once.</param>
    /// <param name="copies">Pairs of claims of different sources that are word-for-word the same.</param>
    public static Dictionary<string, ClaimOrigin> Of(IReadOnlyList<Claim> claims, IReadOnlyList<StoredSource> sources,
        IReadOnlyDictionary<string, string> sourceOrigin, IEnumerable<(string A, string B)> copies)
    {
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // Made at its size: at 10,000 documents a map of 600,000 claims grown by doubling leaves its smaller copies as garbage.
        var origins = new Dictionary<string, ClaimOrigin>(claims.Count, StringComparer.Ordinal);
        var shared = new SharedParts();
        foreach (var c in claims.Where(c => c.IsClaim)) origins[c.Id] = Own(c, byId.GetValueOrDefault(c.DocumentId), sourceOrigin, shared);

        // Copies form clusters; each takes the origin of its earliest report (by publication date, then source and unit).
        var linked = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in copies)
        {
            (linked.TryGetValue(a, out var la) ? la : linked[a] = []).Add(b);
            (linked.TryGetValue(b, out var lb) ? lb : linked[b] = []).Add(a);
        }
        if (linked.Count == 0) return origins;
        var claimById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in linked.Keys.Order(StringComparer.Ordinal))
        {
            if (!seen.Add(start)) continue;
            var cluster = new List<string> { start };
            for (var i = 0; i < cluster.Count; i++)
                foreach (var next in linked[cluster[i]])
                    if (seen.Add(next)) cluster.Add(next);
            var earliest = cluster.Where(origins.ContainsKey).OrderBy(id => byId.GetValueOrDefault(claimById[id].DocumentId)?.Published ?? DateOnly.MaxValue)
                .ThenBy(id => claimById[id].DocumentId, StringComparer.Ordinal).ThenBy(id => claimById[id].Index).FirstOrDefault();
            if (earliest is null) continue;
            var first = origins[earliest];
            foreach (var id in cluster.Where(id => id != earliest && origins.ContainsKey(id)))
                origins[id] = first with { ClaimId = id, Basis = OriginBasis.Copy, CopyOf = earliest,
                    Relays = [Publisher(byId.GetValueOrDefault(claimById[id].DocumentId), claimById[id].DocumentId), .. first.Relays] };
        }
        return origins;
    }

    private static ClaimOrigin Own(Claim c, StoredSource? source, IReadOnlyDictionary<string, string> sourceOrigin, SharedParts shared)
    {
        var publisher = Publisher(source, c.DocumentId);
        if (c.Origin is { } cited)
            return new ClaimOrigin(c.Id, cited, shared.Key(Fold(cited)), OriginBasis.Cited,
                [publisher, .. c.Speakers.Where(s => Fold(s) != Fold(cited))]);
        if (c.Speakers.Count > 0)
            return new ClaimOrigin(c.Id, c.Speakers[0], shared.Key(Fold(c.Speakers[0])), OriginBasis.Speaker, shared.Relayed(publisher));
        return new ClaimOrigin(c.Id, publisher, shared.Key("source:" + sourceOrigin.GetValueOrDefault(c.DocumentId, c.DocumentId)), OriginBasis.Source, []);
    }

    /// <summary>The parts many claims' origins have alike, made once: a case of 10,000 documents has over 600,000 claims and a few
    /// thousand origins, and each claim made its own copy of its origin's key and of its one-publisher relay chain.</summary>
    private sealed class SharedParts
    {
        private readonly WordPool _keys = new();
        private readonly Dictionary<string, IReadOnlyList<string>> _relays = new(StringComparer.Ordinal);

        public string Key(string key) => _keys.Of(key);

        public IReadOnlyList<string> Relayed(string publisher) => _relays.TryGetValue(publisher, out var kept) ? kept : _relays[publisher] = [publisher];
    }

    private static string Publisher(StoredSource? s, string id) => s is null || s.Publisher.Length == 0 ? id : s.Publisher;

    /// <summary>A name as a key: case, spacing and a leading "the" do not matter.</summary>
    public static string Fold(string name)
    {
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Length > 1 && words[0] == "the" ? words[1..] : words);
    }
}
