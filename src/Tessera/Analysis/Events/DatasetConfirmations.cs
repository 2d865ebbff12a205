using Tessera.Analysis.Corroboration;

namespace Tessera.Analysis.Events;

/// <summary>Counts an event data set that coded a claim's event as an origin of its own beside the claim's: a step on the
/// corroboration result, after the grouping of claims, so credibility and the key judgments weigh it as they weigh any
/// independent origin.</summary>
/// <remarks>
/// ACLED, GDELT, ICEWS and POLECAT code events from their own collection of reporting, so an imported event that agrees with an
/// event read in a source (same day, actors and CAMEO root: <see cref="CaseEvents.Confirmations"/>) confirms the source's account
/// independently, as issue 16 asks. A data set is one origin however many of its records agree, as a ministry relayed by four
/// outlets is one.
/// </remarks>
public static class DatasetConfirmations
{
    /// <summary>The origin name a data set takes among a group's origins ("ACLED event data").</summary>
    public static string OriginName(Tessera.Events.Imported.EventProvenance provenance) => $"{provenance.DatasetName} event data";

    /// <summary>The result with each confirmed claim's group given the data sets that confirm it as origins; a claim no other
    /// claim states gets a group of its own with its origin and the data sets.</summary>
    public static CorroborationResult Apply(CorroborationResult corroboration, CaseEvents events)
    {
        var confirmed = events.Confirmations
            .GroupBy(c => c.Text.ClaimId, StringComparer.Ordinal)
            .Select(g => (ClaimId: g.Key, DocumentId: g.First().Text.DocumentId,
                Datasets: g.Select(c => OriginName(c.Imported.Imported!)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        if (confirmed.Count == 0) return corroboration;
        var groups = corroboration.Groups.ToList();
        var groupOf = new Dictionary<string, string>(corroboration.GroupOf, StringComparer.Ordinal);
        var backing = new Dictionary<string, int>(corroboration.IndependentOrigins, StringComparer.Ordinal);
        foreach (var (claimId, documentId, datasets) in confirmed)
        {
            var index = groupOf.TryGetValue(claimId, out var id) ? groups.FindIndex(g => g.Id == id) : -1;
            var group = index >= 0 ? groups[index]
                : new ClaimGroup($"G{groups.Count + 1}", [claimId], [documentId], [corroboration.OriginOf(claimId)?.Name ?? documentId]);
            group = group with { Origins = group.Origins.Concat(datasets).Distinct(StringComparer.Ordinal).ToList() };
            if (index >= 0) groups[index] = group; else groups.Add(group);
            foreach (var member in group.ClaimIds)
            {
                groupOf[member] = group.Id;
                backing[member] = group.IndependentOrigins;
            }
        }
        return corroboration with { Groups = groups, GroupOf = groupOf, IndependentOrigins = backing };
    }
}
