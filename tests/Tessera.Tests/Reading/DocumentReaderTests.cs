using System.Text;
using Tessera.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Tessera.Tests.Reading;

public class DocumentReaderTests
{
    [Fact]
    public void Plain_text_is_read_as_it_is_with_the_byte_order_mark_removed()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.WriteBytes("note.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Line one.\r\nLine two.")]);
        var doc = DocumentReader.Read(path).Value!;
        Assert.Equal("Line one.\r\nLine two.", doc.Text);
        Assert.Equal(DocumentFormat.Text, doc.Format);
        Assert.Equal("F6", doc.Grade.ToString());
    }

    [Fact]
    public void A_long_first_line_gives_a_title_cut_at_a_whole_character()
    {
        using var dir = Fixtures.TempFolder();
        // 119 letters and an emoji: a cut at 120 would keep half of its surrogate pair, which no store can write back.
        var doc = DocumentReader.Read(dir.Write("long.txt", new string('a', 119) + "😀 and more words.\n\nText.")).Value!;
        Assert.Equal(new string('a', 119), doc.Title);
        Assert.Equal(120, DocumentReader.Read(dir.Write("plain.txt", new string('b', 130))).Value!.Title.Length);
    }

    [Fact]
    public void What_the_case_says_of_a_source_wins_over_the_file()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("n.md", "# Own title\n\nText.");
        SourceGrade.TryParse("B2", out var grade);
        var doc = DocumentReader.Read(path, new SourceInfo("wire", "Case title", "Steppe Wire", new DateOnly(2022, 1, 7), grade)).Value!;
        Assert.Equal(("wire", "Case title", "Steppe Wire", new DateOnly(2022, 1, 7), "B2"), (doc.Id, doc.Title, doc.Publisher, doc.Published, doc.Grade.ToString()));
    }

    [Fact]
    public void Html_keeps_blocks_apart_and_drops_scripts_styles_and_navigation()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("page.html", """
            <html><head><title>Fallback</title>
            <meta property="og:title" content="Real title"><meta property="og:site_name" content="Daily Example">
            <meta property="article:published_time" content="2022-01-07T15:40:00+03:00">
            <style>p { color: red }</style><script>var secret = "never";</script></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Headline here</h1><p>First paragraph ends<b>here</b>.</p><p>Second   paragraph.</p>
            <ul><li>Item one</li><li>Item two</li></ul></article><footer>Copyright</footer></body></html>
            """);
        var doc = DocumentReader.Read(path).Value!;
        Assert.Equal("Headline here\n\nFirst paragraph endshere.\n\nSecond paragraph.\n\n• Item one\n\n• Item two", doc.Text);
        Assert.Equal(("Real title", "Daily Example", new DateOnly(2022, 1, 7)), (doc.Title, doc.Publisher, doc.Published));
    }

    [Fact]
    public void Pdf_text_is_read_page_by_page()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Troops withdrew on Friday.", 12, new PdfPoint(40, 700), font);
        builder.AddPage(PageSize.A4).AddText("Talks resume next week.", 12, new PdfPoint(40, 700), font);
        using var dir = Fixtures.TempFolder();
        var doc = DocumentReader.Read(dir.WriteBytes("brief.pdf", builder.Build())).Value!;
        Assert.Contains("Troops withdrew on Friday.", doc.Text);
        Assert.Contains("Talks resume next week.", doc.Text);
        Assert.True(doc.Text.IndexOf("Troops", StringComparison.Ordinal) < doc.Text.IndexOf("Talks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-01-07T15:40:00+03:00", "2022-01-07")]
    [InlineData("2022-01-07", "2022-01-07")]
    [InlineData("Fri, 07 Jan 2022 10:00:00 GMT", "2022-01-07")]
    [InlineData("yesterday", null)]
    public void Meta_dates_are_read_as_dates(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DocumentReader.ParseDate(text));

    [Fact]
    public void Bad_files_give_a_numbered_problem_that_names_the_file()
    {
        using var dir = Fixtures.TempFolder();
        var cases = new (string Path, string Code)[]
        {
            (System.IO.Path.Combine(dir.Path, "missing.txt"), "TSR001"),
            (dir.Write("empty.txt", ""), "TSR002"),
            (dir.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), "TSR003"),
            (dir.WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E]), "TSR003"),
            (dir.Write("table.xlsx", "x"), "TSR005"),
            (dir.Write("broken.pdf", "%PDF-1.7 this is not really a pdf"), "TSR007"),
            (dir.Write("fake.pdf", "plain text pretending"), "TSR007"),
            (dir.Write("blank.md", "   \n\n  "), "TSR009"),
            (dir.Write("chrome.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>"), "TSR009"),
        };
        foreach (var (path, code) in cases)
        {
            var result = DocumentReader.Read(path);
            Assert.False(result.Ok, path);
            Assert.Equal(code, result.Problem!.Code);
            Assert.Contains(System.IO.Path.GetFileName(path), result.Problem.ToString());
        }
    }

    [Fact]
    public void Deeply_nested_html_is_read_without_exhausting_the_stack()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 200)) + "Still readable." +
                                          string.Concat(Enumerable.Repeat("</span></div>", 200)) + "</body></html>");
        Assert.Equal("Still readable.", DocumentReader.Read(path).Value!.Text);
        var hostile = dir.Write("hostile.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "x</body></html>");
        Assert.Equal("TSR403", DocumentReader.Read(hostile).Problem!.Code);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var dir = Fixtures.TempFolder();
        var path = System.IO.Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(ReadingLimits.Default.MaxFileBytes + 1);
        Assert.Equal("TSR004", DocumentReader.Read(path).Problem!.Code);
        Assert.Equal("TSR004", DocumentReader.Read(dir.Write("small.txt", "Twelve bytes"), limits: new ReadingLimits { MaxFileBytes = 11 }).Problem!.Code);
    }

    [Theory]
    [InlineData("B2", 'B', 2)]
    [InlineData("f6", 'F', 6)]
    [InlineData(" a1 ", 'A', 1)]
    public void Admiralty_grades_parse(string text, char reliability, int credibility)
    {
        Assert.True(SourceGrade.TryParse(text, out var g));
        Assert.Equal((reliability, credibility), (g.Reliability, g.Credibility));
    }

    [Theory]
    [InlineData("G2")]
    [InlineData("B7")]
    [InlineData("B")]
    [InlineData("")]
    [InlineData(null)]
    public void Impossible_grades_are_refused(string? text) => Assert.False(SourceGrade.TryParse(text, out _));
}
