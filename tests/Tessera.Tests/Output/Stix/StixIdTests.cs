using Tessera.Output.Stix;

namespace Tessera.Tests.Output.Stix;

/// <summary>Identifiers are name-based UUIDs: the same key gives the same id, on any machine, forever.</summary>
public class StixIdTests
{
    [Theory]
    // Known UUIDv5 values in the DNS and URL namespaces of RFC 4122 appendix C; the second is RFC 9562's own example.
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2")]
    [InlineData("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "http://python.org/", "4c565f0d-3f5a-5890-b41b-20cf47701c5e")]
    public void Uuid5_matches_the_known_values(string ns, string name, string expected)
    {
        Assert.Equal(Guid.Parse(expected), StixId.Uuid5(Guid.Parse(ns), name));
    }

    [Theory]
    [InlineData("note", "Kazakhstan unrest, January 2022", "wire-chronology#12")]
    [InlineData("identity", "Small case", "actor", "Kassym-Jomart Tokayev")]
    [InlineData("location", "Case with “quotes” and Кириллица", "place", "Алматы")]
    public void An_id_is_a_valid_STIX_identifier_of_version_5_and_the_same_every_time(string type, params string[] key)
    {
        var id = StixId.For(type, key);
        Assert.StartsWith(type + "--", id);
        Assert.True(StixId.IsValid(id), id);
        Assert.Equal('5', id[type.Length + 2 + 14]);
        Assert.Equal(id, StixId.For(type, key));
    }

    [Fact]
    public void Keys_that_join_to_the_same_text_still_give_different_ids()
    {
        Assert.NotEqual(StixId.For("note", "a b", "c"), StixId.For("note", "a", "b c"));
        // The type is part of the name, so a note and an opinion on the same claim have different UUIDs too.
        Assert.NotEqual(StixId.For("note", "case", "x")["note--".Length..], StixId.For("opinion", "case", "x")["opinion--".Length..]);
    }

    [Fact]
    public void Tesseras_own_identity_keeps_its_id_so_platforms_recognise_it_across_exports()
    {
        // Pinned: a new namespace or key scheme would rename every object any user has ever imported.
        Assert.Equal("identity--fd58eea1-bef1-5cb4-90bf-f44c109ecd7e", StixMapping.TesseraIdentityId);
    }

    [Theory]
    [InlineData("note--886313e1-3b8a-5372-9b90-0c9aee199e5d", true)]
    [InlineData("note--886313e1-3b8a-6372-9b90-0c9aee199e5d", false)]
    [InlineData("note--886313e1-3b8a-5372-7b90-0c9aee199e5d", false)]
    [InlineData("Note--886313e1-3b8a-5372-9b90-0c9aee199e5d", false)]
    [InlineData("note-886313e1-3b8a-5372-9b90-0c9aee199e5d", false)]
    [InlineData("note--886313e13b8a53729b900c9aee199e5d", false)]
    public void IsValid_follows_the_identifier_pattern_of_the_official_schema(string id, bool valid)
    {
        Assert.Equal(valid, StixId.IsValid(id));
    }
}
