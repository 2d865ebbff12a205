using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>The analysts who may sign in to a workbench: a users file of `name&lt;TAB&gt;hash` lines, the hash ASP.NET Core
/// Identity's (PBKDF2 with a salt of its own per password), so the file never holds a password.</summary>
/// <remarks>Blank lines and lines starting with '#' are for the administrator. The file is read once, when the workbench starts;
/// a change takes effect at the next start.</remarks>
public sealed partial class UserList
{
    /// <summary>A users file larger than this is not a list of analysts.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Bounds on a password: PBKDF2 hashes the whole of it, so a megabyte of password would cost the server, not the guesser.</summary>
    public const int MinPassword = 8, MaxPassword = 256;

    private static readonly PasswordHasher<string> Hasher = new();
    private readonly IReadOnlyDictionary<string, string> _hashes;
    // Verified when the name is unknown, so that an unknown name takes as long to refuse as a wrong password.
    private readonly Lazy<string> _decoy = new(() => Hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    private UserList(IReadOnlyDictionary<string, string> hashes) => _hashes = hashes;

    /// <summary>The names of the users, in the order of the file.</summary>
    public IReadOnlyCollection<string> Names => _hashes.Keys.ToList();

    /// <summary>Reads a users file; a bad line is refused naming the file and the line, an empty list too.</summary>
    public static Result<UserList> Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Messages.MissingPath(path);
            if (info.Length > MaxBytes) return Messages.TooLarge(path, info.Length, MaxBytes);
            var parsed = Parse(path, File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true)));
            return !parsed.Ok ? parsed.Problem! : parsed.Value!.Count == 0 ? Messages.NoUsers(path) : new UserList(parsed.Value!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return Messages.Unreadable(path, e.Message);
        }
    }

    /// <summary>Whether the name and password are one user's. Neither the answer nor the time it takes says which part was wrong.</summary>
    public bool Verify(string? name, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length > MaxPassword)
            return false;
        var known = name is not null && _hashes.TryGetValue(name, out var hash);
        var result = Hasher.VerifyHashedPassword(known ? name! : "", known ? _hashes[name!] : _decoy.Value, password);
        return known && result != PasswordVerificationResult.Failed;
    }

    /// <summary>The users file's text with NAME's password set: a new line for a new name, the line replaced for a known one
    /// (other lines, comments included, kept as they are).</summary>
    public static Result<(string Text, bool Added)> WithUser(string path, string text, string name, string password)
    {
        if (!IsName(name)) return Messages.BadUserName(name);
        if (password.Length < MinPassword) return Messages.BadPassword($"is shorter than {MinPassword} characters");
        if (password.Length > MaxPassword) return Messages.BadPassword($"is longer than {MaxPassword} characters");
        var existing = Parse(path, text);
        if (!existing.Ok) return existing.Problem!;
        var line = $"{name}\t{Hasher.HashPassword(name, password)}";
        var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').ToList();
        var at = lines.FindIndex(l => l.Split('\t')[0] == name);
        if (at >= 0) lines[at] = line; else lines.Add(line);
        return (string.Join('\n', lines) + "\n", at < 0);
    }

    /// <summary>Writes the users file readable by its owner only: it holds no password, but a hash is still worth guessing at.</summary>
    public static Problem? Write(string path, string text) =>
        OutputFile.Write(path, Encoding.UTF8.GetBytes(text), UnixFileMode.UserRead | UnixFileMode.UserWrite);

    private static Result<Dictionary<string, string>> Parse(string path, string text)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 2) return Messages.BadUserLine(path, i + 1, $"expected a name, a tab and a hash, found {cells.Length} tab-separated column{(cells.Length == 1 ? "" : "s")}");
            if (!IsName(cells[0])) return Messages.BadUserLine(path, i + 1, "the name may hold letters, digits, '.', '-', '_' and '@', at most 64");
            if (!IsHash(cells[1])) return Messages.BadUserLine(path, i + 1, $"the hash of '{cells[0]}' is not one `tessera users add` writes");
            if (!hashes.TryAdd(cells[0], cells[1])) return Messages.BadUserLine(path, i + 1, $"'{cells[0]}' is listed twice");
        }
        return hashes;
    }

    /// <summary>A hash in Identity's version 3 format: base64 of a 0x01 marker, the PRF, the iteration count, the salt's length,
    /// the salt and the key (13 bytes of header at least).</summary>
    private static bool IsHash(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }

    private static bool IsName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex(@"^[\p{L}\p{N}._@-]{1,64}$")]
    private static partial Regex NamePattern();
}
