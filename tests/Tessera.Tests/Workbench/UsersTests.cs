using Tessera.Workbench;

namespace Tessera.Tests.Workbench;

/// <summary>The users file `serve --users` reads: `tessera users add` writes a hash from a password on standard input, the file
/// is its owner's alone, and a bad line is refused naming the file and the line.</summary>
public class UsersTests
{
    private static Cli.CliRunner.Run AddUser(string file, string name, string password)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Tessera.Cli.Cli.Run(["users", "add", file, name], stdout, stderr, new StringReader(password + "\n"));
        return new Cli.CliRunner.Run(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Users_add_stores_a_hash_that_verifies_the_password_and_no_other()
    {
        using var dir = Fixtures.TempFolder();
        var file = Path.Combine(dir.Path, "users.tsv");
        Assert.Equal(0, AddUser(file, "amira", "harbour-lights-7").Exit);
        Assert.Equal(0, AddUser(file, "boris", "quayside-fog-42").Exit);

        var text = File.ReadAllText(file);
        Assert.DoesNotContain("harbour-lights-7", text);
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var users = UserList.Load(file).Value!;
        Assert.True(users.Verify("amira", "harbour-lights-7"));
        Assert.False(users.Verify("amira", "quayside-fog-42"));
        Assert.False(users.Verify("nobody", "harbour-lights-7"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Adding_a_known_name_again_changes_its_password_and_keeps_the_other_lines()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("users.tsv", "# analysts of the harbour desk\n");
        AddUser(file, "amira", "harbour-lights-7");
        AddUser(file, "boris", "quayside-fog-42");
        var run = AddUser(file, "amira", "new-tide-tables-9");

        Assert.Equal(0, run.Exit);
        Assert.Contains("Changed", run.Out);
        var lines = File.ReadAllLines(file);
        Assert.Equal("# analysts of the harbour desk", lines[0]);
        Assert.Equal(["amira", "boris"], lines.Skip(1).Select(l => l.Split('\t')[0]));
        var users = UserList.Load(file).Value!;
        Assert.True(users.Verify("amira", "new-tide-tables-9"));
        Assert.False(users.Verify("amira", "harbour-lights-7"));
    }

    [Theory]
    [InlineData("amira", "short", "TSR758")]
    [InlineData("two words", "long-enough-pass", "TSR757")]
    public void A_bad_name_or_password_is_refused_and_nothing_is_written(string name, string password, string code)
    {
        using var dir = Fixtures.TempFolder();
        var file = Path.Combine(dir.Path, "users.tsv");
        var run = AddUser(file, name, password);
        Assert.Equal(2, run.Exit);
        Assert.Contains(code, run.Err);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("amira\n", 1, "TSR755")]
    [InlineData("# desk\namira\tnot-a-hash\n", 2, "TSR755")]
    [InlineData("bad name\tAQAAAAIAAYagAAAAEHhjwD2z1ObU3Wq1X5Q7hlk=\n", 1, "TSR755")]
    public void A_bad_users_file_is_refused_naming_the_file_and_the_line(string text, int line, string code)
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("users.tsv", text);
        var problem = UserList.Load(file).Problem!;
        Assert.Equal(code, problem.Code);
        Assert.Equal(file, problem.File);
        Assert.StartsWith($"line {line}:", problem.Message);
    }

    [Fact]
    public void A_users_file_that_lists_nobody_is_refused_and_serve_says_so_before_reading_the_case()
    {
        using var dir = Fixtures.TempFolder();
        var file = dir.Write("users.tsv", "# nobody yet\n");
        Assert.Equal("TSR756", UserList.Load(file).Problem!.Code);
        var run = Cli.CliRunner.Invoke("serve", "no/such/case", "--users", file, "--listen", "0.0.0.0:0");
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR756", run.Err);
        Assert.Contains(file, run.Err);
    }

    [Fact]
    public void A_listed_name_twice_is_refused_at_its_second_line()
    {
        using var dir = Fixtures.TempFolder();
        var file = Path.Combine(dir.Path, "users.tsv");
        AddUser(file, "amira", "harbour-lights-7");
        var line = File.ReadAllText(file);
        File.WriteAllText(file, line + line);
        var problem = UserList.Load(file).Problem!;
        Assert.Equal("TSR755", problem.Code);
        Assert.StartsWith("line 2:", problem.Message);
    }
}
