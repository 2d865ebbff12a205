using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Tests;

/// <summary>Small inputs the tests build by hand, and the paths of the repository and the shared evaluation material.</summary>
public static class Fixtures
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tessera.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run the tests from inside the repository");
    }

    /// <summary>../shared beside the repository, as the project's machines lay it out; tests that need it skip when it is absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
    public static string SeedBrief => Path.Combine(Shared, "seed", "kazakhstan-crisis-january-2022.txt");
    public static string SeedGold => Path.Combine(Shared, "eval", "dev", "kazakhstan-brief.gold.jsonl");
    public static string SeedAliases => Path.Combine(Shared, "eval", "actors.tsv");
    public static string ExampleCase => Path.Combine(RepoRoot, "cases", "kazakhstan-2022");

    public static Document Text(string text, string id = "doc", DateOnly? published = null) =>
        new(id, id + ".txt", DocumentFormat.Text, text, id, "", published, SourceGrade.Unknown);

    /// <summary>The bundled language resources, built once for the whole test run: the tests only read them, and each reader is
    /// built on first use. A test of a user's folder makes its own <see cref="LanguageResources"/>.</summary>
    public static LanguageResources Bundled => _bundled.Value;
    private static readonly Lazy<LanguageResources> _bundled = new(() => new LanguageResources());

    public static IReadOnlyList<Claim> Claims(string text) => Bundled.Claims.Extract(Text(text));

    /// <summary>The unit of a one-sentence text (or the first claim of a longer one).</summary>
    public static Claim Claim(string text) => Claims(text).First(c => c.IsClaim);

    /// <summary>The actors a unit of the text names (the first unit unless told), each with its kind, in the order they stand.</summary>
    public static IReadOnlyList<(string, Tessera.Recognition.MentionKind)> Named(string text, int unit = 0) =>
        Claims(text)[unit].Mentions.Where(m => m.IsActor).Select(m => (m.Canonical, m.Kind)).ToList();

    /// <summary>The claim whose text starts with the given words.</summary>
    public static Claim ClaimStarting(string text, string start) => Claims(text).First(c => c.Text.StartsWith(start, StringComparison.Ordinal));

    public static TempFolder TempFolder() => new();

    /// <summary>A --lexicon folder holding the given files (name, content), and the resources read with it.</summary>
    public static LexiconFolder Lexicon(params (string Name, string Text)[] files) => new(files);
}

/// <summary>A user's --lexicon folder in a temp folder and the language resources built from it; its readers read the files on
/// first use, so use them before the folder is disposed.</summary>
public sealed class LexiconFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public LexiconFolder(IEnumerable<(string Name, string Text)> files)
    {
        foreach (var (name, text) in files) _folder.Write(name, text);
        Resources = new LanguageResources(_folder.Path);
    }

    public string Path => _folder.Path;
    public LanguageResources Resources { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Marks a test that proves a --lexicon file of the given bundled name ("lexicon/hedges.tsv") changes what Tessera does;
/// <see cref="ResourceTests"/> fails when a bundled file has no such test.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OverridesAttribute(string resource) : Attribute
{
    public string Resource { get; } = resource;
}

/// <summary>A folder under the system's temp folder, removed when the test is done.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tessera-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
