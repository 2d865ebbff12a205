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
}
