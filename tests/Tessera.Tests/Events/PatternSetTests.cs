using Tessera.Events;
using Tessera.Tests.Analysis.Events;

namespace Tessera.Tests.Events;

/// <summary>The pattern index is only a shortcut: at every token it offers the clause reader every pattern that matches there,
/// so the reader finds what trying every pattern at every token finds.</summary>
public class PatternSetTests
{
    // Actives, passives, nominal acts, requests, slots first and words first, adverbs inside phrases, and sentences with no event.
    private static readonly string[] Written =
    [
        "Mali asked Russia for military help.",
        "Greece was attacked by Turkey on Monday.",
        "Chile was accused of espionage by Peru.",
        "The detention of Ilham Aliyev by Georgia angered Baku.",
        "Chad's withdrawal of its soldiers from Mali was completed.",
        "Poland and Lithuania criticized Belarus and imposed sanctions on Minsk.",
        "Serbia is firmly opposed to the plan that Hungary proposed.",
        "At the request of Niger, France sent troops and later withdrew them.",
        "Wang Yi held a phone call with Antony Blinken before Beijing threatened Taipei.",
        "The weather in Paris was mild and nobody said anything.",
    ];

    public static TheoryData<string> Sentences => new(Written);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_indexed_reader_finds_what_trying_every_pattern_finds(string text)
    {
        var events = Fixtures.Bundled.Events;
        foreach (var passive in new[] { true, false })
        foreach (var set in new[] { events.Table.Patterns.Where(p => p.Frame != PatternFrame.Request), events.Table.Patterns.Where(p => p.Frame == PatternFrame.Request) })
        {
            var patterns = new PatternSet(set);
            foreach (var claim in Texts.Claims(text))
            {
                var s = new ClauseSentence(claim, events.Titles);
                var indexed = events.Reader.Matches(s, patterns, passive);
                Assert.Equal(Describe(EveryPattern(events.Reader, s, patterns, passive)), Describe(indexed));
            }
        }
    }

    [Fact]
    public void The_sentences_above_do_match_patterns_so_the_comparison_is_not_empty()
    {
        var events = Fixtures.Bundled.Events;
        var patterns = new PatternSet(events.Table.Patterns.Where(p => p.Frame != PatternFrame.Request));
        var found = Written.SelectMany(t => Texts.Claims(t))
            .Sum(c => events.Reader.Matches(new ClauseSentence(c, events.Titles), patterns).Count);
        Assert.True(found >= 8, $"only {found} matches in the sentences");
    }

    /// <summary>The reader's rule (left to right, the longest match at each token, the first of those as long, each token used
    /// once) with every pattern tried at every token.</summary>
    private static List<PatternMatch> EveryPattern(ClauseReader reader, ClauseSentence s, PatternSet patterns, bool passive)
    {
        var result = new List<PatternMatch>();
        var i = 0;
        while (i < s.Count)
        {
            PatternMatch? best = null;
            for (var c = 0; c < patterns.Count; c++)
            {
                var m = reader.TryAt(s, patterns, c, i, passive);
                if (m is not null && (best is null || m.End - m.Start > best.End - best.Start)) best = m;
            }
            if (best is null) { i++; continue; }
            result.Add(best);
            i = best.End;
        }
        return result;
    }

    private static string[] Describe(List<PatternMatch> matches) =>
        matches.Select(m => $"{m.Pattern.Text} {m.Start}-{m.End} verb {m.Verb} source {m.Source} target {m.Target} passive {m.Passive}").ToArray();
}
