using System.Globalization;
using System.Text.Json;
using Tessera.Claims;
using Tessera.Events;
using Tessera.Events.Causes;
using Tessera.Events.Imported;
using Tessera.Language;
using Tessera.Pipeline;
using Tessera.Recognition.Time;
using static Tessera.JsonValues;

namespace Tessera.Case;

/// <summary>How the store keeps a document's tokens and the layers that are not claims (date, times, events, figures,
/// outcomes, causes): one JSON value each per document, read back into the same records the pipeline made.</summary>
/// <remarks>
/// Written and read by hand (<see cref="JsonValues"/>): the serializer's metadata for these records cost a first assessment about
/// 1,250 methods compiled at start-up. The bytes are those the serializer wrote for schema 10 (snake_case names, enums by name,
/// nulls left out, properties in declaration order), so the stores already written read back unchanged. Reading takes the
/// properties in any order and passes over ones it does not know.
/// </remarks>
internal static class StoredLayers
{
    /// <summary>Each unit's block, and its tokens flattened as start, length, kind.</summary>
    public static string Units(AnnotatedDocument d) => Write(w => WriteUnits(w, d));

    /// <summary>The value <see cref="Units"/> gives, written to a writer (the store's, which binds the bytes as they are).</summary>
    public static void WriteUnits(Utf8JsonWriter w, AnnotatedDocument d)
    {
        w.WriteStartObject();
        // A compact document's units are read as spans: asking it for a unit would make the unit's words, which are not written.
        var compact = d.Units as CompactUnits;
        w.WriteStartArray("blocks");
        for (var i = 0; i < d.Units.Count; i++) w.WriteNumberValue(compact?.UnitAt(i).Block ?? d.Units[i].Unit.Block);
        w.WriteEndArray();
        w.WriteStartArray("tokens");
        for (var i = 0; i < d.Units.Count; i++)
        {
            w.WriteStartArray();
            foreach (var t in compact is not null ? compact.TokensAt(i) : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(d.Units[i].Tokens))
            {
                w.WriteNumberValue(t.Start);
                w.WriteNumberValue(t.Length);
                w.WriteNumberValue((int)t.Kind);
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The layers that are not claims; a figure, outcome or cause names its claim by index in the document.</summary>
    public static string Layers(AnnotatedDocument d) => Write(w => WriteLayers(w, d));

    /// <summary>The value <see cref="Layers"/> gives, written to a writer.</summary>
    public static void WriteLayers(Utf8JsonWriter w, AnnotatedDocument d)
    {
        w.WriteStartObject();
        if (d.Date is { } date)
        {
            w.WritePropertyName("date");
            WriteDate(w, date);
        }
        if (d.DateProblem is { } problem)
        {
            w.WriteStartObject("date_problem");
            w.WriteString("code", problem.Code);
            w.WriteString("file", problem.File);
            w.WriteString("message", problem.Message);
            w.WriteString("kind", problem.Kind.ToString());
            w.WriteEndObject();
        }
        WriteList(w, "times", d.Times, WritePassage);
        WriteList(w, "events", d.Events, WriteEvent);
        WriteList(w, "figures", d.Figures, static (w, f) =>
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            if (f.Value is { } value) w.WriteNumber("value", value);
            w.WriteString("words", f.Words);
            w.WriteNumber("claim", f.Claim.Index);
            w.WriteBoolean("retracted", f.Retracted);
            w.WriteEndObject();
        });
        WriteList(w, "outcomes", d.Outcomes, static (w, o) =>
        {
            w.WriteStartObject();
            w.WriteString("actor", o.Actor);
            w.WriteString("direction", o.Direction.ToString());
            w.WriteString("cue", o.Cue);
            w.WriteNumber("claim", o.Claim.Index);
            w.WriteEndObject();
        });
        if (d.Source.Map is { } map)
        {
            w.WriteStartArray("source_map");
            foreach (var n in map.Runs()) w.WriteNumberValue(n);
            w.WriteEndArray();
        }
        WriteList(w, "causes", d.Causes, static (w, c) =>
        {
            w.WriteStartObject();
            w.WriteNumber("claim", c.Claim.Index);
            w.WriteNumber("cause_start", c.CauseStart);
            w.WriteNumber("cause_end", c.CauseEnd);
            w.WriteNumber("effect_start", c.EffectStart);
            w.WriteNumber("effect_end", c.EffectEnd);
            w.WriteBoolean("about_crisis", c.AboutCrisis);
            w.WriteBoolean("denied", c.Denied);
            w.WriteBoolean("trigger", c.Trigger);
            WriteStrings(w, "cues", c.Cues);
            w.WriteNumber("lead_in", c.LeadIn?.Index ?? -1);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    /// <summary>A list of words (a claim's speakers) as a JSON array.</summary>
    public static string Words(IReadOnlyList<string> values) => Write(w => WriteStrings(w, null, values));

    /// <summary>The words <see cref="Words"/> wrote.</summary>
    public static string[] ReadWords(string json) => Parse(json, static (ref Utf8JsonReader r) => ReadStrings(ref r).ToArray());

    /// <summary>The annotated document from its stored parts: the document, its claims (one per unit) and the two JSON values.</summary>
    /// <exception cref="JsonException">A value is not JSON, or not of the shape or range these records take.</exception>
    public static AnnotatedDocument Read(Reading.Document stored, IReadOnlyList<Claim> claims, string unitsJson, string layersJson)
    {
        var (blocks, tokens) = Parse(unitsJson, ReadUnits);
        var layers = Parse(layersJson, (ref Utf8JsonReader r) => ReadLayers(ref r, stored.Text, claims));
        // Text taken out of markup keeps its way back to the file.
        var source = layers.SourceMap is null ? stored : stored with { Map = Reading.SourceMap.FromRuns(layers.SourceMap) };
        if (blocks.Count != claims.Count || tokens.Count != claims.Count)
            throw new JsonException($"{blocks.Count} units stored for {claims.Count} claims");
        var plain = new List<Unit>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            plain.Add(new Unit(c.Index, c.Start, c.End, c.Kind, blocks[i], c.Text));
        }
        return new AnnotatedDocument(source, CompactUnits.Of(source.Text, plain, tokens), claims, layers.Date, layers.DateProblem,
            layers.Times, layers.Events, layers.Figures, layers.Outcomes, layers.Causes);
    }

    private sealed class LayersRead
    {
        public DocumentDate? Date;
        public Problem? DateProblem;
        public IReadOnlyList<PassageTimes> Times = [];
        public IReadOnlyList<ActorEvent> Events = [];
        public IReadOnlyList<FigureClaim> Figures = [];
        public IReadOnlyList<OutcomeEntry> Outcomes = [];
        public int[]? SourceMap;
        public IReadOnlyList<CausalClaim> Causes = [];
    }

    private static void WriteRange(Utf8JsonWriter w, string name, DateRange range)
    {
        w.WriteStartObject(name);
        w.WriteString("from", range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("to", range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("precision", range.Precision.ToString());
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DocumentDate date)
    {
        w.WriteStartObject();
        WriteRange(w, "range", date.Range);
        w.WriteString("source", date.Source.ToString());
        w.WriteString("evidence", date.Evidence);
        w.WriteNumber("start", date.Start);
        w.WriteNumber("end", date.End);
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, TimeExpression t)
    {
        w.WriteStartObject();
        w.WriteNumber("start", t.Start);
        w.WriteNumber("end", t.End);
        w.WriteString("text", t.Text);
        if (t.Range is { } range) WriteRange(w, "range", range);
        w.WriteString("precision", t.Precision.ToString());
        w.WriteString("basis", t.Basis.ToString());
        w.WriteBoolean("is_bound", t.IsBound);
        w.WriteString("kind", t.Kind.ToString());
        if (t.Timex is { } timex) w.WriteString("timex", timex);
        if (t.Anchor is { } anchor) WriteRange(w, "anchor", anchor);
        w.WriteEndObject();
    }

    private static void WritePassage(Utf8JsonWriter w, PassageTimes p)
    {
        w.WriteStartObject();
        WriteList(w, "own", p.Own, WriteTime);
        if (p.Main is { } main)
        {
            w.WritePropertyName("main");
            WriteTime(w, main);
        }
        if (p.Inherited is { } inherited)
        {
            w.WritePropertyName("inherited");
            WriteTime(w, inherited);
        }
        w.WriteBoolean("inherited_from_document", p.InheritedFromDocument);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, ActorEvent e)
    {
        w.WriteStartObject();
        w.WriteString("claim_id", e.ClaimId);
        w.WriteString("document_id", e.DocumentId);
        w.WriteString("source", e.Source);
        w.WriteString("action", e.Action);
        if (e.Target is { } target) w.WriteString("target", target);
        w.WriteStartObject("cameo");
        w.WriteString("code", e.Cameo.Code);
        w.WriteString("root", e.Cameo.Root);
        w.WriteString("name", e.Cameo.Name);
        w.WriteString("quad", e.Cameo.Quad.ToString());
        w.WriteNumber("goldstein", e.Cameo.Goldstein);
        w.WriteBoolean("reciprocal", e.Cameo.Reciprocal);
        w.WriteEndObject();
        if (e.Time is { } time)
        {
            w.WriteStartObject("time");
            w.WritePropertyName("expression");
            WriteTime(w, time.Expression);
            w.WriteString("source", time.Source.ToString());
            w.WriteEndObject();
        }
        if (e.Place is { } place) w.WriteString("place", place);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteBoolean("hedged", e.Hedged);
        w.WriteBoolean("unverified", e.Unverified);
        w.WriteBoolean("future", e.Future);
        w.WriteString("status", e.Status.ToString());
        if (e.Imported is { } imported)
        {
            w.WriteStartObject("imported");
            w.WriteString("dataset", imported.Dataset.ToString());
            w.WriteString("record_id", imported.RecordId);
            if (imported.Url is { } url) w.WriteString("url", url);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static (List<int> Blocks, List<List<Token>> Tokens) ReadUnits(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        List<int> blocks = [];
        List<List<Token>> tokens = [];
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "blocks": blocks = [.. ReadInts(ref r) ?? []]; break;
                case "tokens":
                    tokens = ReadArray(ref r, static (ref Utf8JsonReader r) =>
                    {
                        var flat = ReadInts(ref r) ?? [];
                        var list = new List<Token>(flat.Length / 3);
                        for (var k = 0; k + 2 < flat.Length; k += 3) list.Add(new Token(flat[k], flat[k + 1], (TokenKind)flat[k + 2]));
                        return list;
                    }) ?? [];
                    break;
                default: r.Skip(); break;
            }
        return (blocks, tokens);
    }

    private static LayersRead ReadLayers(ref Utf8JsonReader r, string text, IReadOnlyList<Claim> claims)
    {
        Expect(ref r, JsonTokenType.StartObject);
        var read = new LayersRead();
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "date": read.Date = r.TokenType == JsonTokenType.Null ? null : ReadDate(ref r); break;
                case "date_problem": read.DateProblem = r.TokenType == JsonTokenType.Null ? null : ReadProblem(ref r); break;
                case "times": read.Times = ReadArray(ref r, ReadPassage) ?? []; break;
                case "events": read.Events = ReadArray(ref r, ReadEvent) ?? []; break;
                case "figures": read.Figures = ReadArray(ref r, (ref Utf8JsonReader r) => ReadFigure(ref r, claims)) ?? []; break;
                case "outcomes": read.Outcomes = ReadArray(ref r, (ref Utf8JsonReader r) => ReadOutcome(ref r, claims)) ?? []; break;
                case "source_map": read.SourceMap = ReadInts(ref r); break;
                case "causes": read.Causes = ReadArray(ref r, (ref Utf8JsonReader r) => ReadCause(ref r, text, claims)) ?? []; break;
                default: r.Skip(); break;
            }
        return read;
    }

    private static DateRange ReadRange(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        DateOnly from = default, to = default;
        var precision = TimePrecision.Day;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "from": from = DateOnly.Parse(r.GetString()!, CultureInfo.InvariantCulture); break;
                case "to": to = DateOnly.Parse(r.GetString()!, CultureInfo.InvariantCulture); break;
                case "precision": precision = Name<TimePrecision>(ref r); break;
                default: throw new JsonException($"unknown date range field '{name}'");
            }
        return new DateRange(from, to, precision);
    }

    private static DateRange? ReadOptionalRange(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : ReadRange(ref r);

    private static DocumentDate ReadDate(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        DateRange range = default;
        DateSource source = default;
        string evidence = "";
        int start = 0, end = 0;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "range": range = ReadRange(ref r); break;
                case "source": source = Name<DateSource>(ref r); break;
                case "evidence": evidence = r.GetString()!; break;
                case "start": start = r.GetInt32(); break;
                case "end": end = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        return new DocumentDate(range, source, evidence, start, end);
    }

    private static Problem ReadProblem(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string code = "", file = "", message = "";
        var kind = ProblemKind.BadInput;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "code": code = r.GetString()!; break;
                case "file": file = r.GetString()!; break;
                case "message": message = r.GetString()!; break;
                case "kind": kind = Name<ProblemKind>(ref r); break;
                default: r.Skip(); break;
            }
        return new Problem(code, file, message) { Kind = kind };
    }

    private static TimeExpression? ReadOptionalTime(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : ReadTime(ref r);

    private static TimeExpression ReadTime(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        int start = 0, end = 0;
        string text = "";
        string? timex = null;
        DateRange? range = null, anchor = null;
        TimePrecision precision = default;
        TimeBasis basis = default;
        TimeKind kind = default;
        var bound = false;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "start": start = r.GetInt32(); break;
                case "end": end = r.GetInt32(); break;
                case "text": text = r.GetString()!; break;
                case "range": range = ReadOptionalRange(ref r); break;
                case "precision": precision = Name<TimePrecision>(ref r); break;
                case "basis": basis = Name<TimeBasis>(ref r); break;
                case "is_bound": bound = r.GetBoolean(); break;
                case "kind": kind = Name<TimeKind>(ref r); break;
                case "timex": timex = r.GetString(); break;
                case "anchor": anchor = ReadOptionalRange(ref r); break;
                default: r.Skip(); break;
            }
        return new TimeExpression(start, end, text, range, precision, basis) { IsBound = bound, Kind = kind, Timex = timex, Anchor = anchor };
    }

    private static PassageTimes ReadPassage(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        IReadOnlyList<TimeExpression> own = [];
        TimeExpression? main = null, inherited = null;
        var fromDocument = false;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "own": own = ReadArray(ref r, ReadTime) ?? []; break;
                case "main": main = ReadOptionalTime(ref r); break;
                case "inherited": inherited = ReadOptionalTime(ref r); break;
                case "inherited_from_document": fromDocument = r.GetBoolean(); break;
                default: r.Skip(); break;
            }
        return new PassageTimes(own, main, inherited, fromDocument);
    }

    private static ActorEvent ReadEvent(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string claimId = "", documentId = "", source = "", action = "";
        string? target = null, place = null;
        CameoCode? cameo = null;
        EventTime? time = null;
        EventProvenance? imported = null;
        int start = 0, end = 0;
        bool hedged = false, unverified = false, future = false;
        EvidenceStatus status = default;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "claim_id": claimId = r.GetString()!; break;
                case "document_id": documentId = r.GetString()!; break;
                case "source": source = r.GetString()!; break;
                case "action": action = r.GetString()!; break;
                case "target": target = r.GetString(); break;
                case "cameo": cameo = ReadCameo(ref r); break;
                case "time": time = r.TokenType == JsonTokenType.Null ? null : ReadEventTime(ref r); break;
                case "place": place = r.GetString(); break;
                case "start": start = r.GetInt32(); break;
                case "end": end = r.GetInt32(); break;
                case "hedged": hedged = r.GetBoolean(); break;
                case "unverified": unverified = r.GetBoolean(); break;
                case "future": future = r.GetBoolean(); break;
                case "status": status = Name<EvidenceStatus>(ref r); break;
                case "imported": imported = r.TokenType == JsonTokenType.Null ? null : ReadProvenance(ref r); break;
                default: r.Skip(); break;
            }
        return new ActorEvent(claimId, documentId, source, action, target, cameo ?? throw new JsonException("an event without its CAMEO code"),
            time, place, start, end, hedged, unverified, future, status) { Imported = imported };
    }

    private static CameoCode ReadCameo(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string code = "", root = "", label = "";
        QuadClass quad = default;
        double goldstein = 0;
        var reciprocal = false;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "code": code = r.GetString()!; break;
                case "root": root = r.GetString()!; break;
                case "name": label = r.GetString()!; break;
                case "quad": quad = Name<QuadClass>(ref r); break;
                case "goldstein": goldstein = r.GetDouble(); break;
                case "reciprocal": reciprocal = r.GetBoolean(); break;
                default: r.Skip(); break;
            }
        return new CameoCode(code, root, label, quad, goldstein, reciprocal);
    }

    private static EventTime ReadEventTime(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        TimeExpression? expression = null;
        EventTimeSource source = default;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "expression": expression = ReadOptionalTime(ref r); break;
                case "source": source = Name<EventTimeSource>(ref r); break;
                default: r.Skip(); break;
            }
        return new EventTime(expression ?? throw new JsonException("an event time without its expression"), source);
    }

    private static EventProvenance ReadProvenance(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        EventDataset dataset = default;
        string recordId = "";
        string? url = null;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "dataset": dataset = Name<EventDataset>(ref r); break;
                case "record_id": recordId = r.GetString()!; break;
                case "url": url = r.GetString(); break;
                default: r.Skip(); break;
            }
        return new EventProvenance(dataset, recordId, url);
    }

