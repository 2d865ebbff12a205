using Tessera.Language;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Claims;

/// <summary>The extraction pipeline: a document's units, their mentions, stance and attribution, composed into claims.</summary>
public sealed class ClaimExtractor
{
    private readonly Segmenter _segmenter;
    // Not readonly: With gives a copy its own recognizer and shares every other reader.
    private ActorRecognizer _recognizer;
    private readonly EpistemicAnalyzer _epistemic;
    private readonly Attributor _attributor;
    private readonly VagueSourcing _vague;
    private readonly OriginReader _origins;

    /// <summary>The pipeline over the run's resources.</summary>
    public ClaimExtractor(LanguageResources resources)
    {
        var words = resources.FunctionWords;
        var lexicon = resources.Stance;
        _segmenter = resources.Segmenter;
        _recognizer = new ActorRecognizer(resources.Gazetteer, words, resources.Data);
        _epistemic = new EpistemicAnalyzer(lexicon, words);
        _attributor = new Attributor(lexicon, words);
        _vague = new VagueSourcing(lexicon, words);
        _origins = new OriginReader(lexicon, words);
    }

    /// <summary>This pipeline with a case's own actors joining the gazetteer's names (and coming before them); every other reader,
    /// and the gazetteer's other names, are shared rather than built again.</summary>
    public ClaimExtractor With(Gazetteer caseGazetteer)
    {
        var copy = (ClaimExtractor)MemberwiseClone();
        copy._recognizer = _recognizer.With(caseGazetteer);
        return copy;
    }

    /// <summary>Each stage in order; the order matters where a later stage reads an earlier one's output.</summary>
    public IReadOnlyList<Claim> Extract(Document document) => Extract(document, Tokenize(document));

    /// <summary>The document cut into units and each unit into tokens: done once, then read by every later stage.</summary>
    public IReadOnlyList<TokenizedUnit> Tokenize(Document document) => TokenizedUnit.Of(document.Text, _segmenter.Segment(document.Text)).ToList();

    /// <summary>The claims of a document already cut into units and tokens.</summary>
    public IReadOnlyList<Claim> Extract(Document document, IReadOnlyList<TokenizedUnit> tokenized)
    {
        var units = tokenized.Select(t => t.Unit).ToList();
        var bulletBlocks = units.Where(u => u.Kind == UnitKind.BulletItem).Select(u => u.Block).ToHashSet();
        var memory = new ActorRecognizer.Memory();
        var discourse = new Discourse();
        var claims = new List<Claim>(units.Count);
        var quoteOpenAtEnd = new List<bool>(units.Count);
        var quotation = new List<Quotation>(units.Count);
        Claim? leadIn = null;
        foreach (var unit in tokenized)
        {
            var mentions = _recognizer.Recognize(unit, memory);
            var stance = _epistemic.Analyze(unit);
            var attribution = unit.Unit.CanClaim ? _attributor.Attribute(unit, mentions, discourse) : Attribution.None;
            discourse.Update(mentions, attribution, heading: unit.Unit.Kind == UnitKind.Heading);
            var vague = unit.Unit.CanClaim ? _vague.Read(unit) : [];
            var origin = unit.Unit.CanClaim ? _origins.Read(unit, mentions, attribution) : OriginReading.None;
            var claim = InheritLeadIn(Compose(document, unit, mentions, stance, attribution, vague, origin), leadIn);
            if (!bulletBlocks.Contains(unit.Unit.Block)) leadIn = claim;
            claims.Add(claim);
            quoteOpenAtEnd.Add(unit.QuoteOpenAtEnd);
            quotation.Add(QuotationOf(unit));
        }
        // A headline's "Clinton" is read once the text has named "Hillary Clinton", whichever unit does so.
        for (var i = 0; i < claims.Count; i++)
            if (_recognizer.NamedLater(tokenized[i], claims[i].Mentions, memory) is var later && !ReferenceEquals(later, claims[i].Mentions))
                claims[i] = claims[i] with { Mentions = later };
        QuotationSpeakers(claims, units, quoteOpenAtEnd);
        EpigraphSpeakers(claims, units);
        ContinuedQuotations(claims, quotation);
        return claims;
    }

    private static Claim Compose(Document d, TokenizedUnit u, List<Mention> mentions, EpistemicStance s, Attribution a, IReadOnlyList<Cue> vague,
        OriginReading o) =>
        new(d.Id, u.Unit.Index, u.Unit.Start, u.Unit.End, u.Unit.Text, u.Unit.Kind, a.Speakers,
            s.Hedged, s.Boosted, s.Band, s.Prediction, s.Likelihood, s.Unverified, mentions,
            o.Cue is { } cue ? [.. s.Cues, .. a.Cues, .. vague, cue] : [.. s.Cues, .. a.Cues, .. vague], o.Origin);

