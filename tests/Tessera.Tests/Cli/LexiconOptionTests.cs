using System.Text.Json;

namespace Tessera.Tests.Cli;

/// <summary>--lexicon on the command line: a user's folder reaches every stage of a command, folders stack, and a bad row stops
/// the command before it does any work, with exit code 2 and a message naming the file and line.</summary>
public sealed class LexiconOptionTests : IDisposable
{
    private readonly TempFolder _dir = Fixtures.TempFolder();

    public void Dispose() => _dir.Dispose();

    private string Db(string name) => Path.Combine(_dir.Path, name + ".db");

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Timeline_dates_yesterday_by_the_users_time_words()
    {
        var doc = _dir.Write("wire.txt", "LAGOS, March 20, 2023 (Wire) - A summary.\n\nYesterday Chad expelled France.\n");
        _dir.Write("ours/time-words.tsv", "# our reporters' yesterday\nyesterday\tdeictic\t-5 day\n");

        string When(CliRunner.Run run)
        {
            Assert.Equal(0, run.Exit);
            var entry = Assert.Single(Lines(run.Out), l => l.GetProperty("type").GetString() == "entry" && l.GetProperty("words").GetString() == "Yesterday");
            Assert.Contains(entry.GetProperty("events").EnumerateArray(), e => e.GetProperty("cameo").GetString() == "166");
            return entry.GetProperty("from").GetString()!;
        }

        Assert.Equal("2023-03-19", When(CliRunner.Invoke("timeline", doc, "--format", "jsonl", "--db", Db("bundled"))));
        Assert.Equal("2023-03-15", When(CliRunner.Invoke("timeline", doc, "--format", "jsonl", "--db", Db("ours"), "--lexicon", Path.Combine(_dir.Path, "ours"))));
    }

    [Theory]
    [InlineData("read")]
    [InlineData("timeline")]
    [InlineData("actors")]
    [InlineData("export")]
    [InlineData("assess")]
    public void A_hedge_with_an_unknown_condition_stops_the_command_with_exit_code_2_naming_file_and_line(string command)
    {
        var doc = _dir.Write("brief.txt", "The dam may hold.\n");
        var hedges = _dir.Write("ours/hedges.tsv", "# my hedges\nmay\tmodal\tpossibilty\n");
        var run = CliRunner.Invoke(command == "read" ? [command, doc, "--lexicon", Path.GetDirectoryName(hedges)!]
            : [command, doc, "--lexicon", Path.GetDirectoryName(hedges)!, "--db", Db(command), .. command == "assess" ? new[] { "--out", Path.Combine(_dir.Path, "brief.html") } : []]);
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{hedges}: line 2: unknown condition 'possibilty' (expected one of: possibility, complement, premise, not-negated) [TSR021]", line);
        Assert.Equal("", run.Out);
        // Refused before any work: no store was opened, no brief written.
        Assert.False(File.Exists(Db(command)));
        Assert.False(File.Exists(Path.Combine(_dir.Path, "brief.html")));
    }

    [Fact]
    public void Lexicon_folders_stack_in_the_order_given()
    {
        var doc = _dir.Write("brief.txt", "By all accounts the dam categorically held.\n");
        _dir.Write("first/hedges.tsv", "by all accounts\thearsay\n");
        _dir.Write("second/boosters.tsv", "categorically\tcertainty\n");
        var run = CliRunner.Invoke("read", doc, "--format", "jsonl", "--lexicon", Path.Combine(_dir.Path, "first"), "--lexicon", Path.Combine(_dir.Path, "second"));
        Assert.Equal(0, run.Exit);
        var unit = Assert.Single(Lines(run.Out));
        Assert.True(unit.GetProperty("hedged").GetBoolean());
        Assert.True(unit.GetProperty("boosted").GetBoolean());
    }

    [Fact]
    public void A_misspelt_file_name_in_a_lexicon_folder_is_refused()
    {
        var doc = _dir.Write("brief.txt", "The dam held.\n");
        var file = _dir.Write("ours/hedge.tsv", "perhaps\tspeculation\n");
        var run = CliRunner.Invoke("read", doc, "--lexicon", Path.GetDirectoryName(file)!);
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR024", run.Err);
        Assert.Contains(file, run.Err);
    }
}
