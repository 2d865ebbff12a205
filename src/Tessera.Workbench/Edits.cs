using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>The version an edit is based on: every form that changes something carries the version of the value it showed, and
/// a post whose version is no longer current is a conflict, answered with both values and saved nowhere.</summary>
/// <remarks>A version is a short hash of the value as stored (a case.yaml entry's text, a store row's columns), so any change
/// by anyone, in the browser or in an editor, makes an older form stale; nothing needs a counter kept in step.</remarks>
public static class EditVersion
{
    /// <summary>The version of a value as it is stored now.</summary>
    public static string Of(string current) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(current)).AsSpan(0, 8));

    /// <summary>Whether a form's version is the current one; a missing version is never current.</summary>
    public static bool IsCurrent(string? given, string current) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(Of(current)));

    /// <summary>A hidden field with the version of the value a form edits.</summary>
    public static Html Field(Html h, string current) =>
        h.Raw("<input type=\"hidden\" name=\"version\" value=\"").Text(Of(current)).Raw("\">");
}

/// <summary>Who made an edit: the signed-in analyst, or the machine's own user where the workbench serves loopback without
/// sign-in.</summary>
public static class Analyst
{
    /// <summary>The name stored with an edit made by this request.</summary>
    public static string Of(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "local:" + Environment.UserName;
}
