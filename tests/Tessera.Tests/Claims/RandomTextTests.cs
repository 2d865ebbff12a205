using Tessera.Claims;

namespace Tessera.Tests.Claims;

/// <summary>Every stage on random text made of the pieces that trip rules up: quotes, colons, bullets, capitals, cue words.</summary>
public class RandomTextTests
{
    private static readonly string[] Pieces =
    [
        "said", "Said", "according to", "the", "The", "He", "he", "they", ",", ".", "?", ":", ";", "“", "”", "\"", "'", "’s", "(", ")", "•", "-", "\n", "\n\n",
        "may", "might", "could", "will", "not", "no doubt", "reportedly", "likely", "highly likely", "if", "was", "that", "Russia", "Tokayev",
        "President", "Ana Ruiz", "U.S.", "Jan.", "7", "2022", "CSTO", "officials", "expected to", "plan to", "in", "Moscow", "NIAMEY", "QUESTION", "pan-",
    ];

    [Fact]
    public void The_whole_extractor_survives_random_text_and_keeps_spans_inside_the_text()
    {
        var random = new Random(20221);
        for (var n = 0; n < 400; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var claims = Fixtures.Bundled.Claims.Extract(Fixtures.Text(text));
            foreach (var c in claims)
            {
                Assert.Equal(c.Text, text[c.Start..c.End]);
                Assert.All(c.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
                Assert.All(c.Cues, q => Assert.InRange(q.End, q.Start, text.Length));
                if (c.Likelihood is { } p) Assert.InRange(p.Value, 0, 1);
            }
        }
    }
}
