using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Language;
using Tessera.Pipeline;
using Tessera.Recognition.Time;

namespace Tessera.Case;

/// <summary>Each unit's block and its tokens, flattened as start, length, kind.</summary>
internal sealed record UnitsRow(int[] Blocks, int[][] Tokens);

/// <summary>A figure as stored: its claim by index in the document.</summary>
internal sealed record FigureRow(string Kind, double? Value, string Words, int Claim, bool Retracted);

/// <summary>An outcome as stored: its claim by index in the document.</summary>
internal sealed record OutcomeRow(string Actor, OutcomeDirection Direction, string Cue, int Claim);

/// <summary>A causal claim as stored: its claim (and lead-in) by index, the spans of its cause and effect (-1 for the crisis).</summary>
internal sealed record CauseRow(int Claim, int CauseStart, int CauseEnd, int EffectStart, int EffectEnd, bool AboutCrisis, bool Denied, bool Trigger,
    IReadOnlyList<string> Cues, int LeadIn = -1);

/// <summary>The layers of one document that are not claims, as one JSON value.</summary>
internal sealed record LayersRow(
    DocumentDate? Date,
    Problem? DateProblem,
    IReadOnlyList<PassageTimes> Times,
    IReadOnlyList<ActorEvent> Events,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<OutcomeRow> Outcomes,
    int[]? SourceMap = null,
    IReadOnlyList<CauseRow>? Causes = null);

/// <summary>The serializer for the stored layers, generated at build time: no reflection and little JIT when a store is opened.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true, UseStringEnumConverter = true, Converters = [typeof(DateRangeJson)])]
[JsonSerializable(typeof(UnitsRow))]
[JsonSerializable(typeof(LayersRow))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoredLayersJson : JsonSerializerContext;

/// <summary>How the store keeps a document's tokens and the layers that are not claims (date, times, events, figures,
/// outcomes): one JSON value each per document, read back into the same records the pipeline made.</summary>
internal static class StoredLayers
{
    public static string Units(AnnotatedDocument d) => JsonSerializer.Serialize(new UnitsRow(
        d.Units.Select(u => u.Unit.Block).ToArray(),
        d.Units.Select(u => u.Tokens.SelectMany(t => new[] { t.Start, t.Length, (int)t.Kind }).ToArray()).ToArray()), StoredLayersJson.Default.UnitsRow);

    public static string Layers(AnnotatedDocument d) => JsonSerializer.Serialize(new LayersRow(d.Date, d.DateProblem, d.Times, d.Events,
        d.Figures.Select(f => new FigureRow(f.Kind, f.Value, f.Words, f.Claim.Index, f.Retracted)).ToList(),
        d.Outcomes.Select(o => new OutcomeRow(o.Actor, o.Direction, o.Cue, o.Claim.Index)).ToList(), d.Source.Map?.Runs(),
        d.Causes.Select(c => new CauseRow(c.Claim.Index, c.CauseStart, c.CauseEnd, c.EffectStart, c.EffectEnd, c.AboutCrisis, c.Denied, c.Trigger, c.Cues,
            c.LeadIn?.Index ?? -1)).ToList()), StoredLayersJson.Default.LayersRow);

    /// <summary>The annotated document from its stored parts: the document, its claims (one per unit) and the two JSON values.</summary>
    public static AnnotatedDocument Read(Reading.Document stored, IReadOnlyList<Claim> claims, string unitsJson, string layersJson)
    {
        var units = JsonSerializer.Deserialize(unitsJson, StoredLayersJson.Default.UnitsRow) ?? throw new JsonException("no units");
        var layers = JsonSerializer.Deserialize(layersJson, StoredLayersJson.Default.LayersRow) ?? throw new JsonException("no layers");
        // Text taken out of markup keeps its way back to the file.
        var source = layers.SourceMap is null ? stored : stored with { Map = Reading.SourceMap.FromRuns(layers.SourceMap) };
        if (units.Blocks.Length != claims.Count) throw new JsonException($"{units.Blocks.Length} units stored for {claims.Count} claims");
        var plain = claims.Select((c, i) => new Unit(c.Index, c.Start, c.End, c.Kind, units.Blocks[i], c.Text)).ToList();
        var tokens = units.Tokens.Select(flat => Enumerable.Range(0, flat.Length / 3)
            .Select(k => new Token(flat[3 * k], flat[3 * k + 1], (TokenKind)flat[3 * k + 2])).ToList()).ToList();
        return new AnnotatedDocument(source, TokenizedUnit.Of(source.Text, plain, tokens).ToList(), claims, layers.Date, layers.DateProblem,
            layers.Times, layers.Events,
            layers.Figures.Select(f => new FigureClaim(f.Kind, f.Value, f.Words, claims[f.Claim], f.Retracted)).ToList(),
            layers.Outcomes.Select(o => new OutcomeEntry(o.Actor, o.Direction, o.Cue, claims[o.Claim])).ToList(),
            (layers.Causes ?? []).Select(c => new Events.Causes.CausalClaim(claims[c.Claim], source.Text[c.CauseStart..c.CauseEnd], c.CauseStart, c.CauseEnd,
                c.EffectStart < 0 ? null : source.Text[c.EffectStart..c.EffectEnd], c.EffectStart, c.EffectEnd, c.AboutCrisis, c.Denied, c.Trigger, c.Cues,
                c.LeadIn < 0 ? null : claims[c.LeadIn])).ToList());
    }
}

/// <summary>A date range as its two ends and precision; its constructor checks that the ends are in order.</summary>
internal sealed class DateRangeJson : JsonConverter<DateRange>
{
    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        DateOnly from = default, to = default;
        var precision = TimePrecision.Day;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a date range is an object");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "from": from = DateOnly.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture); break;
                case "to": to = DateOnly.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture); break;
                case "precision": precision = Enum.Parse<TimePrecision>(reader.GetString()!); break;
                default: throw new JsonException($"unknown date range field '{name}'");
            }
        }
        return new DateRange(from, to, precision);
    }

    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("from", value.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("to", value.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("precision", value.Precision.ToString());
        writer.WriteEndObject();
    }
}
