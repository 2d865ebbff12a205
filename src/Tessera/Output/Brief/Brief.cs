using Tessera.Analysis;
using Tessera.Analysis.Judgments;
using Tessera.Case;
using Tessera.Claims;

namespace Tessera.Output.Brief;

/// <summary>A brief before it is rendered: the same sections feed the HTML page and the Markdown text.</summary>
public sealed record BriefDocument(string Title, string Meta, string Lede, IReadOnlyList<BriefSection> Sections, Findings Findings)
{
    public AssessedCase Case => Findings.Case;
}

/// <summary>One section of the brief, with an anchor id and the blocks it holds, in order.</summary>
/// <param name="Blocks">Made as they are read, and again each time (<see cref="BriefBuilder"/>): a renderer writes each block as it
/// comes, so a brief of thousands of sources is never held whole, only the block being written.</param>
public sealed record BriefSection(string Id, string Title, IEnumerable<BriefBlock> Blocks);

/// <summary>A piece of a section; each renderer knows how to show each kind.</summary>
public abstract record BriefBlock;

/// <summary>Prose written by Tessera around figures that come from the sources.</summary>
public sealed record Paragraph(string Text, bool Note = false) : BriefBlock;

/// <summary>Headline numbers ("83 asserted by the source").</summary>
public sealed record Figures(IReadOnlyList<(string Value, string Label, string Kind)> Items) : BriefBlock;

/// <summary>A table; a cell may link to an anchor in the brief.</summary>
/// <param name="Rows">Made as they are read, like a section's blocks, so a table of many thousand rows is written a row at a time.</param>
/// <param name="RowIds">Each row's anchor, in the rows' order, when <paramref name="RowAnchorPrefix"/> is given.</param>
public sealed record Table(IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<Cell>> Rows, string? RowAnchorPrefix = null, IReadOnlyList<string>? RowIds = null) : BriefBlock;

/// <summary>A table cell: text, an optional link target, a style hint (num, date, rating-CC...) and an optional badge shown before the text.</summary>
public sealed record Cell(string Text, string? Href = null, string? Kind = null, string? Badge = null)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>A titled list of claims, each shown with its sentence, cues, speaker, flags and source.</summary>
public sealed record ClaimList(string? Title, IReadOnlyList<Claim> Claims, string? Kind = null) : BriefBlock;

/// <summary>A chart drawn as inline SVG in HTML; Markdown shows the table it was drawn from, unless that table follows anyway.</summary>
public sealed record Chart(string Title, string Svg, Table Data, bool DataFollows = false) : BriefBlock;

/// <summary>Key judgments: each with its likelihood (ICD 203 words) and confidence shown apart, and the claims it rests on.</summary>
public sealed record JudgmentList(IReadOnlyList<KeyJudgment> Judgments) : BriefBlock;
