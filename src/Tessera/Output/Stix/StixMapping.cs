using System.Globalization;
using Tessera.Case;
using Tessera.Claims;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Output.Stix;

/// <summary>Maps an assessed case onto STIX 2.1 objects; a pure function of the case, the vocabulary and the gazetteer.</summary>
/// <remarks>
/// What becomes what:
/// <list type="bullet">
/// <item>each source is a Report (§4.16) created by its publisher's Identity (§4.5, class "organization");</item>
/// <item>each claim is a Note (§4.13) created by Tessera's Identity (class "system"): Tessera wrote the note, the speakers
/// are its authors and the source file is its external reference;</item>
/// <item>a claim whose words pass judgement (an ICD 203 band, a booster, a hedge) also has an Opinion (§4.15) on its note,
/// created by the publisher, as the source's own view of the claim;</item>
/// <item>people are Identities of class "individual", organisations of class "organization"; countries are Locations
/// (§4.10) with their ISO code, as threat-intelligence platforms file countries, and fall back to Identities of class
/// "group" where no code is known; places are Locations with the gazetteer's coordinates;</item>
/// <item>a known actor who speaks of another is linked to it by a Relationship (§5.1) "related-to", the common relationship
/// STIX allows between any two objects: the claims say that one speaks of the other, not how they relate;</item>
/// <item>hypotheses are Groupings (§4.4) of the notes that bear on them, with context "unspecified": the grouping-context
/// vocabulary knows only suspicious activity and malware analysis besides;</item>
/// <item>each factor (a cause the sources give) is an Opinion on the notes of its causal claims, authored by those who assert
/// it, agreeing as far as its evidence status allows; each candidate explanation is a Grouping of its factors' opinions.</item>
/// </list>
/// Created and modified are the earliest and latest publication dates of the sources an object comes from, so an
/// export never depends on the clock.
/// </remarks>
public static class StixMapping
{
    /// <summary>The only relationship type a claim supports: STIX 2.1 "Common Relationships" allows it between any two objects.</summary>
    public const string RelatedTo = "related-to";

    /// <summary>STIX 2.1 grouping-context vocabulary: a set of objects related without a more precise characterisation.</summary>
    public const string HypothesisContext = "unspecified";

    /// <summary>Tessera's own identity is the same object in every bundle, so its date is fixed (the day this mapping was written).</summary>
    private static readonly DateOnly TesseraSince = new(2026, 11, 29);

    /// <summary>Where neither a source nor the case gives a date, objects are dated at the Unix epoch: visibly not a real date.</summary>
    private static readonly DateOnly NoDate = new(1970, 1, 1);

    public static string TesseraIdentityId { get; } = StixId.For("identity", "tessera");

    /// <param name="credibility">Each claim's own Admiralty credibility; without it, a claim takes its source's.</param>
    public static StixBundle Map(AssessedCase assessed, StixVocabulary vocabulary, Gazetteer gazetteer, IReadOnlyList<StixHypothesis>? hypotheses = null,
        IReadOnlyDictionary<string, Analysis.Credibility.Credibility>? credibility = null, Analysis.Causes.CaseCauses? causes = null)
    {
        var caseKey = assessed.File.Title;
        var sources = assessed.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var claims = assessed.Claims.Where(c => c.IsClaim)
            .OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Index).ToList();
        var caseDate = assessed.File.From ?? sources.Select(s => s.Published).Where(d => d is not null).Min() ?? NoDate;
        var lastDate = sources.Select(s => s.Published ?? caseDate).DefaultIfEmpty(caseDate).Max();
        var dateOf = sources.ToDictionary(s => s.Id, s => s.Published ?? caseDate, StringComparer.Ordinal);
        DateOnly DateOf(string sourceId) => dateOf.GetValueOrDefault(sourceId, caseDate);

        var objects = new List<StixObject> { TesseraIdentity() };

