using Tessera.Output.Tables;
using TimelineOf = Tessera.Analysis.Timeline.Timeline;

namespace Tessera.Output.Records;

/// <summary>`tessera timeline --format csv`: a row per dated entry, per imported event, then a row per side of each disagreement.</summary>
public static class TimelineCsv
{
    public static void Write(TextWriter output, TimelineOf timeline)
    {
        Csv.Row(output, "type", "when", "from", "to", "precision", "words", "start", "end", "value", "anchor", "how", "claim", "source", "status", "events", "text");
        foreach (var g in timeline.Groups)
            foreach (var e in g.Entries)
                Csv.Row(output, "entry", g.When.ToString(), Format.Date(g.When.From), Format.Date(g.When.To), g.When.Precision.ToString().ToLowerInvariant(),
                    Terms.Words(e) ?? "", Terms.Span(e) is { } a ? Format.Num(a.Start) : "", Terms.Span(e) is { } b ? Format.Num(b.End) : "", e.Time.Value, Terms.Anchor(e)?.Value ?? "",
                    Terms.How(e.How), e.ClaimId, e.SourceId, e.Claim.Status.ToString().ToLowerInvariant(),
                    string.Join("; ", e.Events.Select(Terms.EventLine)), e.Claim.Text);
        foreach (var g in timeline.Groups)
            foreach (var e in g.Imported)
                Csv.Row(output, "imported", g.When.ToString(), Format.Date(g.When.From), Format.Date(g.When.To), g.When.Precision.ToString().ToLowerInvariant(),
                    "", "data set", e.ClaimId, e.DocumentId, "imported", Terms.EventLine(e), e.Imported!.Url ?? "");
        foreach (var d in timeline.Disagreements)
            foreach (var s in d.Sides)
                Csv.Row(output, "disagreement", d.Topic, "", "", d.Kind, s.Value + (s.Retracted ? " (retracted)" : ""), "", "", "", "", "",
                    string.Join(" ", s.ClaimIds), string.Join(" ", s.SourceIds), "", "", string.Join(" | ", s.Words));
    }
}
