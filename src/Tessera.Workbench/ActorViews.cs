using System.Globalization;
using Tessera.Analysis;
using Tessera.Analysis.Network;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Output;
using Tessera.Output.Records;

namespace Tessera.Workbench;

/// <summary>The actor, timeline and network pages: the models `tessera actors`, `actors --network` and `timeline` print, from the
/// snapshot's findings, every name and word escaped by <see cref="Html"/>.</summary>
internal static class ActorViews
{
    /// <summary>The address of an actor's page: /actors/NAME.</summary>
    public static string ActorLink(string actor) => "/actors/" + Uri.EscapeDataString(actor);

    /// <summary>Every actor the network, the balance of gains and losses or a claim names: network actors first, as `tessera
    /// actors` lists them, then those only mentioned, most mentioned first.</summary>
    public static IReadOnlyList<string> ActorNames(Findings f) =>
        Terms.Actors(f.Network, f.Consequences).Concat(f.Summary.Actors.Select(a => a.Actor)).Distinct(StringComparer.Ordinal).ToList();

    public static Html Actors(CaseSnapshot s)
    {
        var f = s.Findings;
        var tallies = f.Summary.Actors.ToDictionary(a => a.Actor, StringComparer.Ordinal);
        var h = new Html();
        h.Raw("<table class=\"actors\"><thead><tr><th>actor</th><th>claims naming it</th><th>speaks in</th><th>degree</th><th>out/in</th>")
         .Raw("<th>strength</th><th>betweenness</th><th>outcome</th></tr></thead><tbody>");
        foreach (var name in ActorNames(f))
        {
            var node = f.Network.Node(name);
            var tally = tallies.GetValueOrDefault(name);
            var balance = f.Consequences.Of(name);
            h.Raw("<tr><td>").Link(ActorLink(name), name).Raw("</td>")
             .Element("td", tally is null ? "" : Format.Num(tally.Claims)).Element("td", tally is null ? "" : Format.Num(tally.Speaks))
             .Element("td", node is null ? "" : Format.Num(node.Degree))
             .Element("td", node is null ? "" : $"{Format.Num(node.OutDegree)}/{Format.Num(node.InDegree)}")
             .Element("td", node is null ? "" : Format.Short(node.Strength)).Element("td", node is null ? "" : Format.Num(node.Betweenness, 3))
             .Element("td", balance is null ? "" : $"{balance.Verdict} +{Format.Num(balance.Gains.Count)} −{Format.Num(balance.Losses.Count)}")
             .Raw("</tr>");
        }
        return h.Raw("</tbody></table>");
    }

    public static Html Actor(CaseSnapshot s, ActorProfile p)
    {
        var h = new Html();
        h.Raw("<dl class=\"facts\">");
        void Fact(string term, string value) => h.Element("dt", term).Element("dd", value);
        Fact("speaks in", Count(p.Says.Count, "claim"));
        Fact("named in", Count(p.SaidOf.Count, "claim"));
        Fact("events", Count(p.Events.Count, "event"));
        if (p.Node is { } n)
            Fact("centrality", $"degree {Format.Num(n.Degree)} ({Format.Num(n.OutDegree)} out, {Format.Num(n.InDegree)} in), strength {Format.Short(n.Strength)}, betweenness {Format.Num(n.Betweenness, 3)}");
        if (p.Balance is { } b) Fact("outcome", $"{b.Verdict}: {Format.Num(b.Gains.Count)} gain{(b.Gains.Count == 1 ? "" : "s")}, {Format.Num(b.Losses.Count)} loss{(b.Losses.Count == 1 ? "" : "es")}");
        h.Raw("</dl>");

        Section(h, "neighbours", "Network neighbours", p.Ties.Count == 0, "no ties: no event names it with another actor", () => Ties(h, s, p.Ties, p.Actor));

        Section(h, "events", "Events", p.Events.Count == 0, "none", () =>
        {
            h.Raw("<table class=\"events\"><thead><tr><th>role</th><th>source</th><th>target</th><th>CAMEO</th><th>Goldstein</th><th>when</th><th>claim</th></tr></thead><tbody>");
            foreach (var e in p.Events)
            {
                h.Raw("<tr>").Element("td", e.Source == p.Actor ? "source" : "target").Raw("<td>");
                ActorName(h, e.Source, p.Actor);
                h.Raw("</td><td>");
                if (e.Target is { } target) ActorName(h, target, p.Actor); else h.Text("?");
                h.Raw("</td>").Element("td", $"{e.Cameo.Code} {e.Cameo.Name}{(e.Future ? " (announced)" : "")}{(e.Unconfirmed ? " (unconfirmed)" : "")}")
                 .Element("td", Format.Short(e.Goldstein, 1)).Element("td", e.Time?.Range?.Label() ?? "").Raw("<td>");
                ClaimCell(h, s, e.ClaimId);
                h.Raw("</td></tr>");
            }
            h.Raw("</tbody></table>");
        });
        Section(h, "outcomes", "Gains and losses", p.Balance is null, "no claim says it gains or loses", () =>
        {
            var balance = p.Balance!;
            h.Raw("<table class=\"outcomes\"><thead><tr><th></th><th>words</th><th>claim</th><th>text</th></tr></thead><tbody>");
            foreach (var e in balance.Gains.Concat(balance.Losses))
            {
                h.Raw("<tr>").Element("td", e.Direction == OutcomeDirection.Gain ? "gains" : "loses").Element("td", e.Cue).Raw("<td>")
                 .Link(Views.ClaimLink(e.Claim), e.ClaimId).Raw("</td>").Element("td", e.Claim.Text).Raw("</tr>");
            }
            h.Raw("</tbody></table>");
        });

        ClaimList(h, s, "says", "What it says", p.Says, "no claim names it as speaker");
        ClaimList(h, s, "said-of", "What is said of it", p.SaidOf, "no claim names it");
        return h;
    }

