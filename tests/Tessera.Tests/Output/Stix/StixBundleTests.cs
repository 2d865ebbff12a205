using System.Text;
using System.Text.Json;
using Tessera.Case;
using Tessera.Output.Stix;

namespace Tessera.Tests.Output.Stix;

/// <summary>The bundle of the example case as a whole: the same bytes every time, plain UTF-8, valid ids, no dangling
/// reference, and dates from the sources. How each claim, actor and place maps is in StixMappingTests, on small cases.</summary>
public class StixBundleTests
{
    private static byte[] Export(AssessedCase assessed) => StixExport.Bundle(assessed, Fixtures.Bundled);

    private static JsonElement Bundle() => JsonDocument.Parse(Export(ExampleCase.Assessed)).RootElement;

    private static List<JsonElement> Objects() => Bundle().GetProperty("objects").EnumerateArray().ToList();

    [Fact]
    public void Exporting_the_case_twice_gives_the_same_bytes_even_from_a_fresh_store()
    {
        var first = Export(ExampleCase.Assessed);
        Assert.Equal(first, Export(ExampleCase.Assessed));
        using var dir = Fixtures.TempFolder();
        using var store = CaseStore.OpenSqlite(Path.Combine(dir.Path, "again.db")).Value!;
        var again = Assessment.Run(CaseYaml.Load(Fixtures.ExampleCase).Value!, store, Fixtures.Bundled).Value.Case;
        Assert.Equal(first, Export(again));
    }

    [Fact]
    public void The_bundle_is_plain_UTF8_JSON_with_LF_line_ends_and_no_path_of_this_machine()
    {
        var bytes = Export(ExampleCase.Assessed);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain(Fixtures.RepoRoot, text);
        Assert.Contains("sources/wire-chronology.txt", text);
    }

    [Fact]
    public void Every_id_is_a_valid_STIX_identifier_of_its_type_and_unique()
    {
        var ids = Objects().Select(o => (Type: o.GetProperty("type").GetString()!, Id: o.GetProperty("id").GetString()!)).ToList();
        Assert.All(ids, x => Assert.True(StixId.IsValid(x.Id) && x.Id.StartsWith(x.Type + "--", StringComparison.Ordinal), x.Id));
        Assert.Equal(ids.Count, ids.Select(x => x.Id).Distinct().Count());
        Assert.True(StixId.IsValid(Bundle().GetProperty("id").GetString()!));
    }

    [Fact]
    public void Every_reference_points_to_an_object_in_the_bundle()
    {
        var objects = Objects();
        var ids = objects.Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var refs = 0;
        foreach (var o in objects)
            foreach (var p in o.EnumerateObject())
            {
                var targets = p.Name.EndsWith("_ref", StringComparison.Ordinal) ? [p.Value.GetString()]
                    : p.Name.EndsWith("_refs", StringComparison.Ordinal) ? p.Value.EnumerateArray().Select(v => v.GetString()).ToList()
                    : new List<string?>();
                foreach (var t in targets)
                {
                    Assert.True(ids.Contains(t), $"{o.GetProperty("id")}.{p.Name} -> {t} is not in the bundle");
                    refs++;
                }
            }
        Assert.True(refs > 500, $"only {refs} references");
    }

    [Fact]
    public void Every_object_is_created_no_later_than_modified_from_dates_of_the_sources()
    {
        var sourceDates = ExampleCase.Assessed.Sources.Select(s => s.Published!.Value).Append(ExampleCase.Assessed.File.From!.Value)
            .Select(StixJson.Timestamp).ToHashSet();
        foreach (var o in Objects().Where(o => o.GetProperty("id").GetString() != StixMapping.TesseraIdentityId))
        {
            var created = o.GetProperty("created").GetString()!;
            var modified = o.GetProperty("modified").GetString()!;
            Assert.True(string.CompareOrdinal(created, modified) <= 0, $"{o.GetProperty("id")}: {created} > {modified}");
            Assert.Contains(created, sourceDates);
            Assert.Contains(modified, sourceDates);
        }
    }
}
