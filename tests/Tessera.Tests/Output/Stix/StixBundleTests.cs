using System.Text;
using System.Text.Json;
using Tessera.Case;
using Tessera.Output.Stix;

namespace Tessera.Tests.Output.Stix;

/// <summary>The bundle of the example case as a whole: the same bytes every time, valid ids, no dangling reference,
/// and the facts of the case where an analyst would look for them.</summary>
public class StixBundleTests
{
    private static byte[] Export(AssessedCase assessed) => StixExport.Bundle(assessed, Fixtures.Bundled);

    private static JsonElement Bundle() => JsonDocument.Parse(Export(ExampleCase.Assessed)).RootElement;

    private static List<JsonElement> Objects() => Bundle().GetProperty("objects").EnumerateArray().ToList();

    private static JsonElement Named(string type, string name) =>
        Assert.Single(Objects(), o => o.GetProperty("type").GetString() == type && o.TryGetProperty("name", out var n) && n.GetString() == name);

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

    [Fact]
    public void Each_source_is_a_report_published_on_its_date_by_its_publisher_with_its_claims()
    {
        var report = Named("report", "Timeline: How a fuel protest became Kazakhstan's deadliest crisis");
        Assert.Equal("2022-01-20T00:00:00.000Z", report.GetProperty("published").GetString());
        Assert.Equal(Named("identity", "Steppe Wire (illustrative)").GetProperty("id").GetString(), report.GetProperty("created_by_ref").GetString());
        Assert.Equal(70, report.GetProperty("confidence").GetInt32());
        var claims = ExampleCase.Assessed.ClaimsOf("wire-chronology").Count(c => c.IsClaim);
        Assert.Equal(claims, report.GetProperty("object_refs").EnumerateArray().Count(r => r.GetString()!.StartsWith("note--", StringComparison.Ordinal)));
        Assert.Equal(7, Objects().Count(o => o.GetProperty("type").GetString() == "report"));
    }

    [Theory]
    [InlineData("Kazakhstan", "KZ")]
    [InlineData("Russia", "RU")]
    [InlineData("China", "CN")]
    [InlineData("United States", "US")]
    public void A_country_is_a_location_with_its_ISO_code(string country, string code)
    {
        Assert.Equal(code, Named("location", country).GetProperty("country").GetString());
    }

    [Theory]
    [InlineData("Almaty", 43.2, 77.0)]
    [InlineData("Zhanaozen", 43.3, 52.9)]
    public void A_place_is_a_location_with_the_gazetteers_coordinates(string place, double lat, double lon)
    {
        var l = Named("location", place);
        Assert.Equal(lat, l.GetProperty("latitude").GetDouble(), 0.2);
        Assert.Equal(lon, l.GetProperty("longitude").GetDouble(), 0.2);
        Assert.Equal("KZ", l.GetProperty("country").GetString());
    }

    [Theory]
    [InlineData("Kassym-Jomart Tokayev", "individual")]
    [InlineData("Antony Blinken", "individual")]
    [InlineData("CSTO", "organization")]
    [InlineData("US State Department (illustrative)", "organization")]
    public void People_and_organisations_are_identities_of_their_class(string name, string identityClass)
    {
        Assert.Equal(identityClass, Named("identity", name).GetProperty("identity_class").GetString());
    }

    [Fact]
    public void The_very_unlikely_stay_of_the_CSTO_is_a_note_of_confidence_15_with_a_strongly_disagreeing_opinion()
    {
        var objects = Objects();
        var note = Assert.Single(objects, o => o.GetProperty("type").GetString() == "note"
                                            && o.GetProperty("content").GetString()!.Contains("very unlikely that the CSTO troops will stay", StringComparison.Ordinal));
        Assert.Equal(15, note.GetProperty("confidence").GetInt32());
        var opinion = Assert.Single(objects, o => o.GetProperty("type").GetString() == "opinion"
                                               && o.GetProperty("object_refs")[0].GetString() == note.GetProperty("id").GetString());
        Assert.Equal("strongly-disagree", opinion.GetProperty("opinion").GetString());
    }
}