    public static Html Network(CaseSnapshot s)
    {
        var net = s.Findings.Network;
        var h = new Html();
        h.Element("p", "Who did what to whom: each tie sums the Goldstein values of its events, cooperation and conflict apart (CAMEO codes as "
                       + "the events carry them). The same network as `tessera actors --network`.", "muted");
        if (net.Ties.Count == 0) return h.Element("p", "no ties: no event names both a source and a target", "muted");
        Ties(h, s, net.Ties, null);
        return h;
    }

    public static Html Timeline(CaseSnapshot s)
    {
        var t = s.Findings.Timeline;
        var h = new Html();
        h.Open("section", null, "disagreements").Element("h2", "Where sources disagree");
        if (t.Disagreements.Count == 0) h.Element("p", "no figure or date is given differently", "muted");
        foreach (var d in t.Disagreements)
        {
            // One column per value, so the rival figures sit side by side.
            h.Raw("<table class=\"sides\"><caption>").Text(d.Topic).Raw(" <span class=\"muted\">(").Text(d.Kind).Raw(")</span></caption><thead><tr>");
            foreach (var side in d.Sides) h.Element("th", side.Value + (side.Retracted ? " (retracted)" : ""));
            h.Raw("</tr></thead><tbody><tr>");
            foreach (var side in d.Sides) h.Element("td", string.Join("; ", side.Words));
            h.Raw("</tr><tr>");
            foreach (var side in d.Sides) h.Element("td", string.Join(", ", side.SourceIds));
            h.Raw("</tr><tr>");
            foreach (var side in d.Sides)
            {
                h.Raw("<td>");
                foreach (var id in side.ClaimIds) { ClaimCell(h, s, id); h.Raw(" "); }
                h.Raw("</td>");
            }
            h.Raw("</tr></tbody></table>");
        }
        h.Close("section");

        Section(h, "entries", "In time order", t.Groups.Count == 0, "no dated claim or event", () =>
        {
            h.Raw("<table class=\"timeline\"><thead><tr><th>when</th><th>time words</th><th>what happened</th><th>claim</th></tr></thead><tbody>");
            foreach (var g in t.Groups)
            {
                var first = true;
                void When()
                {
                    h.Raw("<td>");
                    if (first) h.Element("strong", g.Label).Raw(" ").Element("span", g.When.Precision.ToString().ToLowerInvariant(), "muted");
                    h.Raw("</td>");
                    first = false;
                }
                foreach (var e in g.Entries)
                {
                    h.Raw("<tr>");
                    When();
                    h.Element("td", (Terms.Words(e) ?? "(dated by the report)") + (e.How == EventTimeSource.Story ? " (the story's time)" : "")).Raw("<td>");
                    foreach (var x in e.Events) h.Element("div", Terms.EventLine(x), "event");
                    h.Text(Format.Clip(e.Claim.Text, 200)).Raw("</td><td>").Link(Views.ClaimLink(e.Claim), e.ClaimId).Raw("</td></tr>");
                }
                foreach (var e in g.Imported)
                {
                    h.Raw("<tr>");
                    When();
                    h.Element("td", "(dated by the data set)").Raw("<td>").Element("div", Terms.EventLine(e), "event");
                    if (e.Place is { } place) h.Text(place);
                    h.Raw("</td><td>");
                    ClaimCell(h, s, e.ClaimId);
                    h.Raw("</td></tr>");
                }
            }
            h.Raw("</tbody></table>");
        });

        if (t.Undated.Count > 0)
        {
            h.Open("section", null, "undated").Element("h2", "Events without a date");
            h.Raw("<table><thead><tr><th>event</th><th>claim</th></tr></thead><tbody>");
            foreach (var e in t.Undated)
            {
                h.Raw("<tr>").Element("td", Terms.EventLine(e)).Raw("<td>");
                ClaimCell(h, s, e.ClaimId);
                h.Raw("</td></tr>");
            }
            h.Raw("</tbody></table>").Close("section");
        }
        return h;
    }

