using Tessera.Case;

namespace Tessera.Tests.Case;

public class CaseYamlTests
{
    private static TempFolder CaseWith(string yaml, params string[] sources)
    {
        var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", yaml);
        foreach (var s in sources) dir.Write(s, "A source sentence.");
        return dir;
    }

    [Fact]
    public void A_valid_case_yaml_gives_sources_with_grades_dates_and_extra_actors()
    {
        using var dir = CaseWith("""
            title: Test case
            period: { from: 2022-01-01, to: 2022-01-31 }
            region: Somewhere
            sources:
              - id: wire
                file: sources/a.txt
                publisher: Wire
                date: 2022-01-05
                grade: B2
              - file: sources/b.md
            actors:
              - name: Ana Ruiz
                aliases: [Ruiz]
            """, "sources/a.txt", "sources/b.md");
        var c = CaseYaml.Load(dir.Path).Value!;
        Assert.Equal("Test case", c.Title);
        Assert.Equal(new DateOnly(2022, 1, 1), c.From);
        Assert.Equal(["wire", "b"], c.Sources.Select(s => s.Id));
        Assert.Equal("B2", c.Sources[0].Grade.ToString());
        Assert.Equal("F6", c.Sources[1].Grade.ToString());
        Assert.Equal(new DateOnly(2022, 1, 5), c.Sources[0].Date);
        Assert.Equal(["Ruiz"], c.Actors.Single().Aliases);
    }

    [Theory]
    [InlineData("title: [unclosed\nsources: []\n", "TSR010", "line 2")]
    [InlineData("title: X\nsources:\n  - file: sources/missing.txt\n", "TSR012", "line 3")]
    [InlineData("title: X\nsources:\n  - file: sources/a.txt\n    grade: Z9\n", "TSR014", "line 4")]
    [InlineData("title: X\nsources:\n  - file: sources/a.txt\n    date: 7 January\n", "TSR015", "line 4")]
    [InlineData("title: X\nsources:\n  - file: sources/a.txt\n    url: javascript:alert(1)\n", "TSR780", "line 4")]
    [InlineData("title: X\nsources:\n  - file: sources/a.txt\n    url: www.example.org/story\n", "TSR780", "line 4")]
    [InlineData("title: X\ncolour: blue\nsources:\n  - file: sources/a.txt\n", "TSR011", "line 2")]
    [InlineData("title: X\nsources: sources/a.txt\n", "TSR011", "line 2")]
    [InlineData("title: X\nperiod: { from: 2022-02-01, to: 2022-01-01 }\nsources:\n  - file: sources/a.txt\n", "TSR011", "line 2")]
    [InlineData("- just\n- a list\n", "TSR011", "line 1")]
    [InlineData("title: X\nsources:\n  - id: a\n    file: sources/a.txt\n  - id: a\n    file: sources/a.txt\n", "TSR011", "line 5")]
    public void Mistakes_in_case_yaml_name_the_line(string yaml, string code, string where)
    {
        using var dir = CaseWith(yaml, "sources/a.txt");
        var result = CaseYaml.Load(dir.Path);
        Assert.False(result.Ok);
        Assert.Equal(code, result.Problem!.Code);
        Assert.Contains(where, result.Problem.Message);
        Assert.EndsWith("case.yaml", result.Problem.File);
        Assert.DoesNotContain('\n', result.Problem.ToString());
    }

    [Fact]
    public void A_source_carries_its_web_address()
    {
        using var dir = CaseWith("title: X\nsources:\n  - file: sources/a.txt\n    url: https://example.org/news/42\n", "sources/a.txt");
        Assert.Equal("https://example.org/news/42", CaseYaml.Load(dir.Path).Value!.Sources.Single().Url);
    }

    [Fact]
    public void A_folder_without_case_yaml_is_a_problem()
    {
        using var dir = Fixtures.TempFolder();
        Assert.Equal("TSR013", CaseYaml.Load(dir.Path).Problem!.Code);
    }
}
