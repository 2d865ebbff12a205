using Tessera.Output;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output.Files;

/// <summary>Every output goes through a new, randomly named file and a rename: a link planted in the case folder is never followed.</summary>
public class OutputFileTests
{
    [Fact]
    public void A_link_planted_at_the_old_temporary_name_is_left_alone_and_what_it_points_to_is_not_written()
    {
        if (OperatingSystem.IsWindows()) { Assert.Skip("symbolic links need privileges on Windows"); return; }
        using var dir = Fixtures.TempFolder();
        var victim = dir.Write("outside/precious.txt", "keep me");
        var folder = Path.Combine(dir.Path, "case");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "brief.html.tmp"), victim);

        Assert.Null(OutputFile.Write(Path.Combine(folder, "brief.html"), "<p>brief</p>"));

        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal("<p>brief</p>", File.ReadAllText(Path.Combine(folder, "brief.html")));
        Assert.Equal(victim, new FileInfo(Path.Combine(folder, "brief.html.tmp")).LinkTarget);
    }

    [Fact]
    public void A_target_that_is_a_link_is_replaced_by_the_file_not_written_through()
    {
        if (OperatingSystem.IsWindows()) { Assert.Skip("symbolic links need privileges on Windows"); return; }
        using var dir = Fixtures.TempFolder();
        var victim = dir.Write("precious.txt", "keep me");
        var target = Path.Combine(dir.Path, "out.json");
        File.CreateSymbolicLink(target, victim);

        Assert.Null(OutputFile.Write(target, "{}"));

        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal("{}", File.ReadAllText(target));
    }

    [Fact]
    public void Writing_leaves_nothing_but_the_target_and_replaces_an_old_one()
    {
        using var dir = Fixtures.TempFolder();
        var target = Path.Combine(dir.Path, "sub", "brief.md");
        Assert.Null(OutputFile.Write(target, "old"));
        Assert.Null(OutputFile.Write(target, "new"));
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["brief.md"], Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Assess_of_a_case_folder_with_a_planted_link_writes_its_brief_and_not_through_the_link()
    {
        if (OperatingSystem.IsWindows()) { Assert.Skip("symbolic links need privileges on Windows"); return; }
        using var dir = Fixtures.TempFolder();
        var victim = dir.Write("home/.bashrc", "# mine");
        dir.Write("case/case.yaml", "title: Planted\nsources:\n  - id: a\n    file: sources/a.txt\n");
        dir.Write("case/sources/a.txt", "The army withdrew from the city on Monday, officials said.");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "case", "brief.html.tmp"), victim);

        var run = CliRunner.Invoke("assess", Path.Combine(dir.Path, "case"), "--quiet");

        Assert.Equal((0, ""), (run.Exit, run.Err));
        Assert.Equal("# mine", File.ReadAllText(victim));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(dir.Path, "case", "brief.html")));
    }
}
