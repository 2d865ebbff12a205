namespace Tessera.Tests.Cli;

/// <summary>`tessera assess` and the brief file the store knows by its hash: an unchanged case leaves the file as it is, and a
/// brief deleted or edited by hand is said in one line and written again.</summary>
public class BriefFileTests
{
    private static TempFolder Case()
    {
        var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Ferry strike\nsources:\n  - id: port\n    file: port.txt\n    publisher: Port Herald\n    date: 2023-05-02\n");
        dir.Write("port.txt", "Ferry crews at Oster walked out on Tuesday. The port authority said sailings will resume on Friday.");
        return dir;
    }

    [Fact]
    public void A_brief_edited_by_hand_is_named_in_one_warning_and_written_again_and_an_unchanged_one_is_left_alone()
    {
        using var dir = Case();
        var brief = Path.Combine(dir.Path, "brief.html");
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "-q").Exit);
        var written = File.ReadAllBytes(brief);

        var kept = new DateTime(2023, 5, 3, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(brief, kept);
        var unchanged = CliRunner.Invoke("assess", dir.Path);
        Assert.Equal(0, unchanged.Exit);
        Assert.Contains("nothing changed", unchanged.Out);
        Assert.DoesNotContain("TSR", unchanged.Err);
        Assert.Equal(kept, File.GetLastWriteTimeUtc(brief));

        File.WriteAllText(brief, "<p>notes</p>");
        var edited = CliRunner.Invoke("assess", dir.Path, "-q");
        Assert.Equal(0, edited.Exit);
        var line = Assert.Single(edited.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning: ", line);
        Assert.Contains("[TSR616]", line);
        Assert.Equal(written, File.ReadAllBytes(brief));

        File.Delete(brief);
        var deleted = CliRunner.Invoke("assess", dir.Path, "-q");
        Assert.Equal(0, deleted.Exit);
        Assert.Contains("[TSR615]", Assert.Single(deleted.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(written, File.ReadAllBytes(brief));
    }
}
