using Tessera.Claims;
using Tessera.Pipeline;

namespace Tessera.Case;

/// <summary>A case after assessment: what case.yaml says, the sources as stored, and each source as the pipeline annotated it.</summary>
public sealed record AssessedCase(CaseFile File, IReadOnlyList<StoredSource> Sources, IReadOnlyList<AnnotatedDocument> Documents)
{
    /// <summary>Every claim of every source, in source and unit order.</summary>
    public IReadOnlyList<Claim> Claims { get; } = Documents.SelectMany(d => d.Claims).ToList();

    /// <summary>Events imported from event data sets (`tessera import`), in date order.</summary>
    public IReadOnlyList<Events.Imported.ImportedEvent> Imported { get; init; } = [];

    /// <summary>Every stored correction and the claim it attached to in this assessment (none when its words are gone).</summary>
    public IReadOnlyList<CorrectionOutcome> Corrections { get; init; } = [];

    public StoredSource? Source(string id) => (_sources ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>The claim with this id (source#number), if any.</summary>
    public Claim? Claim(string id) => (_claims ??= Claims.ToDictionary(c => c.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    private Dictionary<string, StoredSource>? _sources;
    private Dictionary<string, Claim>? _claims;

    public AnnotatedDocument? Document(string id) =>
        (_byId ??= Documents.ToDictionary(d => d.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    private Dictionary<string, AnnotatedDocument>? _byId;

    /// <summary>A claim's tokens over its own text, as the pipeline cut them.</summary>
    public Language.TokenizedUnit? TokensOf(Claim claim) =>
        Document(claim.DocumentId) is { } d && claim.Index < d.Units.Count ? d.LocalUnits[claim.Index] : null;

    /// <summary>Where a source can be read at its origin (case.yaml `url:`); null when case.yaml gives no address.</summary>
    public string? UrlOf(string sourceId) =>
        (_urls ??= File.Sources.Where(s => s.Url is not null).ToDictionary(s => s.Id, s => s.Url!, StringComparer.Ordinal)).GetValueOrDefault(sourceId);

    private Dictionary<string, string>? _urls;

    /// <summary>Claims of one source, in document order.</summary>
    public IEnumerable<Claim> ClaimsOf(string sourceId) => Document(sourceId)?.Claims ?? [];
}
