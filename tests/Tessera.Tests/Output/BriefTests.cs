using AngleSharp.Html.Parser;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output;

/// <summary>The HTML brief of `tessera assess`: its sections, its claims linked to sources, and nothing of a source run as markup.</summary>
public class BriefTests
{
    private static string CopyOfExampleCase(TempFolder dir)
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.ExampleCase, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(Fixtures.ExampleCase, file);
            if (rel.StartsWith(".tessera", StringComparison.Ordinal) || rel == "brief.html") continue;
            var target = Path.Combine(dir.Path, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return dir.Path;
    }

    [Fact]
    public void Assessing_the_example_case_writes_a_brief_with_the_analysts_sections()
    {
        using var dir = Fixtures.TempFolder();
        var folder = CopyOfExampleCase(dir);
        var run = CliRunner.Invoke("assess", folder);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Kazakhstan unrest, January 2022", run.Out);
        Assert.Contains("Predictions", run.Out);
        Assert.DoesNotContain("Illustrative", BriefText(folder));

        var html = File.ReadAllText(Path.Combine(folder, "brief.html"));
        var doc = new HtmlParser().ParseDocument(html);
        var sections = doc.QuerySelectorAll("section").Select(s => s.Id).ToList();
        Assert.Equal(["judgments", "summary", "sources", "actors", "timeline", "network", "claims", "causes", "ach", "forecasts", "track-records", "consequences", "appendix"], sections);
        // The timeline runs in date order; the network shows the CSTO deployment at Kazakhstan's request; the balance names who gains.
        Assert.NotNull(doc.QuerySelector("#timeline svg.timeline"));
        Assert.NotNull(doc.QuerySelector("#network svg.network"));
        Assert.Contains(doc.QuerySelectorAll("#network tbody tr"), tr => tr.Children[0].TextContent == "CSTO" && tr.Children[1].TextContent == "Kazakhstan" && tr.Children[2].TextContent == "cooperation");
        Assert.Contains(doc.QuerySelectorAll("#consequences tbody tr"), tr => tr.Children[0].TextContent == "United States" && tr.Children[1].TextContent == "loses");
        // Key judgments keep likelihood and confidence apart; the ACH matrix is a heat map of ratings; claims show their backing.
        var explanation = doc.QuerySelector("li.judgment-explanation")!;
        Assert.NotNull(explanation.QuerySelector(".band"));
        Assert.NotNull(explanation.QuerySelector("[class*='confidence-']"));
        Assert.NotEmpty(doc.QuerySelectorAll("#ach td.rating-CC, #ach td.rating-II"));
        Assert.NotEmpty(doc.QuerySelectorAll("#appendix .corroborated"));
        Assert.NotNull(doc.QuerySelector("#forecasts svg.calibration"));
        Assert.NotNull(doc.QuerySelector("#ach svg.heatmap"));
        Assert.Equal(7, doc.QuerySelectorAll("#sources tbody tr").Length);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("link[href], img[src^='http'], [src^='http']"));

        // Every claim shows its sentence and links to a source row that exists.
        var claims = doc.QuerySelectorAll("li.claim");
        Assert.NotEmpty(claims);
        foreach (var li in claims)
        {
            var href = li.QuerySelector("a.source")!.GetAttribute("href")!;
            Assert.NotNull(doc.GetElementById(href[1..]));
            Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("blockquote")!.TextContent));
        }
        Assert.All(doc.QuerySelectorAll("a[href^='#claim-']"), a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..])));
        var withdrawal = claims.First(li => li.QuerySelector("blockquote")!.TextContent.Contains("phased withdrawal will begin", StringComparison.Ordinal));
        Assert.Contains("prediction", withdrawal.TextContent);
        Assert.NotNull(withdrawal.QuerySelector("mark.cue-prediction"));
        var lists = doc.QuerySelectorAll("#claims h3").Select(h => h.TextContent).ToList();
        Assert.Contains(lists, t => t.StartsWith("Unverified", StringComparison.Ordinal));
        Assert.Contains(lists, t => t.StartsWith("Hedged", StringComparison.Ordinal));
        Assert.Equal(7, doc.QuerySelectorAll("#appendix h3").Length);
        Assert.NotNull(doc.QuerySelector("#sources figure.chart svg"));
    }

    private static string BriefText(string folder) => File.ReadAllText(Path.Combine(folder, "brief.html"));

    [Fact]
    public void Markup_in_a_source_appears_as_text_and_never_runs()
    {
        using var dir = Fixtures.TempFolder();
        var hostile = dir.Write("hostile.html", """
            <html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>
            <p>The rebels wrote &lt;script&gt;alert("x")&lt;/script&gt; on the wall, officials said.</p>
            <p>Witnesses said &lt;img src=x onerror=alert(2)&gt; was sprayed &amp; &lt;svg onload=alert(3)&gt; too.</p>
            </body></html>
            """);
        var text = dir.Write("plain.txt", "A source said </blockquote><script>alert(4)</script> and left.");
        var brief = Path.Combine(dir.Path, "brief.html");
        var run = CliRunner.Invoke("assess", hostile, text, "--db", Path.Combine(dir.Path, "c.db"), "--out", brief);
        Assert.Equal(0, run.Exit);
        var html = File.ReadAllText(brief);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, img, foreignObject, iframe, [onerror], [onload]"));
        Assert.All(doc.QuerySelectorAll("svg"), svg => Assert.Equal("chart", svg.ParentElement!.ClassName));
        Assert.Contains("<script>alert(4)</script>", doc.Body!.TextContent);
        Assert.Contains("<img src=x onerror=alert(2)>", doc.Body.TextContent);
    }

    [Fact]
    public void The_markdown_brief_has_the_same_sections_and_escapes_source_text()
    {
        using var dir = Fixtures.TempFolder();
        var source = dir.Write("odd.txt", "The rebels wrote [click](http://evil.example) and <b>bold</b> | pipes, officials said.");
        var md = Path.Combine(dir.Path, "brief.md");
        Assert.Equal(0, CliRunner.Invoke("assess", source, "--db", Path.Combine(dir.Path, "c.db"), "--out", md, "-q").Exit);
        var text = File.ReadAllText(md);
        Assert.Contains("## Summary", text);
        Assert.Contains("## Appendix: every claim", text);
        Assert.Contains("\\[click\\]\\(http://evil.example\\)", text);
        Assert.Contains("\\<b\\>bold\\</b\\>", text);
        Assert.DoesNotContain("<b>", text);
    }

    [Fact]
    public void Chart_labels_from_sources_are_escaped_in_the_svg()
    {
        const string hostile = "<script>alert(1)</script>\"><svg onload=alert(2)>";
        var charts = new[]
        {
            Tessera.Output.Brief.Svg.Network([(hostile, 2), ("Ruritania", 1)], [(hostile, "Ruritania", "conflict", 1.0)]),
            Tessera.Output.Brief.Svg.StackedBars("t", [hostile], [("asserted", "#000")], [[3]]),
            Tessera.Output.Brief.Svg.Calibration([(hostile, 0.5, 0.5, 2)]),
            Tessera.Output.Brief.Svg.Heatmap([hostile], [hostile], [[hostile]]),
        };
        foreach (var svg in charts)
        {
            Assert.DoesNotContain("<script", svg);
            Assert.DoesNotContain("<svg onload", svg);
            var doc = new HtmlParser().ParseDocument("<html><body>" + svg + "</body></html>");
            Assert.Empty(doc.QuerySelectorAll("script, [onload]"));
            Assert.Single(doc.QuerySelectorAll("svg"));
        }
    }
}
