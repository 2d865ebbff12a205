using Tessera.Case;
using Tessera.Reading;

namespace Tessera.Tests.Case;

/// <summary>The workbench edits a source's publisher, date and grade in case.yaml as text: only the values that change are
/// rewritten, and every comment, key and other source stays as the analyst wrote it.</summary>
public class SourceEntryEditTests
{
    private const string Yaml = """
        title: Harbour strike   # named by the desk
        sources:
          # the ministry's own words
          - id: ministry
            file: sources/ministry.md   # sent by email
            publisher: "Ministry of Transport"   # its press office
            date: 2024-03-11
            grade: C3
          - file: sources/harbour-wire.txt
            title: Wire copy
        actors:
          - name: Varna Port Authority

        """;

    private static SourceGrade Grade(string text) => SourceGrade.TryParse(text, out var g) ? g : throw new ArgumentException(text);

    [Fact]
    public void Changed_values_are_rewritten_in_place_and_comments_stay()
    {
        var edited = SourceEntryEdit.Set(Yaml, "ministry", new SourceDetails("Transport Ministry", new DateOnly(2024, 3, 12), Grade("b2")));

        Assert.Equal(Yaml
            .Replace("publisher: \"Ministry of Transport\"   # its press office", "publisher: Transport Ministry   # its press office")
            .Replace("date: 2024-03-11", "date: 2024-03-12")
            .Replace("grade: C3", "grade: B2"), edited.Value);
    }

    [Fact]
    public void A_value_the_entry_lacks_is_added_under_its_last_key_in_its_indentation()
    {
        // The second source has no id: it is named by its file's slug, as case.yaml names it.
        var edited = SourceEntryEdit.Set(Yaml, "harbour-wire", new SourceDetails("Harbour Wire", null, Grade("A1")));

        Assert.Equal(Yaml.Replace("    title: Wire copy\n", "    title: Wire copy\n    publisher: Harbour Wire\n    grade: A1\n"), edited.Value);
        Assert.Equal(new SourceDetails("Harbour Wire", null, Grade("A1")), SourceEntryEdit.Details(edited.Value!, "harbour-wire"));
    }

    [Fact]
    public void Unchanged_values_leave_the_text_as_it_was()
    {
        var same = SourceEntryEdit.Set(Yaml, "ministry", new SourceDetails("Ministry of Transport", new DateOnly(2024, 3, 11), Grade("C3")));
        Assert.Equal(Yaml, same.Value);
        // No grade written means F6, so keeping F6 writes none.
        Assert.Equal(Yaml, SourceEntryEdit.Set(Yaml, "harbour-wire", new SourceDetails(null, null, SourceGrade.Unknown)).Value);
    }

    [Theory]
    [InlineData(null, "2024-03-11", "publisher")]
    [InlineData("Ministry of Transport", null, "date")]
    public void A_value_case_yaml_gives_cannot_be_blanked_and_the_problem_names_the_field(string? publisher, string? date, string field)
    {
        var edited = SourceEntryEdit.Set(Yaml, "ministry", new SourceDetails(publisher, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Grade("C3")));
        Assert.Equal("TSR759", edited.Problem!.Code);
        Assert.Equal(field, edited.Problem.File);
    }

    [Fact]
    public void An_entry_in_flow_style_is_refused_with_its_line_when_a_key_must_be_added()
    {
        const string flow = "sources:\n  - {id: wire, file: sources/wire.txt}\n";
        var edited = SourceEntryEdit.Set(flow, "wire", new SourceDetails("Wire", null, SourceGrade.Unknown));
        Assert.Equal("TSR760", edited.Problem!.Code);
        Assert.Contains("line 2", edited.Problem.Message);
    }

    [Fact]
    public void The_entry_text_that_versions_an_edit_changes_with_its_values_and_not_with_another_source()
    {
        var before = SourceEntryEdit.EntryText(Yaml, "ministry")!;
        Assert.StartsWith("id: ministry", before);
        Assert.Contains("grade: C3", before);
        Assert.DoesNotContain("harbour-wire", before);

        var otherEdited = SourceEntryEdit.Set(Yaml, "harbour-wire", new SourceDetails("Harbour Wire", null, SourceGrade.Unknown)).Value!;
        Assert.Equal(before, SourceEntryEdit.EntryText(otherEdited, "ministry"));
        var thisEdited = SourceEntryEdit.Set(Yaml, "ministry", new SourceDetails("Ministry of Transport", new DateOnly(2024, 3, 11), Grade("C2"))).Value!;
        Assert.NotEqual(before, SourceEntryEdit.EntryText(thisEdited, "ministry"));
        Assert.Null(SourceEntryEdit.EntryText(Yaml, "no-such-source"));
    }
}
