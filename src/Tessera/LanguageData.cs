using System.Reflection;

namespace Tessera;

/// <summary>One row of a language-resource file: its cells and where it came from, for error messages.</summary>
public sealed record DataRow(string File, int Line, string[] Cells)
{
    public string this[int i] => i < Cells.Length ? Cells[i] : "";
}

/// <summary>Loads the tab-separated language resources that ship inside the library, extended or replaced by a user's folder.</summary>
/// <remarks>
/// A file in the user's folder with the same name as a bundled one adds its rows to it; if its first data line is
/// <c>!replace</c>, it replaces the bundled rows instead. Lines starting with # are comments (the header says what, source, date).
/// </remarks>
public sealed class LanguageData
{
    private readonly string? _folder;

    public LanguageData(string? folder = null)
    {
        if (folder is not null && !Directory.Exists(folder)) throw new ProblemException(Messages.MissingPath(folder));
        _folder = folder;
    }

    /// <summary>The bundled resources only: what tests and a plain run use.</summary>
    public static LanguageData Bundled { get; } = new();

    /// <summary>Names (like "lexicon/hedges.tsv") of every bundled resource.</summary>
    public static IEnumerable<string> BundledNames =>
        typeof(LanguageData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Tessera.Resources.", StringComparison.Ordinal))
            .Select(n => n["Tessera.Resources.".Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public IReadOnlyList<DataRow> Rows(string name, int minCells = 1)
    {
        var rows = new List<DataRow>();
        var replace = false;
        if (_folder is not null)
        {
            var user = Path.Combine(_folder, Path.GetFileName(name));
            if (File.Exists(user))
            {
                var userRows = Parse(user, File.ReadAllText(user), minCells, out replace);
                if (!replace) rows.AddRange(Parse(name, ReadBundled(name), minCells, out _));
                rows.AddRange(userRows);
                return rows;
            }
        }
        rows.AddRange(Parse(name, ReadBundled(name), minCells, out _));
        return rows;
    }

    private static string ReadBundled(string name)
    {
        var resource = "Tessera.Resources." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"bundled resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<DataRow> Parse(string file, string text, int minCells, out bool replace)
    {
        replace = false;
        var rows = new List<DataRow>();
        var lineNo = 0;
        var first = true;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (first && line.Trim() == "!replace") { replace = true; first = false; continue; }
            first = false;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length < minCells || cells[0].Length == 0)
                throw new ProblemException(Messages.BadLexicon(file, lineNo, $"expected at least {minCells} tab-separated columns"));
            rows.Add(new DataRow(file, lineNo, cells));
        }
        return rows;
    }
}
