using System.Globalization;
using Tessera.Recognition.Time;

namespace Tessera.Tests.Recognition.Time;

/// <summary>The annotated sample beside this file (time-sample.tsv): news-style sentences with their document dates and the
/// TIMEX3-style value of each time expression. The share read right is the figure docs/accuracy.md reports.</summary>
public class TimeSampleTests(ITestOutputHelper output)
{
    /// <summary>One annotated expression: the sentence, its document's date, the words and the value they should get.</summary>
    public sealed record SampleRow(DateOnly DocumentDate, string Sentence, string Words, string Expected);

    public static IReadOnlyList<SampleRow> Sample(string file) =>
        File.ReadLines(Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Recognition", "Time", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new SampleRow(DateOnly.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3]))
            .ToList();

    /// <summary>The value the normaliser gives the expression over the row's words, or "" when it finds none there.</summary>
    public static string Read(SampleRow row)
    {
        var at = row.Sentence.IndexOf(row.Words, StringComparison.Ordinal);
        var found = Fixtures.Bundled.Time.Normalize(row.Sentence, 0, row.Sentence.Length, DateRange.Day(row.DocumentDate), null);
        var t = found.FirstOrDefault(x => x.Start < at + row.Words.Length && at < x.End);
        return t?.Value ?? "";
    }

    [Theory]
    [InlineData("time-sample.tsv", 150, 0.95)]
    [InlineData("time-sample-heldout.tsv", 30, 0.80)]
    public void Most_expressions_of_the_sample_get_their_annotated_value(string file, int size, double least)
    {
        var sample = Sample(file);
        var wrong = sample.Select(r => (Row: r, Got: Read(r))).Where(x => x.Got != x.Row.Expected).ToList();
        foreach (var (row, got) in wrong) output.WriteLine($"{row.DocumentDate:yyyy-MM-dd} '{row.Words}': expected {row.Expected}, got '{got}' in: {row.Sentence}");
        var accuracy = 1.0 - (double)wrong.Count / sample.Count;
        output.WriteLine($"{file}: {sample.Count - wrong.Count}/{sample.Count} = {accuracy:0.000}");
        Assert.True(sample.Count >= size, $"the sample should hold at least {size} expressions");
        Assert.True(accuracy >= least, $"accuracy {accuracy:0.000}");
    }
}