    private static FigureClaim ReadFigure(ref Utf8JsonReader r, IReadOnlyList<Claim> claims)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string kind = "", words = "";
        double? value = null;
        int claim = 0;
        var retracted = false;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "kind": kind = r.GetString()!; break;
                case "value": value = r.TokenType == JsonTokenType.Null ? null : r.GetDouble(); break;
                case "words": words = r.GetString()!; break;
                case "claim": claim = r.GetInt32(); break;
                case "retracted": retracted = r.GetBoolean(); break;
                default: r.Skip(); break;
            }
        return new FigureClaim(kind, value, words, claims[claim], retracted);
    }

    private static OutcomeEntry ReadOutcome(ref Utf8JsonReader r, IReadOnlyList<Claim> claims)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string actor = "", cue = "";
        OutcomeDirection direction = default;
        int claim = 0;
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "actor": actor = r.GetString()!; break;
                case "direction": direction = Name<OutcomeDirection>(ref r); break;
                case "cue": cue = r.GetString()!; break;
                case "claim": claim = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        return new OutcomeEntry(actor, direction, cue, claims[claim]);
    }

    private static CausalClaim ReadCause(ref Utf8JsonReader r, string text, IReadOnlyList<Claim> claims)
    {
        Expect(ref r, JsonTokenType.StartObject);
        int claim = 0, causeStart = 0, causeEnd = 0, effectStart = 0, effectEnd = 0, leadIn = -1;
        bool aboutCrisis = false, denied = false, trigger = false;
        IReadOnlyList<string> cues = [];
        while (Next(ref r) is { } name)
            switch (name)
            {
                case "claim": claim = r.GetInt32(); break;
                case "cause_start": causeStart = r.GetInt32(); break;
                case "cause_end": causeEnd = r.GetInt32(); break;
                case "effect_start": effectStart = r.GetInt32(); break;
                case "effect_end": effectEnd = r.GetInt32(); break;
                case "about_crisis": aboutCrisis = r.GetBoolean(); break;
                case "denied": denied = r.GetBoolean(); break;
                case "trigger": trigger = r.GetBoolean(); break;
                case "cues": cues = ReadStrings(ref r); break;
                case "lead_in": leadIn = r.GetInt32(); break;
                default: r.Skip(); break;
            }
        // The cause's and effect's words are the text's own at their spans; an effect at -1 is the crisis itself.
        return new CausalClaim(claims[claim], text[causeStart..causeEnd], causeStart, causeEnd,
            effectStart < 0 ? null : text[effectStart..effectEnd], effectStart, effectEnd, aboutCrisis, denied, trigger, cues,
            leadIn < 0 ? null : claims[leadIn]);
    }
}
