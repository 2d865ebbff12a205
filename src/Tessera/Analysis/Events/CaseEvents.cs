using Tessera.Case;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Events.Imported;
using Tessera.Pipeline;
using Tessera.Recognition.Time;

namespace Tessera.Analysis.Events;

/// <summary>An imported event and an event read from a source that agree: the same day, the same actors and the same CAMEO root.
/// The data set coded the event from its own reporting, so it confirms the source's account independently.</summary>
public sealed record EventConfirmation(ActorEvent Imported, ActorEvent Text);

/// <summary>A case's annotated documents and every event found in them or imported beside them: what the timeline, the network
/// and the brief read.</summary>
/// <param name="Events">The events read in the documents, then the imported ones (marked by <see cref="ActorEvent.Imported"/>).</param>
public sealed record CaseEvents(IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<ActorEvent> Events)
{
    /// <summary>The events of an assessed case, as its stored layers give them, and its imported events.</summary>
    public static CaseEvents Of(AssessedCase assessed) => Of(assessed.Documents, assessed.Imported);

    public static CaseEvents Of(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<ImportedEvent>? imported = null) =>
        new(documents, documents.SelectMany(d => d.Events).Concat((imported ?? []).Select(i => i.AsActorEvent())).ToList());

    /// <summary>The imported events, in date order.</summary>
    public IReadOnlyList<ActorEvent> Imported => _imported ??= Events.Where(e => e.Imported is not null).ToList();

    /// <summary>Each imported event with each event read in a source that agrees with it: the source's event dated to the same
    /// single day, with the same acting actor, the same actor acted on, and the same CAMEO root (what the issue calls the same
    /// act; the finer codes of two coders often differ).</summary>
    public IReadOnlyList<EventConfirmation> Confirmations => _confirmations ??= Confirm();

    private IReadOnlyList<EventConfirmation> Confirm()
    {
        var read = Events.Where(e => e.Imported is null && !e.Expected && e.Time?.Range is { Precision: TimePrecision.Day })
            .ToLookup(e => (e.Time!.Range!.Value.From, e.Source, e.Target, e.Root));
        return Imported.SelectMany(i => read[(i.Time!.Range!.Value.From, i.Source, i.Target, i.Root)].Select(t => new EventConfirmation(i, t))).ToList();
    }

    /// <summary>The times of a claim, if the claim belongs to the case.</summary>
    public PassageTimes? TimesOf(Claim claim) =>
        (_byId ??= Documents.ToDictionary(d => d.Id, StringComparer.Ordinal)).GetValueOrDefault(claim.DocumentId)?.TimesOf(claim);

    private Dictionary<string, AnnotatedDocument>? _byId;
    private IReadOnlyList<ActorEvent>? _imported;
    private IReadOnlyList<EventConfirmation>? _confirmations;
}
