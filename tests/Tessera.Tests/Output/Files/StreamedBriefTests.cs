using Tessera.Analysis;
using Tessera.Output;
using Tessera.Output.Brief;
using Tessera.Tests.Analysis;

namespace Tessera.Tests.Output.Files;

/// <summary>The brief goes to its file as it is written, never held whole, and is the same to the byte as the brief kept as a
/// string (which the store and the workbench use); a write that fails part way leaves the brief that was there.</summary>
public class StreamedBriefTests
{
    private static BriefDocument Brief()
    {
        var assessed = AnalysisKit.MakeCase(
            ("a", "Steppe <Wire>", new DateOnly(2022, 1, 4), "Protesters in Aralsk said police fired tear gas on Tuesday. The governor will probably resign \"soon\" & quietly."),
            ("b", "Paper | One", new DateOnly(2022, 1, 5), "Police fired tear gas at protesters in Aralsk on Tuesday, witnesses reported. Officials denied that 40 people were detained."),
            ("c", "Paper *Two*", new DateOnly(2022, 1, 6), "Officials said 40 people were detained in Aralsk. The governor resigned on Thursday, state television said."));
        var analysis = AnalysisInputs.Resolve(AnalysisSpec.Empty("case.yaml"), assessed, Fixtures.Bundled.Ach, Fixtures.Bundled.ForecastReaders, 1);
        Assert.True(analysis.Ok, analysis.Problem?.ToString());
        return BriefBuilder.Build(Findings.Of(analysis.Value!, Fixtures.Bundled));
    }

    [Theory]
    [InlineData("brief.html")]
    [InlineData("brief.md")]
    public void The_brief_streamed_to_its_file_is_the_brief_rendered_as_a_string_byte_for_byte(string name)
    {
        using var dir = Fixtures.TempFolder();
        var brief = Brief();
        var path = Path.Combine(dir.Path, name);

        Assert.Null(BriefFormat.Write(brief, path));

        var expected = BriefFormat.Render(brief, path);
        Assert.Contains("Aralsk", expected);
        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(expected), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_brief_whose_writing_fails_part_way_leaves_the_old_brief_and_no_half_file()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("brief.html", "<p>the last brief</p>");

        // More than the writer's buffer, so part of the new brief has reached the disk before the failure.
        var problem = OutputFile.Write(path, w =>
        {
            w.Write(new string('x', 1 << 18));
            throw new IOException("No space left on device");
        });

        Assert.NotNull(problem);
        Assert.Contains("No space left on device", problem!.Message);
        Assert.Equal("<p>the last brief</p>", File.ReadAllText(path));
        Assert.Equal(["brief.html"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unchanged_long_brief_keeps_its_file_and_a_change_in_its_last_character_is_written()
    {
        using var dir = Fixtures.TempFolder();
        var path = Path.Combine(dir.Path, "brief.html");
        // A pair of surrogates (an emoji) straddles the edge of the pieces the comparison reads, and Cyrillic takes two bytes each.
        var text = new string('a', (1 << 15) - 1) + "\U0001F30D" + string.Concat(Enumerable.Repeat("Алматы ", 20_000)) + "end";
        Assert.Null(OutputFile.Write(path, text));
        var written = new DateTime(2022, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        Assert.Null(OutputFile.WriteIfChanged(path, text));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        var changed = text[..^1] + "E";
        Assert.Null(OutputFile.WriteIfChanged(path, changed));
        Assert.Equal(changed, File.ReadAllText(path));
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(path));
    }
}
