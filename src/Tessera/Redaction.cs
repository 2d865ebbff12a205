using System.Text.RegularExpressions;

namespace Tessera;

/// <summary>Masks passwords in connection strings wherever they could reach a message: the one place that knows their forms.</summary>
public static partial class Redaction
{
    /// <summary>The text with every password shown as ***: the value of a Password or Pwd key (any case, spaces around '=', a quoted
    /// value too) and the password of a URL's user information (postgres://user:secret@host).</summary>
    public static string Secrets(string text) =>
        UrlPassword().Replace(KeyPassword().Replace(text, "$1$2***"), "$1***$2");

    [GeneratedRegex("""(?i)\b(password|pwd)(\s*=\s*)("(?:[^"]|"")*"|'(?:[^']|'')*'|[^;]*)""")]
    private static partial Regex KeyPassword();

    // Greedy to the last '@' of the token, so a password holding an unescaped '@' is masked whole.
    [GeneratedRegex(@"(://[^:/@\s]*:)\S*(@)")]
    private static partial Regex UrlPassword();
}
