namespace Tessera.Recognition;

/// <summary>What a mention names.</summary>
public enum MentionKind { Country, Organisation, Person, Place }

/// <summary>A name in a unit and the actor or place it folds to, as a span of the document text.</summary>
public sealed record Mention(int Start, int End, string Text, string Canonical, MentionKind Kind)
{
    /// <summary>Countries, organisations and people act; places are where things happen.</summary>
    public bool IsActor => Kind != MentionKind.Place;
}

/// <summary>An actor a case adds to the gazetteer, with the other names it goes by.</summary>
public sealed record ActorName(string Name, MentionKind Kind, IReadOnlyList<string> Aliases);
