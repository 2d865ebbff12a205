using Tessera.Case;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Pipeline;
using Tessera.Recognition.Time;

namespace Tessera.Analysis.Events;

/// <summary>A case's annotated documents and every event found in them: what the timeline, the network and the brief read.</summary>
public sealed record CaseEvents(IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<ActorEvent> Events)
{
    /// <summary>The events of an assessed case, as its stored layers give them.</summary>
    public static CaseEvents Of(AssessedCase assessed) => Of(assessed.Documents);

    public static CaseEvents Of(IReadOnlyList<AnnotatedDocument> documents) =>
        new(documents, documents.SelectMany(d => d.Events).ToList());

    /// <summary>The times of a claim, if the claim belongs to the case.</summary>
    public PassageTimes? TimesOf(Claim claim) =>
        (_byId ??= Documents.ToDictionary(d => d.Id, StringComparer.Ordinal)).GetValueOrDefault(claim.DocumentId)?.TimesOf(claim);

    private Dictionary<string, AnnotatedDocument>? _byId;
}
