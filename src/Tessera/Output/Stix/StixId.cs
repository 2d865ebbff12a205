using System.Security.Cryptography;
using System.Text;

namespace Tessera.Output.Stix;

/// <summary>Deterministic STIX identifiers: the same case exported twice names every object the same way.</summary>
/// <remarks>
/// STIX 2.1 ("Identifier", among the common data types) asks for <c>type--UUID</c> with an RFC 4122 UUID and recommends
/// UUIDv4 for domain objects, but leaves producers free to choose another version when they guard against collisions.
/// Tessera takes UUIDv5 (a SHA-1 name-based UUID) under a namespace of its own, named by a key that says what the object
/// is (its type, the case title, the source, the claim). Random v4 ids would make every export a new set of objects for
/// a platform that imports it twice; name-based ids let OpenCTI or MISP recognise the same claim again.
/// </remarks>
public static class StixId
{
    /// <summary>Tessera's own UUID namespace, fixed forever: changing it renames every object ever exported.</summary>
    public static Guid Namespace { get; } = new("5d0e1f7a-3c2b-4e8d-9a61-7b4f2c9e0d13");

    /// <summary>The id of an object of a STIX type, named by the parts of its key.</summary>
    public static string For(string type, params string[] key) =>
        $"{type}--{Uuid5(Namespace, type + Separator + string.Join(Separator, key)):D}";

    // A control character cannot occur in a title or a name, so ("a b", "c") and ("a", "b c") never share a key.
    private const string Separator = "\u001f";

    /// <summary>A name-based UUID, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): SHA-1 over the namespace then the name.</summary>
    public static Guid Uuid5(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        var uuid = hash.AsSpan(0, 16).ToArray();
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>Whether a string is a STIX identifier: a type, two dashes, an RFC 4122 UUID (the pattern of the official schema).</summary>
    public static bool IsValid(string id) => Pattern.IsMatch(id);

    private static readonly System.Text.RegularExpressions.Regex Pattern = new(
        "^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
