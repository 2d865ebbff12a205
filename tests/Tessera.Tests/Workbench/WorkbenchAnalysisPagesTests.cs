using System.Net;
using Microsoft.Playwright;

namespace Tessera.Tests.Workbench;

/// <summary>A two-source case small enough to know by heart: Chad expels and accuses France, Niger criticises Chad and calls France
/// the loser, and the sources give the flood's toll as 120 and as at least 180; the agency's wire is dated before the ministry's
/// note, so the case reads the wire first whatever order case.yaml lists them in.</summary>
public sealed class SahelCaseServer : WorkbenchServer
{
    protected override void WriteCase(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "ministry.txt"),
            "MARCH 6 – Chad expelled France.\n\nNiger criticized Chad on 2 March. Officials said 120 people died in the floods.\n\n" +
            "\"France is the main loser,\" Niger said.\n");
        File.WriteAllText(Path.Combine(folder, "sources", "agency.txt"),
            "At least 180 people died, volunteers said.\n\nChad accused France of <b>meddling</b> on 4 March.\n");
        File.WriteAllText(Path.Combine(folder, "case.yaml"), """
            title: Sahel test case
            sources:
              - id: ministry
                file: sources/ministry.txt
                title: Ministry note
                publisher: Ministry
                date: 2023-03-22
                grade: B2
              - id: agency
                file: sources/agency.txt
                title: Agency wire
                publisher: Agency
                date: 2023-03-21
                grade: C3
            """);
    }
}

