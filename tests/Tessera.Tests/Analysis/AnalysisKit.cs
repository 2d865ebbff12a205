using Tessera.Analysis;
using System.Globalization;
using Tessera.Analysis.Ach;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Tests.Analysis;

/// <summary>Small hand-made inputs for the analysis tests: matrices written as one line, cases made of a few sentences.</summary>
internal static class AnalysisKit
{
    /// <summary>A matrix from rows separated by ';', each a rating per hypothesis (H1, H2, ...) and optionally
    /// '@credibility,relevance': "C I II; N C I @high,low". Items are E1, E2, ...</summary>
    public static AchMatrix Matrix(string rows, string? priors = null)
    {
        var items = new List<EvidenceItem>();
        var width = 0;
        foreach (var (row, i) in rows.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((r, i) => (r, i)))
        {
            var parts = row.Split('@', StringSplitOptions.TrimEntries);
            var cells = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            width = Math.Max(width, cells.Length);
            var ratings = cells.Select((c, h) => (Id: $"H{h + 1}", Rating: Ratings.TryParse(c, out var r) ? r : throw new ArgumentException(c)))
                .ToDictionary(x => x.Id, x => x.Rating);
            var (credibility, relevance) = (Level.Medium, Level.Medium);
            if (parts.Length > 1)
            {
                var levels = parts[1].Split(',', StringSplitOptions.TrimEntries);
                Ratings.TryParseLevel(levels[0], out credibility);
                Ratings.TryParseLevel(levels[1], out relevance);
            }
            items.Add(new EvidenceItem($"E{i + 1}", $"item {i + 1}", null, null, credibility, relevance, ratings));
        }
        var p = priors?.Split(' ').Select(x => x == "-" ? (double?)null : double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var hypotheses = Enumerable.Range(1, width).Select(h => new Hypothesis($"H{h}", $"hypothesis {h}", p?[h - 1])).ToList();
        return new AchMatrix(hypotheses, items);
    }

    /// <summary>Numbers written "1 2 3" in a table row.</summary>
    public static double[] Numbers(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>An assessed case of in-memory documents, each (id, publisher, text), its claims made by the real extractor.</summary>
    public static AssessedCase MakeCase(params (string Id, string Publisher, string Text)[] documents) =>
        MakeCase(documents.Select(d => (d.Id, d.Publisher, (DateOnly?)null, d.Text)).ToArray());

    public static AssessedCase MakeCase(params (string Id, string Publisher, DateOnly? Published, string Text)[] documents)
    {
        var sources = new List<StoredSource>();
        var annotated = new List<Tessera.Pipeline.AnnotatedDocument>();
        var pipeline = new Tessera.Pipeline.DocumentPipeline(Fixtures.Bundled);
        foreach (var (id, publisher, published, text) in documents)
        {
            var grade = SourceGrade.TryParse("B2", out var g) ? g : SourceGrade.Unknown;
            var doc = new Document(id, id + ".txt", DocumentFormat.Text, text, id, publisher, published, grade);
            sources.Add(new StoredSource(id, doc.Path, id, publisher, published, grade, doc.Fingerprint, DocumentFormat.Text));
            annotated.Add(pipeline.Run(doc));
        }
        var file = new CaseFile(Path.GetTempPath(), "test case", null, null, "", "", [], []);
        return new AssessedCase(file, sources, annotated.OrderBy(d => d.Id, StringComparer.Ordinal).ToList());
    }
}

/// <summary>The example case as `tessera assess` leaves it, for the end-to-end tests: assessed into a store once for the
/// whole run (the export tests read the same one), then analysed.</summary>
public sealed class ExampleCaseFixture
{
    public CaseAnalysis Analysis { get; } = Output.Stix.ExampleCase.Analysis;

    /// <summary>Everything the brief shows: key judgments, ACH, corroboration, forecasts, timeline, network, consequences.</summary>
    public Findings Findings => _findings ??= Findings.Of(Analysis, Fixtures.Bundled);
    private Findings? _findings;

    /// <summary>The one claim of the example whose text holds these words.</summary>
    public Claim Claim(string words) => AnalysisInputs.Find("", new ClaimReference(null, words, 0), Analysis.Case);
}
