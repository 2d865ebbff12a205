using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>A case store is created readable by its owner only: the .tessera folder 700, case.db and its journal files 600.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class StorePermissionTests
{
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                                              UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public void Assessing_a_case_creates_its_store_folder_and_files_for_the_owner_only()
    {
        if (OperatingSystem.IsWindows()) { Assert.Skip("Unix file modes"); return; }
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", "title: Private\nsources:\n  - id: a\n    file: sources/a.txt\n");
        dir.Write("sources/a.txt", "The army withdrew from the city on Monday, officials said.");

        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--quiet").Exit);

        var folder = Path.Combine(dir.Path, ".tessera");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        var files = Directory.GetFiles(folder);
        Assert.Contains(Path.Combine(folder, "case.db"), files);
        Assert.All(files, f => Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(f) & GroupOrOther));
    }

    [Fact]
    public void A_store_that_already_exists_keeps_the_mode_its_owner_gave_it()
    {
        if (OperatingSystem.IsWindows()) { Assert.Skip("Unix file modes"); return; }
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "shared.db");
        using (var created = Tessera.Case.CaseStore.Open(db).Value!) { }
        var shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(db, shared);
        using (var store = Tessera.Case.CaseStore.Open(db).Value!) { }
        Assert.Equal(shared, File.GetUnixFileMode(db));
    }
}
