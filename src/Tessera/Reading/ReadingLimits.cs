namespace Tessera.Reading;

/// <summary>The settings every reader keeps to: the bounds, so that a hostile or runaway file is refused in seconds instead of filling memory,
/// overflowing the stack or running for minutes; the defaults are far above any real brief, article or report.</summary>
/// <remarks>Passed explicitly (tests use small bounds); over a bound, the file is refused with a one-line problem that names
/// it and the bound. Nothing is truncated silently: a partial source would give a partial assessment that looks whole.</remarks>
public sealed record ReadingLimits
{
    // Read once from the embedded file and never changed: every ReadingLimits without a lexicon shares it. Declared before
    // Default, which needs it, since static fields start in the order they are written.
    private static readonly Lazy<PageFurniture> BundledFurniture = new(() => new PageFurniture(new LanguageData()));

    /// <summary>The defaults, for every command.</summary>
    public static ReadingLimits Default { get; } = new();

    /// <summary>Bytes of a file on disk (source or case.yaml); a crisis brief is kilobytes, a PDF with pictures megabytes.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Characters of readable text in one document, after HTML or PDF extraction: about 1.5 million words.</summary>
    public int MaxTextChars { get; init; } = 10_000_000;

    /// <summary>Characters a part of a streamed plain-text file (one over <see cref="MaxFileBytes"/>) grows to before it is cut
    /// at its last blank line; each part is extracted on its own, so this bounds the memory `read` needs for any file.</summary>
    public int PartChars { get; init; } = 1_000_000;

    /// <summary>Elements open at once while HTML is parsed; real pages nest a few dozen deep, and browsers stop at 512.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Elements the HTML parser may build for one page; a long article has a few thousand.</summary>
    public int MaxHtmlElements { get; init; } = 500_000;

    /// <summary>Time to parse one HTML page or extract one PDF's text: a backstop for work no other bound foresaw.</summary>
    public TimeSpan MaxParseTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bytes all compressed streams of one PDF may inflate to (a compression bomb inflates 1 MB to gigabytes).</summary>
    public long MaxPdfDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Pages of one PDF.</summary>
    public int MaxPdfPages { get; init; } = 2_000;

    /// <summary>Brackets, braces and block levels open at once in case.yaml; a case nests four or five deep.</summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>The words that mark an HTML element as page furniture: the bundled list unless a run's
    /// <see cref="LanguageResources.Reading"/> brings the user's --lexicon words.</summary>
    /// <remarks>Carried here because these settings already reach every reader, from every command and test, explicitly.</remarks>
    public PageFurniture Furniture { get; init; } = BundledFurniture.Value;

}
