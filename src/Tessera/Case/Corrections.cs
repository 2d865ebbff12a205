using Tessera.Claims;
using Tessera.Events;
using Tessera.Pipeline;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Case;

/// <summary>Where a correction holds on: a source and the words of the claim it was made on, never the claim's number, since
/// a sentence added above the claim moves its number and not its words.</summary>
/// <param name="QuoteHash">The claim's folded words hashed (<see cref="QuoteText.Hash"/>), what an exact re-attachment compares.</param>
/// <param name="Quote">The claim's words as they were, for a loose re-attachment after a light edit and for the report of a lost one.</param>
public sealed record ClaimAnchor(string SourceId, string QuoteHash, string Quote)
{
    public static ClaimAnchor Of(Claim claim) => new(claim.DocumentId, QuoteText.Hash(claim.Text), claim.Text);
}

/// <summary>An analyst's correction of one field of an extracted claim, as the store keeps it.</summary>
/// <param name="Field">One of <see cref="Corrections.Fields"/>.</param>
/// <param name="Before">The value the analyst saw (the reader's, or an earlier correction's), as <see cref="Corrections.ValueOf"/> writes it.</param>
/// <param name="After">The value the analyst gave, in the same form.</param>
/// <param name="Author">Who made it (the workbench's <c>Analyst.Of</c>).</param>
/// <param name="Version">1 for the first correction of this field of these words, one more for each later one; the latest holds.</param>
public sealed record Correction(ClaimAnchor Anchor, string Field, string Before, string After, string Author, DateTimeOffset Made, int Version);

/// <summary>A stored correction and the claim it attached to in this assessment, or none when its words are gone.</summary>
public sealed record CorrectionOutcome(Correction Correction, string? ClaimId)
{
    public bool Lost => ClaimId is null;
}

/// <summary>The documents with every correction applied, and where each correction went.</summary>
public sealed record CorrectedDocuments(IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<CorrectionOutcome> Outcomes);

/// <summary>What a correction's value is read against: the ICD 203 bands and the CAMEO codes of the resources.</summary>
public sealed record CorrectionTerms(IReadOnlyDictionary<string, LikelihoodBand> Bands, CameoTable Cameo);

/// <summary>Corrections of extractions: read from what an analyst typed, applied after extraction as a pure step, re-attached
/// by words on every assessment.</summary>
/// <remarks>The store keeps the reader's extraction untouched and the corrections beside it; applying them on the way out
/// means a new reader version re-extracts cleanly and the analyst's judgment is laid over it again.</remarks>
public static class Corrections
{
    /// <summary>The fields a correction may change, named as in the JSONL contract (eval/GUIDELINES.md), plus the claim's CAMEO
    /// event code and the analyst's "no claim worth weighing".</summary>
    public static readonly string[] Fields = ["speaker", "hedged", "boosted", "unverified", "prediction", "vaguely_sourced", "band", "actors", "event", "irrelevant"];

    private static readonly string[] Flags = ["hedged", "boosted", "unverified", "prediction", "vaguely_sourced", "irrelevant"];

    /// <summary>The separator of a list value (speakers, actors, event codes).</summary>
    public const string ListSeparator = "; ";

    /// <summary>A field's value as text: the form a correction stores as before and after and a workbench form shows.</summary>
    /// <param name="events">The claim's own events, for the event code.</param>
    public static string ValueOf(Claim claim, IEnumerable<ActorEvent> events, string field) => field switch
    {
        "speaker" => string.Join(ListSeparator, claim.Speakers),
        "hedged" => Bool(claim.Hedged),
        "boosted" => Bool(claim.Boosted),
        "unverified" => Bool(claim.Unverified),
        "prediction" => Bool(claim.Prediction),
        "vaguely_sourced" => Bool(claim.VaguelySourced),
        "irrelevant" => Bool(claim.Irrelevant),
        "band" => claim.Band?.Name ?? "",
        "actors" => string.Join(ListSeparator, claim.Actors),
        "event" => string.Join(ListSeparator, events.Select(e => e.Cameo.Code).Distinct()),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a correctable field"),
    };

