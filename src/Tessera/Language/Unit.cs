namespace Tessera.Language;

/// <summary>What role a unit plays in the layout of a document.</summary>
public enum UnitKind
{
    /// <summary>A sentence of running text.</summary>
    Sentence,
    /// <summary>The first sentence of a bullet or numbered item.</summary>
    BulletItem,
    /// <summary>A title or section heading: states nothing.</summary>
    Heading,
    /// <summary>An author line or an epigraph's attribution: states nothing, but may name a speaker.</summary>
    Byline,
}

/// <summary>A sentence, heading, byline or bullet item, as a span [Start, End) of its document's text.</summary>
public sealed record Unit(int Index, int Start, int End, UnitKind Kind, int Block, string Text)
{
    public int Length => End - Start;
    /// <summary>Whether the unit can state something (headings and bylines cannot).</summary>
    public bool CanClaim => Kind is UnitKind.Sentence or UnitKind.BulletItem;
}
