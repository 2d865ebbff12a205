using System.Text.Json;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Output;

/// <summary>The JSONL record of `tessera read` is the extraction contract of eval/GUIDELINES.md: its fields, their types, their order.</summary>
public class JsonlContractTests
{
    private static readonly string[] Fields = ["start", "end", "text", "claim", "speaker", "hedged", "boosted", "probability", "prediction", "unverified", "vaguely_sourced", "origin", "actors", "cues"];

    [Fact]
    public void Every_record_has_exactly_the_contract_fields_with_their_types()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("brief.txt", "Crisis brief\n\n“We will win,” said General Omar Diallo. Russia and China have criticized the raid. " +
                                          "It is highly likely that talks will fail. Guards reportedly fired.");
        var run = CliRunner.Invoke("read", path, "--format", "jsonl");
        Assert.Equal(0, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.Equal(Fields, e.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, e.GetProperty("start").ValueKind);
            Assert.True(e.GetProperty("end").GetInt32() > e.GetProperty("start").GetInt32());
            Assert.Contains(e.GetProperty("speaker").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.String, JsonValueKind.Array });
            Assert.Contains(e.GetProperty("probability").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.String });
            Assert.Contains(e.GetProperty("origin").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.String });
            foreach (var flag in new[] { "claim", "hedged", "boosted", "prediction", "unverified", "vaguely_sourced" })
                Assert.Contains(e.GetProperty(flag).ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.All(e.GetProperty("actors").EnumerateArray(), a => Assert.Equal(JsonValueKind.String, a.ValueKind));
            foreach (var cue in e.GetProperty("cues").EnumerateArray())
                Assert.Equal(["flag", "family", "start", "end", "text"], cue.EnumerateObject().Select(p => p.Name));
        }
        var text = File.ReadAllText(path);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(records, r => Assert.Equal(r.GetProperty("text").GetString(), text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]));
        Assert.Equal(JsonValueKind.Array, records[2].GetProperty("speaker").ValueKind);
        Assert.Equal("very likely", records[3].GetProperty("probability").GetString());
        var cueOfReportedly = records[4].GetProperty("cues").EnumerateArray().First(c => c.GetProperty("flag").GetString() == "unverified");
        Assert.Equal("reportedly", text[cueOfReportedly.GetProperty("start").GetInt32()..cueOfReportedly.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void The_table_format_escapes_markup_in_source_text()
    {
        using var dir = Fixtures.TempFolder();
        var path = dir.Write("odd.txt", "The [red]rebels[/] said [bold] was a lie.");
        var run = CliRunner.Invoke("read", path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("[red]rebels[/]", run.Out);
    }
}
