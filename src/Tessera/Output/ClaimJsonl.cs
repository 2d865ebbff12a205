using System.Text.Json;
using Tessera.Claims;
using Tessera.Stance;

namespace Tessera.Output;

/// <summary>Writes claims as JSON Lines in the extraction contract of eval/GUIDELINES.md, plus the cues behind each flag.</summary>
public static class ClaimJsonl
{
    /// <summary>One line per claim; <paramref name="offset"/> is where the claims' text starts in the whole document, for a
    /// part of a document read in parts (offsets are always of the whole).</summary>
    public static void Write(TextWriter output, IEnumerable<Claim> claims, long offset = 0)
    {
        using var lines = new JsonLines(output);
        foreach (var claim in claims) lines.Write((claim, offset), static (w, c) => Fields(w, c.claim, c.offset));
    }

    /// <summary>The claims an analyst corrected, as gold for `tessera eval` (eval/GUIDELINES.md): each with its id and every
    /// field as corrected, so an analyst's corrections become evaluation data.</summary>
    public static void WriteCorrected(TextWriter output, IEnumerable<Claim> claims)
    {
        foreach (var claim in claims.Where(c => c.Corrected.Count > 0))
            Json.Line(output, w =>
            {
                w.WriteString("id", claim.Id);
                w.WriteString("source", claim.DocumentId);
                Fields(w, claim, 0);
            });
    }

    private static void Fields(Utf8JsonWriter w, Claim c, long offset)
    {
        w.WriteNumber("start", c.Start + offset);
        w.WriteNumber("end", c.End + offset);
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
        w.WriteBoolean("vaguely_sourced", c.VaguelySourced);
        // The contract of eval/GUIDELINES.md: null where the speaker (or the author) is the origin.
        w.WriteString("origin", c.Origin is { } o && !c.Speakers.Contains(o, StringComparer.OrdinalIgnoreCase) ? o : null);
        Json.Strings(w, "actors", c.Actors);
        // Only a corrected claim carries the field, so the reader's own output (the eval contract) is unchanged.
        if (c.Corrected.Count > 0) Json.Strings(w, "corrected", CorrectedNote.Fields(c));
        w.WriteStartArray("cues");
        foreach (var cue in c.Cues)
        {
            w.WriteStartObject();
            w.WriteString("flag", FlagName(cue.Flag));
            CueFields(w, cue, offset);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A cue's family, its span (moved by <paramref name="offset"/>) and its words, inside an object the caller opened.</summary>
    public static void CueFields(Utf8JsonWriter w, Cue cue, long offset = 0)
    {
        w.WriteString("family", cue.Family);
        w.WriteNumber("start", cue.Start + offset);
        w.WriteNumber("end", cue.End + offset);
        w.WriteString("text", cue.Text);
    }

    /// <summary>The JSONL field a flag sets, so a cue names the field it explains.</summary>
    public static string FlagName(Flag flag) => flag switch
    {
        Flag.Hedged => "hedged",
        Flag.Boosted => "boosted",
        Flag.Probability => "probability",
        Flag.Prediction => "prediction",
        Flag.Unverified => "unverified",
        Flag.VaguelySourced => "vaguely_sourced",
        Flag.Origin => "origin",
        _ => "speaker",
    };
}
