using System.Net;
using System.Text;
using Tessera.Case;
using Tessera.Reading.Feeds;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Reading;

/// <summary>`tessera add CASE --feed`: RSS and Atom items become sources; fetching over HTTP is tried against a server on loopback.</summary>
public class FeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Harbour Wire</title><link>http://example.invalid/</link><description>Invented</description>
          <item><title>Dock workers block Varna port</title><link>http://example.invalid/a</link><guid>urn:hw:1</guid>
            <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>&lt;p&gt;Dock workers blocked the port on Tuesday, the union said.&lt;/p&gt;</description></item>
          <item><title>Ministry calls the blockade illegal</title><link>http://example.invalid/b</link><guid>urn:hw:2</guid>
            <pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><description>The interior ministry said the blockade was illegal.</description></item>
          <item><title>Dock workers block Varna port (repeat)</title><link>http://example.invalid/a</link><guid>urn:hw:1</guid>
            <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>The same item again.</description></item>
          <item><title>Undated note</title><link>http://example.invalid/c</link><description>No date here.</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Black Sea Desk</title><id>urn:bsd</id><updated>2024-03-09T00:00:00Z</updated>
          <entry><title>The Varna strike: two readings</title><id>urn:bsd:1</id><link href="http://example.invalid/two-readings"/>
            <updated>2024-03-09T08:00:00Z</updated><summary>Analysts disagree on who organised the blockade.</summary></entry>
        </feed>
        """;

    private static string NewCase(TempFolder dir)
    {
        var folder = Path.Combine(dir.Path, "strike");
        Assert.Equal(0, CliRunner.Invoke("init", folder).Exit);
        return folder;
    }

    [Fact]
    public void Each_rss_item_becomes_a_source_with_its_link_publisher_and_date_and_a_repeated_item_is_skipped()
    {
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);
        var feed = dir.Write("wire.xml", Rss);

        var run = CliRunner.Invoke("add", folder, "--feed", feed);

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("2 items added; skipped 1 already in the case, 0 older than --since, 1 without a date", run.Out);
        var sources = CaseYaml.Load(folder).Value!.Sources;
        Assert.Equal(["http://example.invalid/a", "http://example.invalid/b"], sources.Select(s => s.Url));
        Assert.All(sources, s => Assert.Equal("Harbour Wire", s.Publisher));
        Assert.Equal(new DateOnly(2024, 3, 5), sources[0].Date);
        Assert.Equal("urn:hw:1", sources[0].Guid);
        Assert.Equal(0, CliRunner.Invoke("assess", folder, "--quiet").Exit);
    }

    [Fact]
    public void Reading_the_feed_again_adds_nothing_it_already_holds()
    {
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);
        var feed = dir.Write("wire.xml", Rss);
        CliRunner.Invoke("add", folder, "--feed", feed);

        var again = CliRunner.Invoke("add", folder, "--feed", feed);

        Assert.Contains("0 items added; skipped 3 already in the case", again.Out);
        Assert.Equal(2, CaseYaml.Load(folder).Value!.Sources.Count);
    }

    [Fact]
    public void Since_leaves_out_older_items_and_atom_feeds_read_like_rss()
    {
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);

        var rss = CliRunner.Invoke("add", folder, "--feed", dir.Write("wire.xml", Rss), "--since", "2024-03-06");
        var atom = CliRunner.Invoke("add", folder, "--feed", dir.Write("desk.atom", Atom));

        Assert.Contains("1 item added; skipped 0 already in the case, 2 older than --since, 1 without a date", rss.Out);
        Assert.Equal(0, atom.Exit);
        var last = CaseYaml.Load(folder).Value!.Sources[^1];
        Assert.Equal(("The Varna strike: two readings", "Black Sea Desk", "http://example.invalid/two-readings"), (last.Title, last.Publisher, last.Url));
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\"><channel><title>&a;</title></channel></rss>")]
    public void A_file_that_is_not_a_feed_is_refused_with_its_name(string text)
    {
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);

        var run = CliRunner.Invoke("add", folder, "--feed", dir.Write("page.xml", text));

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR504", run.Err);
        Assert.Contains("page.xml", run.Err);
    }

    [Fact]
    public void Over_http_the_second_fetch_asks_only_for_a_change_and_a_redirect_is_followed()
    {
        using var server = new LoopbackServer(async (context, n) =>
        {
            if (context.Request.Url!.AbsolutePath == "/old")
            {
                context.Response.StatusCode = 301;
                context.Response.RedirectLocation = "/feed";
                return;
            }
            if (context.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers["ETag"] = "\"v1\"";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(Rss));
        });
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);

        var first = CliRunner.Invoke("add", folder, "--feed", server.Url + "old");
        var second = CliRunner.Invoke("add", folder, "--feed", server.Url + "old");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("2 items added", first.Out);
        Assert.Equal(0, second.Exit);
        Assert.Contains("not changed since the last fetch", second.Out);
        Assert.Equal(2, CaseYaml.Load(folder).Value!.Sources.Count);
    }

    [Fact]
    public void A_slow_server_runs_into_the_timeout_and_nothing_is_added()
    {
        using var server = new LoopbackServer(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(10)));
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);
        var before = File.ReadAllText(Path.Combine(folder, "case.yaml"));

        var run = CliRunner.Invoke("add", folder, "--feed", server.Url + "feed", "--timeout", "1");

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR505", run.Err);
        Assert.Contains("no answer within 1 s", run.Err);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "case.yaml")));
    }

    [Fact]
    public void An_unreachable_server_is_one_line_naming_the_feed()
    {
        using var dir = Fixtures.TempFolder();
        var folder = NewCase(dir);
        var url = $"http://127.0.0.1:{LoopbackServer.FreePort()}/feed";

        var run = CliRunner.Invoke("add", folder, "--feed", url);

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR505", run.Err);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_feed_over_the_size_bound_is_refused_whether_or_not_the_server_announces_its_length()
    {
        var big = Encoding.UTF8.GetBytes(Rss + new string(' ', 5000));
        using var server = new LoopbackServer(async (context, _) =>
        {
            if (context.Request.Url!.AbsolutePath == "/chunked") context.Response.SendChunked = true;
            else context.Response.ContentLength64 = big.Length;
            await context.Response.OutputStream.WriteAsync(big);
        });
        var limits = new FetchLimits(TimeSpan.FromSeconds(10), 1000, 5);

        var announced = await FeedFetcher.Fetch(new Uri(server.Url + "feed"), null, limits, TestContext.Current.CancellationToken);
        var chunked = await FeedFetcher.Fetch(new Uri(server.Url + "chunked"), null, limits, TestContext.Current.CancellationToken);

        Assert.Equal("TSR506", announced.Problem?.Code);
        Assert.Equal("TSR506", chunked.Problem?.Code);
    }

    /// <summary>An HTTP server on a free loopback port that answers every request with <paramref name="handle"/>.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public LoopbackServer(Func<HttpListenerContext, int, Task> handle)
        {
            Url = $"http://127.0.0.1:{FreePort()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                for (var n = 0; !_stop.IsCancellationRequested; n++)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                    var count = n;
                    _ = Task.Run(async () =>
                    {
                        try { await handle(context, count); context.Response.Close(); }
                        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
                    });
                }
            });
        }

        public string Url { get; }

        public static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }
}
