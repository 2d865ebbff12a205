using Tessera.Events;
using Tessera.Analysis.Events;

namespace Tessera.Analysis.Network;

/// <summary>What a tie mostly is, by the sign of its Goldstein weights.</summary>
public enum TieKind { Cooperation, Conflict, Mixed, Neutral }

/// <summary>All the events from one actor to another, weighed: cooperation and conflict kept apart.</summary>
/// <param name="Source">The acting actor.</param>
/// <param name="Target">The actor acted on.</param>
/// <param name="Events">The events, in case order.</param>
/// <param name="CooperationWeight">The sum of the positive Goldstein values (an appeal 3.4, a deployment 8.5).</param>
/// <param name="ConflictWeight">The sum of the magnitudes of the negative Goldstein values (an accusation 2, a denial 5).</param>
public sealed record Tie(string Source, string Target, IReadOnlyList<ActorEvent> Events, double CooperationWeight, double ConflictWeight)
{
    public int Count => Events.Count;

    /// <summary>Events reported only by hedged or unverified claims.</summary>
    public int Unconfirmed => Events.Count(e => e.Unconfirmed);

    /// <summary>Both weights together: how much passes between the two, whatever its sign.</summary>
    public double Weight => CooperationWeight + ConflictWeight;

    /// <summary>Cooperation when its weight is at least twice the conflict's, conflict likewise, else mixed; neutral when both are 0.</summary>
    public TieKind Kind =>
        Weight == 0 ? TieKind.Neutral
        : CooperationWeight >= 2 * ConflictWeight ? TieKind.Cooperation
        : ConflictWeight >= 2 * CooperationWeight ? TieKind.Conflict
        : TieKind.Mixed;

    /// <summary>The quad class that carries the most weight (ties broken by the number of events).</summary>
    public QuadClass Quad => Events.GroupBy(e => e.QuadClass)
        .OrderByDescending(g => g.Sum(e => Math.Abs(e.Goldstein))).ThenByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>The distinct CAMEO codes of the tie, most frequent first: "0234 Appeal for military protection or peacekeeping".</summary>
    public IReadOnlyList<CameoCode> Codes => Events.GroupBy(e => e.Cameo.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.First().Cameo).ToList();

    public IReadOnlyList<string> ClaimIds => Events.Select(e => e.ClaimId).Distinct().ToList();

    public IReadOnlyList<string> SourceIds => Events.Select(e => e.DocumentId).Distinct().ToList();
}

/// <summary>An actor in the network: its ties in and out and its centrality.</summary>
/// <param name="Actor">The actor's canonical name.</param>
/// <param name="OutDegree">How many actors it acts on.</param>
/// <param name="InDegree">How many actors act on it.</param>
/// <param name="Degree">How many actors it is tied to either way.</param>
/// <param name="Strength">The weight of all its ties, in and out.</param>
/// <param name="Betweenness">Normalised betweenness centrality (0-1) on the undirected graph of ties: how often it lies on the
/// shortest paths between two other actors (Freeman, 1977; computed after Brandes, 2001).</param>
public sealed record ActorNode(string Actor, int OutDegree, int InDegree, int Degree, double Strength, double Betweenness);

/// <summary>Events aggregated into a directed, weighted network of actors, with degree and betweenness centrality.</summary>
public sealed record ActorNetwork(IReadOnlyList<Tie> Ties, IReadOnlyList<ActorNode> Actors)
{
    /// <summary>Builds the network from events that name both a source and a target; <paramref name="side"/> folds actors
    /// (a minister into their country, see <see cref="ActorSides"/>), and ties within one side are dropped. Acts only expected
    /// ("troops will withdraw") are left out: a network of what passed between actors, not of forecasts.</summary>
    public static ActorNetwork Build(IEnumerable<ActorEvent> events, Func<string, string>? side = null)
    {
        side ??= a => a;
        var ties = events.Where(e => e.Target is not null && !e.Expected)
            .Select(e => (Event: e, Source: side(e.Source), Target: side(e.Target!)))
            .Where(x => x.Source != x.Target)
            .GroupBy(x => (x.Source, x.Target))
            .Select(g => new Tie(g.Key.Source, g.Key.Target, g.Select(x => x.Event).ToList(),
                g.Where(x => x.Event.Goldstein > 0).Sum(x => x.Event.Goldstein),
                g.Where(x => x.Event.Goldstein < 0).Sum(x => -x.Event.Goldstein)))
            .OrderByDescending(t => t.Weight).ThenByDescending(t => t.Count).ThenBy(t => t.Source, StringComparer.Ordinal).ThenBy(t => t.Target, StringComparer.Ordinal)
            .ToList();
        var names = ties.SelectMany(t => new[] { t.Source, t.Target }).Distinct().Order(StringComparer.Ordinal).ToList();
        var betweenness = Betweenness(names, ties);
        var from = ties.ToLookup(t => t.Source, StringComparer.Ordinal);
        var to = ties.ToLookup(t => t.Target, StringComparer.Ordinal);
        var nodes = names.Select(n =>
        {
            var outs = from[n].Select(t => t.Target).ToHashSet();
            var ins = to[n].Select(t => t.Source).ToHashSet();
            return new ActorNode(n, outs.Count, ins.Count, outs.Union(ins).Count(),
                from[n].Sum(t => t.Weight) + to[n].Sum(t => t.Weight), betweenness[n]);
        }).OrderByDescending(a => a.Degree).ThenByDescending(a => a.Strength).ThenBy(a => a.Actor, StringComparer.Ordinal).ToList();
        return new ActorNetwork(ties, nodes);
    }

