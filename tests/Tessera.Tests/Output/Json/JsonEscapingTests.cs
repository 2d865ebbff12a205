using System.Text;
using System.Text.Json;
using Tessera.Output.Stix;
using Tessera.Tests.Output.Stix;
using JsonOut = Tessera.Output.Json;

namespace Tessera.Tests.Output.Json;

/// <summary>Whatever a source says, the JSON Tessera writes is valid, means the same text, and is safe to embed in a page.</summary>
public class JsonEscapingTests
{
    private const string Hostile = "</script><script>alert(1)</script> <!-- a & b > c \u202Egnp.exe \u009b31m \u007f \u2028 done";

    [Fact]
    public void A_JSON_line_escapes_markup_and_unsafe_characters_and_reads_back_as_the_same_text()
    {
        var line = new StringWriter();
        JsonOut.Line(line, w => w.WriteString("text", Hostile));
        var written = line.ToString();
        Assert.EndsWith("\n", written);
        Assert.Equal(1, written.Count(c => c == '\n'));
        foreach (var raw in "<>&\u202E\u009b\u007f\u2028") Assert.DoesNotContain(raw, written);
        Assert.Contains("\\u003C/script\\u003E", written);
        using var doc = JsonDocument.Parse(written);
        Assert.Equal(Hostile, doc.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Readable_text_stays_readable()
    {
        var line = new StringWriter();
        JsonOut.Line(line, w => w.WriteString("text", "Токаев said “it’s over”"));
        Assert.Equal("{\"text\":\"Токаев said “it’s over”\"}\n", line.ToString());
    }

    [Fact]
    public void A_STIX_bundle_of_a_source_quoting_a_script_tag_holds_no_angle_bracket_and_keeps_the_words()
    {
        var assessed = SmallCase.Of("Protesters wrote </script><!-- on the wall of the ministry, officials said.");
        var bytes = StixJson.Write(SmallCase.Bundle(assessed));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        using var doc = JsonDocument.Parse(bytes);
        Assert.Contains(doc.RootElement.GetProperty("objects").EnumerateArray(),
            o => o.TryGetProperty("content", out var c) && c.GetString()!.Contains("</script><!--", StringComparison.Ordinal));
    }
}
