using Tessera.Events;
using Tessera.Analysis.Events;

namespace Tessera.Tests.Analysis.Events;

/// <summary>Tessera's CAMEO table: the codebook's codes with quad class and Goldstein value, and the rules that derive one code from another.</summary>
public class CameoTableTests
{
    private static readonly CameoTable Table = Fixtures.Bundled.Cameo;

    [Fact]
    public void Every_code_of_the_codebook_loads()
    {
        Assert.Equal(312, Table.Codes.Count);
        Assert.All(Table.Codes, c => Assert.StartsWith(c.Root, c.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0234", "02", QuadClass.VerbalCooperation, 3.4)]
    [InlineData("074", "07", QuadClass.MaterialCooperation, 8.5)]
    [InlineData("112", "11", QuadClass.VerbalConflict, -2)]
    [InlineData("1661", "16", QuadClass.MaterialConflict, -7)]
    [InlineData("190", "19", QuadClass.MaterialConflict, -10)]
    public void A_code_has_its_root_quad_class_and_Goldstein_value(string code, string root, QuadClass quad, double goldstein)
    {
        var c = Table.Code(code)!;
        Assert.Equal(root, c.Root);
        Assert.Equal(quad, c.Quad);
        Assert.Equal(goldstein, c.Goldstein);
    }

    [Theory]
    [InlineData("074", "0334")]
    [InlineData("070", "033")]
    [InlineData("062", "0312")]
    [InlineData("042", "036")]
    [InlineData("112", "112")]
    public void A_promised_act_takes_the_intent_code(string act, string intent)
    {
        Assert.Equal(intent, Table.Intent(Table.Code(act)!).Code);
    }

    [Theory]
    [InlineData("074", "0234")]
    [InlineData("072", "0232")]
    [InlineData("0334", "0234")]
    [InlineData("070", "023")]
    [InlineData("154", "020")]
    public void A_request_for_an_act_is_the_matching_appeal(string act, string appeal)
    {
        Assert.Equal(appeal, Table.AppealFor(Table.Code(act)!).Code);
    }

    [Theory]
    [InlineData("041", true)]
    [InlineData("057", true)]
    [InlineData("040", false)]
    [InlineData("112", false)]
    public void The_codebooks_reciprocal_events_are_marked(string code, bool reciprocal)
    {
        Assert.Equal(reciprocal, Table.Code(code)!.Reciprocal);
    }

    [Fact]
    public void An_unknown_code_in_a_users_verb_table_is_a_numbered_problem()
    {
        var dir = Directory.CreateTempSubdirectory("tessera-cameo");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "verbs.tsv"), "999\tfrobnicate+ {T}\n");
            var e = Assert.Throws<ProblemException>(() => new CameoTable(new LanguageData(dir.FullName)));
            Assert.Equal("TSR021", e.Problem.Code);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_users_verb_table_adds_phrases()
    {
        var dir = Directory.CreateTempSubdirectory("tessera-cameo");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "verbs.tsv"), "# extra\n111\tscold+ {T}\n");
            var x = new LanguageResources(dir.FullName).Events;
            var e = Assert.Single(x.ExtractDocument(Texts.Claims("Peru scolded Chile."), Texts.Dated(Texts.Anchor)));
            Assert.Equal("111", e.CameoCode);
        }
        finally { dir.Delete(recursive: true); }
    }
}
