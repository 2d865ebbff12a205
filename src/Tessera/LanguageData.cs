using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tessera;

/// <summary>One row of a language-resource file: its cells and where it came from, with the checks that name both when a cell is wrong.</summary>
public sealed record DataRow(string File, int Line, string[] Cells)
{
    public string this[int i] => i < Cells.Length ? Cells[i] : "";

    /// <summary>How many columns the row fills: trailing empty cells (a tab left at the end) do not count.</summary>
    public int Count
    {
        get
        {
            var n = Cells.Length;
            while (n > 0 && Cells[n - 1].Length == 0) n--;
            return n;
        }
    }

    /// <summary>The cell, which must not be empty.</summary>
    public string Required(int column, string what) =>
        this[column].Length > 0 ? this[column] : throw new ProblemException(Messages.EmptyCell(File, Line, column + 1, what));

    /// <summary>The cell of a closed column: one of the allowed values, or the problem naming the file, the line and what was expected.</summary>
    /// <param name="listedIn">The file that lists the allowed values, named instead of them when they are many.</param>
    public string OneOf(int column, string what, IReadOnlyCollection<string> allowed, string? listedIn = null) =>
        IsOneOf(Required(column, what), what, allowed, listedIn);

    /// <summary>A part of a cell (the unit of "-1 day") that must be one of the allowed values.</summary>
    public string IsOneOf(string value, string what, IReadOnlyCollection<string> allowed, string? listedIn = null)
    {
        if (allowed.Contains(value)) return value;
        var expected = allowed.Count <= 20 || listedIn is null ? "one of: " + string.Join(", ", allowed) : $"one of the {allowed.Count} listed in {listedIn}";
        throw new ProblemException(Messages.UnknownValue(File, Line, what, value, expected));
    }

    /// <summary>The cell as a number within [min, max].</summary>
    public double Number(int column, string what, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        var text = Required(column, what);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= min && v <= max) return v;
        throw new ProblemException(Messages.BadLexicon(File, Line, $"'{text}' is not {Range(what, min, max)}"));
    }

    /// <summary>The cell as a whole number within [min, max]; a leading + is allowed ("+1 day").</summary>
    public int Integer(int column, string what, int min = int.MinValue, int max = int.MaxValue) => Integer(Required(column, what), what, min, max);

    /// <summary>A part of a cell (the count of "-1 day") as a whole number within [min, max].</summary>
    public int Integer(string text, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        throw new ProblemException(Messages.BadLexicon(File, Line, $"'{text}' is not {Range("whole " + what, min, max)}"));
    }

    private static string Range(string what, double min, double max) =>
        double.IsInfinity(min) || min <= int.MinValue
            ? double.IsInfinity(max) || max >= int.MaxValue ? $"a {what} (a number)" : $"a {what} of at most {max.ToString(CultureInfo.InvariantCulture)}"
            : double.IsInfinity(max) || max >= int.MaxValue ? $"a {what} of at least {min.ToString(CultureInfo.InvariantCulture)}"
            : $"a {what} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Reads the tab-separated language resources that ship inside the library, each extended or replaced by the files of the
/// same name in a user's folders, every row checked against its file's format (<see cref="ResourceFormats"/>).</summary>
/// <remarks>
/// A file in a user's folder with the same name as a bundled one adds its rows to it; if its first data line is <c>!replace</c>,
/// it replaces the rows before it instead. Folders apply in order, so a later folder extends or replaces what the earlier ones
/// made. Lines starting with # are comments (the header says what, source, date). A .tsv file with no bundled namesake is refused:
/// a misspelt name would otherwise be ignored without a word. Each file is read and checked once, on first use.
/// </remarks>
public sealed class LanguageData
{
    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<DataRow>>> _rows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlySet<string>>> _keys = new(StringComparer.Ordinal);

    /// <summary>The bundled resources, extended by each folder in turn.</summary>
    public LanguageData(params IEnumerable<string> folders)
    {
        _folders = folders.ToList();
        var known = BundledNames.Select(n => Path.GetFileName(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in _folders)
        {
            if (!Directory.Exists(folder)) throw new ProblemException(Messages.MissingPath(folder));
            foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
                if (!known.Contains(Path.GetFileName(file)))
                    throw new ProblemException(Messages.NotAResource(file, known.Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>Feeds a hash every row of every resource, bundled and user's, one line each (cells joined by tabs): what
    /// extraction and analysis read from the data.</summary>
    /// <remarks>Row by row, not as one string: the listing is a third of a megabyte, and building it (and its bytes) twice per
    /// assessment put megabytes on the large-object heap that stayed committed for the rest of the run.</remarks>
    internal void AppendRows(IncrementalHash hash)
    {
        var buffer = new byte[1024];
        foreach (var name in BundledNames)
            foreach (var row in Rows(name))
            {
                var line = string.Join('\t', row.Cells) + "\n";
                var max = Encoding.UTF8.GetMaxByteCount(line.Length);
                if (max > buffer.Length) buffer = new byte[max];
                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(line, buffer));
            }
    }

    /// <summary>A hash of every row (<see cref="AppendRows"/>): equal hashes, equal resources (a --lexicon folder's rows included).</summary>
    public string Hash
    {
        get
        {
            if (_hash is null)
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                AppendRows(hash);
                _hash = Convert.ToHexString(hash.GetHashAndReset());
            }
            return _hash;
        }
    }

    private string? _hash;

    /// <summary>Names (like "lexicon/hedges.tsv") of every bundled resource.</summary>
    public static IEnumerable<string> BundledNames =>
        typeof(LanguageData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Tessera.Resources.", StringComparison.Ordinal))
            .Select(n => n["Tessera.Resources.".Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The rows of one resource, bundled and user's together, each checked against the file's format.</summary>
    public IReadOnlyList<DataRow> Rows(string name) =>
        _rows.GetOrAdd(name, n => new Lazy<IReadOnlyList<DataRow>>(() => Load(n))).Value;

    /// <summary>The resources read so far, for a test that every reader together reads every file.</summary>
    internal IEnumerable<string> Read => _rows.Keys;

    /// <summary>The first cells of a resource's rows: the names other files may refer to (a band, a CAMEO code).</summary>
    public IReadOnlySet<string> Keys(string name) =>
        _keys.GetOrAdd(name, n => new Lazy<IReadOnlySet<string>>(() => Rows(n).Select(r => r[0]).ToHashSet(StringComparer.Ordinal))).Value;

    private List<DataRow> Load(string name)
    {
        var format = ResourceFormats.Of(name);
        var rows = Parse(name, ReadBundled(name), out _);
        foreach (var folder in _folders)
        {
            var user = Path.Combine(folder, Path.GetFileName(name));
            if (!File.Exists(user)) continue;
            var userRows = Parse(user, File.ReadAllText(user), out var replace);
            rows = replace ? userRows : [.. rows, .. userRows];
        }
        foreach (var row in rows) format.Check(row, this);
        return rows;
    }

    private static string ReadBundled(string name)
    {
        var resource = "Tessera.Resources." + name;
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"bundled resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<DataRow> Parse(string file, string text, out bool replace)
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
            rows.Add(new DataRow(file, lineNo, line.Split('\t').Select(c => c.Trim()).ToArray()));
        }
        return rows;
    }
}
