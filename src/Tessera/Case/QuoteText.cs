using System.Security.Cryptography;
using System.Text;

namespace Tessera.Case;

/// <summary>A claim's words as case.yaml cites them: folded so that what a user types matches what the source prints, and
/// hashed so that the store can tell later whether an id still points at the same words.</summary>
public static class QuoteText
{
    /// <summary>Case, runs of white space and typographic quotes and dashes do not matter to a quote: a user types what they see.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' or '«' or '»' or '„' => '"',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(ch),
            });
        }
        return sb.ToString();
    }

    /// <summary>The words of a text, folded and without punctuation, for a quote matched word by word.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in Normalise(text).Append(' '))
        {
            if (char.IsLetterOrDigit(ch)) word.Append(ch);
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        return words;
    }

    /// <summary>The hash the store pins a claim reference with: of the folded words, so a changed quotation mark is no change.</summary>
    public static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', Words(text)))))[..16].ToLowerInvariant();

    /// <summary>The least share of a quote's words a claim must hold in order to match it loosely.</summary>
    public const double LooseShare = 0.8;

    /// <summary>The share of the quote's words that the claim holds in the same order (longest common subsequence): 1 when the
    /// claim holds them all, whatever lies between.</summary>
    public static double InOrderShare(IReadOnlyList<string> quote, IReadOnlyList<string> claim)
    {
        if (quote.Count == 0) return 0;
        var row = new int[claim.Count + 1];
        for (var i = 1; i <= quote.Count; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= claim.Count; j++)
            {
                var above = row[j];
                row[j] = quote[i - 1] == claim[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[claim.Count] / (double)quote.Count;
    }
}
