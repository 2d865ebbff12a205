namespace Tessera.Analysis.Corroboration;

/// <summary>Claims of different sources that state the same thing, and how many independent origins stand behind them.</summary>
/// <param name="IndependentSources">Distinct origins among the claims' sources: one publisher counts once, and so do
/// documents that copy one another (one wire story in two papers).</param>
public sealed record ClaimGroup(string Id, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> SourceIds, int IndependentSources);

/// <summary>What kind of disagreement a contradiction is.</summary>
public enum ContradictionKind
{
    /// <summary>Two claims state the same thing, one of them negatively.</summary>
    Polarity,
    /// <summary>Claims give different figures for the same count (164 vs 225 vs 238 dead).</summary>
    Figures,
    /// <summary>Two claims state the same thing on different days.</summary>
    Dates,
}

/// <summary>Claims that cannot all be right, with what they disagree on.</summary>
/// <param name="Subject">The group's id for polarity and dates; what is counted for figures ("deaths").</param>
/// <param name="Detail">The values in dispute, each with the claims that give it.</param>
public sealed record Contradiction(ContradictionKind Kind, string Subject, IReadOnlyList<string> ClaimIds, string Detail);

/// <summary>Corroboration across a case's sources: groups of claims that state the same thing, how many independent sources
/// back each claim, which documents copy one another, and the contradictions found.</summary>
/// <param name="Groups">Groups of two or more claims, in the order of their first claim.</param>
/// <param name="IndependentSources">Claim id to the number of independent sources that back it (1: its own only).</param>
/// <param name="CopiedSources">Sets of documents that copy one another and so count as one origin.</param>
public sealed record CorroborationResult(
    IReadOnlyList<ClaimGroup> Groups,
    IReadOnlyDictionary<string, int> IndependentSources,
    IReadOnlyDictionary<string, string> GroupOf,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<IReadOnlyList<string>> CopiedSources)
{
    /// <summary>How many independent sources back a claim; a claim nothing else backs has its own source only.</summary>
    public int SourcesBacking(string claimId) => IndependentSources.GetValueOrDefault(claimId, 1);

    public ClaimGroup? GroupFor(string claimId) =>
        GroupOf.TryGetValue(claimId, out var g) ? (_groups ??= Groups.ToDictionary(x => x.Id, StringComparer.Ordinal))[g] : null;

    /// <summary>The contradictions a claim is part of; the brief asks for every claim, so they are indexed once.</summary>
    public IEnumerable<Contradiction> ContradictionsOf(string claimId) =>
        (_contradictions ??= Contradictions.SelectMany(c => c.ClaimIds.Distinct().Select(id => (id, c)))
            .ToLookup(x => x.id, x => x.c, StringComparer.Ordinal))[claimId];

    private Dictionary<string, ClaimGroup>? _groups;
    private ILookup<string, Contradiction>? _contradictions;
}
