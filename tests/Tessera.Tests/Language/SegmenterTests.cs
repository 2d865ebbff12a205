using Tessera.Language;

namespace Tessera.Tests.Language;

public class SegmenterTests
{
    private static List<string> Units(string text) => Fixtures.Bundled.Segmenter.Segment(text).Select(u => u.Text).ToList();

    [Theory]
    [InlineData("The talks resumed. Both sides left early.", new[] { "The talks resumed.", "Both sides left early." })]
    [InlineData("Franklin D. Roosevelt spoke first. Then came questions.", new[] { "Franklin D. Roosevelt spoke first.", "Then came questions." })]
    [InlineData("Troops left the U.S. base on Friday. The governor said so.", new[] { "Troops left the U.S. base on Friday.", "The governor said so." })]
    [InlineData("The army arrived in the U.S. The governor said so.", new[] { "The army arrived in the U.S.", "The governor said so." })]
    [InlineData("Fighting resumed on Jan. 7 in the north. Aid stopped.", new[] { "Fighting resumed on Jan. 7 in the north.", "Aid stopped." })]
    [InlineData("Mr. Ortega and Dr. Sato met Gen. Diallo. They talked.", new[] { "Mr. Ortega and Dr. Sato met Gen. Diallo.", "They talked." })]
    [InlineData("See Art. 4 of the treaty. It is short.", new[] { "See Art. 4 of the treaty.", "It is short." })]
    [InlineData("The answer was no. Then the vote came.", new[] { "The answer was no.", "Then the vote came." })]
    [InlineData("Who sent them (?); nobody knows. Reports differ?", new[] { "Who sent them (?); nobody knows.", "Reports differ?" })]
    [InlineData("The convoy stopped… Then it turned back?! Nobody knows why.", new[] { "The convoy stopped…", "Then it turned back?!", "Nobody knows why." })]
    public void Sentences_end_at_terminators_but_not_at_abbreviations_or_initials(string text, string[] expected) =>
        Assert.Equal(expected, Units(text));

    [Fact]
    public void A_quotation_whose_attribution_runs_on_is_one_unit()
    {
        var units = Units("“We must prevent chaos,” Ortiz said, according to the ministry. Then he left.");
        Assert.Equal(["“We must prevent chaos,” Ortiz said, according to the ministry.", "Then he left."], units);
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_cut_at_its_sentences()
    {
        var units = Units("“We will stay. We will rebuild,” the mayor said.");
        Assert.Equal(["“We will stay.", "We will rebuild,” the mayor said."], units);
    }

    [Fact]
    public void Headings_without_final_punctuation_and_bullets_are_units_of_their_own()
    {
        var text = "Outlook for the region\n\nThe analysis follows:\n  • first point about trade\n  • second point. It has two sentences.\n";
        var units = Fixtures.Bundled.Segmenter.Segment(text);
        Assert.Equal([UnitKind.Heading, UnitKind.Sentence, UnitKind.BulletItem, UnitKind.BulletItem, UnitKind.Sentence], units.Select(u => u.Kind));
        Assert.Equal("• first point about trade", units[2].Text);
        Assert.Equal("It has two sentences.", units[4].Text);
    }

    [Fact]
    public void An_epigraph_attribution_line_is_a_byline()
    {
        var units = Fixtures.Bundled.Segmenter.Segment("“Words matter.”\n\nan old diplomat\n\nBody text here.");
        Assert.Equal(UnitKind.Byline, units[1].Kind);
    }

    [Fact]
    public void Markdown_headings_and_dash_bullets_are_recognised()
    {
        var units = Fixtures.Bundled.Segmenter.Segment("# Situation report\n\n- Roads are closed.\n- Power is out\n");
        Assert.Equal("Situation report", units[0].Text);
        Assert.Equal(UnitKind.Heading, units[0].Kind);
        Assert.All(units.Skip(1), u => Assert.Equal(UnitKind.BulletItem, u.Kind));
    }

    [Fact]
    public void Stacked_masthead_lines_are_separate_headings_but_wrapped_prose_is_one_sentence()
    {
        var masthead = Fixtures.Bundled.Segmenter.Segment("Ministry of Foreign Affairs\nPress release\n2022/01/10\n\nText.");
        Assert.Equal(["Ministry of Foreign Affairs", "Press release", "2022/01/10", "Text."], masthead.Select(u => u.Text));
        var wrapped = Fixtures.Bundled.Segmenter.Segment("The convoy reached the border town late on Sunday after\na long detour through the hills.");
        Assert.Single(wrapped);
    }

    [Fact]
    public void A_headline_ending_in_a_semicolon_over_its_deck_is_a_unit_of_its_own()
    {
        Assert.Equal(["Ferry fares rise again;", "Riders in Dunmore say they will walk.", "Body text here."],
            Units("Ferry fares rise again; \nRiders in Dunmore say they will walk.\n\nBody text here."));
        // Only the text's first lines: a semicolon that ends a wrapped line of prose further down joins the next line.
        Assert.Equal(["Title", "The ferry was late; \nthe riders walked."], Units("Title\n\nThe ferry was late; \nthe riders walked."));
    }

    [Fact]
    public void Spans_index_the_text_and_never_go_backwards()
    {
        var text = "\uFEFFA heading\r\n\r\nOne sentence. “Two,” she said. Three?\r\n  • four\r\n";
        var units = Fixtures.Bundled.Segmenter.Segment(text);
        var last = 0;
        foreach (var u in units)
        {
            Assert.True(u.Start >= last && u.End > u.Start);
            Assert.Equal(u.Text, text[u.Start..u.End]);
            last = u.End;
        }
    }

    [Fact]
    public void Random_text_never_breaks_the_segmenter()
    {
        var random = new Random(7);
        const string alphabet = "ab .?!\n“”\"•-#:;()ABC1,’";
        for (var n = 0; n < 300; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var units = Fixtures.Bundled.Segmenter.Segment(text);
            var last = 0;
            foreach (var u in units)
            {
                Assert.InRange(u.Start, last, text.Length);
                Assert.InRange(u.End, u.Start + 1, text.Length);
                last = u.End;
            }
        }
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('.')]
    [InlineData('x')]
    public void A_line_of_any_length_is_cut_into_units_no_longer_than_the_bound_losing_nothing(char separator)
    {
        // Words without a full stop, sentences on one line, and one endless word (cut mid-word, the only place there is).
        var words = separator == 'x' ? new string('x', 20_000) : string.Join(separator == '.' ? ". " : " ", Enumerable.Range(0, 3_000).Select(i => "Word" + i));
        var segmenter = new Segmenter(Fixtures.Bundled.Data, maxUnitChars: 500);
        var units = segmenter.Segment(words);
        Assert.All(units, u => Assert.InRange(u.Length, 1, 500));
        Assert.Equal(words.Replace(" ", ""), string.Concat(units.Select(u => u.Text)).Replace(" ", ""));
        Assert.All(units.Zip(units.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }

    [Fact]
    public void A_unit_is_not_cut_inside_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 2_000));
        var units = new Segmenter(Fixtures.Bundled.Data, maxUnitChars: 101).Segment(text);
        Assert.All(units, u => Assert.False(char.IsLowSurrogate(text[u.Start]), $"unit at {u.Start} starts inside a pair"));
        Assert.Equal(text, string.Concat(units.Select(u => u.Text)));
    }
}
