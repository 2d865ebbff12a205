using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>Reads fields of case.yaml's nodes, naming the file and line of every mistake; both parts of case.yaml (the case and
/// its analysis) read through it. <paramref name="Fail"/> makes the problem for a misshapen field.</summary>
internal sealed record YamlFields(string Path, Func<string, long, string, Problem> Fail)
{
    public ProblemException Error(long line, string why) => new(Fail(Path, line, why));

    public static long Line(YamlNode node) => node.Start.Line;

    public static YamlNode? Child(YamlMappingNode m, string key) =>
        m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>Unknown keys are mistakes: a misspelt "grade" must not pass silently.</summary>
    public void CheckKeys(YamlMappingNode m, string[] allowed, string what)
    {
        foreach (var key in m.Children.Keys)
        {
            var k = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(k)) throw Error(Line(key), $"unknown {what} field '{k}' (expected one of: {string.Join(", ", allowed)})");
        }
    }

    /// <summary>A single value, or null when the key is absent or blank.</summary>
    public string? Scalar(YamlMappingNode m, string key)
    {
        var node = Child(m, key);
        if (node is null) return null;
        if (node is not YamlScalarNode s) throw Error(Line(node), $"'{key}' must be a single value");
        return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value;
    }

    public DateOnly? Date(YamlMappingNode m, string key)
    {
        var text = Scalar(m, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new ProblemException(Messages.BadDate(Path, Line(Child(m, key)!), text));
    }
}
