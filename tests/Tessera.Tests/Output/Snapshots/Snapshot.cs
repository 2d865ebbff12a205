using System.Text;

namespace Tessera.Tests.Output.Snapshots;

/// <summary>Compares an output with its checked-in expected file; with UPDATE_SNAPSHOTS=1 the file is rewritten instead.</summary>
/// <remarks>Expected files live in the source tree (not the build output), so an update is a diff to review and commit.</remarks>
public static class Snapshot
{
    public static string Folder { get; } = Path.Combine(Fixtures.RepoRoot, "tests", "Tessera.Tests", "Output", "Snapshots");
    public static string ExpectedFolder { get; } = Path.Combine(Folder, "expected");
    public static string FixtureCase { get; } = Path.Combine(Folder, "fixture-case");

    /// <summary>The one switch: UPDATE_SNAPSHOTS=1 dotnet test.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Fails with the first differing line unless <paramref name="actual"/> is exactly the expected file's text.</summary>
    public static void Match(string name, string actual) => MatchFile(Path.Combine(ExpectedFolder, name), actual);

    /// <summary><see cref="Match"/> for an expected file kept outside the fixture case's folder (the example case's views).</summary>
    public static void MatchFile(string path, string actual)
    {
        if (Updating)
        {
            if (!File.Exists(path) || File.ReadAllText(path, Utf8) != actual) File.WriteAllText(path, actual, Utf8);
            return;
        }
        if (!File.Exists(path)) Assert.Fail($"no snapshot {path}; run UPDATE_SNAPSHOTS=1 dotnet test to write it, then review and commit it");
        if (Difference(File.ReadAllText(path, Utf8), actual) is { } diff)
            Assert.Fail($"the output differs from the snapshot {path}\n{diff}\nIf the change is intended, run UPDATE_SNAPSHOTS=1 dotnet test and review the diff.");
    }

    /// <summary>An output that is usually empty (what a command prints on stderr): an empty one must have no file, any other matches its file.</summary>
    public static void MatchOrAbsent(string name, string actual)
    {
        var path = Path.Combine(ExpectedFolder, name);
        if (actual.Length > 0) { Match(name, actual); return; }
        if (Updating) File.Delete(path);
        else Assert.False(File.Exists(path), $"the snapshot {path} expects output, but there was none");
    }

    /// <summary>Null when the texts are equal; else the first line that differs, expected beside actual, control characters shown.</summary>
    public static string? Difference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && string.Equals(e[line], a[line], StringComparison.Ordinal)) line++;
        return $"first difference at line {line + 1} (expected {e.Length} lines, got {a.Length}):\n" +
               $"  expected: {Show(e, line)}\n" +
               $"  actual:   {Show(a, line)}";
    }

    private static string Show(string[] lines, int i)
    {
        if (i >= lines.Length) return "(end of text)";
        var sb = new StringBuilder();
        foreach (var ch in lines[i]) sb.Append(char.IsControl(ch) && ch != '\t' ? $"\\u{(int)ch:x4}" : ch.ToString());
        return sb.ToString();
    }
}