    /// <summary>A bullet item's first sentence inherits the hedge of a lead-in ending with a colon
    /// ("the following factors may have played a role:").</summary>
    private static Claim InheritLeadIn(Claim claim, Claim? leadIn)
    {
        if (claim.Kind != UnitKind.BulletItem || leadIn is null || !leadIn.Hedged || !leadIn.Text.TrimEnd().EndsWith(':')) return claim;
        var inherited = leadIn.Cues.Where(c => c.Flag == Flag.Hedged).Select(c => c with { Family = "lead-in" });
        return claim with { Hedged = true, Cues = [.. claim.Cues, .. inherited] };
    }

    /// <summary>A quotation spread over several sentences takes the speaker named where it closes
    /// (“… difficulties. Regardless …,” said Xi.).</summary>
    private static void QuotationSpeakers(List<Claim> claims, IReadOnlyList<Unit> units, List<bool> quoteOpenAtEnd)
    {
        for (var i = claims.Count - 2; i >= 0; i--)
        {
            var c = claims[i];
            var next = claims[i + 1];
            if (!c.IsClaim || c.Speakers.Count > 0 || next.Speakers.Count == 0 || !quoteOpenAtEnd[i]) continue;
            if (units[i].Block != units[i + 1].Block) continue;
            claims[i] = c with { Speakers = next.Speakers, Cues = [.. c.Cues, .. next.Cues.Where(x => x.Flag == Flag.Speaker)] };
        }
    }

    /// <summary>An epigraph (a paragraph that is only a quotation) takes the name on the attribution line under it.</summary>
    private static void EpigraphSpeakers(List<Claim> claims, IReadOnlyList<Unit> units)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i].Kind != UnitKind.Byline) continue;
            var block = units[i - 1].Block;
            var first = i - 1;
            while (first > 0 && units[first - 1].Block == block) first--;
            if (!Tokenizer.IsQuoteAt(claims[first].Text, 0)) continue;
            var byline = claims[i];
            var name = byline.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Person)?.Canonical ?? TrailingName(byline.Text);
            var cue = new Cue(Flag.Speaker, "epigraph", byline.Start, byline.End, byline.Text);
            for (var j = first; j < i; j++)
                if (claims[j].IsClaim && claims[j].Speakers.Count == 0)
                    claims[j] = claims[j] with { Speakers = [name], Cues = [.. claims[j].Cues, cue] };
        }
    }

    /// <summary>A sentence that is all quotation and names no one goes on quoting whoever spoke just before: the speaker of a
    /// quotation in the sentence before ("…," the commander said. "Our men are ready.") or of a lead-in ending with a colon
    /// ("The minister told parliament:").</summary>
    private static void ContinuedQuotations(List<Claim> claims, List<Quotation> quotation)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            var c = claims[i];
            if (!c.IsClaim || c.Speakers.Count > 0 || quotation[i] != Quotation.All) continue;
            var before = claims[i - 1];
            if (!before.IsClaim || before.Speakers.Count == 0) continue;
            var quoted = quotation[i - 1] != Quotation.None || before.Text.TrimEnd().EndsWith(':');
            if (!quoted) continue;
            claims[i] = c with { Speakers = before.Speakers, Cues = [.. c.Cues, .. before.Cues.Where(x => x.Flag == Flag.Speaker).Select(x => x with { Family = "continued-quotation" })] };
        }
    }

    /// <summary>How much of a unit is quotation: none of it, some, or every word (a sentence inside a quotation that runs on,
    /// opened or closed in another sentence, is all quotation too).</summary>
    private enum Quotation { None, Some, All }

    private static Quotation QuotationOf(TokenizedUnit u)
    {
        if (!u.HasQuote && !u.QuoteOpenAtStart) return Quotation.None;
        var words = 0;
        for (var k = 0; k < u.Count; k++)
        {
            if (u.IsPunct(k)) continue;
            if (!u.InQuote[k]) return Quotation.Some;
            words++;
        }
        return words > 0 ? Quotation.All : Quotation.Some;
    }

    /// <summary>The capitalised words that end an attribution line ("former negotiator Lena Park" gives "Lena Park"), else the whole line.</summary>
    private static string TrailingName(string line)
    {
        var words = line.TrimStart('—', '–', '-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && words[first - 1].Length > 0 && char.IsUpper(words[first - 1][0])) first--;
        return first < words.Length ? string.Join(' ', words[first..]) : line.Trim();
    }
}
