using Tessera.Reading;

namespace Tessera.Tests.Reading;

/// <summary>Where a path really leads: links are followed one component at a time, as the system follows them.</summary>
public class FilePathsTests
{
    [Fact]
    public void A_link_is_followed_and_dot_dot_after_it_means_the_parent_of_its_target()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need privileges there
        using var dir = Fixtures.TempFolder();
        var target = Directory.CreateDirectory(Path.Combine(dir.Path, "a", "b")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "link"), target);
        Assert.Equal(Path.Combine(dir.Path, "a", "x.txt"), FilePaths.RealPath(Path.Combine(dir.Path, "link", "..", "x.txt")));
        Assert.Equal(Path.Combine(target, "y.txt"), FilePaths.RealPath(Path.Combine(dir.Path, "link", ".", "y.txt")));
    }

    [Fact]
    public void Links_that_loop_resolve_to_nothing_and_are_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = Fixtures.TempFolder();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "one.txt"), Path.Combine(dir.Path, "two.txt"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "two.txt"), Path.Combine(dir.Path, "one.txt"));
        Assert.Null(FilePaths.RealPath(Path.Combine(dir.Path, "one.txt")));
        var read = DocumentReader.Read(Path.Combine(dir.Path, "one.txt"));
        Assert.False(read.Ok);
        Assert.DoesNotContain('\n', read.Problem!.ToString());
    }

    [Theory]
    [InlineData("/case/sources/a.txt", "/case", true)]
    [InlineData("/case", "/case", false)]
    [InlineData("/case-other/a.txt", "/case", false)]
    [InlineData("/etc/passwd", "/case/", false)]
    [InlineData("/a.txt", "/", true)]
    public void Inside_means_below_the_folder_not_beside_it(string path, string folder, bool inside)
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(inside, FilePaths.IsInside(path, folder));
    }

    [Fact]
    public void A_file_named_on_the_command_line_may_be_a_link_to_anywhere()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = Fixtures.TempFolder();
        var elsewhere = dir.Write("elsewhere/brief.txt", "Troops withdrew.");
        var link = Path.Combine(dir.Path, "brief.txt");
        File.CreateSymbolicLink(link, elsewhere);
        Assert.Equal("Troops withdrew.", DocumentReader.Read(link).Value!.Text);
    }
}
