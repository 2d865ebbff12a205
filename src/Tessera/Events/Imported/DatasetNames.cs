using System.Text.RegularExpressions;
using Tessera.Recognition;

namespace Tessera.Events.Imported;

/// <summary>Gives the names an event data set writes ("KAZAKHSTAN", "Protesters (Kazakhstan)", "Kassym-Jomart Tokayev") the names
/// the case uses: its own actors first, then the gazetteer's countries, organisations and people, by any of their aliases, without
/// regard to case. A name neither knows keeps the data set's spelling.</summary>
public sealed class DatasetNames
{
    private readonly Dictionary<string, string> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>ACLED dates and qualifies its actor names in brackets: "Police Forces of Kazakhstan (2019-)".</summary>
    private static readonly Regex Bracketed = new(@"\s*\([^)]*\)", RegexOptions.CultureInvariant);

    public DatasetNames(LanguageData data, IEnumerable<ActorName> caseActors)
    {
        foreach (var a in caseActors)
            foreach (var n in a.Aliases.Prepend(a.Name)) _actors.TryAdd(n, a.Name);
        foreach (var row in data.Rows("gazetteer/countries.tsv"))
            foreach (var n in Split(row[1]).Prepend(row[0])) { _actors.TryAdd(n, row[0]); _countries.TryAdd(n, row[0]); }
        foreach (var row in data.Rows("gazetteer/organisations.tsv"))
            foreach (var n in Split(row[1]).Prepend(row[0])) _actors.TryAdd(n, row[0]);
        foreach (var row in data.Rows("gazetteer/people.tsv"))
            foreach (var n in Split(row[3]).Prepend(row[0])) _actors.TryAdd(n, row[0]);
    }

    private static IEnumerable<string> Split(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The case's name for an actor the data set names.</summary>
    public string Actor(string name)
    {
        var trimmed = name.Trim();
        if (_actors.TryGetValue(trimmed, out var known)) return known;
        var bare = Bracketed.Replace(trimmed, "").Trim();
        return bare.Length > 0 && _actors.TryGetValue(bare, out known) ? known : trimmed;
    }

    /// <summary>Whether the case or the gazetteer knows the actor by this name.</summary>
    public bool Knows(string name) => _actors.ContainsKey(name.Trim()) || _actors.ContainsKey(Bracketed.Replace(name, "").Trim());

    /// <summary>The gazetteer's name for a country, or null when it knows none by that name.</summary>
    public string? Country(string? name) => name is not null && _countries.TryGetValue(name.Trim(), out var c) ? c : null;
}