    public ActorNode? Node(string actor) => (_nodes ??= Actors.ToDictionary(a => a.Actor, StringComparer.Ordinal)).GetValueOrDefault(actor);

    /// <summary>The heaviest ties of an actor, in or out; the views ask for every actor, so ties are indexed by actor once.</summary>
    public IReadOnlyList<Tie> StrongestTies(string actor, int count = 3) =>
        (_tiesOf ??= Ties.SelectMany(t => new[] { (Actor: t.Source, Tie: t), (Actor: t.Target, Tie: t) })
            .ToLookup(x => x.Actor, x => x.Tie, StringComparer.Ordinal))[actor].Take(count).ToList();

    public Tie? Tie(string source, string target) =>
        (_ties ??= Ties.GroupBy(t => (t.Source, t.Target)).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault((source, target));

    private Dictionary<string, ActorNode>? _nodes;
    private ILookup<string, Tie>? _tiesOf;
    private Dictionary<(string, string), Tie>? _ties;

    /// <summary>Brandes' algorithm on the undirected, unweighted graph of ties, normalised by (n-1)(n-2)/2 pairs.</summary>
    /// <remarks>Direction and weight are left out on purpose: a broker between two camps brokers whoever speaks first, and a
    /// few heavily reported events should not make a path "shorter".</remarks>
    internal static Dictionary<string, double> Betweenness(IReadOnlyList<string> names, IReadOnlyList<Tie> ties)
    {
        // Actors are numbered in the order of the names (ordinal), and each one's neighbours kept in that order, so that paths
        // are counted and dependencies summed in the same order as over sorted sets of names, with arrays instead of a
        // dictionary per actor per source: the same doubles, without hashing a name at every step of every search.
        var n = names.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index[names[i]] = i;
        var sets = new SortedSet<int>[n];
        for (var i = 0; i < n; i++) sets[i] = [];
        foreach (var t in ties)
        {
            var (a, b) = (index[t.Source], index[t.Target]);
            sets[a].Add(b);
            sets[b].Add(a);
        }
        var neighbours = sets.Select(x => x.ToArray()).ToArray();
        var score = new double[n];
        var stack = new int[n];
        var queue = new int[n];
        var paths = new double[n];
        var distance = new int[n];
        var dependency = new double[n];
        var predecessors = new List<int>[n];
        for (var i = 0; i < n; i++) predecessors[i] = [];
        for (var s = 0; s < n; s++)
        {
            Array.Fill(paths, 0);
            Array.Fill(distance, -1);
            Array.Fill(dependency, 0);
            foreach (var list in predecessors) list.Clear();
            paths[s] = 1;
            distance[s] = 0;
            var (head, tail, top) = (0, 0, 0);
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                stack[top++] = v;
                foreach (var w in neighbours[v])
                {
                    if (distance[w] < 0) { distance[w] = distance[v] + 1; queue[tail++] = w; }
                    if (distance[w] == distance[v] + 1) { paths[w] += paths[v]; predecessors[w].Add(v); }
                }
            }
            while (top > 0)
            {
                var w = stack[--top];
                foreach (var v in predecessors[w]) dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                if (w != s) score[w] += dependency[w];
            }
        }
        // Each unordered pair was counted from both ends; normalise by the number of pairs not involving the actor.
        var pairs = (n - 1) * (n - 2) / 2.0;
        var result = new Dictionary<string, double>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) result[names[i]] = pairs > 0 ? score[i] / 2 / pairs : 0.0;
        return result;
    }
}

/// <summary>Folds actors into the sides they speak for: a person into their country (gazetteer/people.tsv); countries and
/// organisations stay themselves.</summary>
public sealed class ActorSides
{
    private readonly Dictionary<string, string> _country = new(StringComparer.Ordinal);

    public ActorSides(LanguageData data)
    {
        foreach (var row in data.Rows("gazetteer/people.tsv"))
            if (row[1].Length > 0) _country[row[0]] = row[1];
    }

    public string Side(string actor) => _country.GetValueOrDefault(actor, actor);
}
