using Microsoft.Playwright;

namespace Tessera.Tests;

/// <summary>Debian's chromium driven by Playwright, launched and given pages the same way by every browser test.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Why a browser test cannot run here.</summary>
    public const string Missing = Path + " is not installed (.ci/run installs Debian's chromium)";

    // Playwright gives each step 30 s by default. A step takes well under a second here, but the suite runs test classes at once,
    // several with a browser of their own, and on a loaded 2-core machine a step has passed 30 s. The wait guards against a
    // page that never comes, not against a slow one, so it is longer.
    private const float Patience = 120_000;

    /// <summary>A headless chromium without the background work (updates, sync, networking) a test has no use for.</summary>
    public static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    /// <summary>A new page whose steps wait as long as <see cref="Patience"/>.</summary>
    public static async Task<IPage> NewPage(IBrowser browser, BrowserNewPageOptions? options = null) => Patient(await browser.NewPageAsync(options));

    /// <summary>A new context (a browser profile of its own: cookies, sign-in) whose pages' steps wait as long as <see cref="Patience"/>.</summary>
    public static async Task<IBrowserContext> NewContext(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    /// <summary>Runs an action that leaves the page (a form posted, a link followed) and returns once the page it leads to has
    /// replaced the one it was on and has loaded. WaitForURL is not used: a post that comes back to the address it left (a rating
    /// redirects to /ach) matches the old page at once, and even after a link to another address its wait for the load state,
    /// begun once the navigation had committed, raced the load event and hung for its whole timeout on CI.</summary>
    public static async Task Navigate(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.tesseraSentFrom = true; }");
        await action();
        await page.WaitForFunctionAsync("() => window.tesseraSentFrom === undefined && document.readyState === 'complete'");
    }

    private static IPage Patient(IPage page)
    {
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }
}
