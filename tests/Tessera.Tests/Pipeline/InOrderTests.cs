using Tessera.Pipeline;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Pipeline;

/// <summary>Work spread over cores comes back in the input's order, so every command writes the same bytes for any --jobs.</summary>
public class InOrderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_come_back_in_the_order_of_the_input_however_long_each_piece_takes(int jobs)
    {
        // Later items finish first: the order must come from the input, not from which piece ends sooner.
        var items = Enumerable.Range(0, 40).ToList();
        var results = InOrder.Map(items, i => { Thread.Sleep((40 - i) % 7); return i * i; }, jobs).ToList();
        Assert.Equal(items.Select(i => i * i), results);
    }

    [Fact]
    public void No_more_pieces_run_at_once_than_jobs_allow()
    {
        var running = 0;
        var most = 0;
        _ = InOrder.Map(Enumerable.Range(0, 30), i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, 3).ToList();
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public void A_failing_piece_fails_where_its_result_would_have_been()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in InOrder.Map(Enumerable.Range(0, 10), i => i == 4 ? throw new InvalidOperationException("four") : i, 3)) seen.Add(r);
        });
        Assert.Equal("four", e.Message);
        Assert.Equal([0, 1, 2, 3], seen);
    }

    [Fact]
    public void Read_writes_the_same_bytes_on_one_core_and_on_several()
    {
        var sources = Directory.GetFiles(Path.Combine(Fixtures.ExampleCase, "sources")).Order(StringComparer.Ordinal).ToArray();
        foreach (var format in new[] { "jsonl", "table" })
        {
            var one = CliRunner.Invoke(["read", .. sources, "--format", format, "--jobs", "1"]);
            var many = CliRunner.Invoke(["read", .. sources, "--format", format, "--jobs", "4"]);
            Assert.Equal(0, one.Exit);
            Assert.Equal(0, many.Exit);
            Assert.True(one.Out.Length > 1000, format);
            Assert.Equal(one.Out, many.Out);
        }
    }

    [Fact]
    public void Assess_writes_the_same_brief_and_summary_on_one_core_and_on_several()
    {
        using var dir = Fixtures.TempFolder();
        string Brief(int jobs)
        {
            var brief = Path.Combine(dir.Path, $"brief-{jobs}.html");
            var run = CliRunner.Invoke("assess", Fixtures.ExampleCase, "--db", Path.Combine(dir.Path, $"case-{jobs}.db"), "--out", brief, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(run.Exit == 0, run.Err);
            return run.Out.Replace(brief, "BRIEF").Replace($"case-{jobs}.db", "DB") + File.ReadAllText(brief);
        }
        Assert.Equal(Brief(1), Brief(3));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void Jobs_must_be_one_or_more(string jobs)
    {
        var run = CliRunner.Invoke("read", Fixtures.SeedBrief, "--jobs", jobs);
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR601", run.Err);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
