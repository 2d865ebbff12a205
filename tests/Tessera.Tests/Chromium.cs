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

    /// <summary>Runs an action that submits a form and returns once the page the post leads to has replaced the one it was
    /// sent from. A post that comes back to the address it left (a rating redirects to /ach) gives WaitForURL nothing to wait
    /// for: it matches the old page at once, and its wait for that page's load state raced the navigation and once hung.</summary>
    public static async Task Submit(IPage page, Func<Task> action)
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
