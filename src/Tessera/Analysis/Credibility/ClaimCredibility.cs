using Tessera.Analysis.Corroboration;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Analysis.Credibility;

/// <summary>How credible one claim's information is on the Admiralty scale (1 confirmed to 6 cannot be judged), apart from the
/// reliability of the source that carries it, and why.</summary>
public sealed record Credibility(int Grade, string Reason)
{
    /// <summary>The grade's name in the Admiralty system.</summary>
    public string Name => Grade switch
    {
        1 => "confirmed",
        2 => "probably true",
        3 => "possibly true",
        4 => "doubtful",
        5 => "improbable",
        _ => "cannot be judged",
    };
}

/// <summary>The thresholds of analysis/credibility.tsv.</summary>
public sealed class CredibilitySettings
{
    public CredibilitySettings(LanguageData data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in data.Rows("analysis/credibility.tsv")) values[row[0]] = row[1];
        string Setting(string key) =>
            values.TryGetValue(key, out var v) ? v : throw new ProblemException(Messages.MissingEntry("analysis/credibility.tsv", $"the setting '{key}'"));
        ConfirmedOrigins = int.Parse(Setting("confirmed-origins"), System.Globalization.CultureInfo.InvariantCulture);
        RefutedOrigins = int.Parse(Setting("refuted-origins"), System.Globalization.CultureInfo.InvariantCulture);
        ProbableReliability = Setting("probable-reliability")[0];
        HedgedBest = int.Parse(Setting("hedged-best"), System.Globalization.CultureInfo.InvariantCulture);
        VagueBest = int.Parse(Setting("vague-best"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public int ConfirmedOrigins { get; }
    public int RefutedOrigins { get; }
    public char ProbableReliability { get; }
    public int HedgedBest { get; }
    public int VagueBest { get; }
}

/// <summary>Grades every claim of a case from what corroboration found: its independent origins, the rivals that contest it, a
/// retraction, and the stance its own source takes. Pure: the case, the corroboration and the settings in, grades out.</summary>
public static class ClaimCredibility
{
    public static IReadOnlyDictionary<string, Credibility> Grade(AssessedCase assessed, CorroborationResult corroboration, CredibilitySettings settings)
    {
        var result = new Dictionary<string, Credibility>(StringComparer.Ordinal);
        // Most claims share their grade and reason word for word ("one origin, from a source graded B"), and the grades are held
        // until the brief is written: each distinct one is held once (at 10,000 documents, a record and a string for each of
        // 600,000 claims otherwise).
        var kept = new Dictionary<Credibility, Credibility>();
        foreach (var claim in assessed.Claims.Where(c => c.IsClaim))
        {
            var grade = Of(claim, assessed.Source(claim.DocumentId), corroboration, settings);
            result[claim.Id] = kept.TryGetValue(grade, out var same) ? same : kept[grade] = grade;
        }
        return result;
    }

    public static Credibility Of(Claim claim, StoredSource? source, CorroborationResult corroboration, CredibilitySettings settings) =>
        Capped(claim, Rule(claim, source, corroboration, settings), settings);

    /// <summary>The first rule that applies, in the order of analysis/credibility.tsv's header.</summary>
    private static Credibility Rule(Claim claim, StoredSource? source, CorroborationResult corroboration, CredibilitySettings settings)
    {
        if (corroboration.Retracted.TryGetValue(claim.Id, out var by))
            return new(5, by == claim.Id ? "the figure it gives is taken back in its own words" : $"its figure was taken back ({by})");
        if (claim.Prediction) return new(6, "a prediction, which nothing can confirm before it comes due");
        var origins = corroboration.OriginsBacking(claim.Id);
        // The origins of the claim's whole group, read only for a contested claim: a group of thousands read for each of its
        // members would cost the square of its size.
        HashSet<string>? ownKeys = null;
        foreach (var contradiction in corroboration.ContradictionsOf(claim.Id))
        {
            ownKeys ??= OriginKeys(corroboration, corroboration.GroupFor(claim.Id)?.ClaimIds ?? [claim.Id]);
            var rivals = OriginKeys(corroboration, contradiction.RivalsOf(claim.Id).ToList());
            rivals.ExceptWith(ownKeys);
            if (rivals.Count >= settings.RefutedOrigins && rivals.Count > ownKeys.Count)
                return new(5, $"refuted by {rivals.Count} independent origins ({contradiction.Kind.ToString().ToLowerInvariant()}: {contradiction.Detail})");
        }
        if (corroboration.ContradictionsOf(claim.Id).FirstOrDefault() is { } contested)
            return new(4, $"contested ({contested.Kind.ToString().ToLowerInvariant()}: {contested.Detail})");
        if (origins >= settings.ConfirmedOrigins)
            return new(1, $"confirmed by {origins} independent origins ({string.Join(", ", corroboration.GroupFor(claim.Id)!.Origins)})");
        if (claim.Unverified) return new(4, $"its source marks it unverified ({Cues(claim, Stance.Flag.Unverified)})");
        if (claim.Hedged) return new(3, $"its source hedges it ({Cues(claim, Stance.Flag.Hedged)})");
        var reliability = source?.Grade.Reliability ?? 'F';
        if (reliability == 'F') return new(6, "one origin, from a source whose reliability cannot be judged (F)");
        return reliability <= settings.ProbableReliability
            ? new(2, $"one origin, from a source graded {reliability}")
            : new(3, $"one origin, from a source graded {reliability}");
    }

    /// <summary>Limits no other evidence lifts a claim above: what its own source hedges, and a vaguely sourced claim ("officials
    /// said", "it is believed") unless independent origins confirm it (grade 1).</summary>
    private static Credibility Capped(Claim claim, Credibility c, CredibilitySettings settings)
    {
        if (claim.Hedged && c.Grade < settings.HedgedBest)
            return new(settings.HedgedBest, $"{c.Reason}, but its own source hedges it ({Cues(claim, Stance.Flag.Hedged)})");
        if (claim.VaguelySourced && c.Grade > 1 && c.Grade < settings.VagueBest)
            return new(settings.VagueBest, $"{c.Reason}, but it names no one ({Cues(claim, Stance.Flag.VaguelySourced)}) and no independent origin confirms it");
        return c;
    }

    private static HashSet<string> OriginKeys(CorroborationResult corroboration, IEnumerable<string> claimIds) =>
        claimIds.Select(id => corroboration.OriginOf(id)?.Key ?? id).ToHashSet(StringComparer.Ordinal);

    private static string Cues(Claim claim, Stance.Flag flag) =>
        string.Join(", ", claim.Cues.Where(c => c.Flag == flag).Select(c => $"\"{c.Text}\"").Distinct()) is { Length: > 0 } words ? words : "its wording";
}
