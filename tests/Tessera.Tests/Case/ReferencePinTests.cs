using Microsoft.Data.Sqlite;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Tests.Cli;

namespace Tessera.Tests.Case;

/// <summary>A claim id cited in case.yaml stays pinned to its words: when an edit moves them, assessing says so.</summary>
public class ReferencePinTests
{
    private const string Yaml = """
        title: Pins
        sources:
          - id: wire
            file: wire.txt
            date: 2022-01-10
        forecasts:
          - claim: wire#2
            outcome: true
        """;

    private const string Wire = "Protesters stormed the mayor's office. The contingent will leave within ten days. Prices rose sharply.";

    private static IReadOnlyList<Problem> Assess(string folder, string db)
    {
        var opened = CaseInput.Open([folder], db, Fixtures.Bundled);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        return opened.Value!.Warnings;
    }

    [Fact]
    public void An_edited_source_makes_a_cited_id_warn_naming_the_claim_that_now_holds_its_words()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        Assert.Empty(Assess(dir.Path, db));
        Assert.Empty(Assess(dir.Path, db));

        dir.Write("wire.txt", "Crowds gathered at dawn. " + Wire);
        var warning = Assert.Single(Assess(dir.Path, db));
        Assert.Equal("TSR111", warning.Code);
        Assert.Contains("wire#2 now reads 'Protesters stormed the mayor's office.'", warning.Message);
        Assert.Contains("are now wire#3", warning.Message);
        Assert.Contains("line 7", warning.Message);

        // Citing the claim the words moved to settles it.
        dir.Write("case.yaml", Yaml.Replace("wire#2", "wire#3"));
        Assert.Empty(Assess(dir.Path, db));
    }

    [Fact]
    public void A_cited_claim_whose_words_left_the_source_says_so()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        var db = Path.Combine(dir.Path, "case.db");
        Assess(dir.Path, db);
        dir.Write("wire.txt", Wire.Replace("The contingent will leave within ten days. ", ""));
        var warning = Assert.Single(Assess(dir.Path, db));
        Assert.Contains("are no longer in its source", warning.Message);
    }

    [Fact]
    public void Assess_prints_the_warning_and_goes_on()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("case.yaml", Yaml);
        dir.Write("wire.txt", Wire);
        Assert.Equal(0, CliRunner.Invoke("assess", dir.Path, "--quiet").Exit);
        dir.Write("wire.txt", "Crowds gathered at dawn. " + Wire);
        // wire#2 is no longer a prediction, so the forecast itself is refused; the warning comes first and says why.
        var run = CliRunner.Invoke("assess", dir.Path, "--quiet");
        Assert.Contains("warning: ", run.Err);
        Assert.Contains("[TSR111]", run.Err);
    }

    [Fact]
    public void A_store_of_schema_5_is_upgraded_in_place_with_an_empty_table_of_pins()
    {
        using var dir = Fixtures.TempFolder();
        var db = Path.Combine(dir.Path, "case.db");
        using (var store = CaseStore.OpenSqlite(db).Value!) { }
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE claim_pins; ALTER TABLE claims DROP COLUMN origin; UPDATE meta SET value = '5' WHERE key = 'schema';";
            cmd.ExecuteNonQuery();
        }
        using var reopened = CaseStore.OpenSqlite(db).Value!;
        Assert.Equal(CaseStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.ReadMeta("schema"));
        Assert.Empty(reopened.Pins());
    }
}

/// <summary>case.yaml can cite a claim by its source and a few of its words, matched tolerantly.</summary>
public class QuoteReferenceTests
{
    private static Result<CaseAnalysis> Open(string quote, string? source)
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("a.txt", "The contingent will leave within ten days. Prices rose.");
        dir.Write("b.txt", "The contingent will leave within ten days, the ministry said. Prices fell.");
        dir.Write("case.yaml", $"""
            title: Quotes
            sources:
              - id: a
                file: a.txt
                date: 2022-01-10
              - id: b
                file: b.txt
                date: 2022-01-10
            forecasts:
              - quote: "{quote}"
            {(source is null ? "" : $"    source: {source}")}
            """);
        return CaseInput.OpenAnalysis(dir.Path, Fixtures.Bundled);
    }

    [Theory]
    [InlineData("contingent will leave within ten days", "b", "b#1")]
    [InlineData("the contingent will leave within ten days the ministry said", null, "b#1")]
    [InlineData("The contingent will leave in ten days", "a", "a#1")]
    public void A_quote_finds_its_claim_within_its_source_whatever_the_punctuation_or_a_word_changed(string quote, string? source, string id)
    {
        var opened = Open(quote, source);
        Assert.True(opened.Ok, opened.Problem?.ToString());
        Assert.Equal(id, Assert.Single(opened.Value!.Forecasts, f => f.Resolution is null && f.Statement.Contains("contingent", StringComparison.Ordinal) && f.Id == id).Id);
    }

    [Theory]
    [InlineData("contingent will leave within ten days", null, "TSR104")]
    [InlineData("contingent will leave within ten days", "c", "TSR103")]
    [InlineData("the troops stay", "a", "TSR103")]
    public void A_quote_that_fits_two_claims_or_none_is_refused(string quote, string? source, string code)
    {
        var opened = Open(quote, source);
        Assert.False(opened.Ok);
        Assert.Equal(code, opened.Problem!.Code);
    }
}
