using Tessera.Recognition;

namespace Tessera.Tests.Recognition;

/// <summary>A case's own actors extend the run's gazetteer: they win over places, not over the names the resources give an organisation,
/// person or country, and the shared gazetteer is left as it was.</summary>
public class CaseActorTests
{
    // A user's rows, so the examples do not hang on the bundled lists: a place "Velmora", an organisation "Tarn Water Board" (TWB).
    private static LexiconFolder Lexicon() => Fixtures.Lexicon(
        ("places.tsv", "Velmora\t\tcity\t10.5\t20.5\tVelmora Town\n"),
        ("organisations.tsv", "Tarn Water Board\tTWB|Tarn Board\n"));

    private static (string Canonical, MentionKind Kind)? Longest(Gazetteer g, params string[] words) =>
        g.Longest(words, 0) is { } a ? (a.Canonical, a.Kind) : null;

    private static readonly ActorName[] Actors =
    [
        new("Velmora City Council", MentionKind.Organisation, ["Velmora", "the Council"]),
        new("Tarn Rescue", MentionKind.Organisation, ["TWB", "Tarn Rescue Team"]),
        new("Oskar Brenning", MentionKind.Person, ["Brenning"]),
    ];

    [Fact]
    public void An_alias_only_a_place_had_becomes_the_case_actors()
    {
        using var lex = Lexicon();
        var shared = lex.Resources.Gazetteer;
        var withCase = shared.With(Actors);
        Assert.Equal(("Velmora City Council", MentionKind.Organisation), Longest(withCase, "Velmora"));
        // The place keeps its other names, and the shared gazetteer still reads "Velmora" as the place.
        Assert.Equal(("Velmora", MentionKind.Place), Longest(withCase, "Velmora", "Town"));
        Assert.Equal(("Velmora", MentionKind.Place), Longest(shared, "Velmora"));
        Assert.Equal("Velmora", withCase.Place("Velmora")?.Name);
    }

    [Fact]
    public void An_alias_an_organisation_already_has_stays_the_organisations()
    {
        using var lex = Lexicon();
        var withCase = lex.Resources.Gazetteer.With(Actors);
        Assert.Equal(("Tarn Water Board", MentionKind.Organisation), Longest(withCase, "TWB"));
        // The longest name wins where a case's name and the resources' share a first word.
        Assert.Equal(("Tarn Rescue", MentionKind.Organisation), Longest(withCase, "Tarn", "Rescue", "Team"));
        Assert.Equal(("Tarn Water Board", MentionKind.Organisation), Longest(withCase, "Tarn", "Board"));
    }

    [Fact]
    public void A_new_first_word_is_known_only_to_the_extended_gazetteer()
    {
        using var lex = Lexicon();
        var shared = lex.Resources.Gazetteer;
        var withCase = shared.With(Actors);
        Assert.True(withCase.IsKnownFirstWord("Brenning"));
        Assert.False(shared.IsKnownFirstWord("Brenning"));
        Assert.Null(Longest(shared, "Tarn", "Rescue"));
    }

    [Fact]
    public void A_name_opening_with_a_letter_no_other_name_opens_with_is_found_only_where_it_was_added()
    {
        // No bundled or user's alias opens with a lower-case "z" or with "ǂ": the gazetteer turns words away by their first two
        // letters before looking them up, so the extended gazetteer must know the letters its own names open with, and the shared
        // one must not learn them; "zeal" shares the first letter of "zTel" and is still no name.
        using var lex = Fixtures.Lexicon(("organisations.tsv", "zTel Mobile\tzTel\nQ Holdings\tQ\n"));
        var shared = lex.Resources.Gazetteer;
        var withCase = shared.With([new ActorName("ǂKhomani Council", MentionKind.Organisation, ["ǂKhomani"])]);
        Assert.Equal(("zTel Mobile", MentionKind.Organisation), Longest(shared, "zTel"));
        Assert.Equal(("zTel Mobile", MentionKind.Organisation), Longest(withCase, "zTel"));
        Assert.Equal(("ǂKhomani Council", MentionKind.Organisation), Longest(withCase, "ǂKhomani", "Council"));
        Assert.True(withCase.IsKnownFirstWord("ǂKhomani"));
        Assert.Null(Longest(shared, "ǂKhomani", "Council"));
        Assert.False(shared.IsKnownFirstWord("ǂKhomani"));
        Assert.Null(Longest(withCase, "zeal"));
        // A name of one letter is found by that letter alone.
        Assert.Equal(("Q Holdings", MentionKind.Organisation), Longest(shared, "Q"));
    }

    [Fact]
    public void A_case_extractor_finds_its_actors_and_the_shared_one_does_not()
    {
        using var lex = Lexicon();
        var text = Fixtures.Text("Brenning said the Council had closed the road to Velmora.");
        var forCase = lex.Resources.ClaimsFor(Actors).Extract(text).First(c => c.IsClaim);
        Assert.Equal(["Oskar Brenning", "Velmora City Council"], forCase.Actors);
        Assert.DoesNotContain("Oskar Brenning", lex.Resources.Claims.Extract(text).First(c => c.IsClaim).Actors);
    }
}
