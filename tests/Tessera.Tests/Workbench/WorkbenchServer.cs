using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Tessera.Workbench;

namespace Tessera.Tests.Workbench;

/// <summary>One workbench per test class: a copy of the example case (plus a source written to carry markup) served in-process
/// on a free loopback port, and one headless chromium to browse it.</summary>
public class WorkbenchServer : IAsyncLifetime
{
    private readonly TempFolder _folder = Fixtures.TempFolder();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string CaseFolder => Path.Combine(_folder.Path, "case");
    public string Address { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public CaseSession Session { get; private set; } = null!;

    /// <summary>A source whose text is markup: the workbench must show it as words.</summary>
    public const string HostileText = "Ministry officials said the <script>document.title='owned'</script> protest <img src=x onerror=\"document.title='owned'\"> ended.";

    public async ValueTask InitializeAsync()
    {
        WriteCase(CaseFolder);
        Session = new CaseSession(CaseFolder, Path.Combine(_folder.Path, "case.db"), Fixtures.Bundled);
        Assert.Null(Session.Load());
        var app = Tessera.Workbench.Workbench.Create(Session, "127.0.0.1:0");
        Assert.True(app.Ok, app.Problem?.ToString());
        _app = app.Value!;
        Address = (await Tessera.Workbench.Workbench.StartAsync(_app)).TrimEnd('/');
        if (!File.Exists(Chromium.Path)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.Launch(_playwright);
    }

    /// <summary>Writes the case the workbench serves: here the example case and the source that carries markup.</summary>
    protected virtual void WriteCase(string folder)
    {
        Copy(Fixtures.ExampleCase, folder);
        File.WriteAllText(Path.Combine(folder, "sources", "hostile.txt"), HostileText + "\n");
        var yaml = Path.Combine(folder, "case.yaml");
        File.WriteAllText(yaml, Tessera.Case.CaseYamlEdit.AddSources(File.ReadAllText(yaml),
            [new Tessera.Case.SourceEntry("hostile", "sources/hostile.txt", "A <b>hostile</b> page", "Markup Daily", new DateOnly(2022, 1, 9))]));
    }

    /// <summary>A fresh page that records console errors (a blocked inline script or style shows there) and failed requests.</summary>
    public async Task<(IPage Page, List<string> Problems)> Open(string path)
    {
        if (!File.Exists(Chromium.Path)) Assert.Skip(Chromium.Missing);
        var page = await Chromium.NewPage(Browser);
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.RequestFailed += (_, r) => problems.Add("failed request: " + r.Url);
        page.Dialog += (_, d) => problems.Add("dialog: " + d.Message);
        await page.GotoAsync(Address + path);
        return (page, problems);
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != ".tessera")) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
