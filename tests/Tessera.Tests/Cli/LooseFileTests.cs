using System.Diagnostics;

namespace Tessera.Tests.Cli;

/// <summary>A command run on a loose file leaves nothing in the current folder: the files are read into a store in memory.</summary>
/// <remarks>The current folder belongs to the whole test process, so these runs start the real program in a folder of their own.</remarks>
public class LooseFileTests
{
    private static (int Exit, string Err) RunIn(string folder, params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "tessera.exe" : "tessera");
        var psi = new ProcessStartInfo(program, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        output.Wait();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("timeline")]
    [InlineData("export")]
    [InlineData("corroborate")]
    public void A_loose_file_command_writes_no_store_into_the_current_folder(string command)
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("report.txt", "Russia accused Bulgaria of provoking the strike on 4 March 2024, officials said.");

        var (exit, err) = RunIn(dir.Path, command, "report.txt");

        Assert.True(exit == 0, err);
        Assert.Equal(["report.txt"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Assess_keeps_loose_files_in_a_store_of_the_current_folder_so_unchanged_ones_are_not_read_again()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("report.txt", "Russia accused Bulgaria of provoking the strike on 4 March 2024, officials said.");

        Assert.Equal(0, RunIn(dir.Path, "assess", "report.txt", "--quiet").Exit);

        Assert.True(File.Exists(Path.Combine(dir.Path, ".tessera", "case.db")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "brief.html")));
    }
}
