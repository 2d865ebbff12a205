using System.Text;
using Tessera.Analysis.Causes;

namespace Tessera.Output.Records;

/// <summary>`tessera causes --propose`: the candidate hypotheses and draft ratings in case.yaml's syntax, every item marked
/// `proposed: true`, to paste into case.yaml and review.</summary>
public static class ProposedYaml
{
    /// <summary>How much of a long claim a quote holds: enough words to find it, few enough to read.</summary>
    private const int QuoteLength = 160;

    public static void Write(TextWriter output, Proposal proposal)
    {
        output.WriteLine("# Proposed by `tessera causes --propose` from the causes the sources give. Nothing here is an analyst's judgement:");
        output.WriteLine("# accept, edit or delete each item, and remove `proposed: true` from those you keep; until then the ACH leaves them out.");
        output.WriteLine(proposal.Hypotheses.Count == 0 ? "hypotheses: []" : "hypotheses:");
        foreach (var h in proposal.Hypotheses)
        {
            output.WriteLine($"  - id: {h.Id}");
            output.WriteLine($"    statement: {Quoted(h.Explanation.Statement)}");
            output.WriteLine("    proposed: true");
            output.WriteLine($"    # put forward by: {Comment(string.Join(", ", h.Explanation.Speakers))}");
            if (h.Explanation.DeniedBy.Count > 0) output.WriteLine($"    # denied by: {Comment(string.Join(", ", h.Explanation.DeniedBy))}");
            output.WriteLine($"    # causes: {Comment(string.Join("; ", h.Explanation.Factors.Select(f => f.Cause)))}");
        }
        output.WriteLine(proposal.Evidence.Count == 0 ? "evidence: []" : "evidence:");
        foreach (var e in proposal.Evidence)
        {
            output.WriteLine($"  - id: {e.Id}");
            output.WriteLine($"    quote: {Quoted(Quote(e.Claim.Claim.Text))}");
            output.WriteLine($"    source: {e.Claim.SourceId}");
            output.WriteLine("    proposed: true");
            output.WriteLine($"    # {Comment(e.Claim.Denied ? "denies" : "gives")} the cause: {Comment(e.Claim.Cause)} ({Comment(string.Join(" | ", e.Claim.Cues))})");
            output.WriteLine($"    ratings: {{{string.Join(", ", e.Ratings.Select(r => $"{r.Key}: {r.Value}"))}}}");
        }
    }

    private static string Quote(string text)
    {
        var t = text.Trim();
        if (t.Length <= QuoteLength) return t;
        var cut = t.LastIndexOf(' ', QuoteLength);
        return t[..(cut > 0 ? cut : QuoteLength)];
    }

    /// <summary>A YAML double-quoted scalar: a source's words cannot end it or start a key of their own.</summary>
    private static string Quoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var ch in text)
            sb.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' or '\r' or '\t' => " ",
                _ when char.IsControl(ch) => "",
                _ => ch.ToString(),
            });
        return sb.Append('"').ToString();
    }

    /// <summary>A comment stays on its line whatever the source wrote.</summary>
    private static string Comment(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
