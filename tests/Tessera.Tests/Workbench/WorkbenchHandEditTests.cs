using System.Net;
using Microsoft.Playwright;

namespace Tessera.Tests.Workbench;

/// <summary>ACH and forecast resolution by hand in Debian's chromium: a rated cell reorders the hypotheses, a resolved forecast
/// moves the Brier score, a stale form gets a conflict page and loses nothing, a bad value is refused with its field, and a post
/// without its antiforgery token changes nothing. Each test edits its own cells of its own copy of the example case.</summary>
public class WorkbenchHandEditTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private string Yaml => File.ReadAllText(Path.Combine(server.CaseFolder, "case.yaml"));

    /// <summary>The hypotheses in the order the scores table ranks them.</summary>
    private static async Task<List<string>> Ranking(IPage page) =>
        (await page.Locator("section.ach-scores table").First.Locator("tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Split(':')[0]).ToList();

    private static ILocator Cell(IPage page, string evidence, string hypothesis) =>
        page.Locator($"tr[id='evidence-{evidence}'] form.rate:has(input[name=hypothesis][value={hypothesis}])");

    [Fact]
    public async Task Rating_a_cell_reorders_the_hypotheses_and_writes_the_rating_with_its_analyst_into_case_yaml()
    {
        var (page, problems) = await server.Open("/ach");
        var before = await Ranking(page);
        Assert.True(before.IndexOf("H1") < before.IndexOf("H4"), string.Join(" ", before));
        // E2 is highly credible and rates H4 inconsistent; rated consistent instead, H4 has less against it than H1.
        await Cell(page, "E2", "H4").Locator("select").SelectOptionAsync("C");
        await Chromium.Navigate(page, () => Cell(page, "E2", "H4").Locator("button").ClickAsync());
        Assert.EndsWith("/ach", page.Url);
        var after = await Ranking(page);
        Assert.True(after.IndexOf("H4") < after.IndexOf("H1"), string.Join(" ", after));
        Assert.Contains("by local:", await Cell(page, "E2", "H4").TextContentAsync());
        var yaml = Yaml;
        Assert.Contains("ratings: {H1: I, H2: CC, H3: N, H4: {rating: C, by: \"local:", yaml);
        Assert.Contains("# The wire is reliable, but this is an interested party's denial: the analyst lowers it.", yaml);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Resolving_a_forecast_writes_its_outcome_and_moves_the_Brier_score()
    {
        var (page, problems) = await server.Open("/forecasts");
        var brier = await page.Locator("p.scores .brier").TextContentAsync();
        var row = page.Locator("tr[id='forecast-rights-report#29']");
        Assert.Equal("open", await row.Locator("td.result").TextContentAsync());
        await row.Locator("select[name=outcome]").SelectOptionAsync("false");
        await row.Locator("input[name=date]").FillAsync("2022-02-01");
        await Chromium.Navigate(page, () => row.Locator("button").ClickAsync());
        Assert.EndsWith("/forecasts", page.Url);
        Assert.NotEqual(brier, await page.Locator("p.scores .brier").TextContentAsync());
        Assert.Equal("miss", await page.Locator("tr[id='forecast-rights-report#29'] td.result").TextContentAsync());
        Assert.Contains("  - claim: \"rights-report#29\"\n    outcome: false\n    resolved: 2022-02-01\n", Yaml.Replace("\r\n", "\n"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_stale_rating_gets_a_conflict_page_with_both_values_and_the_stored_rating_stays()
    {
        var (mine, _) = await server.Open("/ach");
        var (theirs, _) = await server.Open("/ach");
        await Cell(theirs, "E3", "H2").Locator("select").SelectOptionAsync("II");
        await Chromium.Navigate(theirs, () => Cell(theirs, "E3", "H2").Locator("button").ClickAsync());
        var stored = Yaml;
        Assert.Contains("H2: {rating: II, by:", stored);

        await Cell(mine, "E3", "H2").Locator("select").SelectOptionAsync("CC");
        var response = await mine.RunAndWaitForResponseAsync(() => Chromium.Navigate(mine, () => Cell(mine, "E3", "H2").Locator("button").ClickAsync()),
            r => r.Url.EndsWith("/ach/rate", StringComparison.Ordinal));
        Assert.Equal(409, response.Status);
        Assert.Equal("Conflict", await mine.Locator("h1").TextContentAsync());
        var cells = await mine.Locator("table.conflict td").AllTextContentsAsync();
        Assert.StartsWith("II by ", cells[0]);
        Assert.StartsWith("CC by ", cells[1]);
        Assert.Equal(stored, Yaml);
    }

    [Fact]
    public async Task Evidence_added_from_a_claim_s_page_joins_the_matrix_unrated()
    {
        var (page, problems) = await server.Open("/claims/rights-report/12");
        await Chromium.Navigate(page, () => page.ClickAsync("form.add-claim button"));
        Assert.EndsWith("/ach", page.Url);
        var row = page.Locator("tr[id='evidence-E16']");
        Assert.Equal("/claims/rights-report/12", await row.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(await row.Locator("td.cell").CountAsync(), await row.Locator("td.rating-NA").CountAsync());
        Assert.Contains("  - id: E16\n    claim: \"rights-report#12\"\n    ratings: {}\n", Yaml.Replace("\r\n", "\n"));
        await page.GotoAsync(server.Address + "/claims/rights-report/12");
        Assert.Equal(0, await page.Locator("form.add-claim").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_hypothesis_is_added_and_a_bad_id_is_refused_naming_the_field()
    {
        var (page, problems) = await server.Open("/ach");
        await page.FillAsync("form.add-hypothesis input[name=id]", "9 lives");
        await page.FillAsync("form.add-hypothesis input[name=statement]", "A cat did it");
        var response = await page.RunAndWaitForResponseAsync(() => Chromium.Navigate(page, () => page.ClickAsync("form.add-hypothesis button")),
            r => r.Url.EndsWith("/ach/hypothesis", StringComparison.Ordinal));
        Assert.Equal(400, response.Status);
        Assert.Contains("[TSR723]", await page.Locator("p.problem").TextContentAsync());
        Assert.DoesNotContain("A cat did it", Yaml);

        await page.GotoAsync(server.Address + "/ach");
        await page.FillAsync("form.add-hypothesis input[name=id]", "H5");
        await page.FillAsync("form.add-hypothesis input[name=statement]", "A dispute among regional clans");
        await Chromium.Navigate(page, () => page.ClickAsync("form.add-hypothesis button"));
        Assert.EndsWith("/ach", page.Url);
        Assert.Contains("H5", await Ranking(page));
        Assert.Contains("  - id: H5\n    statement: A dispute among regional clans\n", Yaml.Replace("\r\n", "\n"));
        // The refused post is the one thing the browser reports: its status, 400.
        Assert.All(problems, p => Assert.Contains("status of 400", p));
    }

    [Fact]
    public async Task The_ach_and_forecast_pages_carry_no_script_and_every_form_that_edits_carries_a_token_and_a_version()
    {
        using var http = new HttpClient();
        foreach (var path in new[] { "/ach", "/forecasts" })
        {
            var response = await http.GetAsync(server.Address + path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script", body);
            var forms = body.Split("<form class=").Skip(1).ToList();
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.Contains("name=\"__RequestVerificationToken\"", f.Split("</form>")[0]));
            Assert.All(forms, f => Assert.Contains("name=\"version\"", f.Split("</form>")[0]));
        }
    }

    [Fact]
    public async Task A_rating_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var yaml = Yaml;
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["evidence"] = "E1", ["hypothesis"] = "H1", ["rating"] = "II", ["version"] = "0000000000000000",
        });
        var response = await http.PostAsync(server.Address + "/ach/rate", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(yaml, Yaml);
    }
}
