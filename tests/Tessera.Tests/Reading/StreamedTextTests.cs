using Tessera.Output;
using Tessera.Reading;

namespace Tessera.Tests.Reading;

/// <summary>A plain-text file over the size bound is read in parts cut at blank lines instead of refused, and its records are those
/// of the whole text: the same units, with offsets into the whole file.</summary>
public class StreamedTextTests
{
    private static readonly ReadingLimits Small = new() { MaxFileBytes = 400, PartChars = 150, MaxTextChars = 2_000 };

    private const string Story =
        "Protests spread to Almaty on 5 January, officials said.\n\n" +
        "The government reportedly resigned. Tokayev said order would be restored.\n\n" +
        "Unconfirmed reports suggest dozens were killed.\r\n \r\n" +
        "Russia will probably send troops, analysts said.\n\n";

    [Fact]
    public void A_file_over_the_bound_is_read_in_parts_whose_records_are_those_of_the_whole_text()
    {
        using var dir = Fixtures.TempFolder();
        var text = string.Concat(Enumerable.Repeat(Story, 4));
        var path = dir.Write("large.txt", text);
        Assert.True(DocumentReader.Streams(path, Small));
        Assert.False(DocumentReader.Read(path, limits: Small).Ok);

        var parts = DocumentReader.Parts(path, limits: Small).ToList();
        Assert.All(parts, p => Assert.True(p.Ok, p.Problem?.ToString()));
        Assert.True(parts.Count > 1);
        // Each part starts where the one before ended, and is a whole run of paragraphs of the file's text.
        Assert.All(parts, p => Assert.Equal(text.Substring((int)p.Value!.Offset, p.Value.Document.Text.Length), p.Value.Document.Text));
        Assert.All(parts.Skip(1), p => Assert.EndsWith("\n", text[..(int)p.Value!.Offset]));

        var streamed = new StringWriter();
        foreach (var p in parts) ClaimJsonl.Write(streamed, Fixtures.Bundled.Claims.Extract(p.Value!.Document), p.Value.Offset);
        var whole = new StringWriter();
        ClaimJsonl.Write(whole, Fixtures.Bundled.Claims.Extract(Fixtures.Text(text)));
        Assert.Equal(whole.ToString(), streamed.ToString());
    }

    [Fact]
    public void A_file_within_the_bound_is_one_part_at_offset_zero()
    {
        using var dir = Fixtures.TempFolder();
        var part = Assert.Single(DocumentReader.Parts(dir.Write("small.txt", Story)));
        Assert.Equal(0, part.Value!.Offset);
        Assert.Equal(Story, part.Value.Document.Text);
    }

    [Theory]
    // A run with no blank line longer than a document may be is refused as a single document would be.
    [InlineData("no-break", "TSR402")]
    [InlineData("invalid-utf8", "TSR003")]
    [InlineData("blank", "TSR009")]
    public void A_streamed_file_that_cannot_be_read_ends_with_one_problem(string kind, string code)
    {
        using var dir = Fixtures.TempFolder();
        var path = kind switch
        {
            "no-break" => dir.Write("long.txt", string.Concat(Enumerable.Repeat("Protests spread. ", 200))),
            "invalid-utf8" => dir.WriteBytes("bad.txt", [.. System.Text.Encoding.UTF8.GetBytes(Story + Story + Story), 0xE9, 0x20]),
            _ => dir.Write("blank.txt", new string(' ', 300) + "\n\n" + new string(' ', 300)),
        };
        var last = DocumentReader.Parts(path, limits: Small).Last();
        Assert.Equal(code, last.Problem?.Code);
    }
}
