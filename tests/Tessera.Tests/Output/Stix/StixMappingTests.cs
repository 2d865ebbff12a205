using Tessera.Output.Stix;
using Tessera.Stance;

namespace Tessera.Tests.Output.Stix;

/// <summary>How a case becomes STIX: which object each source, claim, actor and place becomes, and the numbers it carries.</summary>
public class StixMappingTests
{
    private static readonly DateOnly Jan5 = new(2022, 1, 5);

    [Theory]
    [InlineData("almost no chance", 5)]
    [InlineData("very unlikely", 15)]
    [InlineData("unlikely", 30)]
    [InlineData("roughly even chance", 50)]
    [InlineData("likely", 70)]
    [InlineData("very likely", 85)]
    [InlineData("almost certain", 95)]
    public void A_claims_band_sets_its_confidence_by_the_DNI_scale_of_the_STIX_appendix(string band, int confidence)
    {
        var b = Fixtures.Bundled.Stance.Bands[band];
        Assert.Equal(confidence, Fixtures.Bundled.Stix.Confidence(b, credibility: 6));
        Assert.Equal(confidence, Fixtures.Bundled.Stix.Confidence(b, credibility: 1));
    }

    [Theory]
    [InlineData(1, 90)]
    [InlineData(2, 70)]
    [InlineData(3, 50)]
    [InlineData(4, 30)]
    [InlineData(5, 10)]
    [InlineData(6, null)]
    public void Without_a_band_confidence_follows_the_Admiralty_credibility_and_credibility_6_leaves_it_out(int credibility, int? confidence)
    {
        Assert.Equal(confidence, Fixtures.Bundled.Stix.Confidence(null, credibility));
    }

    [Theory]
    [InlineData("almost no chance", false, false, "strongly-disagree")]
    [InlineData("very unlikely", false, false, "strongly-disagree")]
    [InlineData("unlikely", false, false, "disagree")]
    [InlineData("roughly even chance", false, false, "neutral")]
    [InlineData("likely", false, false, "agree")]
    [InlineData("very likely", false, true, "strongly-agree")]
    [InlineData("almost certain", false, false, "strongly-agree")]
    [InlineData("unlikely", true, false, "disagree")]
    [InlineData(null, true, false, "strongly-agree")]
    [InlineData(null, true, true, "strongly-agree")]
    [InlineData(null, false, true, "neutral")]
    [InlineData(null, false, false, null)]
    public void A_band_decides_the_opinion_first_then_a_booster_then_a_hedge(string? band, bool boosted, bool hedged, string? opinion)
    {
        var b = band is null ? null : Fixtures.Bundled.Stance.Bands[band];
        Assert.Equal(opinion, Fixtures.Bundled.Stix.Opinion(b, boosted, hedged));
    }

