using Tessera.Events;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Language;
using Tessera.Stance;

namespace Tessera.Analysis.Consequences;

/// <summary>What the claims say an actor gains or loses, summed: the balance an analyst reads at the end of a brief.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Gains">Claims that it gains.</param>
/// <param name="Losses">Claims that it loses.</param>
public sealed record ActorBalance(string Actor, IReadOnlyList<OutcomeEntry> Gains, IReadOnlyList<OutcomeEntry> Losses)
{
    /// <summary>Gains minus losses, counting each claim once.</summary>
    public int Net => Gains.Count - Losses.Count;

    /// <summary>"gains", "loses" or "mixed".</summary>
    public string Verdict => Net > 0 ? "gains" : Net < 0 ? "loses" : "mixed";

    public IReadOnlyList<string> SourceIds => Gains.Concat(Losses).Select(e => e.SourceId).Distinct().ToList();
}

/// <summary>Consequences per actor: every claim that an actor gains or loses, and the balance for each actor.</summary>
public sealed record Consequences(IReadOnlyList<OutcomeEntry> Entries, IReadOnlyList<ActorBalance> Balance)
{
    /// <summary>The consequences the stored outcome layers of a case's documents give.</summary>
    public static Consequences Build(AssessedCase assessed) => Build(assessed.Documents.SelectMany(d => d.Outcomes));

    public static Consequences Build(IEnumerable<OutcomeEntry> outcomes)
    {
        var entries = outcomes.ToList();
        var balance = entries.GroupBy(e => e.Actor)
            .Select(g => new ActorBalance(g.Key,
                g.Where(e => e.Direction == OutcomeDirection.Gain).DistinctBy(e => e.ClaimId).ToList(),
                g.Where(e => e.Direction == OutcomeDirection.Loss).DistinctBy(e => e.ClaimId).ToList()))
            .OrderByDescending(b => b.Gains.Count + b.Losses.Count).ThenByDescending(b => Math.Abs(b.Net)).ThenBy(b => b.Actor, StringComparer.Ordinal)
            .ToList();
        return new Consequences(entries, balance);
    }

    public ActorBalance? Of(string actor) => (_byActor ??= Balance.GroupBy(b => b.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).GetValueOrDefault(actor);

    private Dictionary<string, ActorBalance>? _byActor;
}

