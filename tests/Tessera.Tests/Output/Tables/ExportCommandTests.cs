using Tessera.Analysis;
using System.Text.Json;
using Tessera.Output.Stix;
using Tessera.Tests.Output.Stix;

namespace Tessera.Tests.Output.Tables;

/// <summary>`tessera export`: a case or loose files to STIX, CSV or JSON, on standard output or into a file; mistakes are
/// messages with a code and exit code 2.</summary>
public class ExportCommandTests
{
    [Fact]
    public void Exporting_the_example_case_as_STIX_writes_the_bundle_the_library_makes_the_same_every_time()
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "case.db");
        var first = Path.Combine(dir.Path, "one.json");
        var second = Path.Combine(dir.Path, "two.json");
        var run = ExportCli.Invoke("export", Fixtures.ExampleCase, "--format", "stix", "--db", db, "--out", first);
        Assert.Equal((0, ""), (run.Exit, run.Err));
        Assert.Equal(0, ExportCli.Invoke("export", Fixtures.ExampleCase, "--db", db, "-o", second).Exit);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var analysis = ExampleCase.Analysis;
        Assert.Equal(StixExport.Bundle(analysis, Fixtures.Bundled), File.ReadAllBytes(first));
        // The case's four hypotheses, and beside them the candidate explanations drawn from the sources' causes.
        var groupings = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(first)).RootElement.GetProperty("objects").EnumerateArray()
            .Where(o => o.GetProperty("type").GetString() == "grouping").Select(o => o.GetProperty("description").GetString()!).ToList();
        Assert.Equal(4, groupings.Count(d => d.StartsWith("Hypothesis ", StringComparison.Ordinal)));
        Assert.InRange(groupings.Count(d => d.StartsWith("Candidate explanation", StringComparison.Ordinal)), 3, 4);
        Assert.True(File.Exists(db), "the case is stored where --db says");
    }

    [Fact]
    public void Without_out_the_export_goes_to_standard_output()
    {
        using var dir = Fixtures.TempFolder();
        var run = ExportCli.Invoke("export", Fixtures.ExampleCase, "--db", Path.Combine(dir.Path, "case.db"), "--format", "json", "--what", "sources");
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(7, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Loose_files_export_as_CSV_whose_fields_survive_commas_quotes_and_line_breaks()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("note.md", "- Officials said \"the city, at last, is calm\".\n- =cmd() was painted on the wall, witnesses said.\n");
        var run = ExportCli.Invoke("export", file, "--db", Path.Combine(dir.Path, "c.db"), "--format", "csv", "--what", "claims");
        Assert.Equal(0, run.Exit);
        var rows = CsvReader.Parse(run.Out);
        var text = rows[0].IndexOf("text");
        Assert.Contains(rows.Skip(1), r => r[text].Contains("\"the city, at last, is calm\"", StringComparison.Ordinal));
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), cell => cell.Length > 0 && "=+-@".Contains(cell[0]));
    }

    [Fact]
    public void A_sentence_starting_with_a_full_width_equals_sign_is_neutralised_in_the_CSV()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("banner.txt", "\uFF1DHYPERLINK(\"http://x\",\"click\") was written on a banner, witnesses said.\n");
        var run = ExportCli.Invoke("export", file, "--db", Path.Combine(dir.Path, "c.db"), "--format", "csv", "--what", "claims");
        Assert.Equal(0, run.Exit);
        var rows = CsvReader.Parse(run.Out);
        Assert.StartsWith("'\uFF1DHYPERLINK", rows[1][rows[0].IndexOf("text")], StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_table_for_a_STIX_bundle_is_a_mistake_with_its_own_code()
    {
        var run = ExportCli.Invoke("export", Fixtures.ExampleCase, "--what", "actors");
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR301", run.Err);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("xml", "claims", "xml")]
    [InlineData("csv", "hypotheses", "hypotheses")]
    public void An_unknown_format_or_table_is_refused_before_anything_is_read(string format, string what, string named)
    {
        var run = ExportCli.Invoke("export", Fixtures.ExampleCase, "--format", format, "--what", what);
        Assert.Equal(2, run.Exit);
        Assert.Contains(named, run.Err);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        using var dir = Fixtures.TempFolder();
        var run = ExportCli.Invoke("export", Path.Combine(dir.Path, "nowhere.txt"), "--db", Path.Combine(dir.Path, "c.db"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR001", run.Err);
        Assert.Contains("nowhere.txt", run.Err);
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_is_reported_and_nothing_is_left_half_written()
    {
        using var dir = Fixtures.TempFolder();
        var blocker = dir.Write("taken", "a file, not a folder");
        var run = ExportCli.Invoke("export", dir.Write("a.txt", "The army withdrew."), "--db", Path.Combine(dir.Path, "c.db"), "--out", Path.Combine(blocker, "out.json"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR020", run.Err);
    }
}
