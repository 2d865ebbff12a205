using System.Text.Json;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Output;

/// <summary>Writes claims as JSON Lines in the extraction contract of eval/GUIDELINES.md, plus the cues behind each flag.</summary>
public static class ClaimJsonl
{
    public static void Write(TextWriter output, IEnumerable<Claim> claims)
    {
        foreach (var claim in claims) Json.Line(output, w => Fields(w, claim));
    }

    private static void Fields(Utf8JsonWriter w, Claim c)
    {
        w.WriteNumber("start", c.Start);
        w.WriteNumber("end", c.End);
        w.WriteString("text", c.Text);
        w.WriteBoolean("claim", c.IsClaim);
        w.WritePropertyName("speaker");
        switch (c.Speakers.Count)
        {
            case 0: w.WriteNullValue(); break;
            case 1: w.WriteStringValue(c.Speakers[0]); break;
            default:
                w.WriteStartArray();
                foreach (var s in c.Speakers) w.WriteStringValue(s);
                w.WriteEndArray();
                break;
        }
        w.WriteBoolean("hedged", c.Hedged);
        w.WriteBoolean("boosted", c.Boosted);
        w.WriteString("probability", c.Band?.Name);
        w.WriteBoolean("prediction", c.Prediction);
        w.WriteBoolean("unverified", c.Unverified);
        // The contract of eval/GUIDELINES.md: null where the speaker (or the author) is the origin.
        w.WriteString("origin", c.Origin is { } o && !c.Speakers.Contains(o, StringComparer.OrdinalIgnoreCase) ? o : null);
        Json.Strings(w, "actors", c.Actors);
        w.WriteStartArray("cues");
        foreach (var cue in c.Cues)
        {
            w.WriteStartObject();
            w.WriteString("flag", FlagName(cue.Flag));
            w.WriteString("family", cue.Family);
            w.WriteNumber("start", cue.Start);
            w.WriteNumber("end", cue.End);
            w.WriteString("text", cue.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The JSONL field a flag sets, so a cue names the field it explains.</summary>
    public static string FlagName(Flag flag) => flag switch
    {
        Flag.Hedged => "hedged",
        Flag.Boosted => "boosted",
        Flag.Probability => "probability",
        Flag.Prediction => "prediction",
        Flag.Unverified => "unverified",
        Flag.Origin => "origin",
        _ => "speaker",
    };
}
