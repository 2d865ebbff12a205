namespace Tessera.Output.Brief;

/// <summary>The renderer a brief's path asks for: Markdown for a path ending in .md, HTML for any other.</summary>
public static class BriefFormat
{
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static string Render(BriefDocument brief, string path) => IsMarkdown(path) ? MarkdownBrief.Render(brief) : HtmlBrief.Render(brief);

    /// <summary>Writes the brief in the format its path asks for straight into the file, atomically (<see cref="OutputFile"/>).</summary>
    public static Problem? Write(BriefDocument brief, string path) =>
        OutputFile.Write(path, w => { if (IsMarkdown(path)) MarkdownBrief.Write(brief, w); else HtmlBrief.Write(brief, w); });
}
