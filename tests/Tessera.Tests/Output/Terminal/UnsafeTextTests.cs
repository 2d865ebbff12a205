using Tessera.Output;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output.Terminal;

/// <summary>Control characters and bidirectional overrides in a source reach neither the terminal nor the brief as they are.</summary>
public class UnsafeTextTests
{
    [Theory]
    [InlineData("plain text, tabs\tand\nlines", "plain text, tabs\tand\nlines")]
    [InlineData("red \u001b[31m alert\u0007", "red [U+001B][31m alert[U+0007]")]
    [InlineData("file\u202Etxt.exe", "file[U+202E]txt.exe")]
    [InlineData("\u2066isolated\u2069", "[U+2066]isolated[U+2069]")]
    [InlineData("C1 \u009b31m and DEL \u007f", "C1 [U+009B]31m and DEL [U+007F]")]
    [InlineData("a CRLF line\r\nand a bare\rreturn", "a CRLF line\r\nand a bare[U+000D]return")]
    [InlineData("ends in \r", "ends in [U+000D]")]
    public void Unsafe_characters_become_visible_tokens_and_the_rest_is_unchanged(string text, string shown) =>
        Assert.Equal(shown, UnsafeText.Visible(text));

    private static string HostileCase(TempFolder dir)
    {
        dir.Write("case.yaml", """
            title: "Hostile \e]0;pwned\a text"
            sources:
              - id: wire
                file: sources/wire.txt
                publisher: "Wire \e[31mRed\u202E gnp.exe"
                date: 2024-03-01
                grade: B2
            hypotheses:
              - id: H1
                statement: "Planned \e[2J from abroad"
              - id: H2
                statement: Spontaneous
            evidence:
              - quote: Police detained twelve protesters
                ratings: {H1: C, H2: I}
            """);
        dir.Write("sources/wire.txt",
            "Police detained twelve protesters \u001b[2J\u0007 in the square on Saturday, officials said.\n\n" +
            "The minister \u202E said the army will withdraw by Friday.\n\n" +
            "Russia accused Bulgaria \u009b31m of provoking the strike\u007f.\n");
        return dir.Path;
    }

    private static void AssertSafe(string printed)
    {
        for (var i = 0; i < printed.Length; i++)
            Assert.False(UnsafeText.IsUnsafe(printed, i), $"U+{(int)printed[i]:X4} at {i}: …{printed[Math.Max(0, i - 40)..i]}");
    }

    [Theory]
    [InlineData("read", "{case}/sources/wire.txt")]
    [InlineData("assess", "{case}")]
    [InlineData("ach", "{case}")]
    [InlineData("forecasts", "{case}")]
    [InlineData("timeline", "{case}")]
    [InlineData("actors", "{case}")]
    [InlineData("actors", "{case}", "--network")]
    [InlineData("corroborate", "{case}")]
    public void What_a_command_prints_for_people_holds_no_control_or_bidirectional_character(params string[] args)
    {
        using var dir = Fixtures.TempFolder();
        var folder = HostileCase(dir);
        var run = CliRunner.Invoke(args.Select(a => a.Replace("{case}", folder, StringComparison.Ordinal)).ToArray());
        Assert.Equal(0, run.Exit);
        AssertSafe(run.Out);
        AssertSafe(run.Err);
        if (args[0] is "read" or "assess") Assert.Contains("[U+001B]", run.Out);
    }

    [Fact]
    public void An_error_naming_a_hostile_path_prints_it_with_visible_tokens()
    {
        var run = CliRunner.Invoke("read", "no-such-\u001b[31m-file\u202E.txt");
        Assert.Equal(2, run.Exit);
        AssertSafe(run.Err);
        Assert.Contains("no-such-[U+001B][31m-file[U+202E].txt", run.Err);
    }

    [Fact]
    public void The_brief_shows_a_right_to_left_override_as_a_token_in_HTML_and_Markdown()
    {
        using var dir = Fixtures.TempFolder();
        var folder = HostileCase(dir);
        Assert.Equal(0, CliRunner.Invoke("assess", folder, "--quiet", "--markdown", Path.Combine(folder, "brief.md")).Exit);
        // Markdown escapes the token's brackets and plus sign, and shows it as written.
        foreach (var (file, token) in new[] { ("brief.html", "[U+202E]"), ("brief.md", @"\[U\+202E\]") })
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.DoesNotContain('\u202E', text);
            Assert.DoesNotContain('\u001b', text);
            Assert.Contains(token, text);
        }
    }
}
