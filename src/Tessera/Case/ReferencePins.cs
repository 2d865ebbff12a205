namespace Tessera.Case;

/// <summary>Keeps each claim id that case.yaml cites ("wire-chronology#13") pinned to the words it pointed at when it was first
/// assessed, and says when an edited source has moved those words: an id is a position, and a position shifts when a sentence
/// is added or removed above it.</summary>
public static class ReferencePins
{
    /// <summary>The pins to keep and a warning for every cited id whose words changed, naming the claim that now holds them.</summary>
    /// <remarks>A pin keeps the words first pinned until case.yaml stops citing the id, so the warning stands until the analyst
    /// cites the claim the words moved to, or cites the words themselves with <c>quote:</c>.</remarks>
    /// <param name="stored">The pins the store holds: id to the hash of its words (<see cref="QuoteText.Hash"/>).</param>
    public static (IReadOnlyDictionary<string, string> Pins, IReadOnlyList<Problem> Warnings) Check(CaseFile file, AssessedCase assessed,
        IReadOnlyDictionary<string, string> stored)
    {
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<Problem>();
        var cited = file.Evidence.Select(e => e.Claim).Concat(file.Forecasts.Select(f => f.Claim))
            .Where(r => r?.ClaimId is not null).Select(r => r!);
        var claims = assessed.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var reference in cited)
        {
            var id = reference.ClaimId!;
            if (pins.ContainsKey(id)) continue;
            var now = claims.GetValueOrDefault(id);
            if (!stored.TryGetValue(id, out var pinned))
            {
                if (now is not null) pins[id] = QuoteText.Hash(now.Text);
                continue;
            }
            pins[id] = pinned;
            if (now is not null && QuoteText.Hash(now.Text) == pinned) continue;
            var source = id.LastIndexOf('#') is > 0 and var hash ? id[..hash] : id;
            var holder = assessed.ClaimsOf(source).FirstOrDefault(c => QuoteText.Hash(c.Text) == pinned);
            warnings.Add(Messages.MovedReference(file.YamlPath, reference.Line, id, now?.Text, holder?.Id));
        }
        return (pins, warnings);
    }
}
