using Microsoft.Playwright;
using Tessera.Tests.Case;

namespace Tessera.Tests.Workbench;

/// <summary>A team on one case: two workbenches on the same case folder and the same PostgreSQL store, two analysts signed in
/// each in a browser of their own. The second to save over a value the first changed gets the conflict page with both values,
/// and nothing either sent is lost.</summary>
public class TeamBrowserTests
{
    private static async Task<IPage> SignIn(IBrowser browser, string address, string name, string password)
    {
        var context = await Chromium.NewContext(browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address + "/sources");
        Assert.EndsWith("/signin?ReturnUrl=%2Fsources", page.Url);
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", password);
        await Chromium.Navigate(page, () => page.ClickAsync("form.signin button"));
        Assert.Equal(address + "/sources", page.Url);
        return page;
    }

    private static ILocator Form(IPage page, string id) => page.Locator($"form.source-edit[action='/sources/{id}']");

    [Fact]
    public async Task Two_analysts_edit_one_source_the_second_sees_a_conflict_and_nothing_is_lost()
    {
        if (ScratchDatabase.Server is null) Assert.Skip("TESSERA_TEST_POSTGRES is not set (CI starts a PostgreSQL server and sets it)");
        if (!File.Exists(Chromium.Path)) Assert.Skip(Chromium.Missing);
        using var db = new ScratchDatabase();
        using var team = new TeamCase();
        var (first, firstSession, firstAddress) = await team.Serve(db.ConnectionString);
        var (second, secondSession, secondAddress) = await team.Serve(db.ConnectionString);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        try
        {
            var amira = await SignIn(browser, firstAddress, "amira", "harbour-lights-7");
            var boris = await SignIn(browser, secondAddress, "boris", "quayside-fog-42");

            // Both have the ministry's form open; Amira regrades it first.
            await Form(amira, "ministry").Locator("select[name=grade]").SelectOptionAsync("B2");
            await Chromium.Navigate(amira, () => Form(amira, "ministry").Locator("button").ClickAsync());
            Assert.Equal(firstAddress + "/sources", amira.Url);
            Assert.Equal("B2", await Form(amira, "ministry").Locator("select[name=grade]").InputValueAsync());

            // Boris, on the form he opened before, corrects the publisher: his version is stale.
            await Form(boris, "ministry").Locator("input[name=publisher]").FillAsync("Transport Ministry Press Office");
            await Chromium.Navigate(boris, () => Form(boris, "ministry").Locator("button").ClickAsync());
            Assert.Equal("Conflict", await boris.Locator("h1").TextContentAsync());
            var cells = await boris.Locator("table.conflict td").AllTextContentsAsync();
            Assert.Contains("grade B2", cells[0]);
            Assert.Contains("Ministry of Transport", cells[0]);
            Assert.Contains("Transport Ministry Press Office", cells[1]);
            Assert.Contains("grade C3", cells[1]);
            var yaml = File.ReadAllText(team.YamlPath);
            Assert.Contains("grade: B2", yaml);
            Assert.Contains("publisher: Ministry of Transport", yaml);

            // Opened again, Boris's workbench shows Amira's grade, and his correction goes in beside it.
            await Chromium.Navigate(boris, () => boris.ClickAsync("text=Open it again"));
            Assert.Equal(secondAddress + "/sources", boris.Url);
            Assert.Equal("B2", await Form(boris, "ministry").Locator("select[name=grade]").InputValueAsync());
            await Form(boris, "ministry").Locator("input[name=publisher]").FillAsync("Transport Ministry Press Office");
            await Chromium.Navigate(boris, () => Form(boris, "ministry").Locator("button").ClickAsync());
            Assert.Equal(secondAddress + "/sources", boris.Url);

            yaml = File.ReadAllText(team.YamlPath);
            Assert.Contains("publisher: Transport Ministry Press Office", yaml);
            Assert.Contains("grade: B2", yaml);
            Assert.Contains("# the ministry's statement, as sent", yaml);
            Assert.Contains("B2", await boris.Locator("table").First.TextContentAsync());
            // Both workbenches, on the one store, now show both edits.
            await amira.ReloadAsync();
            Assert.Equal("Transport Ministry Press Office", await Form(amira, "ministry").Locator("input[name=publisher]").InputValueAsync());
            Assert.Equal(firstSession.Current.Opened.File.Sources[0], secondSession.Current.Opened.File.Sources[0]);
        }
        finally
        {
            foreach (var app in new[] { first, second })
            {
                await app.StopAsync(TestContext.Current.CancellationToken);
                await app.DisposeAsync();
            }
        }
    }
}
