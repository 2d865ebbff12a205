using System.Text;

namespace Tessera.Reading;

/// <summary>Finds, in a PDF's raw bytes, objects that are nothing but a reference to another ("6 0 obj 7 0 R endobj") and
/// follows them: a loop, or a chain too long for a real file, is named ("6 0 R -> 7 0 R -> 6 0 R").</summary>
/// <remarks>PdfPig 0.1.16 (the newest release the project's registry serves) follows such chains by recursion with no end, and
/// the stack overflow ends the process: nothing can catch it. It does so already while opening a file (a page tree whose
/// kids are such a chain), so the chains are found here, before PdfPig sees the file, by reading the bytes as PdfPig's own
/// brute-force search does: every "N G obj" in the file, and every object packed in a Flate-compressed object stream.</remarks>
internal static class PdfReferenceChains
{
    /// <summary>Real files hardly ever make one object a bare reference to another; a chain longer than this is hostile.</summary>
    public const int MaxChain = 32;

    public static string? FindLoop(byte[] pdf, long maxInflatedBytes)
    {
        var aliases = new Dictionary<(long, int), (long, int)>();
        foreach (var (from, to) in Plain(pdf)) aliases.TryAdd(from, to);
        foreach (var (from, to) in Packed(pdf, maxInflatedBytes)) aliases.TryAdd(from, to);

        var safe = new HashSet<(long, int)>();
        foreach (var start in aliases.Keys)
        {
            var chain = new List<(long, int)> { start };
            for (var r = start; !safe.Contains(r) && aliases.TryGetValue(r, out var next); r = next)
            {
                var seen = chain.IndexOf(next);
                chain.Add(next);
                if (seen >= 0) return string.Join(" -> ", chain.Skip(seen).Select(Label));
                if (chain.Count > MaxChain) return $"{Label(start)} -> … more than {MaxChain} references deep";
            }
            safe.UnionWith(chain);
        }
        return null;
    }

    private static string Label((long Number, int Generation) r) => $"{r.Number} {r.Generation} R";

    /// <summary>"N G obj M H R endobj" anywhere in the file.</summary>
    private static IEnumerable<((long, int) From, (long, int) To)> Plain(byte[] pdf)
    {
        for (var at = IndexOf(pdf, "obj"u8, 0); at >= 0; at = IndexOf(pdf, "obj"u8, at + 3))
        {
            if (at + 3 < pdf.Length && !IsDelimiter(pdf[at + 3])) continue;
            if (Header(pdf, at) is not { } from) continue;
            var p = at + 3;
            if (Reference(pdf, ref p) is { } to && Keyword(pdf, ref p, "endobj"u8)) yield return (from, to);
        }
    }

