using System.Globalization;
using Tessera.Output.Tables;

namespace Tessera.Tests.Output.Tables;

/// <summary>CSV as RFC 4180 writes it, and as a spreadsheet can open it without running anything a source wrote.</summary>
public class CsvTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("Almaty, Aktau", "\"Almaty, Aktau\"")]
    [InlineData("the \"anti-terrorist\" operation", "\"the \"\"anti-terrorist\"\" operation\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string text, string field)
    {
        Assert.Equal(field, Csv.Field(text));
    }

    [Theory]
    [InlineData("=cmd()", "'=cmd()")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\rreturn", "'\rreturn")]
    [InlineData("\uFF1DHYPERLINK(\"http://x\")", "'\uFF1DHYPERLINK(\"http://x\")")]
    [InlineData("\uFF0B1", "'\uFF0B1")]
    [InlineData("\uFF0Dcmd", "'\uFF0Dcmd")]
    [InlineData("\uFF20SUM(A1)", "'\uFF20SUM(A1)")]
    [InlineData("\uFE66cmd", "'\uFE66cmd")]
    [InlineData(" =cmd()", "' =cmd()")]
    [InlineData("  \t@SUM(A1)", "'  \t@SUM(A1)")]
    [InlineData("\n=cmd()", "'\n=cmd()")]
    [InlineData("\u3000\uFF1Dcmd", "'\u3000\uFF1Dcmd")]
    [InlineData("\u200B=cmd()", "'\u200B=cmd()")]
    [InlineData("\uFEFF+1", "'\uFEFF+1")]
    [InlineData("  plain", "  plain")]
    [InlineData("a \uFF1D b", "a \uFF1D b")]
    [InlineData("a = b", "a = b")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("'quoted'", "'quoted'")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_a_single_quote(string text, string neutralised)
    {
        Assert.Equal(neutralised, Csv.Neutralise(text));
    }

    [Fact]
    public void A_formula_with_commas_and_quotes_is_neutralised_then_quoted()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"", Csv.Field("=HYPERLINK(\"http://x\",\"click\")"));
    }

    [Fact]
    public void Text_with_commas_quotes_and_line_breaks_survives_a_round_trip_and_a_formula_comes_back_defused()
    {
        var hostile = "He said, \"we will\nnot leave\", and left.";
        var table = new Table("t", ["text", "speakers", "hedged", "likelihood", "band"],
        [
            [Cell.Of(hostile), Cell.Of(["Tokayev", "Putin, Vladimir"]), Cell.Of(true), Cell.Of(0.675), Cell.Empty],
            [Cell.Of("=cmd()"), Cell.Of([]), Cell.Of(false), Cell.Of((double?)null), Cell.Of("likely")],
        ]);
        var rows = CsvReader.Parse(Csv.Write(table));
        Assert.Equal(["text", "speakers", "hedged", "likelihood", "band"], rows[0]);
        Assert.Equal([hostile, "Tokayev; Putin, Vladimir", "true", "0.675", ""], rows[1]);
        Assert.Equal(["'=cmd()", "", "false", "", "likely"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Every_record_ends_in_CRLF_as_RFC_4180_has_it()
    {
        var csv = Csv.Write(new Table("t", ["a", "b"], [[Cell.Of("x"), Cell.Of("y")]]));
        Assert.Equal("a,b\r\nx,y\r\n", csv);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Numbers_are_written_the_same_in_every_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Assert.Equal("0.675", Csv.Render(Cell.Of(0.675)));
            Assert.Equal("1234.5", Csv.Render(Cell.Of(1234.5)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("-5.66", "-5.66")]
    [InlineData("0.042", "0.042")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData(" \uFF1D1+1", "' \uFF1D1+1")]
    public void A_field_of_unknown_kind_keeps_numbers_and_neutralises_formulas(string value, string written) =>
        Assert.Equal(written, Tessera.Output.Tables.Csv.Value(value));
}