    private static string Bool(bool b) => b ? "true" : "false";

    /// <summary>What an analyst typed for a field, in the form <see cref="ValueOf"/> writes, or the problem with it.</summary>
    public static Result<string> Read(string field, string? given, CorrectionTerms terms)
    {
        if (!Fields.Contains(field)) return Messages.UnknownCorrectionField(field, Fields);
        var text = (given ?? "").Trim();
        if (Flags.Contains(field))
            return text.ToLowerInvariant() switch
            {
                "true" or "yes" => "true",
                "false" or "no" => "false",
                _ => Messages.BadCorrectionValue(field, text, "true or false"),
            };
        if (field == "band")
        {
            if (text.Length == 0) return "";
            var band = terms.Bands.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
            return band is not null ? band : Messages.BadCorrectionValue(field, text, "an ICD 203 band: " + string.Join(", ", terms.Bands.Keys) + ", or nothing");
        }
        if (field == "event")
            return terms.Cameo.Code(text) is not null ? text : Messages.BadCorrectionValue(field, text, "a CAMEO event code such as 190");
        return string.Join(ListSeparator, List(text));
    }

    private static List<string> List(string value) =>
        value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The claim of a source that an anchor's words are in now: the one with the same folded words, else the one that
    /// shares most of them in order both ways (at least <see cref="QuoteText.LooseShare"/>), the earliest of equals; null when
    /// the words are gone.</summary>
    public static Claim? Attach(ClaimAnchor anchor, IEnumerable<Claim> claimsOfSource)
    {
        var claims = claimsOfSource.ToList();
        if (claims.FirstOrDefault(c => QuoteText.Hash(c.Text) == anchor.QuoteHash) is { } same) return same;
        var quote = QuoteText.Words(anchor.Quote);
        Claim? best = null;
        var bestShare = 0.0;
        foreach (var c in claims)
        {
            var words = QuoteText.Words(c.Text);
            // Both ways: a short quote inside a long new sentence is not the claim the analyst corrected.
            var share = Math.Min(QuoteText.InOrderShare(quote, words), QuoteText.InOrderShare(words, quote));
            if (share >= QuoteText.LooseShare && share > bestShare) (best, bestShare) = (c, share);
        }
        return best;
    }

    /// <summary>Applies the latest correction of each field of each claim (by time, then version) and says where every
    /// correction attached; a correction whose words are gone changes nothing and is kept as lost.</summary>
    public static CorrectedDocuments Apply(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<Correction> corrections, CorrectionTerms terms)
    {
        if (corrections.Count == 0) return new CorrectedDocuments(documents, []);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var attached = new Dictionary<ClaimAnchor, string?>();
        var outcomes = new List<CorrectionOutcome>();
        foreach (var c in corrections)
        {
            if (!attached.TryGetValue(c.Anchor, out var claimId))
                attached[c.Anchor] = claimId = byId.GetValueOrDefault(c.Anchor.SourceId) is { } doc ? Attach(c.Anchor, doc.Claims)?.Id : null;
            outcomes.Add(new CorrectionOutcome(c, claimId));
        }
        var latest = outcomes.Where(o => !o.Lost)
            .GroupBy(o => (o.ClaimId!, o.Correction.Field))
            .Select(g => g.OrderBy(o => o.Correction.Made).ThenBy(o => o.Correction.Version).Last())
            .GroupBy(o => o.ClaimId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Correction).OrderBy(c => c.Made).ToList(), StringComparer.Ordinal);
        // An actor added by hand takes the kind the reader gave that name elsewhere in the case.
        var kinds = documents.SelectMany(d => d.Claims).SelectMany(c => c.Mentions).Where(m => m.IsActor)
            .GroupBy(m => m.Canonical, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var corrected = documents.Select(d => d.Claims.Any(c => latest.ContainsKey(c.Id)) ? Correct(d, latest, terms, kinds) : d).ToList();
        return new CorrectedDocuments(corrected, outcomes);
    }

