namespace Tessera.Output.Brief;

/// <summary>The renderer a brief's path asks for: Markdown for a path ending in .md, HTML for any other.</summary>
public static class BriefFormat
{
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static string Render(BriefDocument brief, string path) => IsMarkdown(path) ? MarkdownBrief.Render(brief) : HtmlBrief.Render(brief);
}
