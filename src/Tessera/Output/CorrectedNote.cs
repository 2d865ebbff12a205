using Tessera.Claims;

namespace Tessera.Output;

/// <summary>How every output says a claim was corrected: the fields an analyst changed, each with what the reader had found, so
/// a reader of the brief sees both the analyst's value and the machine's.</summary>
public static class CorrectedNote
{
    /// <summary>"corrected: speaker (reader: none); hedged (reader: true)", or null for a claim nobody corrected.</summary>
    public static string? Of(Claim claim) => claim.Corrected.Count == 0 ? null
        : "corrected: " + string.Join("; ", claim.Corrected.Select(f => $"{f.Field} (reader: {(f.ReaderValue.Length == 0 ? "none" : f.ReaderValue)})"));

    /// <summary>The names of the corrected fields, for the `corrected` field of JSONL and the column of tables.</summary>
    public static IReadOnlyList<string> Fields(Claim claim) => claim.Corrected.Select(f => f.Field).ToList();
}
