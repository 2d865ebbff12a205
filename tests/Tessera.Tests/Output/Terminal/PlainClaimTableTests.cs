using Spectre.Console;
using Tessera.Cli;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output.Terminal;

/// <summary>The claims table `read` writes to a file or a pipe: fixed columns, every word of the terminal's table.</summary>
public class PlainClaimTableTests
{
    [Theory]
    [InlineData("police detained six pickets", 10, new[] { "police", "detained", "six", "pickets" })]
    [InlineData("the union said", 14, new[] { "the union said" })]
    [InlineData("foreign-funded agitators", 8, new[] { "foreign-", "funded", "agitator", "s" })]
    [InlineData("", 5, new[] { "" })]
    [InlineData("a  b", 3, new[] { "a b" })]
    public void A_cell_is_wrapped_at_spaces_and_a_word_longer_than_its_column_is_cut(string text, int width, string[] lines) =>
        Assert.Equal(lines, Tessera.Cli.PlainClaimTable.Wrap(text, width));

    private const string Text = "Dockworkers at Lindport walked out on Monday. Officials said the strike may well last a week, according to the union. " +
                                "Police reportedly detained six pickets, which is unconfirmed.";

    private static string[] Words(string table) =>
        table.Split([' ', '\n', '│', '─', '╭', '╮', '╰', '╯', '├', '┤', '┬', '┴', '┼'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_plain_table_holds_the_words_of_the_terminal_table_in_lines_of_80()
    {
        var doc = Fixtures.Text(Text);
        var claims = Fixtures.Bundled.Claims.Extract(doc);
        var plain = new StringWriter();
        Tessera.Cli.PlainClaimTable.Write(plain, doc, claims);
        var spectre = new StringWriter();
        var console = Tessera.Cli.Terminal.Console(spectre);
        console.Profile.Width = 400;
        console.Write(Tessera.Cli.Terminal.ClaimTable(doc, claims));

        Assert.Equal(Words(spectre.ToString()), Words(plain.ToString()));
        Assert.Contains("hedged", plain.ToString());
        Assert.All(plain.ToString().TrimEnd('\n').Split('\n').Skip(1), line => Assert.Equal(80, line.Length));
    }

    [Fact]
    public void Read_to_a_pipe_numbers_a_second_file_from_one_and_shows_control_characters_as_tokens()
    {
        using var dir = Fixtures.TempFolder();
        var a = dir.Write("a.txt", "The army withdrew. Officials said the border will reopen.");
        var b = dir.Write("b.txt", "Guards fired\u001b[31m at dawn.");
        var run = CliRunner.Invoke("read", a, b);
        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, run.Out.Split('\n').Count(l => l.StartsWith("│ 1 ", StringComparison.Ordinal)));
    }
}
