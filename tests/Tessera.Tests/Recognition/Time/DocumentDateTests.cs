using Tessera.Recognition.Time;

namespace Tessera.Tests.Recognition.Time;

/// <summary>Where a document's own date comes from: case.yaml, then the metadata, then a dateline, then the front matter.</summary>
public class DocumentDateTests
{
    [Fact]
    public void The_case_file_wins_over_everything_in_the_text()
    {
        var d = DocumentDate.Resolve(new DateOnly(2023, 4, 2), new DateOnly(2023, 4, 1), "LAGOS, April 1 (Wire) - Fuel queues grew.", Fixtures.Bundled.Time).Value!;
        Assert.Equal(DateSource.CaseFile, d.Source);
        Assert.Equal("2023-04-02", d.Range.ToString());
    }

    [Fact]
    public void Metadata_comes_before_the_text()
    {
        var d = DocumentDate.Resolve(null, new DateOnly(2023, 4, 1), "Published: 3 April 2023\n\nFuel queues grew.", Fixtures.Bundled.Time).Value!;
        Assert.Equal(DateSource.Metadata, d.Source);
    }

    [Theory]
    [InlineData("LAGOS, April 1, 2023 (Wire) - Fuel queues grew across the city.", "2023-04-01", "LAGOS, April 1, 2023")]
    [InlineData("Port Harcourt, 1 April 2023 – The refinery stopped.", "2023-04-01", "Port Harcourt, 1 April 2023")]
    [InlineData("Headline here\n\nABUJA, Nigeria, March 30 (Wire) – Queues grew.\n\nThe budget of 12 March 2023 cut subsidies.", "2023-03-30", "ABUJA, Nigeria, March 30")]
    [InlineData("**Kano, 2 April 2023** · Press office\n\nThe governor spoke.", "2023-04-02", "Kano, 2 April 2023")]
    public void A_dateline_dates_a_story(string text, string expected, string evidence)
    {
        var d = DocumentDate.Resolve(null, null, text, Fixtures.Bundled.Time).Value!;
        Assert.Equal(DateSource.Dateline, d.Source);
        Assert.Equal(expected, d.Range.ToString());
        Assert.Equal(evidence, d.Evidence);
        Assert.Equal(evidence, text[d.Start..d.End]);
    }

    [Theory]
    [InlineData("---\ntitle: Fuel crisis\ndate: 2023-04-05\n---\n\nQueues grew.", "2023-04-05", TimePrecision.Day)]
    [InlineData("Fuel crisis briefing\nDate: 5 April 2023\n\nQueues grew yesterday.", "2023-04-05", TimePrecision.Day)]
    [InlineData("Fuel crisis briefing\n*Policy unit · 5 April 2023*\n\nQueues grew yesterday.", "2023-04-05", TimePrecision.Day)]
    [InlineData("Nigeria's fuel crisis, April 2023\n\nQueues grew in week 14 of 2023.", "2023-04", TimePrecision.Month)]
    public void Front_matter_dates_a_brief(string text, string expected, TimePrecision precision)
    {
        var d = DocumentDate.Resolve(null, null, text, Fixtures.Bundled.Time).Value!;
        Assert.Equal(DateSource.FrontMatter, d.Source);
        Assert.Equal(expected, d.Range.ToString());
        Assert.Equal(precision, d.Range.Precision);
    }

    [Theory]
    [InlineData("LAGOS, April 1, 2023 (Wire) - Fuel queues grew.", DateSource.Dateline, "2023-04-01")]
    [InlineData("Fuel queues grew across the city.", DateSource.FileProperties, "2023-06-30")]
    public void A_pdf_creation_date_is_the_last_resort(string text, DateSource source, string expected)
    {
        var d = DocumentDate.Resolve(null, null, text, Fixtures.Bundled.Time, "brief.pdf", fileDate: new DateOnly(2023, 6, 30)).Value!;
        Assert.Equal((source, expected), (d.Source, d.Range.ToString()));
    }

    [Theory]
    [InlineData("LAGOS, April 1 (Wire) - Fuel queues grew across the city.")]
    [InlineData("Fuel queues grew across the city.\n\nOfficials blamed hoarders on Tuesday.")]
    public void Without_a_year_or_a_date_the_document_is_undated(string text)
    {
        var r = DocumentDate.Resolve(null, null, text, Fixtures.Bundled.Time, "brief.txt");
        Assert.False(r.Ok);
        Assert.Equal("TSR201", r.Problem!.Code);
    }
}