        // Publishers: one identity per name, however many sources it published.
        var publisherRef = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in sources.Where(s => s.Publisher.Length > 0).GroupBy(s => s.Publisher).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var id = StixId.For("identity", caseKey, "publisher", group.Key);
            publisherRef[group.Key] = id;
            objects.Add(new StixIdentity(id, group.Min(s => DateOf(s.Id)), group.Max(s => DateOf(s.Id)), group.Key, "organization",
                "Publisher of " + string.Join(", ", group.Select(s => $"{s.Id} (graded {s.Grade})")))
            { CreatedByRef = TesseraIdentityId });
        }

        // Actors and places: what each claim names, and the speakers the case knows as actors.
        var kinds = ActorKinds(assessed);
        var entities = new Dictionary<(string Name, bool IsPlace), Entity>();
        var seen = new Dictionary<(string Name, bool IsPlace), (DateOnly First, DateOnly Last)>();
        foreach (var c in claims)
        {
            var d = DateOf(c.DocumentId);
            foreach (var key in c.Speakers.Where(kinds.ContainsKey).Select(s => (s, false))
                         .Concat(c.Actors.Select(a => (a, false))).Concat(c.Places.Select(p => (p, true))))
                seen[key] = seen.TryGetValue(key, out var span) ? (Min(span.First, d), Max(span.Last, d)) : (d, d);
        }
        foreach (var ((name, isPlace), (first, last)) in seen)
        {
            var entity = isPlace ? Place(caseKey, name, first, last, vocabulary, gazetteer)
                : Actor(caseKey, name, kinds.GetValueOrDefault(name, MentionKind.Organisation), first, last, vocabulary);
            if (entity is not null) entities[(name, isPlace)] = entity;
        }
        objects.AddRange(entities.Values.OrderBy(e => e.Object.Type, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Object));
        string? RefOf(string name, bool isPlace) => entities.TryGetValue((name, isPlace), out var e) ? e.Object.Id : null;

        // Sources and their claims.
        var claimsOf = claims.ToLookup(c => c.DocumentId, StringComparer.Ordinal);
        var noteOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var reports = new List<string>();
        foreach (var source in sources)
        {
            var date = DateOf(source.Id);
            var reportId = StixId.For("report", caseKey, source.Id);
            reports.Add(reportId);
            var publisher = publisherRef.GetValueOrDefault(source.Publisher);
            var contents = new List<StixObject>();
            var named = new List<string>();
            foreach (var c in claimsOf[source.Id])
            {
                var refs = c.Speakers.Where(kinds.ContainsKey).Select(s => RefOf(s, false))
                    .Concat(c.Actors.Select(a => RefOf(a, false))).Concat(c.Places.Select(p => RefOf(p, true)))
                    .OfType<string>().Distinct().ToList();
                var note = Note(caseKey, c, date, refs.Count > 0 ? refs : [reportId], vocabulary.Confidence(c.Band, credibility?.GetValueOrDefault(c.Id)?.Grade ?? source.Grade.Credibility), RelativePath(assessed, source), assessed.Document(source.Id)?.Source);
                noteOf[c.Id] = note.Id;
                contents.Add(note);
                named.AddRange(refs);
                if (vocabulary.Opinion(c.Band, c.Boosted, c.Hedged) is { } opinion)
                {
                    IReadOnlyList<string> authors = c.Speakers.Count > 0 ? c.Speakers : source.Publisher.Length > 0 ? [source.Publisher] : [];
                    contents.Add(new StixOpinion(StixId.For("opinion", caseKey, c.Id), date, date, opinion, Explanation(c), authors, [note.Id])
                    {
                        CreatedByRef = publisher,
                        Confidence = note.Confidence,
                    });
                }
            }
            // The report refers to its notes and opinions, then to the actors and places they name.
            var reportRefs = contents.Select(o => o.Id).Concat(named).Distinct().ToList();
            // A report must refer to something (§4.16); a source without claims refers to who published it.
            if (reportRefs.Count == 0) reportRefs.Add(publisher ?? TesseraIdentityId);
            objects.Add(new StixReport(reportId, date, date, source.Title.Length > 0 ? source.Title : source.Id, date, reportRefs, Describe(source))
            {
                CreatedByRef = publisher,
                Confidence = vocabulary.Confidence(null, source.Grade.Credibility),
                ExternalReferences = [new StixExternalReference("tessera", source.Id, RelativePath(assessed, source))],
            });
            objects.AddRange(contents);
        }

        // Who speaks of whom: one relationship per pair, naming the claims.
        var pairs = new Dictionary<(string From, string To), List<Claim>>();
        foreach (var c in claims)
            foreach (var speaker in c.Speakers.Where(kinds.ContainsKey).Distinct())
                foreach (var actor in c.Actors.Where(a => a != speaker))
                {
                    if (RefOf(speaker, false) is null || RefOf(actor, false) is null) continue;
                    (pairs.TryGetValue((speaker, actor), out var list) ? list : pairs[(speaker, actor)] = []).Add(c);
                }
        foreach (var ((from, to), said) in pairs.OrderBy(p => p.Key.From, StringComparer.Ordinal).ThenBy(p => p.Key.To, StringComparer.Ordinal))
        {
            var source = RefOf(from, false)!;
            var target = RefOf(to, false)!;
            objects.Add(new StixRelationship(StixId.For("relationship", caseKey, RelatedTo, source, target),
                said.Min(c => DateOf(c.DocumentId)), said.Max(c => DateOf(c.DocumentId)), RelatedTo, source, target,
                $"{from} speaks of {to} in {Count(said.Count, "claim")}: {string.Join(", ", said.Select(c => c.Id))}")
            { CreatedByRef = TesseraIdentityId });
        }

        foreach (var h in hypotheses ?? [])
        {
            var evidence = h.EvidenceClaimIds.Select(noteOf.GetValueOrDefault).OfType<string>().Distinct().ToList();
            // Until the analysis links evidence to it, a hypothesis bears on the case's sources as a whole.
            objects.Add(new StixGrouping(StixId.For("grouping", caseKey, h.Id), caseDate, Max(caseDate, lastDate), h.Statement, HypothesisContext,
                evidence.Count > 0 ? evidence : reports, $"Hypothesis {h.Id} of the case '{caseKey}'")
            { CreatedByRef = TesseraIdentityId });
        }
        if (causes is not null) objects.AddRange(Causes(caseKey, causes, noteOf, DateOf));
        return new StixBundle(StixId.For("bundle", caseKey), objects);
    }

    /// <summary>Factors as opinions on the notes of their claims, explanations as groupings of those opinions.</summary>
    private static IEnumerable<StixObject> Causes(string caseKey, Analysis.Causes.CaseCauses causes, IReadOnlyDictionary<string, string> noteOf,
        Func<string, DateOnly> dateOf)
    {
        var opinionOf = new Dictionary<string, StixOpinion>(StringComparer.Ordinal);
        foreach (var f in causes.Factors)
        {
            var notes = f.ClaimIds.Select(noteOf.GetValueOrDefault).OfType<string>().Distinct().ToList();
            if (notes.Count == 0) continue;
            var dates = f.Sources.Select(dateOf).ToList();
            // The opinion is the sources' view of the cause, as strong as its evidence: no evidence presented is disagreement.
            var opinion = f.Status switch
            {
                Events.Causes.CauseStatus.Verified => "strongly-agree",
                Events.Causes.CauseStatus.Asserted => "agree",
                Events.Causes.CauseStatus.Alleged => "neutral",
                _ => "disagree",
            };
            var why = $"Cause {f.Id}: {f.Cause}. Asserted by {Names(f.AssertedBy)}; denied by {Names(f.DeniedBy)}; " +
                      $"{Count(f.IndependentOrigins.Count, "independent origin")}; {Output.Records.Terms.Status(f.Status)}.";
            var o = new StixOpinion(StixId.For("opinion", caseKey, "factor", f.Cause, string.Join(" ", f.ClaimIds)), dates.Min(), dates.Max(), opinion, why,
                f.AssertedBy.Count > 0 ? f.AssertedBy : f.DeniedBy, notes)
            { CreatedByRef = TesseraIdentityId };
            opinionOf[f.Id] = o;
            yield return o;
        }
        foreach (var x in causes.Explanations)
        {
            var refs = x.Factors.Select(f => opinionOf.GetValueOrDefault(f.Id)?.Id).OfType<string>().ToList();
            if (refs.Count == 0) continue;
            var dates = x.Sources.Select(dateOf).ToList();
            yield return new StixGrouping(StixId.For("grouping", caseKey, "explanation", x.Kind), dates.Min(), dates.Max(), x.Statement, HypothesisContext, refs,
                $"Candidate explanation drawn from the sources' causes, put forward by {Names(x.Speakers)}; not an analyst's hypothesis")
            { CreatedByRef = TesseraIdentityId };
        }
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "no one" : string.Join(", ", names);

    /// <summary>An actor or place and the object it became.</summary>
    private sealed record Entity(string Name, StixObject Object);

    private static StixIdentity TesseraIdentity() =>
        new(TesseraIdentityId, TesseraSince, TesseraSince, "Tessera", "system",
            "Tessera extracts claims from crisis reporting: who says what, how sure, with the words that show it.");

    /// <summary>What kind each actor is: the case's own list first, then how the claims mention it.</summary>
    private static Dictionary<string, MentionKind> ActorKinds(AssessedCase assessed)
    {
        var kinds = new Dictionary<string, MentionKind>(StringComparer.Ordinal);
        foreach (var a in assessed.File.Actors) kinds.TryAdd(a.Name, a.Kind);
        foreach (var m in assessed.Claims.SelectMany(c => c.Mentions).Where(m => m.IsActor)) kinds.TryAdd(m.Canonical, m.Kind);
        return kinds;
    }

    private static Entity Actor(string caseKey, string name, MentionKind kind, DateOnly first, DateOnly last, StixVocabulary vocabulary)
    {
        if (kind == MentionKind.Country && vocabulary.CountryCode(name) is { } code)
            return new Entity(name, new StixLocation(StixId.For("location", caseKey, "country", name), first, last, name)
            { Country = code, CreatedByRef = TesseraIdentityId });
        var identityClass = kind switch
        {
            MentionKind.Person => "individual",
            // A state with no ISO code (one a case adds) is still an actor; "group" is the class §4.5 has for it.
            MentionKind.Country => "group",
            _ => "organization",
        };
        return new Entity(name, new StixIdentity(StixId.For("identity", caseKey, "actor", name), first, last, name, identityClass)
        { CreatedByRef = TesseraIdentityId });
    }

    /// <summary>A place the gazetteer can put on a map; one it cannot is left out, as a Location needs a country, a region or coordinates.</summary>
    private static Entity? Place(string caseKey, string name, DateOnly first, DateOnly last, StixVocabulary vocabulary, Gazetteer gazetteer)
    {
        if (gazetteer.Place(name) is not { } p) return null;
        return new Entity(name, new StixLocation(StixId.For("location", caseKey, "place", name), first, last, p.Name)
        {
            Country = p.Country.Length > 0 ? vocabulary.CountryCode(p.Country) : null,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            City = p.Kind is "capital" or "city" ? p.Name : null,
            AdministrativeArea = p.Kind == "region" ? p.Name : null,
            CreatedByRef = TesseraIdentityId,
        });
    }

    private static StixNote Note(string caseKey, Claim c, DateOnly date, IReadOnlyList<string> refs, int? confidence, string file, Reading.Document? document)
    {
        var status = c.Status.ToString().ToLowerInvariant();
        var labels = new List<string> { status };
        if (c.Hedged && c.Status != EvidenceStatus.Hedged) labels.Add("hedged");
        if (c.Boosted) labels.Add("boosted");
        if (c.Prediction) labels.Add("prediction");
        if (c.Band is not null) labels.Add(c.Band.Name.Replace(' ', '-'));
        // An analyst's correction shows as such, field by field, so a platform never takes it for the reader's own finding.
        labels.AddRange(c.Corrected.Select(f => "corrected-" + f.Field.Replace('_', '-')));
        var said = c.Speakers.Count > 0 ? $", said by {string.Join("; ", c.Speakers)}" : "";
        return new StixNote(StixId.For("note", caseKey, c.Id), date, date,
            $"{char.ToUpperInvariant(status[0])}{status[1..]} claim {c.Id}{said}", c.Text, c.Speakers, refs)
        {
            CreatedByRef = TesseraIdentityId,
            Confidence = confidence,
            Labels = labels,
            ExternalReferences = [new StixExternalReference("tessera", c.Id, Characters(c, file, document))],
        };
    }

    /// <summary>Where the claim was written in its file: text read out of Markdown or HTML maps back to the file's characters.</summary>
    private static string Characters(Claim c, string file, Reading.Document? document)
    {
        var (start, end) = document?.FileSpan(c.Start, c.End) ?? (c.Start, c.End);
        return $"characters {start}-{end} of {file}";
    }

    /// <summary>Why the opinion is what it is, in the words that raised each flag.</summary>
    private static string Explanation(Claim c)
    {
        string Words(Flag flag) => string.Join(", ", c.Cues.Where(q => q.Flag == flag).Select(q => $"'{q.Text}'").Distinct());
        var parts = new List<string>();
        if (c.Band is { } band)
        {
            var words = Words(Flag.Probability);
            parts.Add($"ICD 203 band '{band.Name}' ({Percent(band.Low)}-{Percent(band.High)}){(words.Length > 0 ? " from " + words : "")}");
        }
        if (c.Boosted) parts.Add("boosted" + (Words(Flag.Boosted) is { Length: > 0 } w ? " by " + w : ""));
        if (c.Hedged) parts.Add("hedged" + (Words(Flag.Hedged) is { Length: > 0 } h ? " by " + h : ""));
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>The source described as ICD 203 asks: who published it and how its reliability and information are graded.</summary>
    private static string Describe(StoredSource s)
    {
        var by = s.Publisher.Length > 0 ? $"Published by {s.Publisher}. " : "";
        return $"{by}Admiralty grade {s.Grade}: source {s.Grade.ReliabilityText}, information {s.Grade.CredibilityText}.";
    }

    /// <summary>The source file as the case folder names it; never the absolute path, which differs from machine to machine.</summary>
    private static string RelativePath(AssessedCase assessed, StoredSource s)
    {
        var rel = Path.GetRelativePath(assessed.File.Folder, s.Path);
        return (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? Path.GetFileName(s.Path) : rel).Replace('\\', '/');
    }

    private static string Percent(double p) => (p * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
