using System.Collections.Frozen;
using Tessera.Case;

namespace Tessera.Analysis.Corroboration;

/// <summary>Every stated claim of a case with its corroboration features, read once per analysis and shared by the steps that
/// compare claims: the proposed outcomes of forecasts, corroboration, and the absences of evidence that causes look for.</summary>
/// <remarks>Reading features is a pass over every token of every claim; three steps reading them each for themselves made it
/// three passes per assessment. The features are a pure function of a claim, its tokens and the lexicon, so one reading
/// serves every step that uses the same lexicon (<see cref="For"/> refuses another).</remarks>
public sealed class CaseFeatures
{
    private readonly Dictionary<string, ClaimFeatures> _byId;

    private CaseFeatures(IReadOnlyList<ClaimFeatures> all, CorroborationLexicon lexicon)
    {
        All = all;
        Lexicon = lexicon;
        _byId = new Dictionary<string, ClaimFeatures>(all.Count, StringComparer.Ordinal);
        foreach (var f in all) _byId[f.Claim.Id] = f;
    }

    /// <summary>The features of every claim that states something (<see cref="Claims.Claim.IsClaim"/>), in case order.</summary>
    public IReadOnlyList<ClaimFeatures> All { get; }

    /// <summary>The lexicon the features were read with.</summary>
    public CorroborationLexicon Lexicon { get; }

    /// <summary>A claim's features; null for a unit that states nothing or a claim of another case.</summary>
    public ClaimFeatures? Of(string claimId) => _byId.GetValueOrDefault(claimId);

    /// <summary>Reads the features of every stated claim of the case from the tokens the pipeline cut.</summary>
    /// <param name="jobs">How many claims may be read at once; the features are the same for any number.</param>
    /// <remarks>The features are kept for the whole analysis, and their terms and word runs, made as strings for each claim, repeat
    /// from claim to claim: they are pooled (<see cref="WordPool"/>), so each distinct one is kept once.</remarks>
    public static CaseFeatures Read(AssessedCase assessed, CorroborationLexicon lexicon, int jobs = 1)
    {
        var pool = new WordPool();
        return new(Pipeline.InOrder.All(assessed.Claims.Where(c => c.IsClaim).ToList(), c => Pooled(ClaimFeatures.Of(c, lexicon, assessed.TokensOf(c)), pool), jobs),
            lexicon);
    }

    // Most claims name no day, number or figure and negate nothing: their empty sets are one shared empty set each. The rest are
    // held compact, in the order they iterate.
    private static ClaimFeatures Pooled(ClaimFeatures f, WordPool pool) => f with
    {
        Terms = pool.Of(f.Terms), NegatedTerms = pool.Of(f.NegatedTerms), Shingles = pool.Of(f.Shingles),
        Dates = f.Dates.Count == 0 ? FrozenSet<DayOfYear>.Empty : new CompactSet<DayOfYear>(f.Dates),
        Numbers = f.Numbers.Count == 0 ? FrozenSet<double>.Empty : new CompactSet<double>(f.Numbers),
        Figures = f.Figures.Count == 0 ? [] : f.Figures,
    };

    /// <summary>The features given, when there are some, else a fresh reading: a step called on its own (a command that runs
    /// corroboration alone) reads them itself.</summary>
    public static CaseFeatures For(CaseFeatures? given, AssessedCase assessed, CorroborationLexicon lexicon, int jobs = 1)
    {
        if (given is null) return Read(assessed, lexicon, jobs);
        // Features read with another lexicon (a --lexicon folder's) would compare claims by the wrong words: a caller's bug.
        if (!ReferenceEquals(given.Lexicon, lexicon)) throw new ArgumentException("the claim features were read with another lexicon", nameof(given));
        return given;
    }
}
