using System.Reflection;
using Tessera.Stance;

namespace Tessera.Tests;

/// <summary>Every bundled language resource loads, has its header and a test that a --lexicon folder can change it; every row
/// of every file, bundled or a user's, is checked as it loads, and a bad one is a numbered problem naming its file and line.</summary>
public class ResourceTests
{
    [Fact]
    public void Every_bundled_resource_loads_with_rows_and_a_documented_header()
    {
        var names = LanguageData.BundledNames.ToList();
        Assert.Contains("lexicon/hedges.tsv", names);
        Assert.Contains("gazetteer/countries.tsv", names);
        foreach (var name in names)
        {
            Assert.NotEmpty(Fixtures.Bundled.Data.Rows(name));
            var path = Path.Combine(Fixtures.RepoRoot, "src", "Tessera", "Resources", name);
            var header = File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).ToList();
            Assert.True(header.Any(l => l.Contains("Source", StringComparison.OrdinalIgnoreCase) || l.Contains("source:", StringComparison.OrdinalIgnoreCase)), $"{name} names no source");
            Assert.True(header.Any(l => l.Contains("20", StringComparison.Ordinal)), $"{name} has no date");
        }
    }

    [Fact]
    public void Building_every_reader_reads_every_bundled_file()
    {
        var resources = new LanguageResources().Load();
        Assert.Equal(LanguageData.BundledNames, resources.Data.Read.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_resources_hash_is_the_hash_of_every_row_listed_one_line_each_so_stored_analyses_keep_their_keys()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("hedges.tsv", "in tbilisi’s words\tspeculation\n");
        var data = new LanguageResources(dir.Path).Data;

        // The listing the hash was taken of before it was taken row by row: every row of every file, cells joined by tabs.
        var listing = string.Concat(LanguageData.BundledNames.SelectMany(data.Rows).Select(row => string.Join('\t', row.Cells) + "\n"));
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(listing)));

        Assert.Equal(expected, data.Hash);
        Assert.NotEqual(Fixtures.Bundled.Data.Hash, data.Hash);
    }

    [Fact]
    public void Bundled_file_names_are_unique_so_one_flat_lexicon_folder_can_hold_any_of_them()
    {
        var twice = LanguageData.BundledNames.GroupBy(Path.GetFileName).Where(g => g.Count() > 1).Select(g => string.Join(", ", g));
        Assert.Empty(twice);
    }

    /// <summary>The names the [Overrides] tests cover, found in this assembly.</summary>
    private static HashSet<string> Overridden() =>
        typeof(ResourceTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<OverridesAttribute>()).Select(a => a.Resource).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_bundled_file_has_a_test_that_a_lexicon_folder_changes_it()
    {
        var missing = LanguageData.BundledNames.Where(n => !Overridden().Contains(n)).ToList();
        Assert.True(missing.Count == 0, "no [Overrides] test for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_override_test_names_a_bundled_file()
    {
        Assert.Empty(Overridden().Except(LanguageData.BundledNames));
    }

    [Fact]
    public void The_resources_page_lists_every_file_and_every_value_a_closed_column_allows()
    {
        var page = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "resources.md"));
        foreach (var name in LanguageData.BundledNames)
        {
            Assert.Contains($"`{Path.GetFileName(name)}`", page);
            foreach (var column in ResourceFormats.Of(name).Columns.OfType<ChoiceColumn>())
                foreach (var value in column.Allowed)
                    Assert.True(page.Contains($"`{value}`", StringComparison.Ordinal), $"docs/resources.md does not list {value}, a {column.Name} of {name}");
        }
    }

    [Fact]
    public void The_gazetteer_covers_every_UN_member()
    {
        Assert.True(Fixtures.Bundled.Data.Rows("gazetteer/countries.tsv").Count >= 193);
    }

    [Fact]
    public void Folders_apply_in_order_each_extending_or_replacing_what_came_before()
    {
        using var first = Fixtures.TempFolder();
        using var second = Fixtures.TempFolder();
        first.Write("negation.tsv", "scarcely\n");
        second.Write("negation.tsv", "# only these\n!replace\nnary\n");
        Assert.Contains("scarcely", new LanguageData(first.Path).Rows("lexicon/negation.tsv").Select(r => r[0]));
        Assert.Equal(["nary"], new LanguageData(first.Path, second.Path).Rows("lexicon/negation.tsv").Select(r => r[0]));
        Assert.Equal(["nary", "scarcely"], new LanguageData(second.Path, first.Path).Rows("lexicon/negation.tsv").Select(r => r[0]));
    }

    [Fact]
    public void A_malformed_user_lexicon_is_a_problem_naming_the_file_and_line()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("future.tsv", "# bad\nwill\twill\tseventy\n");
        var e = Assert.Throws<ProblemException>(() => new StanceLexicon(new LanguageData(dir.Path)));
        Assert.Equal("TSR016", e.Problem.Code);
        Assert.Contains("future.tsv", e.Problem.File);
        Assert.Contains("line 2", e.Problem.Message);
    }

    [Theory]
    [InlineData("hedges.tsv", "may\tmodal\tpossibilty", "TSR021", "unknown condition 'possibilty' (expected one of: possibility, complement, premise, not-negated)")]
    [InlineData("hedges.tsv", "perhaps\tguesswork", "TSR021", "unknown family 'guesswork'")]
    [InlineData("hedges.tsv", "perhaps\tspeculation\tpossibility\tsurely", "TSR022", "4 tab-separated columns, expected 2 to 3")]
    [InlineData("hedges.tsv", "perhaps", "TSR022", "1 tab-separated column, expected 2 to 3")]
    [InlineData("hedges.tsv", "\tspeculation", "TSR023", "column 1 (phrase) is empty")]
    [InlineData("boosters.tsv", "surely\tcertain", "TSR021", "unknown family 'certain'")]
    [InlineData("unverified.tsv", "whispered\tgossip", "TSR021", "unknown family 'gossip'")]
    [InlineData("estimative.tsv", "a fair bet\tfairly likely", "TSR021", "unknown band 'fairly likely' (expected one of: almost no chance")]
    [InlineData("future.tsv", "is poised to\tintent\t0.7", "TSR021", "unknown kind 'intent'")]
    [InlineData("future.tsv", "is poised to\tintention\t0.7\tsoon", "TSR021", "unknown condition 'soon'")]
    [InlineData("reporting-verbs.tsv", "opine\topined\tspeach\tclause", "TSR021", "unknown class 'speach'")]
    [InlineData("reporting-verbs.tsv", "opine\topined\tspeech\tthat-clause", "TSR021", "unknown content 'that-clause'")]
    [InlineData("source-nouns.tsv", "fishermen\tmaybe", "TSR021", "unknown anaphoric 'maybe'")]
    [InlineData("bands.tsv", "likely\t70\t60", "TSR016", "above where it ends")]
    [InlineData("function-words.tsv", "whilst\tclauses", "TSR021", "unknown class 'clauses'")]
    [InlineData("time-words.tsv", "soonish\tvague", "TSR021", "unknown role 'vague'")]
    [InlineData("time-words.tsv", "fortnightly\tunit\tfortnite", "TSR021", "unknown time unit 'fortnite'")]
    [InlineData("time-words.tsv", "anon\tdeictic\t+1 morrow", "TSR021", "unknown time unit 'morrow'")]
    [InlineData("calendar.tsv", "Funday\tweekday\t8", "TSR016", "not a whole weekday number from 1 to 7")]
    [InlineData("abbreviations.tsv", "insp\tnumbers", "TSR021", "unknown use 'numbers'")]
    [InlineData("codes.tsv", "999\t99\tMake up\t5\t0", "TSR016", "not a whole quad class from 1 to 4")]
    [InlineData("verbs.tsv", "999\tfrobnicate+ {T}", "TSR021", "unknown CAMEO code '999' (expected one of the")]
    [InlineData("verbs.tsv", "111\tscold+ {T}\tlouder", "TSR021", "unknown frame 'louder'")]
    [InlineData("markers.tsv", "scarcely\tnegator", "TSR021", "unknown role 'negator'")]
    [InlineData("organisations.tsv", "Harbour Gazette\t\tGazete", "TSR647", "short name 'Gazete' is not one capitalised word of 'Harbour Gazette'")]
    [InlineData("places.tsv", "Xanadu\t\ttown\t42.36\t116.18", "TSR021", "unknown kind 'town' (expected one of: capital, city, region, area)")]
    [InlineData("places.tsv", "Xanadu\t\tcity\t142.36\t116.18", "TSR016", "not a latitude from -90 to 90")]
    [InlineData("figures.tsv", "evacuees\tcue", "TSR023", "column 3 (kind) is empty")]
    [InlineData("figures.tsv", "evacuees\tcount\tdisplaced", "TSR021", "unknown role 'count'")]
    [InlineData("outcome-cues.tsv", "maybe\tsubject\tthrive+", "TSR021", "unknown direction 'maybe'")]
    [InlineData("quantities.tsv", "evacuees\tunit\tdisplaced\tbefore", "TSR021", "unknown where 'before'")]
    [InlineData("polarity.tsv", "refutes\tnegation", "TSR021", "unknown role 'negation'")]
    [InlineData("corroboration.tsv", "same-statment\t0.5", "TSR021", "unknown setting 'same-statment'")]
    [InlineData("confidence.tsv", "corroboration-high-grade\tG", "TSR021", "unknown reliability grade 'G'")]
    [InlineData("ach-credibility.tsv", "reliability\tB\tpoor", "TSR021", "unknown level 'poor'")]
    [InlineData("ach-likelihoods.tsv", "CC\t0.9\tnear certain", "TSR021", "unknown band 'near certain'")]
    [InlineData("ach-ratings.tsv", "III\t-3\t-3", "TSR021", "unknown rating 'III'")]
    [InlineData("ach-weights.tsv", "huge\t2", "TSR021", "unknown level 'huge'")]
    [InlineData("forecast-scoring.tsv", "log-ceiling\t0.99", "TSR021", "unknown setting 'log-ceiling'")]
    [InlineData("forecast-scoring.tsv", "common-event-term\t2.5", "TSR016", "common-event-term '2.5' must be a whole number of claims, at least 1")]
    [InlineData("forecast-scoring.tsv", "resolution-similarity\t1.5", "TSR016", "resolution-similarity '1.5' must lie between 0 and 1")]
    [InlineData("opinions.tsv", "flag\tunverified\tdisagree", "TSR021", "unknown flag 'unverified'")]
    [InlineData("stix-confidence.tsv", "scale\t3\t50", "TSR021", "unknown scale 'scale'")]
    public void A_bad_row_is_refused_with_its_file_line_and_a_numbered_problem(string file, string row, string code, string message)
    {
        using var dir = Fixtures.TempFolder();
        dir.Write(file, "# a user's file\n" + row + "\n");
        var e = Assert.Throws<ProblemException>(() => new LanguageResources(dir.Path).Load());
        Assert.Equal(code, e.Problem.Code);
        Assert.Equal(Path.Combine(dir.Path, file), e.Problem.File);
        Assert.StartsWith("line 2: ", e.Problem.Message);
        Assert.Contains(message, e.Problem.Message);
    }

    [Fact]
    public void A_bundled_row_that_a_users_file_leaves_dangling_is_refused_where_it_is()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("bands.tsv", "!replace\nunlikely\t20\t45\nlikely\t55\t80\n");
        var e = Assert.Throws<ProblemException>(() => new LanguageResources(dir.Path).Stance);
        Assert.Equal("TSR021", e.Problem.Code);
        Assert.Equal("lexicon/estimative.tsv", e.Problem.File);
        Assert.Contains("unknown band 'almost no chance'", e.Problem.Message);
    }

    [Fact]
    public void A_file_a_reader_needs_all_of_is_refused_when_a_replacement_leaves_something_out()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("ach-ratings.tsv", "!replace\nCC\t0\t2\nC\t0\t1\nN\t0\t0\nI\t-1\t-1\nII\t-2\t-2\n");
        var e = Assert.Throws<ProblemException>(() => new LanguageResources(dir.Path).Ach);
        Assert.Equal("TSR025", e.Problem.Code);
        Assert.Contains("NA", e.Problem.Message);
    }

    [Fact]
    public void A_tsv_file_that_names_no_resource_is_refused_rather_than_ignored()
    {
        using var dir = Fixtures.TempFolder();
        dir.Write("hedge.tsv", "perhaps\tspeculation\n");
        dir.Write("README.md", "notes on our lexicon\n");
        var e = Assert.Throws<ProblemException>(() => new LanguageResources(dir.Path));
        Assert.Equal("TSR024", e.Problem.Code);
        Assert.EndsWith("hedge.tsv", e.Problem.File);
        Assert.Contains("hedges.tsv", e.Problem.Message);
    }

    [Fact]
    public void A_missing_lexicon_folder_is_a_problem()
    {
        var e = Assert.Throws<ProblemException>(() => new LanguageResources(Path.Combine(Path.GetTempPath(), "no-such-lexicon-" + Guid.NewGuid().ToString("N"))));
        Assert.Equal("TSR001", e.Problem.Code);
    }
}
