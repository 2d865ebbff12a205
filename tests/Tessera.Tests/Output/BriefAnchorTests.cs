using AngleSharp.Html.Parser;
using Tessera.Output;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output;

/// <summary>Anchors in the brief are unique for any id, and every link lands on its target.</summary>
public class BriefAnchorTests
{
    [Theory]
    [InlineData("ТАСС", "РИАН")]
    [InlineData("a#b", "a-b")]
    [InlineData("a-b", "a%2Db")]
    [InlineData("x y", "x_y")]
    [InlineData("wire#1", "wire#10")]
    public void Different_ids_get_different_anchors(string one, string other) =>
        Assert.NotEqual(Html.Anchor("src", one), Html.Anchor("src", other));

    [Theory]
    [InlineData("wire-chronology#24", "claim-wire-chronology%2324")]
    [InlineData("ТАСС", "claim-%D0%A2%D0%90%D0%A1%D0%A1")]
    [InlineData("\"><script>", "claim-%22%3E%3Cscript%3E")]
    public void An_anchor_keeps_plain_characters_and_percent_encodes_the_rest(string id, string anchor) =>
        Assert.Equal(anchor, Html.Anchor("claim", id));

    [Fact]
    public void Two_sources_whose_ids_differ_only_in_Cyrillic_letters_get_their_own_anchors_and_links_resolve()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", """
            title: Two agencies
            sources:
              - id: ТАСС
                file: sources/tass.txt
                publisher: Agency one
                date: 2024-03-01
              - id: РИАН
                file: sources/rian.txt
                publisher: Agency two
                date: 2024-03-02
            """);
        dir.Write("sources/tass.txt", "The governor resigned on Friday, officials said.");
        dir.Write("sources/rian.txt", "Police detained twelve protesters in the square on Saturday.");
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--quiet").Exit);

        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.Path, "brief.html")));
        var sourceLinks = doc.QuerySelectorAll("a.source").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(2, sourceLinks.Count);
        var targets = sourceLinks.Select(href => doc.GetElementById(href[1..])).ToList();
        Assert.All(targets, Assert.NotNull);
        Assert.Equal(2, targets.Distinct().Count());
        Assert.All(doc.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..])));
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
