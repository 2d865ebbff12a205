using System.Net;
using Microsoft.Playwright;

namespace Tessera.Tests.Workbench;

/// <summary>The workbench in Debian's chromium, as an analyst uses it: the overview, claims filtered, a claim's provenance, a source
/// uploaded; and as an attacker would try it: markup in a source, a post without its token.</summary>
public class WorkbenchBrowserTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private static async Task<int> Count(IPage page) =>
        int.Parse((await page.Locator("p.pages .count").TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_overview_shows_the_brief_s_key_judgments_and_sources()
    {
        var (page, problems) = await server.Open("/");
        Assert.StartsWith("Overview · Kazakhstan unrest, January 2022", await page.TitleAsync());
        var sections = await page.Locator("main section > h2").AllTextContentsAsync();
        Assert.Contains("Key judgments", sections);
        Assert.Contains("Sources and their grades", sections);
        Assert.True(await page.Locator("ol.judgments > li").CountAsync() > 0);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_command_line_s_brief_and_the_workbench_give_the_same_key_judgments()
    {
        using var dir = Fixtures.TempFolder();
        var brief = Path.Combine(dir.Path, "brief.html");
        var run = Tessera.Tests.Cli.CliRunner.Invoke("assess", server.CaseFolder, "--quiet", "--db", Path.Combine(dir.Path, "cli.db"), "--out", brief);
        Assert.Equal(0, run.Exit);

        var (page, _) = await server.Open("/");
        var served = await page.Locator("ol.judgments > li").AllTextContentsAsync();
        await page.GotoAsync(new Uri(brief).AbsoluteUri);
        var written = await page.Locator("ol.judgments > li").AllTextContentsAsync();

        Assert.NotEmpty(served);
        Assert.Equal(written, served);
    }

    [Fact]
    public async Task Filtering_by_a_flag_keeps_only_claims_that_carry_it_and_the_filter_is_a_link()
    {
        var (page, problems) = await server.Open("/claims");
        var all = await Count(page);
        await page.SelectOptionAsync("select[name=flag]", "hedged");
        await Chromium.Navigate(page, () => page.ClickAsync("form.filters button"));
        Assert.Matches(@"/claims\?.*flag=hedged", page.Url);
        var hedged = await Count(page);
        Assert.InRange(hedged, 1, all - 1);
        var rows = page.Locator("table.claims tbody tr");
        Assert.Equal(Math.Min(hedged, 50), await rows.CountAsync());
        for (var i = 0; i < await rows.CountAsync(); i++) Assert.Contains("hedged", await rows.Nth(i).Locator("td").Nth(3).TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_claim_s_page_shows_its_provenance_and_the_claims_that_contest_it()
    {
        var (page, problems) = await server.Open("/claims?q=" + Uri.EscapeDataString("225 people had died"));
        await page.ClickAsync("table.claims tbody tr >> nth=0 >> a");
        Assert.Equal("Claim rights-report#12", await page.Locator("h1").TextContentAsync());
        Assert.Contains("Prosecutors", await page.Locator("dl.facts").TextContentAsync());
        var related = await page.Locator("table >> text=contradicts").CountAsync();
        Assert.True(related >= 2, "the rival tolls are listed");
        await Chromium.Navigate(page, () => page.ClickAsync("a:text-is('wire-chronology#37')"));
        Assert.EndsWith("/claims/wire-chronology/37", page.Url);
        Assert.Equal("Claim wire-chronology#37", await page.Locator("h1").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Markup_in_a_source_shows_as_words_and_runs_nothing()
    {
        var (page, problems) = await server.Open("/claims?source=hostile");
        Assert.Contains("<script>", await page.Locator("table.claims").TextContentAsync());
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.DoesNotContain("owned", await page.TitleAsync());
        await page.GotoAsync(server.Address + "/sources");
        Assert.Contains("A <b>hostile</b> page", await page.Locator("table").First.TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_uploaded_source_is_stored_under_a_safe_name_and_its_claims_appear()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("Harbour Report (final).txt", "The port authority said that 40 ships were waiting outside the harbour.\n");
        var (page, problems) = await server.Open("/sources");
        await page.SetInputFilesAsync("#file", file);
        await page.FillAsync("#title", "Harbour report");
        await page.FillAsync("#publisher", "Port Gazette");
        await page.FillAsync("#date", "2022-01-10");
        await Chromium.Navigate(page, () => page.ClickAsync("form.upload button"));
        Assert.EndsWith("/sources", page.Url);
        var stored = Directory.GetFiles(Path.Combine(server.CaseFolder, "sources"), "harbour*");
        Assert.Equal("harbour-report-final.txt", Path.GetFileName(Assert.Single(stored)));
        await Chromium.Navigate(page, () => page.ClickAsync("a:text-is('harbour-report-final')"));
        Assert.EndsWith("/claims?source=harbour-report-final", page.Url);
        Assert.Equal(1, await Count(page));
        Assert.Contains("40 ships", await page.Locator("table.claims").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var yaml = File.ReadAllText(Path.Combine(server.CaseFolder, "case.yaml"));
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("The mayor said the square was empty."u8.ToArray()), "file", "sneaky.txt" },
            { new StringContent("Sneaky"), "publisher" },
        };
        var response = await http.PostAsync(server.Address + "/sources", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(yaml, File.ReadAllText(Path.Combine(server.CaseFolder, "case.yaml")));
        Assert.False(File.Exists(Path.Combine(server.CaseFolder, "sources", "sneaky.txt")));
    }

    [Fact]
    public async Task Every_page_carries_a_policy_that_allows_no_script()
    {
        using var http = new HttpClient();
        foreach (var path in new[] { "/", "/claims", "/sources", "/claims/rights-report/12", "/claims/nowhere/1" })
        {
            var response = await http.GetAsync(server.Address + path, TestContext.Current.CancellationToken);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", policy);
            Assert.DoesNotContain("script-src", policy);
            Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        var missing = await http.GetAsync(server.Address + "/claims/nowhere/1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // A request path is never a file name: a path that climbs out is simply not a page.
        var climbing = await http.GetAsync(server.Address + "/..%2f..%2fcase.yaml", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, climbing.StatusCode);
    }
}
