using Tessera.Claims;
using Tessera.Language;
using Tessera.Stance;

namespace Tessera.Events;

/// <summary>Whether a claim says an actor comes out better or worse.</summary>
public enum OutcomeDirection { Gain, Loss }

/// <summary>One claim that an actor gains or loses, with the words that say so and the claim's stance and source.</summary>
/// <param name="Actor">The actor (a canonical name, or a compound such as "China–Russia partnership").</param>
/// <param name="Direction">Gain or loss.</param>
/// <param name="Cue">The words that say so, as written ("appears to come out of this crisis strengthened").</param>
/// <param name="Claim">The claim, with its stance: hedged, boosted, likelihood band, prediction, unverified, speakers.</param>
public sealed record OutcomeEntry(string Actor, OutcomeDirection Direction, string Cue, Claim Claim)
{
    public string ClaimId => Claim.Id;
    public string SourceId => Claim.DocumentId;
    public EvidenceStatus Status => Claim.Status;
    public bool Hedged => Claim.Hedged;
    public bool Boosted => Claim.Boosted;
    public bool Prediction => Claim.Prediction;
    public LikelihoodBand? Band => Claim.Band;
}

/// <summary>Reads the outcome cues of analysis/outcome-cues.tsv in a claim and finds the actor each is about.</summary>
public sealed class OutcomeReader
{
    private sealed record OutcomePattern(OutcomeDirection Direction, bool Object, IReadOnlyList<PatternElement> Elements, string Text)
        : TokenPattern(Elements, PatternFrame.Active, Text);

    private readonly PatternSet _patterns;
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);
    private readonly ClauseReader _reader;
    private readonly HashSet<string> _titles;

    /// <param name="data">The language data, for the cues and the forms of irregular verbs.</param>
    /// <param name="extractor">The event extractor whose clause reader finds the actor a cue is about.</param>
    public OutcomeReader(LanguageData data, EventExtractor extractor)
    {
        _reader = extractor.Reader;
        _titles = extractor.Titles;
        var forms = new VerbForms(data.Rows("cameo/irregular-verbs.tsv"));
        var patterns = new List<OutcomePattern>();
        foreach (var row in data.Rows("analysis/outcome-cues.tsv"))
        {
            if (row[1] == "compound") { _compounds.Add(row[0]); continue; }
            Problem Bad(string why) => Messages.BadLexicon(row.File, row.Line, why);
            // The file's format has checked the direction and the role.
            var direction = row[0] == "gain" ? OutcomeDirection.Gain : OutcomeDirection.Loss;
            var elements = TokenPattern.ParseElements(row, row[2], forms, Bad);
            if (row[1] == "object" && !elements.Any(e => e is SlotElement)) throw new ProblemException(Bad("an object cue needs a {T} slot for the actor"));
            patterns.Add(new OutcomePattern(direction, row[1] == "object", elements, row[2]));
        }
        _patterns = new PatternSet(patterns);
    }

    /// <summary>The outcomes one claim states; a negated cue ("did not lose influence") states none.</summary>
    public IEnumerable<OutcomeEntry> Read(Claim claim, TokenizedUnit? local = null)
    {
        var s = new ClauseSentence(claim, _titles, local);
        foreach (var m in _reader.Matches(s, _patterns, passive: false))
        {
            var p = (OutcomePattern)m.Pattern;
            if (_reader.Negated(s, m.Verb >= 0 ? m.Verb : m.Start)) continue;
            var verb = m.Verb >= 0 ? m.Verb : m.Start;
            List<string> actors;
            if (p.Object) actors = m.Target is { } t ? _reader.Group(s, t, forward: true) : [];
            else if (p.OpensWithNoun) actors = _reader.Owner(s, m.Start, (WordElement)p.Elements[0]);
            else actors = Compound(s, verb) is { } compound ? [compound] : _reader.Subject(s, verb, null);
            var cue = claim.Text[s.U.Tokens[m.Start].Start..s.U.Tokens[m.End - 1].End];
            foreach (var a in actors) yield return new OutcomeEntry(a, p.Direction, cue, claim);
        }
    }

    /// <summary>"The Russia-China strategic partnership has been strengthened": two actors joined by a hyphen before a compound
    /// noun (partnership, alliance, axis) in the subject are one actor, named in alphabetical order with an en dash.</summary>
    private string? Compound(ClauseSentence s, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= 6; k--)
        {
            if (!_compounds.Contains(s.Lower[k])) continue;
            var names = new List<string>();
            for (var j = k - 1; j >= 0 && k - j <= 5; j--)
            {
                if (s.MentionAt[j] >= 0) { names.Add(s.Actors[s.MentionAt[j]].Canonical); j = s.MentionStart(s.MentionAt[j]); continue; }
                if (s.U.IsPunct(j) && s.Lower[j] is not ("-" or "–" or "/")) break;
            }
            names = names.Distinct().Order(StringComparer.Ordinal).ToList();
            if (names.Count >= 2) return string.Join("–", names) + " " + s.Lower[k];
        }
        return null;
    }
}