    /// <summary>Ties as a table; on an actor's page the actor's own name is not a link, and the neighbour's is.</summary>
    private static void Ties(Html h, CaseSnapshot s, IReadOnlyList<Tie> ties, string? here)
    {
        h.Raw("<table class=\"ties\"><thead><tr><th>from</th><th>to</th><th>kind</th><th>cooperation</th><th>conflict</th><th>events</th><th>CAMEO codes</th><th>claims</th></tr></thead><tbody>");
        foreach (var t in ties)
        {
            h.Raw("<tr><td>");
            ActorName(h, t.Source, here);
            h.Raw("</td><td>");
            ActorName(h, t.Target, here);
            h.Raw("</td><td>").Element("span", Terms.Kind(t), "flag tie-" + Terms.Kind(t)).Raw(" ").Element("span", Terms.Quad(t.Quad), "muted").Raw("</td>")
             .Element("td", Format.Short(t.CooperationWeight)).Element("td", Format.Short(t.ConflictWeight))
             .Element("td", Format.Num(t.Count) + (t.Unconfirmed > 0 ? $" ({Format.Num(t.Unconfirmed)} unconfirmed)" : "")).Raw("<td>");
            foreach (var c in t.Codes) h.Element("div", $"{c.Code} {c.Name}");
            h.Raw("</td><td>");
            foreach (var id in t.ClaimIds) { h.Open("div"); ClaimCell(h, s, id); h.Close("div"); }
            h.Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");
    }

    private static void ActorName(Html h, string actor, string? here)
    {
        if (actor == here) h.Element("strong", actor); else h.Link(ActorLink(actor), actor);
    }

    /// <summary>A claim's id as a link to its provenance; an id the case does not hold (an imported event's record) as text.</summary>
    private static void ClaimCell(Html h, CaseSnapshot s, string id)
    {
        if (s.Findings.Case.Claim(id) is { } c) h.Link(Views.ClaimLink(c), id); else h.Text(id);
    }

    private static void ClaimList(Html h, CaseSnapshot s, string id, string title, IReadOnlyList<Claim> claims, string none)
    {
        Section(h, id, title, claims.Count == 0, none, () =>
        {
            h.Raw("<table class=\"claims\"><thead><tr><th>claim</th><th>text</th><th>speaker</th><th>credibility</th></tr></thead><tbody>");
            foreach (var c in claims)
                h.Raw("<tr><td>").Link(Views.ClaimLink(c), c.Id).Raw("</td>").Element("td", c.Text).Element("td", string.Join("; ", c.Speakers))
                 .Element("td", s.Findings.CredibilityOf(c.Id) is { } g ? $"{g.Grade} {g.Name}" : "").Raw("</tr>");
            h.Raw("</tbody></table>");
        });
    }

    /// <summary>A section with its heading, and a muted line in place of its body when it has nothing to show.</summary>
    private static void Section(Html h, string id, string title, bool empty, string none, Action body)
    {
        h.Open("section", null, id).Element("h2", title);
        if (empty) h.Element("p", none, "muted"); else body();
        h.Close("section");
    }

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
