namespace Tessera.Analysis.Corroboration;

/// <summary>Claims of different sources that state the same thing, and how many independent origins stand behind them.</summary>
/// <param name="SourceIds">The reports: every source that carries one of the claims.</param>
/// <param name="Origins">The distinct origins behind the claims, by name: one ministry relayed by four outlets is one, and so is
/// one wire story printed by two papers.</param>
public sealed record ClaimGroup(string Id, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> SourceIds, IReadOnlyList<string> Origins)
{
    public int IndependentOrigins => Origins.Count;

    /// <summary>How many reports carry the group's claims.</summary>
    public int Reports => SourceIds.Count;
}

/// <summary>A figure as one claim gives it.</summary>
public sealed record GivenFigure(string ClaimId, Figure Figure);

/// <summary>One origin's figures for one count, in the order it gave them: each later figure updates the one before, and the
/// last is current ("227, then 238 dead").</summary>
public sealed record FigureSeries(string Kind, string Origin, IReadOnlyList<GivenFigure> Figures)
{
    public GivenFigure Current => Figures[^1];
}

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
/// <param name="Sides">The claims that agree with one another, one list per side; by default each claim is a side of its own.</param>
public sealed record Contradiction(ContradictionKind Kind, string Subject, IReadOnlyList<string> ClaimIds, string Detail,
    IReadOnlyList<IReadOnlyList<string>>? Sides = null)
{
    /// <summary>The claims on other sides than the given claim's: those it cannot agree with.</summary>
    public IEnumerable<string> RivalsOf(string claimId) =>
        (Sides ?? ClaimIds.Select(id => (IReadOnlyList<string>)[id]).ToList()).Where(side => !side.Contains(claimId)).SelectMany(side => side);
}

/// <summary>Corroboration across a case's sources: groups of claims that state the same thing, how many independent sources
/// back each claim, which documents copy one another, and the contradictions found.</summary>
/// <param name="Groups">Groups of two or more claims, in the order of their first claim.</param>
/// <param name="IndependentOrigins">Claim id to the number of independent origins that back it (1: its own only).</param>
/// <param name="CopiedSources">Sets of documents that copy one another and so count as one origin.</param>
/// <param name="Origins">Each claim's origin and the reports that relay it.</param>
/// <param name="Retracted">Claims whose figure or statement was taken back, each to the claim that took it back (itself, when it says so).</param>
/// <param name="Updates">Series of two or more figures one origin gave for one count, the latest current.</param>
public sealed record CorroborationResult(
    IReadOnlyList<ClaimGroup> Groups,
    IReadOnlyDictionary<string, int> IndependentOrigins,
    IReadOnlyDictionary<string, string> GroupOf,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<IReadOnlyList<string>> CopiedSources,
    IReadOnlyDictionary<string, ClaimOrigin> Origins,
    IReadOnlyDictionary<string, string> Retracted,
    IReadOnlyList<FigureSeries> Updates)
{
    /// <summary>How many independent origins back a claim; a claim nothing else backs has its own origin only.</summary>
    public int OriginsBacking(string claimId) => IndependentOrigins.GetValueOrDefault(claimId, 1);

    /// <summary>How many reports carry the claim or what its group states.</summary>
    public int Reports(string claimId) => GroupFor(claimId)?.Reports ?? 1;

    public ClaimOrigin? OriginOf(string claimId) => Origins.GetValueOrDefault(claimId);

    public bool IsRetracted(string claimId) => Retracted.ContainsKey(claimId);

    /// <summary>Retracted claims taken back whole, as statements ("withdrew its statement that ..."), not by a figure.</summary>
    public IReadOnlySet<string> StatementsTakenBack { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The later claim of the same origin that updates this one's figure, if any.</summary>
    public string? SupersededBy(string claimId) =>
        (_superseded ??= Updates.SelectMany(s => s.Figures.Where(f => f.ClaimId != s.Current.ClaimId).Select(f => (f.ClaimId, s.Current.ClaimId)))
            .GroupBy(x => x.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal)).GetValueOrDefault(claimId);

    private Dictionary<string, string>? _superseded;

    public ClaimGroup? GroupFor(string claimId) =>
        GroupOf.TryGetValue(claimId, out var g) ? (_groups ??= Groups.ToDictionary(x => x.Id, StringComparer.Ordinal))[g] : null;

    /// <summary>The contradictions a claim is part of; the brief asks for every claim, so they are indexed once.</summary>
    public IEnumerable<Contradiction> ContradictionsOf(string claimId) =>
        (_contradictions ??= Contradictions.SelectMany(c => c.ClaimIds.Distinct().Select(id => (id, c)))
            .ToLookup(x => x.id, x => x.c, StringComparer.Ordinal))[claimId];

    private Dictionary<string, ClaimGroup>? _groups;
    private ILookup<string, Contradiction>? _contradictions;
}
