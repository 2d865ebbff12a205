namespace Tessera.Tests;

/// <summary>A compact set answers as the set it was made from does, and iterates in the order it was given.</summary>
public class CompactSetTests
{
    [Fact]
    public void It_keeps_the_order_given_and_each_item_once()
    {
        var set = new CompactSet<string>(["withdraw", "@Army", "zone", "withdraw", "airport"], StringComparer.Ordinal);

        Assert.Equal(["withdraw", "@Army", "zone", "airport"], set.ToList());
        Assert.Equal(4, set.Count);
        Assert.True(set.Contains(new string("zone".AsSpan())));
        Assert.False(set.Contains("Zone"));
        Assert.False(set.Contains("zones"));
    }

    [Fact]
    public void An_empty_set_holds_nothing()
    {
        var set = new CompactSet<double>([]);

        Assert.Empty(set);
        Assert.False(set.Contains(0));
        Assert.True(set.IsSubsetOf([1.0]));
        Assert.False(set.Overlaps([1.0]));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(40, 2)]
    [InlineData(300, 3)]
    [InlineData(2000, 4)]
    public void It_answers_as_a_hash_set_of_the_same_items(int size, int seed)
    {
        // Sizes past 255 items take the wider table of positions.
        var random = new Random(seed);
        var items = Enumerable.Range(0, size).Select(_ => random.Next(size * 2)).ToList();
        var expected = new HashSet<int>(items);
        var set = new CompactSet<int>(items);
        var other = Enumerable.Range(0, size / 2 + 1).Select(_ => random.Next(size * 2)).ToList();

        Assert.Equal(expected.ToList(), set.ToList());
        Assert.All(Enumerable.Range(-1, size * 2 + 2), i => Assert.Equal(expected.Contains(i), set.Contains(i)));
        Assert.Equal(expected.Overlaps(other), set.Overlaps(other));
        Assert.Equal(expected.IsSubsetOf(other), set.IsSubsetOf(other));
        Assert.Equal(expected.IsSupersetOf(other), set.IsSupersetOf(other));
        Assert.Equal(expected.IsProperSubsetOf(other), set.IsProperSubsetOf(other));
        Assert.Equal(expected.IsProperSupersetOf(other), set.IsProperSupersetOf(other));
        Assert.Equal(expected.SetEquals(other), set.SetEquals(other));
        Assert.True(set.SetEquals(expected.Reverse()));
        Assert.True(set.IsSubsetOf(expected) && set.IsSupersetOf(expected));
        Assert.False(set.IsProperSubsetOf(expected) || set.IsProperSupersetOf(expected));
    }
}
