using Tessera.Case;
using Tessera.Claims;
using Tessera.Output.Stix;
using Tessera.Reading;
using Tessera.Recognition;

namespace Tessera.Tests.Output.Stix;

/// <summary>Cases built by hand from a sentence or two, without a store, and their STIX objects.</summary>
public static class SmallCase
{
    /// <summary>One source per text, with id doc1, doc2 …; each source's publisher, date and grade as given.</summary>
    public static AssessedCase Of(DateOnly? from, params (string Text, string Publisher, DateOnly? Date, string Grade)[] docs)
    {
        var sources = new List<StoredSource>();
        var annotated = new List<Tessera.Pipeline.AnnotatedDocument>();
        var pipeline = new Tessera.Pipeline.DocumentPipeline(Fixtures.Bundled);
        for (var i = 0; i < docs.Length; i++)
        {
            var (text, publisher, date, gradeText) = docs[i];
            var id = $"doc{i + 1}";
            SourceGrade.TryParse(gradeText, out var grade);
            sources.Add(new StoredSource(id, $"/cases/small/sources/{id}.txt", $"Source {i + 1}", publisher, date, grade, "", DocumentFormat.Text));
            annotated.Add(pipeline.Run(new Document(id, $"/cases/small/sources/{id}.txt", DocumentFormat.Text, text, $"Source {i + 1}", publisher, date, grade)));
        }
        var file = new CaseFile("/cases/small", "Small case", from, from?.AddDays(30), "", "", [], []);
        return new AssessedCase(file, sources, annotated);
    }

    public static AssessedCase Of(string text, string publisher = "Wire", string date = "2022-01-05", string grade = "B2") =>
        Of(null, (text, publisher, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), grade));

    public static StixBundle Bundle(AssessedCase assessed, params StixHypothesis[] hypotheses) =>
        StixMapping.Map(assessed, Fixtures.Bundled.Stix, Fixtures.Bundled.Gazetteer, hypotheses);

    public static T Single<T>(this StixBundle bundle, Func<T, bool>? where = null) where T : StixObject =>
        Assert.Single(bundle.Objects.OfType<T>(), o => where?.Invoke(o) ?? true);

    public static StixObject ById(this StixBundle bundle, string id) => Assert.Single(bundle.Objects, o => o.Id == id);
}
