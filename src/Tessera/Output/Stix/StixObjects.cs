namespace Tessera.Output.Stix;

/// <summary>A pointer from a STIX object to something outside STIX (STIX 2.1 "External Reference"): here, the claim or source file.</summary>
public sealed record StixExternalReference(string SourceName, string? ExternalId, string? Description);

/// <summary>What every STIX domain and relationship object carries (STIX 2.1 "Common Properties").</summary>
/// <remarks>Times are dates: Tessera knows when a source was published, never the hour, and never reads the clock,
/// so an export is the same file every time. The writer gives them the millisecond precision STIX requires.</remarks>
public abstract record StixObject(string Id, DateOnly Created, DateOnly Modified)
{
    /// <summary>The STIX type, the part of <see cref="Id"/> before the two dashes.</summary>
    public string Type => Id[..Id.IndexOf("--", StringComparison.Ordinal)];
    public string? CreatedByRef { get; init; }
    /// <summary>0-100, or absent where nothing supports a number (STIX 2.1 "Confidence Scales").</summary>
    public int? Confidence { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<StixExternalReference> ExternalReferences { get; init; } = [];
}

/// <summary>A person, an organisation, a publisher or Tessera itself (STIX 2.1 §4.5 Identity).</summary>
public sealed record StixIdentity(string Id, DateOnly Created, DateOnly Modified, string Name, string IdentityClass, string? Description = null)
    : StixObject(Id, Created, Modified);

/// <summary>A country or a place (STIX 2.1 §4.10 Location): a country by its ISO code, a place by its coordinates.</summary>
public sealed record StixLocation(string Id, DateOnly Created, DateOnly Modified, string Name) : StixObject(Id, Created, Modified)
{
    /// <summary>ISO 3166-1 alpha-2, as §4.10 asks.</summary>
    public string? Country { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? City { get; init; }
    public string? AdministrativeArea { get; init; }
}

/// <summary>One source document (STIX 2.1 §4.16 Report): its publisher, date and the objects made from its claims.</summary>
public sealed record StixReport(string Id, DateOnly Created, DateOnly Modified, string Name, DateOnly Published, IReadOnlyList<string> ObjectRefs, string? Description = null)
    : StixObject(Id, Created, Modified);

/// <summary>One claim (STIX 2.1 §4.13 Note): the sentence, who says it, and the actors and places it names.</summary>
public sealed record StixNote(string Id, DateOnly Created, DateOnly Modified, string Abstract, string Content, IReadOnlyList<string> Authors, IReadOnlyList<string> ObjectRefs)
    : StixObject(Id, Created, Modified);

/// <summary>The judgement a claim's own words pass on it (STIX 2.1 §4.15 Opinion): how strongly its source agrees.</summary>
public sealed record StixOpinion(string Id, DateOnly Created, DateOnly Modified, string Opinion, string Explanation, IReadOnlyList<string> Authors, IReadOnlyList<string> ObjectRefs)
    : StixObject(Id, Created, Modified);

/// <summary>A hypothesis and the evidence that bears on it (STIX 2.1 §4.4 Grouping).</summary>
public sealed record StixGrouping(string Id, DateOnly Created, DateOnly Modified, string Name, string Context, IReadOnlyList<string> ObjectRefs, string? Description = null)
    : StixObject(Id, Created, Modified);

/// <summary>A link between two objects (STIX 2.1 §5.1 Relationship).</summary>
public sealed record StixRelationship(string Id, DateOnly Created, DateOnly Modified, string RelationshipType, string SourceRef, string TargetRef, string? Description = null)
    : StixObject(Id, Created, Modified);

/// <summary>The container a STIX exchange travels in (STIX 2.1 §8 Bundle).</summary>
public sealed record StixBundle(string Id, IReadOnlyList<StixObject> Objects);

/// <summary>A competing explanation the analyst weighs, as the STIX writer takes it: its id, its statement and the claims
/// (by <see cref="Claims.Claim.Id"/>) that bear on it. The analysis stage fills it; until then none are passed.</summary>
public sealed record StixHypothesis(string Id, string Statement, IReadOnlyList<string> EvidenceClaimIds);
