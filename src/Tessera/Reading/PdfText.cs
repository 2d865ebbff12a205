using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Tessera.Reading;

/// <summary>Reads a PDF's text page by page with PdfPig, within the bounds on pages, decompressed bytes, text and time.</summary>
/// <remarks>PdfPig 0.1.16, the newest release the project's registry serves, overflows the stack (ending the process) on objects
/// that are nothing but references to each other in a loop; the fix came upstream later. <see cref="PdfReferenceChains"/>
/// looks for such loops first.</remarks>
internal static class PdfText
{
    public static Result<Document> Read(string path, string id, byte[] bytes, SourceInfo info, ReadingLimits limits)
    {
        if (bytes.Length < 5 || Encoding.ASCII.GetString(bytes, 0, 5) != "%PDF-") return Messages.MalformedPdf(path, "no %PDF- header");
        // Before PdfPig opens the file: it follows such loops already while opening.
        if (PdfReferenceChains.FindLoop(bytes, limits.MaxPdfDecodedBytes) is { } loop) return Messages.PdfReferenceLoop(path, loop);
        var budget = new InflateBudget(limits.MaxPdfDecodedBytes);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = new BoundedFilters(budget) });
            var pages = pdf.NumberOfPages;
            if (pages > limits.MaxPdfPages) return Messages.PdfTooManyPages(path, pages, limits.MaxPdfPages);
            var clock = Stopwatch.StartNew();
            var texts = new List<string>(pages);
            long total = 0;
            for (var n = 1; n <= pages; n++)
            {
                if (clock.Elapsed > limits.MaxParseTime) return Messages.ParseTooSlow(path, limits.MaxParseTime);
                var page = PdfLayout.PageText(pdf.GetPage(n));
                if (budget.Exceeded) break;
                texts.Add(page);
                total += page.Length + 2;
                if (total > limits.MaxTextChars) return Messages.TextTooLong(path, limits.MaxTextChars);
            }
            // PdfPig swallows some errors out of a filter (a damaged page reads as empty), so the budget is asked, not only caught.
            if (budget.Exceeded) return Messages.PdfInflatesTooMuch(path, limits.MaxPdfDecodedBytes);
            var text = PdfLayout.Join(texts);
            if (string.IsNullOrWhiteSpace(text)) return Messages.NoText(path);
            var infoTitle = pdf.Information.Title;
            DateOnly? created = pdf.Information.GetCreatedDateTimeOffset() is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null;
            return new Document(id, path, DocumentFormat.Pdf, text,
                info.Title ?? (string.IsNullOrWhiteSpace(infoTitle) ? DocumentReader.FirstLineTitle(text) : infoTitle.Trim()),
                info.Publisher ?? pdf.Information.Author ?? "", info.Published ?? created, info.Grade ?? SourceGrade.Unknown)
            {
                Author = pdf.Information.Author ?? "",
                PublishedFrom = info.Published is null && created is not null ? PublishedFrom.FileProperties : PublishedFrom.None,
            };
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

    /// <summary>Inflates a Flate stream as PdfPig does (the zlib header skipped, damage ending it: what came before is kept),
    /// through a small buffer, up to <paramref name="cap"/> bytes, into <paramref name="into"/> or only counting them.</summary>
    internal static long Inflate(ReadOnlyMemory<byte> stream, long cap, Stream? into = null)
    {
        if (stream.Length < 2 || cap <= 0) return 0;
        var compressed = MemoryMarshal.TryGetArray(stream[2..], out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(stream[2..].ToArray(), writable: false);
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while (total < cap && (read = deflate.Read(buffer, 0, (int)Math.Min(buffer.Length, cap - total))) > 0)
            {
                into?.Write(buffer, 0, read);
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on.
        }
        return total;
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
                    budget.Check(Inflate(input, budget.Remaining + 1));
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

    }
}