    private static AnnotatedDocument Correct(AnnotatedDocument doc, Dictionary<string, List<Correction>> latest, CorrectionTerms terms,
        Dictionary<string, MentionKind> kinds)
    {
        var events = doc.Events.ToList();
        var claims = doc.Claims.Select(claim =>
        {
            if (!latest.TryGetValue(claim.Id, out var corrections)) return claim;
            var ofClaim = events.Where(e => e.ClaimId == claim.Id).ToList();
            var fields = new List<CorrectedField>();
            var result = claim;
            foreach (var correction in corrections)
            {
                var reader = ValueOf(claim, ofClaim, correction.Field);
                if (correction.After == reader) continue;
                fields.Add(new CorrectedField(correction.Field, reader));
                if (correction.Field == "event")
                {
                    if (terms.Cameo.Code(correction.After) is { } code)
                        events = events.Select(e => e.ClaimId == claim.Id ? e with { Cameo = code } : e).ToList();
                    continue;
                }
                result = Set(result, correction.Field, correction.After, terms, kinds);
            }
            return result with { Corrected = fields };
        }).ToList();
        return doc with { Claims = claims, Events = events };
    }

    /// <summary>One field set to a value; a flag turned off loses the cues that raised it, since they no longer explain anything.</summary>
    private static Claim Set(Claim c, string field, string value, CorrectionTerms terms, Dictionary<string, MentionKind> kinds)
    {
        var on = value == "true";
        List<Cue> Without(Flag flag) => c.Cues.Where(q => q.Flag != flag).ToList();
        return field switch
        {
            "speaker" => c with { Speakers = List(value), Cues = Without(Flag.Speaker) },
            "hedged" => c with { Hedged = on, Cues = on ? c.Cues : Without(Flag.Hedged) },
            "boosted" => c with { Boosted = on, Cues = on ? c.Cues : Without(Flag.Boosted) },
            "unverified" => c with { Unverified = on, Cues = on ? c.Cues : Without(Flag.Unverified) },
            "prediction" => c with { Prediction = on, Cues = on ? c.Cues : Without(Flag.Prediction) },
            // The flag is read from its cues, so the analyst's judgment is a cue of its own, of no words: the analyst named none.
            "vaguely_sourced" => on
                ? c with { Cues = [.. c.Cues, new Cue(Flag.VaguelySourced, "analyst", c.Start, c.Start, "")] }
                : c with { Cues = Without(Flag.VaguelySourced) },
            "irrelevant" => c with { Irrelevant = on },
            "band" => terms.Bands.GetValueOrDefault(value) is { } band
                ? c with { Band = band, Likelihood = new Probability(band.Midpoint) }
                : c with { Band = null, Likelihood = null, Cues = Without(Flag.Probability) },
            "actors" => c with { Mentions = Actors(c, List(value), kinds) },
            _ => c,
        };
    }

    /// <summary>The claim's mentions with its actors made these: places kept, an actor dropped loses its mentions, one added
    /// gets a mention of no words at the claim's start (the analyst named no words).</summary>
    private static List<Mention> Actors(Claim c, List<string> names, Dictionary<string, MentionKind> kinds)
    {
        var mentions = c.Mentions.Where(m => !m.IsActor || names.Contains(m.Canonical, StringComparer.Ordinal)).ToList();
        foreach (var name in names.Where(n => !mentions.Any(m => m.IsActor && m.Canonical == n)))
            mentions.Add(new Mention(c.Start, c.Start, "", name, kinds.GetValueOrDefault(name, MentionKind.Organisation)));
        return mentions;
    }
}
