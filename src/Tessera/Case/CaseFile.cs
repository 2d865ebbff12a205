using Tessera.Reading;
using Tessera.Recognition;

namespace Tessera.Case;

/// <summary>A source as case.yaml lists it: the file and what the analyst knows of who published it, when, and how reliable it is.</summary>
public sealed record CaseSource(string Id, string File, string Title, string Publisher, DateOnly? Date, SourceGrade Grade, long Line)
{
    public SourceInfo Info => new(Id, Title.Length > 0 ? Title : null, Publisher.Length > 0 ? Publisher : null, Date, Grade);

    /// <summary>Where the source was found on the web (a feed item's link), when it came from there.</summary>
    public string? Url { get; init; }

    /// <summary>The feed item's own identifier, when it differs from its link: a feed read again skips the items it holds.</summary>
    public string? Guid { get; init; }
}

/// <summary>A case folder's case.yaml, parsed once: what the case is about, its sources, the actors it adds to the gazetteer,
/// and the hypotheses, evidence and forecasts its analysis weighs, as written.</summary>
public sealed record CaseFile(
    string Folder,
    string Title,
    DateOnly? From,
    DateOnly? To,
    string Region,
    string Description,
    IReadOnlyList<CaseSource> Sources,
    IReadOnlyList<ActorName> Actors)
{
    public string YamlPath => Path.Combine(Folder, "case.yaml");

    /// <summary>The competing explanations the analyst weighs (ACH).</summary>
    public IReadOnlyList<CaseHypothesis> Hypotheses { get; init; } = [];

    /// <summary>The evidence items rated against the hypotheses.</summary>
    public IReadOnlyList<CaseEvidence> Evidence { get; init; } = [];

    /// <summary>The predictions the analyst tracks, with probabilities and outcomes.</summary>
    public IReadOnlyList<CaseForecast> Forecasts { get; init; } = [];

    /// <summary>A case made of loose files, read without a case.yaml.</summary>
    public static CaseFile FromFiles(IEnumerable<string> files, string folder)
    {
        var sources = files.Select(f => new CaseSource(DocumentReader.Slug(Path.GetFileNameWithoutExtension(f)), Path.GetFullPath(f), "", "", null, SourceGrade.Unknown, 0)).ToList();
        return new CaseFile(folder, sources.Count == 1 ? Path.GetFileName(sources[0].File) : $"{sources.Count} documents", null, null, "", "", sources, []);
    }
}

/// <summary>A value as case.yaml writes it, with its line, for the stage that gives it meaning to name in its messages.</summary>
public sealed record WrittenValue(string Text, long Line);

/// <summary>A pointer from case.yaml to one claim: its id ("wire-chronology#12") or some of its words, optionally within one source.</summary>
public sealed record ClaimReference(string? ClaimId, string? Quote, long Line, string? Source = null)
{
    public string Text => ClaimId ?? Quote ?? "";

    /// <summary>The reference as a message shows it: long quotes cut to a readable length.</summary>
    public string Shown => Text.Length <= 60 ? Text : Text[..57] + "...";
}

/// <summary>A competing explanation as case.yaml states it.</summary>
/// <param name="Proposed">Drafted by `tessera causes --propose` and not yet confirmed: left out of the ACH until an analyst removes the mark.</param>
public sealed record CaseHypothesis(string Id, string Statement, double? Prior, long Line, bool Proposed = false);

/// <summary>How one evidence item bears on one hypothesis, as written ("C", "II"), and who gave it when case.yaml says
/// (`H1: {rating: C, by: alice}`).</summary>
public sealed record CaseRating(string HypothesisId, WrittenValue Rating, string? By = null);

/// <summary>An evidence item as case.yaml states it: a claim (by id or quote) or the analyst's own text, with optional weights;
/// a proposed item (drafted by `tessera causes --propose`) counts for nothing until an analyst removes its mark.</summary>
public sealed record CaseEvidence(
    string Id,
    ClaimReference? Claim,
    string? Text,
    string? Source,
    WrittenValue? Credibility,
    WrittenValue? Relevance,
    IReadOnlyList<CaseRating> Ratings,
    long Line,
    bool Proposed = false);

/// <summary>A forecast as case.yaml states it: the claim, the analyst's probability, dates and, once known, the outcome.</summary>
public sealed record CaseForecast(ClaimReference Claim, double? Probability, DateOnly? Made, DateOnly? Deadline, bool? Outcome, DateOnly? Resolved, string Note, long Line);
