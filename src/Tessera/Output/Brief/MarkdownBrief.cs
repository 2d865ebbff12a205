using Tessera.Analysis;
using System.Globalization;
using System.Text;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Output.Brief;

/// <summary>Renders a brief as Markdown for reports and wikis: the same sections, tables instead of charts.</summary>
/// <remarks>Source text is escaped so that it cannot become Markdown (or the HTML Markdown allows): brackets, emphasis, pipes, angle brackets.</remarks>
public static class MarkdownBrief
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The brief as one string, for a caller that needs it whole (the store, tests); written by <see cref="Write"/>.</summary>
    public static string Render(BriefDocument brief)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture);
        Write(brief, sb);
        return sb.ToString();
    }

    /// <summary>Writes the brief section by section into <paramref name="sb"/>, so that a long brief is never held whole.</summary>
    public static void Write(BriefDocument brief, TextWriter sb)
    {
        sb.Append("# ").Append(Escape(brief.Title)).Append("\n\n");
        sb.Append('*').Append(Escape(brief.Meta)).Append("*\n\n");
        if (brief.Lede.Length > 0) sb.Append(Escape(brief.Lede)).Append("\n\n");
        foreach (var section in brief.Sections)
        {
            sb.Append("## ").Append(Escape(section.Title)).Append("\n\n");
            foreach (var block in section.Blocks) Block(sb, brief.Findings, block);
        }
        sb.Append("---\n\nWritten by Tessera. Likelihood words follow ICD 203; source grades follow the NATO/Admiralty system.\n");
    }

    private static void Block(TextWriter sb, Findings f, BriefBlock block)
    {
        switch (block)
        {
            case JudgmentList j:
                foreach (var k in j.Judgments)
                    sb.Append("1. ").Append(Escape(k.Statement)).Append(" — ")
                      .Append(Escape(string.Join(" · ", new[] { k.Likelihood is null ? null : "likelihood: " + k.Likelihood.Name,
                          "confidence: " + k.Confidence.ToString().ToLowerInvariant(), k.Basis, string.Join(", ", k.ClaimIds.Take(8)) }.Where(x => !string.IsNullOrEmpty(x)))))
                      .Append('\n');
                sb.Append('\n');
                break;
            case Paragraph p:
                sb.Append(p.Note ? "> " : "").Append(Escape(p.Text)).Append("\n\n");
                break;
            case Figures figures:
                Table(sb, new Table(["", "Count"], figures.Items.Select(i => (IReadOnlyList<Cell>)[i.Label, i.Value]).ToList()));
                break;
            case Table t:
                Table(sb, t);
                break;
            case Chart c:
                if (c.DataFollows) break;
                sb.Append("*").Append(Escape(c.Title)).Append("*\n\n");
                Table(sb, c.Data);
                break;
            case ClaimList l:
                if (l.Title is not null) sb.Append("### ").Append(Escape(l.Title)).Append("\n\n");
                foreach (var c in l.Claims) sb.Append("1. ").Append(ClaimLine(f, c)).Append('\n');
                sb.Append('\n');
                break;
        }
    }

    private static void Table(TextWriter sb, Table t)
    {
        sb.Append("| ").Append(string.Join(" | ", t.Headers.Select(Escape))).Append(" |\n");
        sb.Append('|').Append(string.Concat(t.Headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in t.Rows) sb.Append("| ").Append(string.Join(" | ", row.Select(CellText))).Append(" |\n");
        sb.Append('\n');
    }

    /// <summary>A cell as text: its badge first; a link out of the brief (a source's address) written out, since a reader of
    /// the text cannot follow it otherwise. Links within the brief are left out: the text has no anchors.</summary>
    private static string CellText(Cell c)
    {
        var text = Escape(c.Badge is null ? c.Text : $"{c.Badge} – {c.Text}");
        return c.Href is { } href && href != c.Text && (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? $"{text} ({Escape(href)})" : text;
    }

    /// <summary>The sentence with cue words in bold, then speaker, origin, flags, credibility and source.</summary>
    private static string ClaimLine(Findings f, Claim c)
    {
        var a = f.Case;
        var sb = new StringBuilder();
        foreach (var (text, cue) in CueSpans.Of(c))
            sb.Append(cue is null ? Escape(text) : "**" + Escape(text) + "**");
        var about = new List<string>();
        if (c.Speakers.Count > 0) about.Add("says: " + string.Join("; ", c.Speakers));
        if (c.Hedged) about.Add("hedged");
        if (c.Boosted) about.Add("boosted");
        if (c.Unverified) about.Add("unverified");
        if (c.Prediction) about.Add("prediction" + (c.Likelihood is { } p ? " " + p.Value.ToString("P0", Inv) : ""));
        if (c.Band is not null) about.Add(c.Band.Name);
        if (CorrectedNote.Of(c) is { } corrected) about.Add(corrected);
        if (f.Corroboration.OriginOf(c.Id) is { Basis: Analysis.Corroboration.OriginBasis.Cited or Analysis.Corroboration.OriginBasis.Copy } origin) about.Add("origin: " + origin.Name);
        if (f.Corroboration.IsRetracted(c.Id)) about.Add("retracted");
        if (f.CredibilityOf(c.Id) is { } credibility) about.Add($"credibility {credibility.Grade} ({credibility.Name}: {credibility.Reason})");
        var source = a.Source(c.DocumentId);
        about.Add($"{source?.Publisher ?? c.DocumentId} [{source?.Grade}] {c.Id}");
        if (a.UrlOf(c.DocumentId) is { } url) about.Add("at " + url);
        return sb.Append(" — ").Append(Escape(string.Join(" · ", about))).ToString();
    }

    /// <summary>Backslash-escapes every character Markdown could read as syntax; newlines become spaces so a cell stays one row;
    /// control and bidirectional characters are shown as visible tokens (see <see cref="UnsafeText"/>).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in UnsafeText.Visible(text))
        {
            if (ch is '\r' or '\n') { sb.Append(' '); continue; }
            if (ch is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '<' or '>' or '~' or '&') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}

/// <summary>Lets the Markdown brief chain its writes into a <see cref="TextWriter"/> as it chained them into a string builder.</summary>
file static class ChainedWrites
{
    public static TextWriter Append(this TextWriter w, string? text)
    {
        w.Write(text);
        return w;
    }

    public static TextWriter Append(this TextWriter w, char c)
    {
        w.Write(c);
        return w;
    }
}
