using Tessera.Case;

namespace Tessera.Tests.Case;

/// <summary>`tessera add` edits case.yaml as text: the analyst's comments, order and quoting stay as written.</summary>
public class CaseYamlEditTests
{
    private static readonly SourceEntry Wire = new("wire", "sources/wire.txt", "Timeline: a strike", "Harbour Wire", new DateOnly(2024, 3, 12));

    [Fact]
    public void A_source_is_appended_to_the_list_and_every_comment_and_key_stays_where_it_was()
    {
        const string yaml = """
            # The analyst's note on this case.
            title: Harbour strike   # named by the desk
            sources:
              # the ministry's own words
              - id: ministry
                file: sources/ministry.md   # sent by email
                grade: C3

            # Actors come next.
            actors:
              - name: Varna Port Authority
            """;

        var edited = CaseYamlEdit.AddSources(yaml + "\n", [Wire]);

        Assert.Equal("""
            # The analyst's note on this case.
            title: Harbour strike   # named by the desk
            sources:
              # the ministry's own words
              - id: ministry
                file: sources/ministry.md   # sent by email
                grade: C3
              - id: wire
                file: sources/wire.txt
                title: "Timeline: a strike"
                publisher: Harbour Wire
                date: 2024-03-12

            # Actors come next.
            actors:
              - name: Varna Port Authority

            """, edited);
    }

    [Theory]
    [InlineData("title: A\nsources: []\n", "sources:\n  - id: wire")]
    [InlineData("title: A\nsources: [] # none yet\n", "sources: # none yet\n  - id: wire")]
    [InlineData("title: A\nsources:\n", "sources:\n  - id: wire")]
    [InlineData("title: A\n", "title: A\nsources:\n  - id: wire")]
    [InlineData("title: A\nsources:\n- id: x\n  file: x.txt\n", "- id: x\n  file: x.txt\n- id: wire")]
    [InlineData("title: A\nsources:\n    - id: x\n      file: x.txt\n", "      file: x.txt\n    - id: wire\n      file: sources/wire.txt")]
    public void The_new_entry_follows_the_list_style_the_file_already_uses(string yaml, string expected)
    {
        Assert.Contains(expected, CaseYamlEdit.AddSources(yaml, [Wire]));
    }

    [Fact]
    public void Windows_line_endings_stay_windows_line_endings()
    {
        var edited = CaseYamlEdit.AddSources("title: A\r\nsources:\r\n  - id: x\r\n    file: x.txt\r\n", [Wire]);

        Assert.DoesNotContain("\n", edited.Replace("\r\n", ""));
        Assert.Contains("\r\n  - id: wire\r\n", edited);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2022-01-05")]
    [InlineData("12")]
    [InlineData("Kazakhstan: a # hash")]
    [InlineData("\"Quoted\" and back\\slash")]
    [InlineData("- a dash first")]
    [InlineData("line\nbreak")]
    public void A_value_YAML_would_read_as_something_else_is_quoted_and_reads_back_as_written(string title)
    {
        var edited = CaseYamlEdit.AddSources("title: A\nsources: []\n", [Wire with { Title = title }]);

        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(edited));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var source = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)root["sources"]).Children[0];
        Assert.Equal(title, ((YamlDotNet.RepresentationModel.YamlScalarNode)source["title"]).Value);
        Assert.Equal("2024-03-12", ((YamlDotNet.RepresentationModel.YamlScalarNode)source["date"]).Value);
    }

    [Fact]
    public void A_flow_list_with_items_is_refused_rather_than_rewritten()
    {
        var e = Assert.Throws<ProblemException>(() => CaseYamlEdit.AddSources("sources: [{file: a.txt}]\n", [Wire]));

        Assert.Equal("TSR011", e.Problem.Code);
    }

    [Fact]
    public void The_bundled_example_case_keeps_every_line_when_a_source_is_added()
    {
        var yaml = File.ReadAllText(Path.Combine(Fixtures.ExampleCase, "case.yaml"));

        var edited = CaseYamlEdit.AddSources(yaml, [Wire]);

        var before = yaml.Split('\n');
        var after = edited.Split('\n').ToList();
        var at = after.IndexOf("  - id: wire");
        Assert.True(at > 0);
        Assert.Equal(before, after.Take(at).Concat(after.Skip(at + 5)));
    }
}
