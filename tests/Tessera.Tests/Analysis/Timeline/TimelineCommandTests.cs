using System.CommandLine;
using System.Text.Json;
using Tessera.Cli;

namespace Tessera.Tests.Analysis.Timeline;

/// <summary>`tessera timeline` and `tessera actors` on small files: formats, the --date fallback and numbered problems.</summary>
public sealed class TimelineCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tessera-timeline");

    public void Dispose() => _dir.Delete(recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand("test") { TimelineCommand.Build(stdout, stderr), ActorsCommand.Build(stdout, stderr) };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    private const string Wire = "LAGOS, March 20, 2023 (Wire) - A summary.\n\nMARCH 6 – Chad expelled France.\n\nMARCH 2 – Niger criticized Chad. Officials said 12 people died.\n\nMARCH 9 – Officials said 15 people died.\n";

    [Fact]
    public void Jsonl_lists_entries_in_time_order_then_disagreements()
    {
        var (code, output, _) = Run("timeline", File("wire.txt", Wire), "--format", "jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var entries = lines.Where(l => l.GetProperty("type").GetString() == "entry").Select(l => l.GetProperty("when").GetString()).ToList();
        Assert.Equal(entries.Order(StringComparer.Ordinal), entries);
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "entry" && l.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("cameo").GetString() == "166"));
        var d = Assert.Single(lines, l => l.GetProperty("type").GetString() == "disagreement");
        Assert.Equal("death toll", d.GetProperty("topic").GetString());
    }

    [Fact]
    public void An_undated_file_takes_the_given_date()
    {
        var path = File("brief.txt", "Chad expelled France yesterday.");
        var (_, output, _) = Run("timeline", path, "--format", "csv", "--date", "2023-03-10");
        Assert.Contains("2023-03-09", output, StringComparison.Ordinal);
        Assert.StartsWith("type,when,from,to,precision", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--date", "10/03/2023", "TSR203")]
    [InlineData("--format", "table", "TSR001")]
    public void A_users_mistake_is_a_numbered_problem_and_exit_code_2(string option, string value, string problem)
    {
        var path = problem == "TSR001" ? Path.Combine(_dir.FullName, "missing.txt") : File("x.txt", "Chad expelled France.");
        var (code, _, err) = Run("timeline", path, option, value);
        Assert.Equal(Tessera.Cli.Cli.BadInput, code);
        Assert.Contains(problem, err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_each_day()
    {
        var (_, output, _) = Run("timeline", File("wire.txt", Wire));
        Assert.Contains("6 March 2023", output, StringComparison.Ordinal);
        Assert.Contains("Chad → France: 166 Expel or withdraw", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_document_is_warned_of_and_its_relative_times_stay_undated()
    {
        var (code, output, err) = Run("timeline", File("plain.txt", "Niger criticized Chad on Tuesday."));
        Assert.Equal(0, code);
        Assert.Contains("TSR201", err, StringComparison.Ordinal);
        Assert.Contains("Events without a date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_show_centrality_and_the_network_its_ties()
    {
        var path = File("wire.txt", Wire + "\nChad is the biggest loser.\n");
        var (_, actors, _) = Run("actors", path, "--format", "csv");
        Assert.StartsWith("actor,degree,out_degree,in_degree,strength,betweenness,outcome", actors, StringComparison.Ordinal);
        Assert.Contains("\r\nChad,2,", actors, StringComparison.Ordinal);
        Assert.Contains("loses", actors, StringComparison.Ordinal);
        var (_, ties, _) = Run("actors", path, "--network", "--format", "jsonl");
        var lines = ties.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var niger = Assert.Single(lines, l => l.GetProperty("source").GetString() == "Niger");
        Assert.Equal("conflict", niger.GetProperty("kind").GetString());
        Assert.Equal("Chad", niger.GetProperty("target").GetString());
    }
}
