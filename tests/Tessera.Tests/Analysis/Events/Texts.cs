using Tessera.Pipeline;
using Tessera.Events;
using Tessera.Analysis.Events;
using Tessera.Claims;
using Tessera.Reading;
using Tessera.Recognition.Time;

namespace Tessera.Tests.Analysis.Events;

/// <summary>Small documents made by hand for the analysis tests, read by the real extractor.</summary>
internal static class Texts
{
    public static readonly DateOnly Anchor = new(2023, 3, 10);

    public static IReadOnlyList<Claim> Claims(string text, string id = "doc", DateOnly? published = null) =>
        Fixtures.Bundled.Claims.Extract(new Document(id, id + ".txt", DocumentFormat.Text, text, "", "", published ?? Anchor, SourceGrade.Unknown));

    public static DocumentDate Dated(DateOnly day) => new(DateRange.Day(day), DateSource.CaseFile, "case.yaml", 0, 0);

    /// <summary>The events of a text as "Source|code|Target" ("?" for no target), in order.</summary>
    public static string[] Events(string text) =>
        Fixtures.Bundled.Events.ExtractDocument(Claims(text), Dated(Anchor)).Select(e => $"{e.Source}|{e.CameoCode}|{e.Target ?? "?"}").ToArray();

    /// <summary>A text through the whole extraction pipeline, dated <paramref name="date"/> as case.yaml would date it.</summary>
    public static AnnotatedDocument Document(string text, string id = "doc", DateOnly? date = null) =>
        new DocumentPipeline(Fixtures.Bundled).Run(new Document(id, id + ".txt", DocumentFormat.Text, text, "", "", date ?? Anchor, SourceGrade.Unknown),
            new DateHints(date ?? Anchor, null));

    public static CaseEvents Case(params (string Id, string Text, DateOnly Date)[] documents) =>
        CaseEvents.Of(documents.Select(d => Document(d.Text, d.Id, d.Date)).ToList());
}
