using Tessera.Analysis.Consequences;
using Tessera.Analysis.Network;
using Tessera.Claims;
using Tessera.Events;

namespace Tessera.Analysis;

/// <summary>One actor as the case shows it: what it says, what is said of it, what it does and has done to it, whom it is tied to,
/// and what the sources say it gains or loses.</summary>
/// <param name="Actor">The actor's canonical name.</param>
/// <param name="Says">Claims it is the speaker of, in case order.</param>
/// <param name="SaidOf">Claims that mention it, in case order.</param>
/// <param name="Events">Events with it as source or target, in case order.</param>
/// <param name="Node">Its place in the network; null when no tie names it.</param>
/// <param name="Ties">Its ties in and out, heaviest first.</param>
/// <param name="Balance">Its gains and losses; null when no claim ascribes any.</param>
public sealed record ActorProfile(
    string Actor, IReadOnlyList<Claim> Says, IReadOnlyList<Claim> SaidOf, IReadOnlyList<ActorEvent> Events,
    ActorNode? Node, IReadOnlyList<Tie> Ties, ActorBalance? Balance)
{
    /// <summary>The actor's profile, read from the findings the brief and `tessera actors` use (the network, the consequences,
    /// the case's events); null when the case knows nothing of it.</summary>
    /// <remarks>A speaker counts as the actor when its name is the actor's canonical name, as the case summary counts who
    /// speaks; a speaker named by role alone ("the head of state") is not guessed at.</remarks>
    public static ActorProfile? Of(Findings findings, string actor)
    {
        var claims = findings.Case.Claims.Where(c => c.IsClaim).ToList();
        var says = claims.Where(c => c.Speakers.Contains(actor, StringComparer.Ordinal)).ToList();
        var saidOf = claims.Where(c => c.Actors.Contains(actor, StringComparer.Ordinal)).ToList();
        var events = findings.Events.Events.Where(e => e.Source == actor || e.Target == actor).ToList();
        var ties = findings.Network.StrongestTies(actor, int.MaxValue);
        var balance = findings.Consequences.Of(actor);
        if (says.Count == 0 && saidOf.Count == 0 && events.Count == 0 && ties.Count == 0 && balance is null) return null;
        return new ActorProfile(actor, says, saidOf, events, findings.Network.Node(actor), ties, balance);
    }

    /// <summary>The actor at the other end of a tie of this actor.</summary>
    public string Neighbour(Tie tie) => tie.Source == Actor ? tie.Target : tie.Source;

    /// <summary>Its neighbours in the network, each once, in the order of their heaviest tie.</summary>
    public IReadOnlyList<string> Neighbours => Ties.Select(Neighbour).Distinct().ToList();
}
