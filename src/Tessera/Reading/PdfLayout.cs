using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Tessera.Reading;

/// <summary>A PDF's pages as a reader reads them: the blocks of a page in reading order (a column read down before the next),
/// lines that repeat at the top or foot of most pages (running headers, footers, page numbers) dropped, and words broken
/// by a hyphen at a line's end made whole.</summary>
internal static class PdfLayout
{
    /// <summary>A page's text, block by block in reading order: Docstrum finds the blocks, so the two columns of a page are two
    /// runs of blocks, not lines read straight across both; a page the layout cannot read is taken in content order.</summary>
    public static string PageText(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
        if (words.Count == 0) return ContentOrderTextExtractor.GetText(page).Trim();
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words)).ToList();
        if (blocks.Count == 0) return ContentOrderTextExtractor.GetText(page).Trim();
        return string.Join("\n\n", blocks.Select(b => string.Join("\n", b.TextLines.Select(l => l.Text.Trim()))));
    }

    /// <summary>Digits stand for any number, so "Page 3 of 12" on one page is "Page 7 of 12" on another.</summary>
    private static readonly Regex Digits = new(@"\d+", RegexOptions.CultureInvariant);

    /// <summary>The pages joined, with running lines dropped and hyphenated line ends joined.</summary>
    public static string Join(IReadOnlyList<string> pages)
    {
        var lines = pages.Select(p => p.Split('\n').ToList()).ToList();
        DropRunning(lines, top: true);
        DropRunning(lines, top: false);
        var sb = new StringBuilder();
        foreach (var page in lines)
        {
            var text = Dehyphenate(string.Join("\n", page)).Trim();
            if (text.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>The first (or last) line of each page, if on at least half the pages (three or more) it reads the same, digits
    /// aside; a last line that is only a page number goes too.</summary>
    private static void DropRunning(List<List<string>> pages, bool top)
    {
        int Edge(List<string> p) => top ? p.FindIndex(l => l.Trim().Length > 0) : p.FindLastIndex(l => l.Trim().Length > 0);
        string Key(string line) => Digits.Replace(line.Trim(), "#");
        var keys = pages.Select(p => Edge(p) is var i and >= 0 ? Key(p[i]) : null).ToList();
        var counts = keys.OfType<string>().GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        for (var n = 0; n < pages.Count; n++)
        {
            if (keys[n] is not { } key) continue;
            var running = pages.Count >= 3 && counts[key] * 2 >= pages.Count;
            var pageNumber = pages.Count >= 2 && IsPageNumber(key);
            if (running || pageNumber) pages[n].RemoveAt(Edge(pages[n]));
        }
    }

    private static bool IsPageNumber(string key) =>
        key is "#" or "- # -" or "– # –" or "# / #" || key.StartsWith("Page #", StringComparison.OrdinalIgnoreCase) && key.Length <= 12;

    /// <summary>"negoti-\nations" is "negotiations": a hyphen closing a line between two lower-case letters breaks a word.</summary>
    internal static string Dehyphenate(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '-' or '\u00AD' && i > 0 && char.IsLower(text[i - 1]) && i + 1 < text.Length && text[i + 1] == '\n'
                && i + 2 < text.Length && char.IsLower(text[i + 2]))
            {
                i++;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
