using System.Net;
using Microsoft.Playwright;

namespace Tessera.Tests.Workbench;

/// <summary>Correcting the reader in the browser: a corrected speaker is kept across a reload and listed in the audit; a form
/// left open while someone else corrects the same field gets the conflict page, and neither value is lost.</summary>
public class WorkbenchCorrectionTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private const string Claim = "/claims/hostile/1";

    private static async Task<IResponse> Submit(IPage page, string field) =>
        await page.RunAndWaitForResponseAsync(() => Chromium.Navigate(page, () => page.ClickAsync($"form.correction:has(#correct-{field}) button")),
            r => r.Request.Method == "POST" && r.Url.EndsWith(Claim + "/corrections", StringComparison.Ordinal));

    [Fact]
    public async Task A_corrected_speaker_is_kept_after_a_reload_and_shown_in_the_audit()
    {
        var (page, problems) = await server.Open(Claim);
        var reader = await page.InputValueAsync("#correct-speaker");
        Assert.NotEqual("Interior Ministry", reader);
        await page.FillAsync("#correct-speaker", "Interior Ministry");
        await Submit(page, "speaker");
        Assert.EndsWith(Claim, page.Url);

        await page.ReloadAsync();
        Assert.Equal("Interior Ministry", await page.InputValueAsync("#correct-speaker"));
        Assert.Contains("Interior Ministry", await page.Locator("dl.facts").TextContentAsync());
        Assert.Contains($"speaker (reader: {(reader.Length == 0 ? "none" : reader)})", await page.Locator("p.corrected").TextContentAsync());

        await page.GotoAsync(server.Address + "/corrections");
        var row = page.Locator("table.corrections tbody tr", new() { HasText = "Interior Ministry" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("re-attached", await row.TextContentAsync());
        Assert.Contains("local:", await row.TextContentAsync());
        using var http = new HttpClient();
        var json = await http.GetStringAsync(server.Address + "/corrections?format=json", TestContext.Current.CancellationToken);
        Assert.Contains("\"after\": \"Interior Ministry\"", json);
        var audit = await http.GetAsync(server.Address + "/corrections", TestContext.Current.CancellationToken);
        Assert.Contains("default-src 'none'", audit.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_stale_correction_gets_the_conflict_page_and_the_first_one_stands()
    {
        var (first, problems) = await server.Open(Claim);
        var (second, _) = await server.Open(Claim);
        var reader = await first.InputValueAsync("#correct-unverified");
        var flipped = reader == "true" ? "false" : "true";

        await second.SelectOptionAsync("#correct-unverified", flipped);
        Assert.Equal((int)HttpStatusCode.Redirect, (await Submit(second, "unverified")).Status);

        // The first page still shows the reader's value and its version: its edit is stale.
        await first.SelectOptionAsync("#correct-unverified", flipped);
        var stale = await Submit(first, "unverified");
        Assert.Equal((int)HttpStatusCode.Conflict, stale.Status);
        Assert.StartsWith("Conflict", await first.TitleAsync());
        Assert.Contains(flipped, await first.Locator("table.conflict").TextContentAsync());

        await first.GotoAsync(server.Address + Claim);
        Assert.Equal(flipped, await first.InputValueAsync("#correct-unverified"));
        await first.GotoAsync(server.Address + "/corrections");
        Assert.Equal(1, await first.Locator("table.corrections tbody tr", new() { HasText = "unverified" }).CountAsync());
        // Chromium logs the 409 itself; nothing else may go wrong.
        Assert.All(problems, p => Assert.Contains("409", p));
    }
}
