using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Tessera.Output;

/// <summary>Writes records of JSON Lines to a text writer, one object and its "\n" per record, through buffers kept from one
/// record to the next.</summary>
/// <remarks>`read` writes a line per claim: a new JSON writer, stream, byte array and two strings for each line were more than
/// half of what reading allocated. Each record still reaches the writer in one write, line end included, so records written
/// from several threads to one synchronised writer never interleave. The escaping is <see cref="Json"/>'s.</remarks>
public sealed class JsonLines(TextWriter output) : IDisposable
{
    private readonly ArrayBufferWriter<byte> bytes = new(1024);
    private Utf8JsonWriter? writer;
    private char[] decoded = new char[1024];
    private char[] escaped = [];

    /// <summary>One record: an object whose fields <paramref name="fields"/> writes from <paramref name="value"/>.</summary>
    public void Write<T>(T value, Action<Utf8JsonWriter, T> fields)
    {
        bytes.ResetWrittenCount();
        if (writer is null) writer = new Utf8JsonWriter(bytes, Json.Compact);
        else writer.Reset(bytes);
        writer.WriteStartObject();
        fields(writer, value);
        writer.WriteEndObject();
        writer.Flush();

        var utf8 = bytes.WrittenSpan;
        // UTF-8 never takes fewer bytes than UTF-16 chars, so the byte count bounds the decoded length: no pass to count them first.
        Grow(ref decoded, utf8.Length + 1);
        var length = Encoding.UTF8.GetChars(utf8, decoded);
        var json = decoded.AsSpan(0, length);
        var embeddable = Json.EmbeddableLength(json);
        if (embeddable == length)
        {
            decoded[length] = '\n';
            output.Write(decoded.AsSpan(0, length + 1));
            return;
        }
        Grow(ref escaped, embeddable + 1);
        var written = Json.WriteEmbeddable(json, escaped);
        escaped[written] = '\n';
        output.Write(escaped.AsSpan(0, written + 1));
    }

    private static void Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new char[Math.Max(length, 2 * buffer.Length)];
    }

    /// <inheritdoc/>
    public void Dispose() => writer?.Dispose();
}
