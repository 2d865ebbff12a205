using Tessera.Claims;
using Tessera.Pipeline;
using Tessera.Recognition.Time;

namespace Tessera.Case;

/// <summary>How a case holds a document while it is analysed, whether just annotated or read back from the store: its tokens as
/// spans (<see cref="AnnotatedDocument.Compact"/>), the words its claims repeat (speakers, actors' names, cue words, origins) one
/// instance each for the whole case, and its lists as arrays of their size, the empty ones shared.</summary>
/// <remarks>A case of 10,000 documents holds some 630,000 claims for the whole analysis. Each claim's lists were made to grow
/// (a list object and room to spare, an empty list for a claim with no mention), and every mention of an actor, cue and speaker
/// carried its own copy of words that a case repeats thousands of times. The document keeps the same values: only where they
/// are held changes.</remarks>
public static class HeldDocument
{
    /// <summary>The document as a case holds it, its words pooled in <paramref name="words"/> (shared by the documents of one case).</summary>
    public static AnnotatedDocument Of(AnnotatedDocument document, WordPool words)
    {
        var compact = document.Compact();
        var given = compact.Claims;
        var claims = new Claim[given.Count];
        for (var i = 0; i < claims.Length; i++) claims[i] = Held(given[i], words);
        // Figures, outcomes and causes point at their claims: at the held ones, so that the claims given are not kept beside them.
        Claim Same(Claim c) => c.Index >= 0 && c.Index < claims.Length && ReferenceEquals(given[c.Index], c) ? claims[c.Index] : c;
        return compact with
        {
            Claims = claims,
            Times = Times(compact.Times),
            Figures = Array(compact.Figures, f => f with { Claim = Same(f.Claim), Kind = words.Of(f.Kind) }),
            Outcomes = Array(compact.Outcomes, o => o with { Claim = Same(o.Claim), Actor = words.Of(o.Actor), Cue = words.Of(o.Cue) }),
            Causes = Array(compact.Causes, c => c with { Claim = Same(c.Claim), LeadIn = c.LeadIn is { } lead ? Same(lead) : null, Cues = Array(c.Cues, words.Of) }),
            Events = Array(compact.Events, e => e with
            {
                ClaimId = words.Of(e.ClaimId), DocumentId = words.Of(e.DocumentId), Source = words.Of(e.Source), Action = words.Of(e.Action),
                Target = e.Target is { } target ? words.Of(target) : null, Place = e.Place is { } place ? words.Of(place) : null,
            }),
        };
    }

    /// <summary>What analysis keeps of a document once it is stored: the document without its text, which each claim's own text
    /// repeats and which no step reads (each reads a claim's words and its tokens over them); the store keeps the text.</summary>
    /// <remarks>The text of 10,000 documents of 600 words is about 80 MiB of a case held through every step of its analysis.</remarks>
    public static AnnotatedDocument ForAnalysis(AnnotatedDocument document)
    {
        var compact = document.Compact();
        // The fingerprint is the text's hash, made when first asked for: made here, while there is text, it is carried over.
        _ = compact.Source.Fingerprint;
        return compact with { Source = compact.Source with { Text = "" }, Units = ((Language.CompactUnits)compact.Units).WithoutText() };
    }

    private static Claim Held(Claim c, WordPool words) => c with
    {
        Speakers = Array(c.Speakers, words.Of),
        Mentions = Array(c.Mentions, m => m with { Text = words.Of(m.Text), Canonical = words.Of(m.Canonical) }),
        Cues = Array(c.Cues, q => q with { Family = words.Of(q.Family), Text = words.Of(q.Text) }),
        Origin = c.Origin is { } origin ? words.Of(origin) : null,
    };

    /// <summary>Each passage's times with its own times as an array; a passage with none that inherits what the one before it
    /// inherited is that passage's times (most passages carry the story's time on).</summary>
    private static PassageTimes[] Times(IReadOnlyList<PassageTimes> times)
    {
        var held = new PassageTimes[times.Count];
        PassageTimes? carried = null;
        for (var i = 0; i < held.Length; i++)
        {
            var p = times[i];
            if (p.Own.Count == 0 && p.Main is null && carried is not null && ReferenceEquals(carried.Inherited, p.Inherited)
                && carried.InheritedFromDocument == p.InheritedFromDocument)
            {
                held[i] = carried;
                continue;
            }
            held[i] = p.Own is TimeExpression[] ? p : p with { Own = Array(p.Own, t => t) };
            carried = p.Own.Count == 0 && p.Main is null ? held[i] : null;
        }
        return held;
    }

    // An array is its own read-only list: a collection expression aimed at IReadOnlyList<T> would wrap it in one more object.
    private static T[] Array<T>(IReadOnlyList<T> items, Func<T, T> held)
    {
        if (items.Count == 0) return [];
        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++) array[i] = held(items[i]);
        return array;
    }
}