    [Fact]
    public void A_source_is_a_report_by_its_publisher_dated_when_it_was_published()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("The army withdrew.", publisher: "Steppe Wire", date: "2022-01-05", grade: "B2"));
        var report = bundle.Single<StixReport>();
        var publisher = bundle.Single<StixIdentity>(i => i.Name == "Steppe Wire");
        Assert.Equal("organization", publisher.IdentityClass);
        Assert.Equal(publisher.Id, report.CreatedByRef);
        Assert.Equal(Jan5, report.Published);
        Assert.Equal((Jan5, Jan5), (report.Created, report.Modified));
        Assert.Equal(70, report.Confidence);
        Assert.Contains("B2", report.Description);
        Assert.Equal("doc1", Assert.Single(report.ExternalReferences).ExternalId);
        Assert.Contains(bundle.Single<StixNote>().Id, report.ObjectRefs);
    }

    [Fact]
    public void A_report_refers_to_a_note_for_every_claim_of_its_source_and_no_heading()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("Outlook\n\nThe army withdrew. Talks may resume. The border stays shut."));
        var notes = bundle.Objects.OfType<StixNote>().ToList();
        Assert.Equal(["The army withdrew.", "Talks may resume.", "The border stays shut."], notes.Select(n => n.Content));
        Assert.Equal(notes.Select(n => n.Id), bundle.Single<StixReport>().ObjectRefs.Where(r => r.StartsWith("note--", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Kenya", "KE")]
    [InlineData("Brazil", "BR")]
    [InlineData("Japan", "JP")]
    [InlineData("Germany", "DE")]
    public void A_country_a_claim_names_is_a_location_with_its_ISO_code(string country, string code)
    {
        var bundle = SmallCase.Bundle(SmallCase.Of($"{country} sent an envoy to the talks."));
        var location = bundle.Single<StixLocation>(l => l.Name == country);
        Assert.Equal(code, location.Country);
        Assert.Null(location.Latitude);
    }

    [Theory]
    [InlineData("Nairobi", -1.29, 36.82)]
    [InlineData("Mombasa", -4.04, 39.67)]
    public void A_place_a_claim_names_is_a_location_with_the_gazetteers_coordinates(string place, double latitude, double longitude)
    {
        var location = SmallCase.Bundle(SmallCase.Of($"Crowds gathered in {place} at dawn.")).Single<StixLocation>(l => l.Name == place);
        Assert.Equal(("KE", latitude, longitude), (location.Country, location.Latitude, location.Longitude));
    }

    [Theory]
    [InlineData("Emmanuel Macron met the envoys.", "Emmanuel Macron", "individual")]
    [InlineData("Olaf Scholz met the envoys.", "Olaf Scholz", "individual")]
    [InlineData("NATO met the envoys.", "NATO", "organization")]
    [InlineData("The African Union met the envoys.", "African Union", "organization")]
    public void People_and_organisations_a_claim_names_are_identities_of_their_class(string text, string name, string identityClass) =>
        Assert.Equal(identityClass, SmallCase.Bundle(SmallCase.Of(text)).Single<StixIdentity>(i => i.Name == name).IdentityClass);

    [Fact]
    public void A_claim_is_a_note_with_its_sentence_its_speakers_and_the_actors_and_places_it_names()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("Putin said Russia will send troops to Almaty."));
        var note = bundle.Single<StixNote>();
        Assert.Equal("Putin said Russia will send troops to Almaty.", note.Content);
        Assert.Equal(["Vladimir Putin"], note.Authors);
        Assert.Equal(StixMapping.TesseraIdentityId, note.CreatedByRef);
        Assert.Equal(["attributed", "prediction"], note.Labels);
        Assert.Equal("doc1#1", Assert.Single(note.ExternalReferences).ExternalId);
        var named = note.ObjectRefs.Select(bundle.ById).ToList();
        Assert.Contains(named, o => o is StixIdentity { Name: "Vladimir Putin", IdentityClass: "individual" });
        Assert.Contains(named, o => o is StixLocation { Name: "Russia", Country: "RU", Latitude: null });
        Assert.Contains(named, o => o is StixLocation { Name: "Almaty", Country: "KZ", City: "Almaty", Latitude: > 43 and < 44, Longitude: > 76 and < 77 });
    }

    [Fact]
    public void A_speaker_the_case_knows_is_related_to_the_actors_it_speaks_of()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("Putin said Russia will send troops to Almaty."));
        var putin = bundle.Single<StixIdentity>(i => i.Name == "Vladimir Putin");
        var russia = bundle.Single<StixLocation>(l => l.Name == "Russia");
        var link = bundle.Single<StixRelationship>();
        Assert.Equal(("related-to", putin.Id, russia.Id), (link.RelationshipType, link.SourceRef, link.TargetRef));
        Assert.Contains("doc1#1", link.Description);
    }

    [Fact]
    public void A_claim_that_names_nothing_refers_to_its_report()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("The army withdrew."));
        Assert.Equal([bundle.Single<StixReport>().Id], bundle.Single<StixNote>().ObjectRefs);
    }

    [Theory]
    [InlineData("The protests may spread to Aktau.", "neutral", 70)]
    [InlineData("Tokayev clearly won the struggle.", "strongly-agree", 70)]
    [InlineData("It is likely that the CSTO will leave by February.", "agree", 70)]
    [InlineData("It is very unlikely that the garrison will stay.", "strongly-disagree", 15)]
    public void A_claim_that_passes_judgement_has_an_opinion_on_its_note_by_the_publisher(string text, string opinion, int confidence)
    {
        var bundle = SmallCase.Bundle(SmallCase.Of(text, grade: "B2"));
        var note = bundle.Single<StixNote>();
        var op = bundle.Single<StixOpinion>();
        Assert.Equal(opinion, op.Opinion);
        Assert.Equal([note.Id], op.ObjectRefs);
        Assert.Equal(bundle.Single<StixIdentity>(i => i.Name == "Wire").Id, op.CreatedByRef);
        Assert.Equal(confidence, note.Confidence);
        Assert.Equal(confidence, op.Confidence);
        Assert.Contains(op.Id, bundle.Single<StixReport>().ObjectRefs);
    }

    [Fact]
    public void An_opinion_explains_itself_with_the_words_that_raised_it()
    {
        var op = SmallCase.Bundle(SmallCase.Of("It is likely that the CSTO will leave by February.")).Single<StixOpinion>();
        Assert.StartsWith("ICD 203 band 'likely' (55%-80%) from 'likely'", op.Explanation);
    }

    [Fact]
    public void A_plain_statement_has_no_opinion()
    {
        Assert.Empty(SmallCase.Bundle(SmallCase.Of("The army withdrew.")).Objects.OfType<StixOpinion>());
    }

    [Fact]
    public void Without_a_source_date_objects_take_the_start_of_the_case_period_and_without_that_the_epoch()
    {
        var inPeriod = SmallCase.Bundle(SmallCase.Of(new DateOnly(2022, 1, 1), ("The army withdrew.", "Wire", null, "B2")));
        Assert.Equal(new DateOnly(2022, 1, 1), inPeriod.Single<StixReport>().Published);
        var undated = SmallCase.Bundle(SmallCase.Of(null, ("The army withdrew.", "Wire", null, "B2")));
        Assert.Equal(new DateOnly(1970, 1, 1), undated.Single<StixReport>().Published);
    }

    [Fact]
    public void An_actor_is_dated_from_the_first_to_the_last_source_that_names_it()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of(null,
            ("Tokayev spoke.", "Wire", new DateOnly(2022, 1, 9), "B2"),
            ("Tokayev left.", "Paper", new DateOnly(2022, 1, 3), "C3")));
        var tokayev = bundle.Single<StixIdentity>(i => i.Name == "Kassym-Jomart Tokayev");
        Assert.Equal((new DateOnly(2022, 1, 3), new DateOnly(2022, 1, 9)), (tokayev.Created, tokayev.Modified));
    }

    [Fact]
    public void A_source_without_claims_still_has_a_report_that_refers_to_its_publisher()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("# Timeline"));
        Assert.Empty(bundle.Objects.OfType<StixNote>());
        Assert.Equal([bundle.Single<StixIdentity>(i => i.Name == "Wire").Id], bundle.Single<StixReport>().ObjectRefs);
    }

    [Fact]
    public void A_source_without_a_publisher_has_a_report_created_by_no_one()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("The protests may spread.", publisher: ""));
        Assert.Null(bundle.Single<StixReport>().CreatedByRef);
        Assert.Null(bundle.Single<StixOpinion>().CreatedByRef);
        Assert.Empty(bundle.Single<StixOpinion>().Authors);
    }

    [Fact]
    public void A_hypothesis_is_a_grouping_of_the_notes_of_its_evidence()
    {
        var assessed = SmallCase.Of("The army withdrew. The protests may spread.");
        var bundle = SmallCase.Bundle(assessed, new StixHypothesis("H1", "The army lost control", ["doc1#2", "nowhere#9"]));
        var grouping = bundle.Single<StixGrouping>();
        Assert.Equal(("The army lost control", "unspecified"), (grouping.Name, grouping.Context));
        Assert.Equal([bundle.Single<StixNote>(n => n.Content.StartsWith("The protests", StringComparison.Ordinal)).Id], grouping.ObjectRefs);
    }

    [Fact]
    public void A_hypothesis_without_evidence_yet_groups_the_reports_of_the_case()
    {
        var bundle = SmallCase.Bundle(SmallCase.Of("The army withdrew."), new StixHypothesis("H2", "A power struggle", []));
        Assert.Equal([bundle.Single<StixReport>().Id], bundle.Single<StixGrouping>().ObjectRefs);
    }

    [Fact]
    public void Tessera_itself_is_one_system_identity_the_same_in_every_case()
    {
        var a = SmallCase.Bundle(SmallCase.Of("The army withdrew.")).Single<StixIdentity>(i => i.IdentityClass == "system");
        var b = SmallCase.Bundle(SmallCase.Of("Tokayev spoke.", publisher: "Other", date: "2023-05-01")).Single<StixIdentity>(i => i.IdentityClass == "system");
        Assert.Equal(a, b);
    }
}
