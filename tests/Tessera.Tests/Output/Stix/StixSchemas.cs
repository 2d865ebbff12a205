using System.Text.Json;
using Json.Schema;

namespace Tessera.Tests.Output.Stix;

/// <summary>The official STIX 2.1 JSON schemas from ../shared/stix-2.1-schemas, each registered under its own $id so that
/// their $refs (raw.githubusercontent.com URLs) resolve without a network.</summary>
public sealed class StixSchemas
{
    public static string Folder => Path.Combine(Fixtures.Shared, "stix-2.1-schemas", "schemas");

    /// <summary>Why the schemas cannot be used here, or null when they can.</summary>
    public static string? Missing =>
        File.Exists(Path.Combine(Folder, "common", "bundle.json")) ? null : $"the STIX 2.1 schemas are not beside the repository ({Folder})";

    private readonly Dictionary<string, JsonSchema> _byFile;

    private StixSchemas(Dictionary<string, JsonSchema> byFile) => _byFile = byFile;

    public static StixSchemas Load() => _loaded.Value;
    private static readonly Lazy<StixSchemas> _loaded = new(Build);

    private static StixSchemas Build()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var pending = Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetRelativePath(Folder, f).Replace('\\', '/'), Root: JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .ToList();
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // References are resolved while a schema is built, so a schema waits until the ones it names are registered.
        while (pending.Count > 0)
        {
            var next = new List<(string, JsonElement)>();
            foreach (var (name, root) in pending)
            {
                try
                {
                    built[name] = JsonSchema.Build(root, options, new Uri(root.GetProperty("$id").GetString()!));
                }
                catch (RefResolutionException)
                {
                    next.Add((name, root));
                }
            }
            if (next.Count == pending.Count) throw new InvalidOperationException("unresolvable $ref in " + string.Join(", ", next.Select(n => n.Item1)));
            pending = next;
        }
        return new StixSchemas(built);
    }

    public IReadOnlyCollection<string> Files => _byFile.Keys;

    public JsonSchema ForFile(string name) => _byFile[name];

    /// <summary>The schema a STIX object of this type must satisfy (sdos/report.json, sros/relationship.json …), if there is one.</summary>
    public JsonSchema? ForType(string type) =>
        _byFile.GetValueOrDefault($"sdos/{type}.json") ?? _byFile.GetValueOrDefault($"sros/{type}.json") ?? _byFile.GetValueOrDefault($"common/{type}.json");

    public JsonSchema Bundle => _byFile["common/bundle.json"];

    /// <summary>The object types bundle.json names in its list of object schemas (identity, report, relationship …).</summary>
    public static IReadOnlySet<string> TypesTheBundleSchemaLists()
    {
        var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "common", "bundle.json"))).RootElement;
        return bundle.GetProperty("properties").GetProperty("objects").GetProperty("items").GetProperty("anyOf")[0].GetProperty("oneOf")
            .EnumerateArray().Select(s => Path.GetFileNameWithoutExtension(s.GetProperty("$ref").GetString()!)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Validates and, on failure, names every failing keyword and where, so a test says what is wrong.</summary>
    public static string? Errors(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        return string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Key} {e.Value}")));
    }
}
