using System.Reflection;

namespace Tessera.Bench.Corpus;

/// <summary>The generator's word lists and templates: named sections of lines, read from the text files embedded in the bench.</summary>
internal sealed class WordBook
{
    private readonly Dictionary<string, string[]> _sections = new(StringComparer.Ordinal);

    private WordBook() { }

    public static WordBook Bundled { get; } = Load("vocabulary.txt", "templates.txt");

    private static WordBook Load(params string[] names)
    {
        var book = new WordBook();
        foreach (var name in names) book.Parse(name, ReadResource(name));
        return book;
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tessera.Bench.Corpus." + name)
            ?? throw new InvalidOperationException($"embedded word list {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>"[name]" opens a section; blank lines and lines starting with # are skipped; a section may not be opened twice.</summary>
    private void Parse(string file, string text)
    {
        string? current = null;
        var lines = new List<string>();
        var lineNo = 0;
        void Close()
        {
            if (current is null) return;
            if (lines.Count == 0) throw new InvalidDataException($"{file}: section [{current}] is empty");
            if (!_sections.TryAdd(current, [.. lines])) throw new InvalidDataException($"{file}: section [{current}] appears twice");
            lines.Clear();
        }
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Close();
                current = line[1..^1];
                continue;
            }
            if (current is null) throw new InvalidDataException($"{file}, line {lineNo}: an entry before any [section]");
            lines.Add(line);
        }
        Close();
    }

    public bool Has(string section) => _sections.ContainsKey(section);

    public IReadOnlyList<string> this[string section] =>
        _sections.TryGetValue(section, out var lines) ? lines : throw new KeyNotFoundException($"no word list [{section}]");
}
