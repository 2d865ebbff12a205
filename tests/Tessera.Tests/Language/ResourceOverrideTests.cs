using Tessera.Recognition.Time;
using Tessera.Stance;

namespace Tessera.Tests.Language;

/// <summary>Each file of language/, extended from a --lexicon folder, changes how text is cut, dated or attributed.</summary>
public class ResourceOverrideTests
{
    private static readonly DateRange March10 = DateRange.Day(new DateOnly(2022, 3, 10));

    private static List<string> Units(LanguageResources resources, string text) => resources.Segmenter.Segment(text).Select(u => u.Text).ToList();

    private static TimeExpression Time(LanguageResources resources, string text) =>
        Assert.Single(resources.Time.Normalize(text, 0, text.Length, March10, null));

    [Fact]
    [Overrides("language/abbreviations.tsv")]
    public void An_abbreviation_keeps_its_period_inside_the_sentence()
    {
        const string text = "Insp. Morrow arrived at noon.";
        Assert.Equal(2, Units(Fixtures.Bundled, text).Count);
        using var lex = Fixtures.Lexicon(("abbreviations.tsv", "# police ranks\ninsp\n"));
        Assert.Equal([text], Units(lex.Resources, text));
    }

    [Fact]
    [Overrides("language/calendar.tsv")]
    public void A_month_name_is_read_in_dates()
    {
        const string text = "Talks began on 3 Janvier 2022.";
        Assert.Empty(Fixtures.Bundled.Time.Normalize(text, 0, text.Length, March10, null));
        using var lex = Fixtures.Lexicon(("calendar.tsv", "Janvier\tmonth\t1\tJanv\n"));
        Assert.Equal(new DateOnly(2022, 1, 3), Time(lex.Resources, text).From);
    }

    [Fact]
    [Overrides("language/function-words.tsv")]
    public void A_label_stop_word_is_no_speaker()
    {
        const string text = "FLASH: The dam held.";
        Assert.Equal(["Flash"], Fixtures.Bundled.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim).Speakers);
        using var lex = Fixtures.Lexicon(("function-words.tsv", "flash\tlabel-stop\n"));
        var claim = lex.Resources.Claims.Extract(Fixtures.Text(text)).First(c => c.IsClaim);
        Assert.Empty(claim.Speakers);
        Assert.DoesNotContain(claim.Cues, c => c.Flag == Flag.Speaker);
    }

    [Fact]
    [Overrides("language/sentence-starters.tsv")]
    public void A_sentence_starter_after_an_acronym_starts_a_sentence()
    {
        const string text = "The talks were held in the U.S. Negotiators left on Friday.";
        Assert.Single(Units(Fixtures.Bundled, text));
        using var lex = Fixtures.Lexicon(("sentence-starters.tsv", "Negotiators\n"));
        Assert.Equal(["The talks were held in the U.S.", "Negotiators left on Friday."], Units(lex.Resources, text));
    }

    [Fact]
    [Overrides("language/time-words.tsv")]
    public void A_deictic_word_counts_from_the_document_date_as_the_user_says()
    {
        const string text = "The dam broke yesterday.";
        Assert.Equal(new DateOnly(2022, 3, 9), Time(Fixtures.Bundled, text).From);
        using var lex = Fixtures.Lexicon(("time-words.tsv", "# our reporters' yesterday\nyesterday\tdeictic\t-5 day\n"));
        Assert.Equal(new DateOnly(2022, 3, 5), Time(lex.Resources, text).From);
    }
}
