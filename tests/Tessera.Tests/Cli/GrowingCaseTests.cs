using Tessera.Case;

namespace Tessera.Tests.Cli;

/// <summary>`tessera init` and `tessera add` on real folders, and the warning of `assess` about files case.yaml does not list.</summary>
public class GrowingCaseTests
{
    private const string Statement = """
        Statement of the Interior Ministry
        Publisher: Interior Ministry (invented)

        VARNA, March 6, 2024 – The ministry said on Wednesday that dock workers blocked the port.
        """;

    [Fact]
    public void Init_writes_a_commented_case_yaml_that_loads_and_an_empty_sources_folder()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");

        var run = CliRunner.Invoke("init", folder, "--title", "Harbour strike");

        Assert.Equal(0, run.Exit);
        Assert.True(Directory.Exists(Path.Combine(folder, "sources")));
        var yaml = File.ReadAllText(Path.Combine(folder, "case.yaml"));
        foreach (var field in new[] { "title", "period", "region", "description", "sources", "actors", "hypotheses", "evidence", "forecasts" })
            Assert.Contains($"{field}:", yaml);
        var loaded = CaseYaml.Load(folder);
        Assert.True(loaded.Ok, loaded.Problem?.ToString());
        Assert.Equal("Harbour strike", loaded.Value!.Title);
        Assert.Empty(loaded.Value.Sources);
    }

    [Fact]
    public void Init_leaves_an_existing_case_alone()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Mine\n");

        var run = CliRunner.Invoke("init", dir.Path);

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR501", run.Err);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(dir.Path, "case.yaml")));
    }

    [Fact]
    public void Add_copies_a_file_and_lists_it_with_the_details_the_document_gives_of_itself()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);
        var file = dir.Write("ministry-statement.txt", Statement);

        var run = CliRunner.Invoke("add", folder, file);

        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal(Statement, File.ReadAllText(Path.Combine(folder, "sources", "ministry-statement.txt")));
        var source = Assert.Single(CaseYaml.Load(folder).Value!.Sources);
        Assert.Equal(("ministry-statement", "Statement of the Interior Ministry", "Interior Ministry (invented)", new DateOnly(2024, 3, 6)),
            (source.Id, source.Title, source.Publisher, source.Date!.Value));
        Assert.Contains("# The documents of the case", File.ReadAllText(Path.Combine(folder, "case.yaml")));
    }

    [Fact]
    public void Add_asks_for_what_the_document_does_not_say_and_changes_nothing_until_it_is_given()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);
        var before = File.ReadAllText(Path.Combine(folder, "case.yaml"));
        var file = dir.Write("note.txt", "Dock workers blocked the port of Varna, the union said.\n");

        var refused = CliRunner.Invoke("add", folder, file);

        Assert.Equal(2, refused.Exit);
        Assert.Contains("TSR502", refused.Err);
        Assert.Contains("--publisher and --date", refused.Err);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "case.yaml")));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "sources")));

        var given = CliRunner.Invoke("add", folder, file, "--publisher", "Dockers' Union", "--date", "2024-03-05");

        Assert.True(given.Exit == 0, given.Err);
        var source = Assert.Single(CaseYaml.Load(folder).Value!.Sources);
        Assert.Equal(("Dockers' Union", new DateOnly(2024, 3, 5)), (source.Publisher, source.Date!.Value));
    }

    [Fact]
    public void Adding_the_same_file_twice_lists_it_once_and_a_different_file_of_the_same_name_is_refused()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);
        var file = dir.Write("ministry-statement.txt", Statement);

        CliRunner.Invoke("add", folder, file);
        var again = CliRunner.Invoke("add", folder, file);
        File.WriteAllText(file, Statement + "A later paragraph.\n");
        var other = CliRunner.Invoke("add", folder, file);

        Assert.Equal(0, again.Exit);
        Assert.Contains("already in the case", again.Err);
        Assert.Single(CaseYaml.Load(folder).Value!.Sources);
        Assert.Equal(2, other.Exit);
        Assert.Contains("TSR503", other.Err);
    }

    [Fact]
    public void Assess_warns_about_a_file_in_sources_that_case_yaml_does_not_list()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);
        CliRunner.Invoke("add", folder, dir.Write("ministry-statement.txt", Statement));
        File.WriteAllText(Path.Combine(folder, "sources", "dropped-in.txt"), "Workers marched on 7 March 2024.\n");
        File.WriteAllText(Path.Combine(folder, "sources", ".dropped-in.txt.swp"), "an editor's swap file");

        var run = CliRunner.Invoke("assess", folder, "--quiet");

        Assert.Equal(0, run.Exit);
        var warning = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("dropped-in.txt", warning);
        Assert.Contains("TSR508", warning);
    }

    [Fact]
    public void A_file_dropped_into_sources_is_listed_in_place_and_the_warning_goes_away()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);
        var dropped = Path.Combine(folder, "sources", "ministry-statement.txt");
        File.WriteAllText(dropped, Statement);
        var before = CliRunner.Invoke("assess", folder, "--quiet").Err;
        Assert.Contains("TSR508", before);
        Assert.Contains("TSR019", before);

        var add = CliRunner.Invoke("add", folder, dropped);
        var assess = CliRunner.Invoke("assess", folder, "--quiet");

        Assert.True(add.Exit == 0, add.Err);
        Assert.Equal(["ministry-statement.txt"], Directory.GetFiles(Path.Combine(folder, "sources")).Select(Path.GetFileName));
        Assert.Equal("sources/ministry-statement.txt", File.ReadAllLines(Path.Combine(folder, "case.yaml")).Single(l => l.Contains("file:")).Split(": ")[1]);
        Assert.Equal((0, ""), (assess.Exit, assess.Err));
    }

    [Fact]
    public void A_case_just_begun_loads_and_assessing_it_says_it_has_no_sources_yet()
    {
        using var dir = Fixtures.TempFolder();
        var folder = Path.Combine(dir.Path, "strike");
        CliRunner.Invoke("init", folder);

        var run = CliRunner.Invoke("assess", folder, "--quiet");

        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR019", run.Err);
    }
}
