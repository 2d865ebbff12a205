using System.Globalization;
using Tessera.Analysis.Ach;
using Tessera.Analysis.Causes;
using Tessera.Events.Causes;

namespace Tessera.Output.Brief;

/// <summary>The brief's "Causes and explanations": the trigger, the factors in order of support with who asserts and who denies
/// each and its evidence status, and the competing explanations they form, beside the case's own hypotheses.</summary>
public static class CausesSection
{
    public static BriefSection? Of(CaseCauses causes, AchResult? ach)
    {
        if (causes.Factors.Count == 0) return null;
        var blocks = new List<BriefBlock>
        {
            new Paragraph("What the sources say caused the crisis, read from their causal words (\"sparked\", \"stems from\", \"blamed ... for\", a list " +
                          "under \"the following factors\"). Causes that different sources give are grouped; independent origins count the sources " +
                          "behind a cause as corroboration does. A cause is unsubstantiated when a source says no evidence backs it.", Note: true),
        };
        foreach (var t in causes.Triggers)
            blocks.Add(new Paragraph($"The trigger, as {Names(t.AssertedBy)} give{(t.AssertedBy.Count == 1 ? "s" : "")} it: {t.Cause}" +
                                     (t.HedgeWords.Count > 0 ? $" (hedged: {Quoted(t.HedgeWords)})." : ".")));
        // The factors' rows are made as the table is written.
        blocks.Add(new Table(["Factor", "Cause", "Asserted by", "Denied by", "Origins", "Status", "Words", "Claims"],
            causes.Factors.Select(f => (IReadOnlyList<Cell>)
            [
                f.Id,
                new Cell(f.Cause, "#" + Html.Anchor("claim", f.Claims[0].ClaimId)),
                Names(f.AssertedBy),
                Names(f.DeniedBy),
                new Cell(f.IndependentOrigins.Count.ToString(CultureInfo.InvariantCulture), Kind: "num"),
                Status(f),
                string.Join("; ", f.Claims.SelectMany(c => c.Cues).Concat(f.HedgeWords).Distinct(StringComparer.Ordinal)),
                string.Join(" ", f.ClaimIds),
            ])));
        if (causes.Explanations.Count > 0)
        {
            blocks.Add(new Paragraph("Competing explanations: the causes sorted by the kind of account they belong to (analysis/explanations.tsv). " +
                                     "`tessera causes --propose` writes them as draft hypotheses for the ACH; they count only once an analyst confirms them.", Note: true));
            var hypotheses = ach?.Ranking.ToDictionary(h => h.Id, h => h.Rank) ?? [];
            blocks.Add(new Table(["Explanation", "Put forward by", "Denied by", "Factors", "Combined with", "In the ACH"],
                causes.Explanations.Select(x => (IReadOnlyList<Cell>)
                [
                    $"{x.Id}: {x.Statement}",
                    Names(x.Speakers),
                    Names(x.DeniedBy),
                    string.Join(" ", x.Factors.Select(f => f.Id)),
                    string.Join(", ", x.CombinedWith.Select(k => causes.Explanations.FirstOrDefault(o => o.Kind == k)?.Id ?? k)),
                    string.Join(", ", x.Hypotheses.Select(h => hypotheses.TryGetValue(h, out var rank) ? $"{h} (rank {rank.ToString(CultureInfo.InvariantCulture)})" : h)),
                ]).ToList()));
        }
        return new BriefSection("causes", "Causes and explanations", blocks);
    }

    private static string Status(Factor f) =>
        f.Status == CauseStatus.Unsubstantiated ? $"unsubstantiated ({string.Join(" ", f.Unsubstantiated)})" : Records.Terms.Status(f.Status);

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "" : string.Join(", ", names);

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"\"{w}\""));
}
