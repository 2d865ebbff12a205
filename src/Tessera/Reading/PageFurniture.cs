namespace Tessera.Reading;

/// <summary>The words of class names, ids and ARIA roles that mark an HTML element as page furniture, not the story
/// (reading/page-furniture.tsv, extended by a --lexicon folder).</summary>
public sealed class PageFurniture
{
    private const string File = "reading/page-furniture.tsv";
    private static readonly char[] Separators = [' ', '-', '_', '\t', '\n'];

    private readonly HashSet<string> _words;

    /// <summary>The words of the bundled file and the user's folders.</summary>
    public PageFurniture(LanguageData data)
    {
        _words = data.Rows(File).Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether an attribute's value names furniture: one of its words, split where the file says, is listed.</summary>
    public bool Marks(string attribute) =>
        attribute.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Any(_words.Contains);

    /// <summary>A listed word must be one word as <see cref="Marks"/> splits an attribute, or it could never match.</summary>
    internal static void CheckRow(DataRow row)
    {
        var word = row[0];
        if (word.IndexOfAny(Separators) >= 0 || word != word.ToLowerInvariant())
            throw new ProblemException(Messages.FurnitureWord(row.File, row.Line, word));
    }
}
