using Tessera.Events;
using ConsequencesOf = Tessera.Analysis.Consequences.Consequences;
using Tessera.Analysis.Events;
using Tessera.Analysis.Timeline;

namespace Tessera.Tests.Analysis.Events;

/// <summary>Random text never breaks the coders, and every span they report lies inside its claim.</summary>
public class RandomTextTests
{
    private static readonly string[] Pieces =
    [
        "Chad", "France", "Niger", "ECOWAS", "Putin", "asked", "for", "help", "sent", "troops", "to", "the", "and", "'s", "request",
        ",", ".", "which", "accused", "of", "not", "will", "on", "3", "March", "2023", "later", "within", "hours", "is", "the", "winner",
        "loser", "lost", "influence", "in", "favour", "-", "partnership", "(", ")", "“", "”", "1,200", "people", "died", "including", "by",
        "was", "attacked", "he", "said", "that", "it", "deployed", "arrived", "at", "agreed", "strengthened", "weakened",
    ];

    [Fact]
    public void Random_sentences_never_throw_and_spans_stay_inside_their_claims()
    {
        var rng = new Random(11);
        for (var n = 0; n < 300; n++)
        {
            var text = string.Join(" ", Enumerable.Range(0, rng.Next(1, 25)).Select(_ => Pieces[rng.Next(Pieces.Length)]));
            var claims = Texts.Claims(text);
            foreach (var e in Fixtures.Bundled.Events.ExtractDocument(claims, Texts.Dated(Texts.Anchor)))
            {
                var claim = claims.Single(c => c.Id == e.ClaimId);
                Assert.True(e.Start >= claim.Start && e.End <= claim.End && e.Start < e.End, text);
                Assert.NotEqual(e.Source, e.Target);
            }
            var doc = Texts.Document(text);
            Assert.All(doc.Outcomes, o => Assert.Contains(o.Claim, doc.Claims));
            Assert.All(doc.Figures, f => Assert.Contains(f.Claim, doc.Claims));
        }
    }
}
