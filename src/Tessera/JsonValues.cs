using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Tessera;

/// <summary>The pieces the store's JSON values are written and read with by hand: a value written whole, read whole, its
/// objects' properties one by one and its arrays item by item.</summary>
/// <remarks>
/// The store's few JSON values (a document's layers, a claim's speakers, the stored overview and warnings) are written with
/// <see cref="Utf8JsonWriter"/> and read with <see cref="Utf8JsonReader"/> rather than by the serializer, whose metadata for
/// their records cost every first assessment over a thousand methods compiled at start-up. Whatever a reader trips over comes
/// out as a <see cref="JsonException"/>, the one exception the store reports a damaged value by.
/// </remarks>
internal static class JsonValues
{
    /// <summary>Reads one value, the reader on its first token.</summary>
    public delegate T Reader<out T>(ref Utf8JsonReader r);

    /// <summary>The text of one value; with the default options the writer escapes as the serializer does (non-ASCII and
    /// HTML-sensitive characters as \u), the form the store keeps.</summary>
    public static string Write(Action<Utf8JsonWriter> write, JsonWriterOptions options = default)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, options)) write(w);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads one whole value: a string where a number was, a date out of order or an unknown name all fail as JSON.</summary>
    /// <exception cref="JsonException">The text is not one JSON value of the shape <paramref name="read"/> takes.</exception>
    public static T Parse<T>(string json, Reader<T> read)
    {
        try
        {
            var r = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!r.Read()) throw new JsonException("no value");
            var value = read(ref r);
            if (r.Read()) throw new JsonException("more than one value");
            return value;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <summary>The next property's name, with the reader on its value; null at the end of the object.</summary>
    public static string? Next(ref Utf8JsonReader r)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.EndObject) return null;
        if (r.TokenType != JsonTokenType.PropertyName) throw new JsonException($"a property name was expected, not {r.TokenType}");
        var name = r.GetString()!;
        r.Read();
        return name;
    }

    /// <summary>Checks that the reader is on the token a value starts with.</summary>
    public static void Expect(ref Utf8JsonReader r, JsonTokenType token)
    {
        if (r.TokenType != token) throw new JsonException($"{token} was expected, not {r.TokenType}");
    }

    /// <summary>An array's items in order, or null for a JSON null.</summary>
    public static List<T>? ReadArray<T>(ref Utf8JsonReader r, Reader<T> read)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        Expect(ref r, JsonTokenType.StartArray);
        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray) list.Add(read(ref r));
        return list;
    }

    /// <summary>An array of strings; empty for a JSON null.</summary>
    public static List<string> ReadStrings(ref Utf8JsonReader r) => ReadArray(ref r, static (ref Utf8JsonReader r) => r.GetString()!) ?? [];

    /// <summary>An array of whole numbers, or null for a JSON null.</summary>
    public static int[]? ReadInts(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        Expect(ref r, JsonTokenType.StartArray);
        var list = new List<int>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray) list.Add(r.GetInt32());
        return list.ToArray();
    }

    /// <summary>An enum written by its member's name.</summary>
    public static T Name<T>(ref Utf8JsonReader r) where T : struct, Enum => (T)Enum.Parse(typeof(T), r.GetString()!);

    /// <summary>A property holding an array, each item written by <paramref name="write"/>.</summary>
    public static void WriteList<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items) write(w, item);
        w.WriteEndArray();
    }

    /// <summary>A property holding a number, or null.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    /// <summary>An array of strings, as a property or (without a name) as a value.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null) w.WriteStartArray();
        else w.WriteStartArray(name);
        foreach (var s in values) w.WriteStringValue(s);
        w.WriteEndArray();
    }
}
