using System.Text;
using Tessera.Case;
using Tessera.Output;
using Tessera.Pipeline;

namespace Tessera.Tests.Pipeline;

/// <summary>An annotated document written out whole, so that two can be compared as text: what the source says of itself,
/// the claims as the JSONL contract writes them, every mention, and the tokens and layers as the store keeps them.</summary>
internal static class Canonical
{
    public static string Of(AnnotatedDocument d)
    {
        var s = d.Source;
        var sb = new StringBuilder($"{s.Id} | {s.Path} | {s.Format} | {s.Title} | {s.Publisher} | {s.Published:yyyy-MM-dd} | {s.Grade} | {s.Fingerprint}\n");
        using (var claims = new StringWriter())
        {
            ClaimJsonl.Write(claims, d.Claims);
            sb.Append(claims.ToString());
        }
        // The contract names actors only; the store keeps each mention's span, kind and name, and the claim's probability.
        foreach (var c in d.Claims)
            sb.Append($"{c.Id} {c.Kind} p={c.Likelihood} band={c.Band?.Name}: ")
              .AppendJoin("; ", c.Mentions.Select(m => $"{m.Start}-{m.End} {m.Kind} {m.Canonical} \"{m.Text}\""))
              .Append('\n');
        return sb.Append(StoredLayers.Units(d)).Append('\n').Append(StoredLayers.Layers(d)).Append('\n').ToString();
    }
}
