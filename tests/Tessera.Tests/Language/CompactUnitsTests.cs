using Tessera.Language;
using Tessera.Pipeline;

namespace Tessera.Tests.Language;

/// <summary>A document held with its tokens as spans only gives every unit, and every unit's local view, exactly as the pipeline
/// cut it: the same words, lower-case forms, keys and quotations, made again each time they are asked for.</summary>
public class CompactUnitsTests
{
    private const string Text = "“The army will stay. Nobody leaves,” he said. Officials said \"we\n\nare 'quite' sure. It’s “done”.\n\nThe U.S. envoy left.";

    private static AnnotatedDocument Cut() => new DocumentPipeline(Fixtures.Bundled).Run(Fixtures.Text(Text, "wire"), new DateHints(null, null));

    private static object Shape(TokenizedUnit u) => string.Join("|", u.Unit, u.Text, u.QuoteOpenAtStart, u.QuoteOpenAtEnd, u.HasQuote,
        string.Join(",", u.Tokens), string.Join(",", u.Surface), string.Join(",", u.Lower), string.Join(",", u.Keys), string.Join(",", u.InQuote));

    [Fact]
    public void The_units_of_a_compact_document_are_those_the_pipeline_cut()
    {
        var cut = Cut();
        var compact = cut.Compact();

        Assert.IsType<CompactUnits>(compact.Units);
        Assert.Equal(cut.Units.Select(Shape), compact.Units.Select(Shape));
        Assert.Equal(cut.LocalUnits.Select(Shape), compact.LocalUnits.Select(Shape));
    }

    [Fact]
    public void Units_from_stored_token_spans_carry_quotations_as_the_pipeline_did()
    {
        // A straight quotation opened in one unit runs on into the next of its block; a new block starts closed.
        const string text = "\"We stay. They go,\" he said.\n\n\"Next.";
        Unit At(int index, int start, int end, int block) => new(index, start, end, UnitKind.Sentence, block, text[start..end]);
        var units = new List<Unit> { At(0, 0, 9, 0), At(1, 10, 28, 0), At(2, 30, 36, 1) };
        var cut = TokenizedUnit.Of(text, units).ToList();

        var stored = CompactUnits.Of(text, units, cut.Select(u => u.Tokens).ToList());

        Assert.Equal([false, true, false], cut.Select(u => u.QuoteOpenAtStart));
        Assert.Equal(cut.Select(Shape), stored.Select(Shape));
        Assert.Equal(cut.Select(u => Shape(u.Local())), stored.Local.Select(Shape));
        Assert.Equal(cut.Select(Shape), CompactUnits.Of(text, cut).Select(Shape));
    }

    [Fact]
    public void A_compact_document_keeps_no_unit_once_made()
    {
        var compact = Cut().Compact();

        Assert.NotSame(compact.Units[0], compact.Units[0]);
        Assert.NotSame(compact.LocalUnits[1], compact.LocalUnits[1]);
        Assert.Same(compact, compact.Compact());
    }

    [Fact]
    public void Each_unit_gives_back_its_own_token_spans_a_unit_with_none_too()
    {
        const string text = "Troops left. -- Talks resumed.";
        Unit At(int index, int start, int end) => new(index, start, end, UnitKind.Sentence, 0, text[start..end]);
        var units = new List<Unit> { At(0, 0, 12), At(1, 13, 15), At(2, 16, 30) };
        List<Token> tokens0 = [new(0, 6, TokenKind.Word), new(7, 4, TokenKind.Word), new(11, 1, TokenKind.Punct)];
        List<Token> tokens2 = [new(16, 5, TokenKind.Word), new(22, 7, TokenKind.Word), new(29, 1, TokenKind.Punct)];

        var stored = CompactUnits.Of(text, units, [tokens0, [], tokens2]);

        Assert.Equal(tokens0, stored.TokensAt(0).ToArray());
        Assert.Empty(stored.TokensAt(1).ToArray());
        Assert.Equal(tokens2, stored.TokensAt(2).ToArray());
        Assert.Equal(["Talks", "resumed", "."], stored[2].Surface);
        Assert.Equal([0, 6, 13], stored.Local[2].Tokens.Select(t => t.Start));
        Assert.Empty(stored[1].Tokens);
    }
}
