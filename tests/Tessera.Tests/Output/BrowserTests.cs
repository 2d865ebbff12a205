using Microsoft.Playwright;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output;

/// <summary>The brief in a real browser (Debian's chromium, driven by Playwright): it renders with no console error and no request,
/// shows its first screen and prints to PDF with every section.</summary>
public class BrowserTests
{
    [Fact]
    public async Task The_example_brief_renders_without_errors_and_prints_every_section()
    {
        if (!File.Exists(Chromium.Path)) { Assert.Skip(Chromium.Missing); return; }
        using var dir = Fixtures.TempFolder();
        var brief = Path.Combine(dir.Path, "brief.html");
        var run = CliRunner.Invoke("assess", Fixtures.ExampleCase, "--db", Path.Combine(dir.Path, "case.db"), "--out", brief, "-q");
        Assert.Equal(0, run.Exit);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await Chromium.NewPage(browser, new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.RequestFailed += (_, r) => problems.Add("failed request: " + r.Url);
        page.Request += (_, r) => { if (!r.Url.StartsWith("file:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) problems.Add("request: " + r.Url); };

        await page.GotoAsync(new Uri(brief).AbsoluteUri);
        Assert.Equal("Kazakhstan unrest, January 2022", await page.TitleAsync());
        var screenshot = Path.Combine(dir.Path, "brief.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        var sections = await page.Locator("main > section > h2").AllTextContentsAsync();
        Assert.Contains("Summary", sections);
        Assert.Contains("Sources and their grades", sections);
        Assert.Contains("Key judgments", sections);
        Assert.Contains("Competing hypotheses", sections);
        Assert.Contains("Predictions and forecasts", sections);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        using var printed = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Join("\n", printed.GetPages().Select(p => p.Text));
        foreach (var heading in sections) Assert.Contains(heading.Replace(" ", ""), text.Replace(" ", ""));
        Assert.True(printed.NumberOfPages >= sections.Count, "each section starts a new printed page");

        var target = Environment.GetEnvironmentVariable("TESSERA_SCREENSHOT_TO");
        if (target is not null) File.Copy(screenshot, target, overwrite: true);
        Assert.Empty(problems);
    }
}
