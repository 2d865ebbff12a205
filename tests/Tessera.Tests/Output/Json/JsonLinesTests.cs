using System.Text.Json;
using Tessera.Output;
using JsonOut = Tessera.Output.Json;

namespace Tessera.Tests.Output.Json;

/// <summary>Records written through one <see cref="JsonLines"/>, whose buffers serve record after record, come out as each
/// would alone: whole, one write each, escaped the same way.</summary>
public class JsonLinesTests
{
    /// <summary>Counts the writes it is given, keeping what they held.</summary>
    private sealed class CountingWriter : StringWriter
    {
        public List<string> Writes { get; } = [];

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes.Add(buffer.ToString());
            base.Write(buffer);
        }
    }

    [Fact]
    public void Records_of_every_length_in_turn_come_out_as_each_would_alone_one_write_each()
    {
        // Short, then long enough to outgrow the first buffers, then short again and one that needs escaping after that:
        // a buffer kept from a longer record must not leak its tail into a shorter one.
        string[] texts = ["a", new string('x', 5_000) + " Токаев “quoted”", "b", "</script> & \u2028 " + new string('y', 3_000), "c"];
        var together = new CountingWriter();
        using (var lines = new JsonLines(together))
            foreach (var t in texts) lines.Write(t, static (w, text) => w.WriteString("text", text));

        Assert.Equal(texts.Length, together.Writes.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = new StringWriter();
            JsonOut.Line(alone, w => w.WriteString("text", texts[i]));
            Assert.Equal(alone.ToString(), together.Writes[i]);
            Assert.EndsWith("\n", together.Writes[i]);
            using var doc = JsonDocument.Parse(together.Writes[i]);
            Assert.Equal(texts[i], doc.RootElement.GetProperty("text").GetString());
        }
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("a<b", "a\\u003Cb")]
    [InlineData("<&>", "\\u003C\\u0026\\u003E")]
    [InlineData("end \u2029", "end \\u2029")]
    public void Embeddable_writes_each_unsafe_character_as_an_escape_and_leaves_the_rest(string json, string expected) =>
        Assert.Equal(expected, JsonOut.Embeddable(json));
}
