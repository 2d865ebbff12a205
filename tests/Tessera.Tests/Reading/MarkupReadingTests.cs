using Tessera.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Tessera.Tests.Reading;

/// <summary>What readers take out of markup: Markdown front matter as metadata, markup dropped with every span mapped back to the
/// file, page furniture dropped from HTML, and a PDF's running lines and broken words mended.</summary>
public class MarkupReadingTests
{
    /// <summary>The words of the text at [start, end) and the file's characters the map gives for them.</summary>
    private static void AssertMapsBack(Document doc, string raw, string words)
    {
        var at = doc.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' not in: {doc.Text}");
        var (start, end) = doc.FileSpan(at, at + words.Length);
        Assert.True(words == raw[start..end], $"'{words}' at {at} maps to {start}-{end}: '{raw[start..end]}'; text: {doc.Text}");
    }

    [Fact]
    public void Markdown_front_matter_becomes_metadata_and_no_claim()
    {
        const string raw = "---\ntitle: \"Port strike ends\"\ndate: 2024-03-12\nauthor: Mira Ivanova\npublisher: Harbour Wire\n---\n\n" +
            "Dockworkers **returned** to work on Monday.\n";
        using var dir = Fixtures.TempFolder();
        var doc = DocumentReader.Read(dir.Write("story.md", raw)).Value!;
        Assert.Equal(("Port strike ends", new DateOnly(2024, 3, 12), "Mira Ivanova", "Harbour Wire", PublishedFrom.Markup),
            (doc.Title, doc.Published, doc.Author, doc.Publisher, doc.PublishedFrom));
        Assert.Equal("\nDockworkers returned to work on Monday.\n", doc.Text);
        Assert.DoesNotContain(Fixtures.Bundled.Claims.Extract(doc), c => c.Text.Contains("author", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The *minister* said [the port](https://example.org/port) would _reopen_.", "The minister said the port would reopen.")]
    [InlineData("> Officials `confirmed` the ~~five~~ six arrests.", "Officials confirmed the five six arrests.")]
    [InlineData("Costs rose by 5 * 3 units; file_name stays.", "Costs rose by 5 * 3 units; file_name stays.")]
    [InlineData("![Map of the port](map.png) Ships waited.", "Map of the port Ships waited.")]
    [InlineData("# Heading kept\n\n- a list item stays\n\n---\n\n[1]: https://example.org", "# Heading kept\n\n- a list item stays\n\n\n\n")]
    public void Markdown_markup_is_dropped_and_spans_map_back_to_the_file(string raw, string expected)
    {
        using var dir = Fixtures.TempFolder();
        var doc = DocumentReader.Read(dir.Write("note.md", raw)).Value!;
        Assert.Equal(expected, doc.Text);
        foreach (var word in expected.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => raw.Contains(w, StringComparison.Ordinal)))
            AssertMapsBack(doc, raw, word);
    }

    [Fact]
    public void Html_page_furniture_is_dropped_and_the_article_body_kept()
    {
        const string raw = """
            <html><body><div class="site-menu"><a href="/">World</a> <a href="/b">Business</a></div>
            <div class="top-banner">Subscribe now for &pound;1</div>
            <article><h1>Ferry sinks</h1><p>A ferry sank off the coast on Tuesday, the coast guard said, and rescuers pulled
            forty people from the water before dark.</p><p>The operator said the ship had passed an inspection in May &amp; June.</p>
            <div class="share-tools">Share on social media</div>
            <ul><li><a href="/1">Storm closes port</a></li><li><a href="/2">Fuel prices rise</a></li><li><a href="/3">Strike ends</a></li></ul>
            </article>
            <aside>Most read</aside><div id="comments">First!</div></body></html>
            """;
        using var dir = Fixtures.TempFolder();
        var doc = DocumentReader.Read(dir.Write("page.html", raw)).Value!;
        Assert.StartsWith("Ferry sinks\n\nA ferry sank", doc.Text);
        Assert.EndsWith("in May & June.", doc.Text);
        foreach (var furniture in new[] { "World", "Subscribe", "Share", "Storm closes port", "Most read", "First!" })
            Assert.DoesNotContain(furniture, doc.Text);
        AssertMapsBack(doc, raw, "A ferry sank off the coast on Tuesday");
        AssertMapsBack(doc, raw, "The operator said the ship");
        var amp = doc.Text.IndexOf('&');
        Assert.Equal("&amp;", raw.Substring(doc.FileSpan(amp, amp + 1).Start, 5));
    }

    [Fact]
    [Overrides("reading/page-furniture.tsv")]
    public void A_lexicon_folder_adds_a_site_s_own_furniture_words_to_the_reader()
    {
        const string raw = """
            <html><body><div class="kiosk-strip">Buy the print edition</div>
            <p>The river rose two metres overnight and the bridge was closed to traffic.</p></body></html>
            """;
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("page.html", raw);
        Assert.Contains("Buy the print edition", DocumentReader.Read(path).Value!.Text);
        using var lex = Fixtures.Lexicon(("page-furniture.tsv", "kiosk\n"));
        var text = DocumentReader.Read(path, limits: lex.Resources.Reading).Value!.Text;
        Assert.DoesNotContain("Buy the print edition", text);
        Assert.Contains("The river rose two metres", text);
    }

    [Theory]
    [InlineData("share-bar")]
    [InlineData("related stories")]
    [InlineData("Cookie")]
    public void A_furniture_word_that_could_never_match_a_split_class_name_is_refused_with_its_line(string word)
    {
        using var lex = Fixtures.Lexicon(("page-furniture.tsv", $"kiosk\n{word}\n"));
        var e = Assert.Throws<ProblemException>(() => lex.Resources.LoadExtraction());
        Assert.Equal("TSR630", e.Problem.Code);
        Assert.Contains("page-furniture.tsv", e.Problem.File);
        Assert.Contains("line 2", e.Problem.Message);
    }

    [Fact]
    public void Pdf_running_headers_footers_and_page_numbers_are_dropped_and_broken_words_joined()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[] bodies = ["The negoti-", "Talks resumed", "Aid arrived"];
        for (var n = 0; n < 3; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Black Sea Monitor - weekly brief", 9, new PdfPoint(40, 800), font);
            page.AddText(bodies[n], 12, new PdfPoint(40, 600), font);
            if (n == 0) page.AddText("ations failed.", 12, new PdfPoint(40, 585), font);
            page.AddText($"Page {n + 1} of 3", 9, new PdfPoint(40, 40), font);
        }
        using var dir = Fixtures.TempFolder();
        var doc = DocumentReader.Read(dir.WriteBytes("brief.pdf", builder.Build())).Value!;
        Assert.DoesNotContain("Black Sea Monitor", doc.Text);
        Assert.DoesNotContain("Page 2 of 3", doc.Text);
        Assert.Contains("negotiations failed.", doc.Text);
        Assert.Contains("Aid arrived", doc.Text);
    }

    [Fact]
    public void Pdf_columns_are_read_one_after_the_other()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] left = ["Left column opens here", "and the left goes on", "to its own end."];
        string[] right = ["Right column opens", "and the right goes on", "to its end too."];
        for (var k = 0; k < 3; k++)
        {
            page.AddText(left[k], 11, new PdfPoint(40, 700 - 14 * k), font);
            page.AddText(right[k], 11, new PdfPoint(320, 700 - 14 * k), font);
        }
        using var dir = Fixtures.TempFolder();
        var text = DocumentReader.Read(dir.WriteBytes("cols.pdf", builder.Build())).Value!.Text;
        Assert.True(text.IndexOf("to its own end.", StringComparison.Ordinal) < text.IndexOf("Right column opens", StringComparison.Ordinal), text);
    }
}
