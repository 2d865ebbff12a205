using Tessera.Analysis;
using System.Text.Json;
using Tessera.Output.Tables;
using Tessera.Tests.Output.Stix;

namespace Tessera.Tests.Output.Tables;

/// <summary>The claims, actors and sources of the example case as tables, and their JSON form.</summary>
public class CaseTablesTests
{
    private static readonly Lazy<Tessera.Analysis.Findings> Findings = new(() => Tessera.Analysis.Findings.Of(
        ExampleCase.Analysis,
        Fixtures.Bundled));

    private static Table Build(string name) => CaseTables.Find(name)!.Build(Findings.Value);

    [Theory]
    [InlineData("claims", "id,source,publisher,date,grade,text,speakers,status,hedged,boosted,band,likelihood,prediction,unverified,vaguely_sourced,actors,places,origin,independent_origins,reports,retracted,credibility,credibility_reason,source_url,corrected")]
    [InlineData("actors", "name,kind,claims,sources,speaks")]
    [InlineData("sources", "id,title,publisher,date,grade,reliability,credibility,format,units,claims,asserted,attributed,hedged,unverified,predictions,vaguely_sourced,url")]
    public void Each_table_has_its_columns_in_order(string name, string columns)
    {
        Assert.Equal(columns, string.Join(',', Build(name).Columns));
    }

    [Fact]
    public void The_claims_table_has_a_row_per_claim_and_headings_are_not_claims()
    {
        var table = Build("claims");
        Assert.Equal(ExampleCase.Assessed.Claims.Count(c => c.IsClaim), table.Rows.Count);
        var first = table.Rows.First(r => r[0] == Cell.Of("wire-chronology#3"));
        Assert.Equal(Cell.Of("Steppe Wire (illustrative)"), first[2]);
        Assert.Equal(Cell.Of("2022-01-20"), first[3]);
        Assert.Equal(Cell.Of("B2"), first[4]);
    }

    [Fact]
    public void The_actors_table_gives_each_actors_kind_and_how_often_it_speaks()
    {
        var rows = Build("actors").Rows.ToDictionary(r => ((TextCell)r[0]).Text);
        Assert.Equal(Cell.Of("country"), rows["Kazakhstan"][1]);
        Assert.Equal(Cell.Of("person"), rows["Kassym-Jomart Tokayev"][1]);
        Assert.Equal(Cell.Of("organisation"), rows["CSTO"][1]);
        Assert.True(((NumberCell)rows["Kassym-Jomart Tokayev"][4]).Number > 0);
    }

    [Fact]
    public void The_sources_table_describes_each_source_with_its_grade_in_words()
    {
        var table = Build("sources");
        Assert.Equal(7, table.Rows.Count);
        var wire = table.Rows.Single(r => r[0] == Cell.Of("wire-chronology"));
        Assert.Equal([Cell.Of("B2"), Cell.Of("usually reliable"), Cell.Of("probably true")], wire.Skip(4).Take(3));
    }

    [Theory]
    [InlineData("claims")]
    [InlineData("actors")]
    [InlineData("sources")]
    public void The_JSON_of_each_table_parses_to_one_object_per_row_keyed_by_column(string name)
    {
        var table = Build(name);
        using var doc = JsonDocument.Parse(TableJson.Write(table));
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(table.Rows.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(table.Columns, r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void JSON_keeps_flags_numbers_lists_and_missing_values_as_their_JSON_types()
    {
        using var doc = JsonDocument.Parse(TableJson.Write(Build("claims")));
        var prediction = doc.RootElement.EnumerateArray().First(r => r.GetProperty("band").ValueKind == JsonValueKind.String);
        Assert.Contains(prediction.GetProperty("hedged").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(JsonValueKind.Number, prediction.GetProperty("likelihood").ValueKind);
        Assert.Equal(JsonValueKind.Array, prediction.GetProperty("actors").ValueKind);
        var plain = doc.RootElement.EnumerateArray().First(r => r.GetProperty("band").ValueKind == JsonValueKind.Null);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("likelihood").ValueKind);
    }

    [Fact]
    public void Table_names_are_unique_so_each_is_one_choice_of_export_what()
    {
        Assert.Equal(CaseTables.All.Count, CaseTables.All.Select(t => t.Name).Distinct().Count());
        Assert.Null(CaseTables.Find("hypotheses"));
    }

    [Fact]
    public void Events_and_forecasts_are_tables_too()
    {
        var events = Tessera.Output.Tables.Csv.Write(Build("events"));
        Assert.StartsWith("claim,source,action,target,cameo,name,root,quad_class,goldstein,when,place,hedged,unverified,expected", events);
        Assert.Contains(",CSTO,", events);
        var csv = Tessera.Output.Tables.Csv.Write(Build("forecasts"));
        Assert.StartsWith("id,source,publisher,speaker,kind,made,statement,probability,basis,deadline,outcome,result,resolved,brier", csv);
        Assert.Contains("2022-01-19", csv);
    }
}