/// <summary>The actor, timeline and network pages in Debian's chromium: an analyst goes from the list of actors to one actor, to its
/// neighbour, reads the timeline in order with the rival tolls side by side, and reads the ties.</summary>
public class WorkbenchAnalysisPagesTests(SahelCaseServer server) : IClassFixture<SahelCaseServer>
{
    private static async Task<IReadOnlyList<string>> Column(ILocator rows, int column)
    {
        var cells = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++) cells.Add((await rows.Nth(i).Locator("td").Nth(column).TextContentAsync())!.Trim());
        return cells;
    }

    [Fact]
    public async Task The_actors_page_lists_the_network_s_actors_most_connected_first_and_each_links_to_its_page()
    {
        var (page, problems) = await server.Open("/actors");
        Assert.StartsWith("Actors · Sahel test case", await page.TitleAsync());
        var names = await Column(page.Locator("table.actors tbody tr"), 0);
        Assert.Equal(["Chad", "France", "Niger"], names);
        await Chromium.Navigate(page, () => page.ClickAsync("table.actors a:text-is('France')"));
        Assert.EndsWith("/actors/France", page.Url);
        Assert.Equal("France", await page.Locator("h1").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_actor_s_page_shows_what_it_says_what_is_said_of_it_its_events_ties_and_losses()
    {
        var (page, problems) = await server.Open("/actors/Niger");
        Assert.Equal(["ministry#2", "ministry#4"], await Column(page.Locator("#says tbody tr"), 0));
        Assert.Equal(["ministry#2", "ministry#4"], await Column(page.Locator("#said-of tbody tr"), 0));
        var events = page.Locator("#events tbody tr");
        Assert.Equal(["source"], await Column(events, 0));
        Assert.StartsWith("111 ", (await Column(events, 3))[0]);
        Assert.Equal(["-2"], await Column(events, 4));
        Assert.Equal("no claim says it gains or loses", await page.Locator("#outcomes p").TextContentAsync());

        await page.GotoAsync(server.Address + "/actors/France");
        Assert.Equal(["loses"], await Column(page.Locator("#outcomes tbody tr"), 0));
        Assert.Equal(["target", "target"], await Column(page.Locator("#events tbody tr"), 0));
        Assert.Empty(await Column(page.Locator("#says tbody tr"), 0));
        var tie = page.Locator("#neighbours tbody tr");
        Assert.Equal(1, await tie.CountAsync());
        Assert.Contains("conflict", await tie.Locator("td").Nth(2).TextContentAsync());
        var codes = await tie.Locator("td").Nth(6).TextContentAsync();
        Assert.Contains("166", codes);
        Assert.Contains("112", codes);
        // The actor's own name is not a link; its neighbour's is, and leads to the neighbour's page.
        Assert.Equal(0, await page.Locator("#neighbours a:text-is('France')").CountAsync());
        await Chromium.Navigate(page, () => page.ClickAsync("#neighbours a:text-is('Chad')"));
        Assert.EndsWith("/actors/Chad", page.Url);
        Assert.Equal(2, await page.Locator("#neighbours tbody tr").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_actor_the_case_does_not_name_is_a_404_with_its_code()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(server.Address + "/actors/" + Uri.EscapeDataString("Atlantis <b>"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("TSR705", body);
        Assert.Contains("Atlantis &lt;b&gt;", body);
    }

    [Fact]
    public async Task The_timeline_runs_in_date_order_and_sets_the_rival_tolls_side_by_side()
    {
        var (page, problems) = await server.Open("/timeline");
        var rows = page.Locator("table.timeline tbody tr");
        Assert.Equal(["ministry#2", "agency#2", "ministry#1"], await Column(rows, 3));
        Assert.Contains("2 March 2023", await rows.Nth(0).Locator("td").Nth(0).TextContentAsync());
        // The source's markup is shown as words.
        Assert.Contains("<b>meddling</b>", await rows.Nth(1).Locator("td").Nth(2).TextContentAsync());
        var toll = page.Locator("table.sides", new() { HasText = "death toll" });
        Assert.Equal(["120", "At least 180"], await toll.Locator("thead th").AllTextContentsAsync());
        Assert.Equal(["ministry", "agency"], await toll.Locator("tbody tr").Nth(1).Locator("td").AllTextContentsAsync());
        await Chromium.Navigate(page, () => toll.Locator("a:text-is('agency#1')").ClickAsync());
        Assert.EndsWith("/claims/agency/1", page.Url);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_network_lists_every_tie_heaviest_first_with_its_codes_and_claims()
    {
        var (page, problems) = await server.Open("/network");
        var rows = page.Locator("table.ties tbody tr");
        Assert.Equal(["Chad", "Niger"], await Column(rows, 0));
        Assert.Equal(["France", "Chad"], await Column(rows, 1));
        Assert.Equal(["2", "1"], await Column(rows, 5));
        Assert.Equal(["agency#2", "ministry#1"], (await rows.Nth(0).Locator("td").Nth(7).Locator("a").AllTextContentsAsync()).Order());
        // Other pages may join the navigation; these three must be in it, in this order.
        var nav = await page.Locator("header.bar a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/actors", "/timeline", "/network"], nav.Where(h => h is "/actors" or "/timeline" or "/network"));
        Assert.Equal("Network", await page.Locator("header.bar a.here").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_claims_page_filters_and_sorts_through_the_snapshot_s_index()
    {
        var (page, problems) = await server.Open("/claims");
        var rows = page.Locator("table.claims tbody tr");
        Assert.Equal(["agency#1", "agency#2", "ministry#1"], (await Column(rows, 0)).Take(3));
        Assert.Equal("6 claims", await page.Locator("p.pages .count").TextContentAsync());
        await page.GotoAsync(server.Address + "/claims?source=ministry&q=DIED");
        Assert.Equal(["ministry#3"], await Column(rows, 0));
        await page.GotoAsync(server.Address + "/claims?source=ministry&sort=date&speaker=niger");
        Assert.Equal(["ministry#2", "ministry#4"], await Column(rows, 0));
        await page.GotoAsync(server.Address + "/claims?source=nowhere");
        Assert.Equal("0 claims", await page.Locator("p.pages .count").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_new_pages_carry_the_policy_and_no_script()
    {
        using var http = new HttpClient();
        foreach (var path in new[] { "/actors", "/actors/Chad", "/timeline", "/network" })
        {
            var response = await http.GetAsync(server.Address + path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("style=", html);
        }
    }
}
