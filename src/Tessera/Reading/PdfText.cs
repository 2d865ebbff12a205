using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Tessera.Reading;

/// <summary>Reads a PDF's text page by page with PdfPig, within the bounds on pages, decompressed bytes, text and time.</summary>
/// <remarks>PdfPig 0.1.16, the newest release the project's registry serves, overflows the stack (ending the process) on objects
/// that are nothing but references to each other in a loop; the fix came upstream later. Such chains are looked for first.</remarks>
internal static class PdfText
{
    /// <summary>Real files hardly ever make one object a bare reference to another; a chain longer than this is hostile.</summary>
    private const int MaxReferenceChain = 32;

    public static Result<Document> Read(string path, string id, byte[] bytes, SourceInfo info, ReadingLimits limits)
    {
        if (bytes.Length < 5 || Encoding.ASCII.GetString(bytes, 0, 5) != "%PDF-") return Messages.MalformedPdf(path, "no %PDF- header");
        var budget = new InflateBudget(limits.MaxPdfDecodedBytes);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = new BoundedFilters(budget) });
            if (ReferenceLoop(pdf) is { } loop) return Messages.PdfReferenceLoop(path, loop);
            var pages = pdf.NumberOfPages;
            if (pages > limits.MaxPdfPages) return Messages.PdfTooManyPages(path, pages, limits.MaxPdfPages);
            var clock = Stopwatch.StartNew();
            var sb = new StringBuilder();
            for (var n = 1; n <= pages; n++)
            {
                if (clock.Elapsed > limits.MaxParseTime) return Messages.ParseTooSlow(path, limits.MaxParseTime);
                var page = ContentOrderTextExtractor.GetText(pdf.GetPage(n)).Trim();
                if (budget.Exceeded) break;
                if (sb.Length > 0) sb.Append("\n\n");
                sb.Append(page);
                if (sb.Length > limits.MaxTextChars) return Messages.TextTooLong(path, limits.MaxTextChars);
            }
            // PdfPig swallows some errors out of a filter (a damaged page reads as empty), so the budget is asked, not only caught.
            if (budget.Exceeded) return Messages.PdfInflatesTooMuch(path, limits.MaxPdfDecodedBytes);
            var text = sb.ToString();
            if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
            var infoTitle = pdf.Information.Title;
            DateOnly? created = pdf.Information.GetCreatedDateTimeOffset() is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null;
            return new Document(id, path, DocumentFormat.Pdf, text,
                info.Title ?? (string.IsNullOrWhiteSpace(infoTitle) ? DocumentReader.FirstLineTitle(text) : infoTitle.Trim()),
                info.Publisher ?? pdf.Information.Author ?? "", info.Published ?? created, info.Grade ?? SourceGrade.Unknown);
        }
        catch (Exception) when (budget.Exceeded)
        {
            return Messages.PdfInflatesTooMuch(path, limits.MaxPdfDecodedBytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Messages.MalformedPdf(path, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>A chain of objects that are each only a reference to the next and lead round in a loop or on too far, as
    /// "6 0 R -> 7 0 R -> 6 0 R"; null when there is none. Every reference in the file is followed, not just the listed objects,
    /// since PdfPig finds unlisted objects by searching the file.</summary>
    private static string? ReferenceLoop(PdfDocument pdf)
    {
        var structure = pdf.Structure;
        var aliases = new Dictionary<IndirectReference, IndirectReference?>();
        IndirectReference? AliasOf(IndirectReference r)
        {
            if (aliases.TryGetValue(r, out var known)) return known;
            IndirectReference? target = null;
            try
            {
                if (structure.GetObject(r)?.Data is IndirectReferenceToken t) target = t.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A missing or damaged object ends a chain; PdfPig decides later what it makes of it.
            }
            return aliases[r] = target;
        }

        var safe = new HashSet<IndirectReference>();
        foreach (var start in References(structure))
        {
            var chain = new List<IndirectReference> { start };
            for (var r = start; !safe.Contains(r) && AliasOf(r) is { } next; r = next)
            {
                var seen = chain.IndexOf(next);
                chain.Add(next);
                if (seen >= 0) return string.Join(" -> ", chain.Skip(seen).Select(Label));
                if (chain.Count > MaxReferenceChain) return $"{Label(start)} -> … more than {MaxReferenceChain} references deep";
            }
            safe.UnionWith(chain);
        }
        return null;
    }

    private static string Label(IndirectReference r) => $"{r.ObjectNumber} {r.Generation} R";

    /// <summary>The listed objects and every reference inside them or the trailer, walked with a stack rather than recursion.</summary>
    private static IEnumerable<IndirectReference> References(Structure structure)
    {
        var listed = structure.CrossReferenceTable.ObjectOffsets.Keys.ToList();
        var found = new HashSet<IndirectReference>(listed);
        var pending = new Stack<IToken>();
        pending.Push(new IndirectReferenceToken(structure.Trailer.Root));
        foreach (var r in listed)
        {
            try
            {
                if (structure.GetObject(r)?.Data is { } data) pending.Push(data);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Damaged objects are PdfPig's to judge.
            }
        }
        while (pending.TryPop(out var token))
        {
            switch (token)
            {
                case IndirectReferenceToken reference:
                    found.Add(reference.Data);
                    break;
                case ArrayToken array:
                    foreach (var t in array.Data) pending.Push(t);
                    break;
                case DictionaryToken dictionary:
                    foreach (var t in dictionary.Data.Values) pending.Push(t);
                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
            }
        }
        return found;
    }

    /// <summary>What one PDF's streams may still inflate to; the first filter that would pass it stops the reading.</summary>
    private sealed class InflateBudget(long limit)
    {
        public long Remaining { get; private set; } = limit;
        public bool Exceeded { get; private set; }

        /// <summary>Refuses what could go past the budget, before it is decoded.</summary>
        public void Check(long bytes)
        {
            if (bytes <= Remaining && !Exceeded) return;
            Exceeded = true;
            throw new InvalidDataException("the decompressed data is over its bound");
        }

        public void Charge(long bytes)
        {
            Check(bytes);
            Remaining -= bytes;
        }
    }

    /// <summary>PdfPig's own filters, each held to the budget.</summary>
    private sealed class BoundedFilters(InflateBudget budget) : IFilterProvider
    {
        private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));
        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));
        public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

        private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BoundedFilter(f, budget)).ToList();
    }

    /// <summary>A filter that may not decode past the budget. Flate is measured before PdfPig inflates it (PdfPig would build the
    /// whole result in memory first); LZW and run-length are held to their worst-case expansion; the rest are charged after.</summary>
    private sealed class BoundedFilter(IFilter inner, InflateBudget budget) : IFilter
    {
        /// <summary>A 12-bit LZW code stands for at most 4,096 bytes; a run-length pair for at most 128 (PDF 32000-1, 7.4.4-7.4.5).</summary>
        private const long LzwExpansion = 4096 * 8 / 9 + 1, RunLengthExpansion = 64;

        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            switch (inner)
            {
                case FlateFilter:
                    budget.Check(InflatedLength(input, budget.Remaining + 1));
                    break;
                case LzwFilter:
                    budget.Check(input.Length * LzwExpansion);
                    break;
                case RunLengthFilter:
                    budget.Check(input.Length * RunLengthExpansion);
                    break;
            }
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Charge(decoded.Length);
            return decoded;
        }

        /// <summary>How far a Flate stream inflates, counted up to <paramref name="cap"/> through a small buffer; read as PdfPig
        /// reads it (the zlib header skipped, damage ending the count), so that it measures what PdfPig would build.</summary>
        private static long InflatedLength(Memory<byte> input, long cap)
        {
            if (input.Length < 2) return 0;
            var compressed = MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            long total = 0;
            try
            {
                int read;
                while (total < cap && (read = deflate.Read(buffer, 0, buffer.Length)) > 0) total += read;
            }
            catch (InvalidDataException)
            {
                // Damaged from here on: PdfPig keeps what came before, and so does the count.
            }
            return total;
        }
    }
}
