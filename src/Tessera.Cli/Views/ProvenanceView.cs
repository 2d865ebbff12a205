using Tessera.Analysis.Provenance;
using Tessera.Output;
using Tessera.Output.Records;

namespace Tessera.Cli.Views;

/// <summary>`tessera show` for people: a claim's words and cues, who says it and who first did, how credible it is and why,
/// the claims that bear on it and where the analysis uses it.</summary>
public static class ProvenanceView
{
    public static void Write(TextWriter stdout, ClaimProvenance p)
    {
        var c = p.Claim;
        void Line(string label, string? value) => Print(stdout, $"{label}: {value}");
        Print(stdout, $"{c.Id} {c.Text}");
        Line("source", p.Source is { } s ? $"{s.Id} ({s.Publisher}, {Format.Date(s.Published)}, graded {s.Grade})" : c.DocumentId);
        Line("status", c.Status.ToString().ToLowerInvariant());
        Line("speaker", c.Speakers.Count > 0 ? string.Join("; ", c.Speakers) : "none named (the source's own voice)");
        Line("actors", c.Actors.Count > 0 ? string.Join("; ", c.Actors) : "none");
        if (CorrectedNote.Of(c) is { } corrected) Print(stdout, corrected);
        if (c.Cues.Count > 0)
        {
            Print(stdout, "cues:");
            foreach (var cue in c.Cues) Print(stdout, $"  {ClaimJsonl.FlagName(cue.Flag)}: \"{cue.Text}\" ({cue.Family}, characters {cue.Start}-{cue.End})");
        }
        if (p.Origin is { } o)
            Line("origin", $"{o.Name} ({o.Basis.ToString().ToLowerInvariant()})" + (o.Relays.Count > 0 ? ", relayed by " + string.Join(", then ", o.Relays) : "") +
                (o.CopyOf is { } copy ? $"; a copy of {copy}" : ""));
        Line("backing", $"{p.IndependentOrigins} independent origin{(p.IndependentOrigins == 1 ? "" : "s")} ({p.Reports} report{(p.Reports == 1 ? "" : "s")})");
        if (p.Credibility is { } g) Line("credibility", $"{g.Grade} {g.Name}: {g.Reason}");
        Section(stdout, "related claims", p.Related.Select(r => $"{Terms.Relation(r.Relation)} {r.ClaimId}: {Format.Clip(r.Text, 100)}" + (r.Note.Length > 0 ? $" ({r.Note})" : "")));
        Section(stdout, "used in", p.Uses.Select(u => $"{Terms.Use(u.Kind)} {u.Item}: {Format.Clip(u.Statement, 100)} ({u.Detail})"));
    }

    private static void Section(TextWriter stdout, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        Print(stdout, $"{title}:" + (list.Count == 0 ? " none" : ""));
        foreach (var line in list) Print(stdout, "  " + line);
    }

    /// <summary>One line of plain text; what a source says cannot drive the terminal or break the line.</summary>
    private static void Print(TextWriter stdout, string line) => stdout.WriteLine(UnsafeText.Visible(line, oneLine: true));
}
