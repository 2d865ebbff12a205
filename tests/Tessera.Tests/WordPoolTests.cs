namespace Tessera.Tests;

/// <summary>A case's pool of strings keeps one instance of each distinct string and leaves a set's order as it was.</summary>
public class WordPoolTests
{
    [Fact]
    public void Equal_strings_made_apart_come_back_as_one()
    {
        var pool = new WordPool();
        var first = pool.Of(new string("troop".AsSpan()));
        var second = pool.Of(new string("troop".AsSpan()));

        Assert.Same(first, second);
        Assert.NotSame(first, pool.Of("troops"));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void A_pooled_set_holds_the_same_strings_in_the_same_order()
    {
        var pool = new WordPool();
        var earlier = pool.Of(new HashSet<string>(["#12", "@Army", "withdraw"], StringComparer.Ordinal));
        var words = new HashSet<string>(StringComparer.Ordinal) { "withdraw", "zone", "@Army", "airport" };

        var pooled = pool.Of(words);

        Assert.Equal(words.ToList(), pooled.ToList());
        Assert.Same(earlier.First(w => w == "withdraw"), pooled.First());
        Assert.Same(pool.Of(new HashSet<string>()), pool.Of(new HashSet<string>(StringComparer.Ordinal)));
    }
}