    /// <summary>The members of every object stream (/Type /ObjStm) that are bare references.</summary>
    private static IEnumerable<((long, int) From, (long, int) To)> Packed(byte[] pdf, long maxInflatedBytes)
    {
        var budget = maxInflatedBytes;
        for (var at = IndexOf(pdf, "/ObjStm"u8, 0); at >= 0; at = IndexOf(pdf, "/ObjStm"u8, at + 7))
        {
            var dictionaryStart = LastIndexOf(pdf, "obj"u8, at);
            var streamAt = IndexOf(pdf, "stream"u8, at);
            if (dictionaryStart < 0 || streamAt < 0) continue;
            var dictionary = Encoding.Latin1.GetString(pdf, dictionaryStart, streamAt - dictionaryStart);
            // Object streams are Flate-compressed in practice; one with other filters is left to PdfPig.
            if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || OtherFilters.Any(f => dictionary.Contains(f, StringComparison.Ordinal))) continue;
            if (Number(dictionary, "/N") is not { } n || Number(dictionary, "/First") is not { } first) continue;
            var dataStart = streamAt + 6;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r') dataStart++;
            if (dataStart < pdf.Length && pdf[dataStart] == '\n') dataStart++;
            var dataEnd = IndexOf(pdf, "endstream"u8, dataStart);
            if (dataEnd < 0) continue;
            using var inflated = new MemoryStream();
            budget -= PdfText.Inflate(pdf.AsMemory(dataStart, dataEnd - dataStart), budget, inflated);
            foreach (var pair in Members(inflated.ToArray(), (int)Math.Min(n, int.MaxValue), first)) yield return pair;
            if (budget <= 0) yield break;
        }
    }

    private static IEnumerable<((long, int), (long, int))> Members(byte[] data, int count, long first)
    {
        var p = 0;
        var members = new List<(long Number, long Offset)>();
        for (var i = 0; i < count; i++)
        {
            if (Integer(data, ref p) is not { } number || Integer(data, ref p) is not { } offset) break;
            members.Add((number, offset));
        }
        var starts = members.Select(m => first + m.Offset).Append(data.Length).Order().ToList();
        foreach (var (number, offset) in members)
        {
            var q = first + offset;
            if (q < 0 || q >= data.Length) continue;
            var at = (int)q;
            // A member is a bare reference when the reference is all there is before the next member begins.
            if (Reference(data, ref at) is { } to && SkipSpace(data, at) >= starts.First(s => s > q)) yield return ((number, 0), to);
        }
    }

    /// <summary>"N G" right before "obj" at <paramref name="at"/>, read backwards.</summary>
    private static (long, int)? Header(byte[] pdf, int at)
    {
        var p = at - 1;
        while (p >= 0 && IsSpace(pdf[p])) p--;
        var genEnd = p + 1;
        while (p >= 0 && char.IsAsciiDigit((char)pdf[p])) p--;
        if (p + 1 == genEnd || p < 0 || !IsSpace(pdf[p])) return null;
        var generation = Parse(pdf, p + 1, genEnd);
        while (p >= 0 && IsSpace(pdf[p])) p--;
        var numberEnd = p + 1;
        while (p >= 0 && char.IsAsciiDigit((char)pdf[p])) p--;
        if (p + 1 == numberEnd) return null;
        return generation is { } g && g <= int.MaxValue && Parse(pdf, p + 1, numberEnd) is { } number ? (number, (int)g) : null;
    }

    /// <summary>"M H R" at <paramref name="p"/> (after spaces and comments), moving past it.</summary>
    private static (long, int)? Reference(byte[] data, ref int p)
    {
        var q = p;
        if (Integer(data, ref q) is not { } number || Integer(data, ref q) is not { } generation || generation > int.MaxValue) return null;
        q = SkipSpace(data, q);
        if (q >= data.Length || data[q] != 'R' || (q + 1 < data.Length && !IsDelimiter(data[q + 1]))) return null;
        p = q + 1;
        return (number, (int)generation);
    }

    private static bool Keyword(byte[] data, ref int p, ReadOnlySpan<byte> keyword)
    {
        var q = SkipSpace(data, p);
        if (!data.AsSpan(q).StartsWith(keyword)) return false;
        p = q + keyword.Length;
        return true;
    }

    private static long? Integer(byte[] data, ref int p)
    {
        var q = SkipSpace(data, p);
        var start = q;
        while (q < data.Length && char.IsAsciiDigit((char)data[q])) q++;
        if (q == start || (q < data.Length && !IsDelimiter(data[q]))) return null;
        p = q;
        return Parse(data, start, q);
    }

    private static long? Parse(byte[] data, int start, int end) =>
        end - start is > 0 and <= 18 ? long.Parse(Encoding.ASCII.GetString(data, start, end - start), System.Globalization.CultureInfo.InvariantCulture) : null;

    private static long? Number(string dictionary, string key)
    {
        var at = dictionary.IndexOf(key + " ", StringComparison.Ordinal);
        if (at < 0) return null;
        var digits = new string(dictionary[(at + key.Length + 1)..].TrimStart().TakeWhile(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, out var n) ? n : null;
    }

    private static readonly string[] OtherFilters = ["/ASCIIHexDecode", "/ASCII85Decode", "/LZWDecode", "/RunLengthDecode", "/Crypt"];

    private static int SkipSpace(byte[] data, int p)
    {
        while (p < data.Length)
        {
            if (IsSpace(data[p])) p++;
            else if (data[p] == '%') { while (p < data.Length && data[p] is not ((byte)'\r' or (byte)'\n')) p++; }
            else break;
        }
        return p;
    }

    /// <summary>PDF white space (PDF 32000-1, 7.2.2).</summary>
    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => IsSpace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> what, int from)
    {
        if (from >= data.Length) return -1;
        var i = data.AsSpan(from).IndexOf(what);
        return i < 0 ? -1 : from + i;
    }

    private static int LastIndexOf(byte[] data, ReadOnlySpan<byte> what, int before) => data.AsSpan(0, before).LastIndexOf(what);
}
