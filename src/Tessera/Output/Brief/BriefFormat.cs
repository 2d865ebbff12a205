namespace Tessera.Output.Brief;

/// <summary>The renderer a brief's path asks for: Markdown for a path ending in .md, HTML for any other.</summary>
public static class BriefFormat
{
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static string Render(BriefDocument brief, string path) => IsMarkdown(path) ? MarkdownBrief.Render(brief) : HtmlBrief.Render(brief);

    /// <summary>Writes the brief in the format its path asks for straight into the file, atomically (<see cref="OutputFile"/>).</summary>
    public static Problem? Write(BriefDocument brief, string path) => OutputFile.Write(path, Renderer(brief, path));

    /// <summary>Writes the brief in the format <paramref name="format"/> names (a file name such as brief.md) to
    /// <paramref name="path"/> as it is rendered, hashed on the way, leaving the file alone when it already holds those bytes.</summary>
    public static Result<WrittenOutput> WriteIfChanged(BriefDocument brief, string path, string format) =>
        OutputFile.WriteIfChanged(path, Renderer(brief, format));

    private static Action<TextWriter> Renderer(BriefDocument brief, string format) =>
        w => { if (IsMarkdown(format)) MarkdownBrief.Write(brief, w); else HtmlBrief.Write(brief, w); };
}
