using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tessera.Analysis;
using Tessera.Claims;

namespace Tessera.Workbench;

/// <summary>What the claims page asks for, read from its query string so every view is a link: filters, an order and a page.</summary>
/// <param name="Flag">hedged, boosted, unverified, prediction, vaguely_sourced, retracted or contested.</param>
/// <param name="From">Claims of sources published on or after this day.</param>
public sealed record ClaimQuery(
    string? Source = null, string? Speaker = null, string? Actor = null, string? Flag = null, string? Band = null, int? Credibility = null,
    DateOnly? From = null, DateOnly? To = null, string? Text = null, string Sort = "source", int Page = 1)
{
    public const int PageSize = 50;

    public static readonly string[] Flags = ["hedged", "boosted", "unverified", "prediction", "vaguely_sourced", "retracted", "contested"];
    public static readonly string[] Sorts = ["source", "credibility", "date"];

    /// <summary>Reads the query string; a value that means nothing (an unknown flag, a page of "x") is left out rather than refused,
    /// as a hand-edited link should still show claims.</summary>
    public static ClaimQuery Parse(IQueryCollection q)
    {
        static string? Value(IQueryCollection q, string key) => q[key].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        static DateOnly? Day(string? v) => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        static int? Number(string? v) => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var flag = Value(q, "flag");
        var sort = Value(q, "sort");
        return new ClaimQuery(Value(q, "source"), Value(q, "speaker"), Value(q, "actor"), Flags.Contains(flag) ? flag : null, Value(q, "band"),
            Number(Value(q, "credibility")) is { } c and >= 1 and <= 6 ? c : null, Day(Value(q, "from")), Day(Value(q, "to")), Value(q, "q"),
            Sorts.Contains(sort) ? sort! : "source", Math.Max(1, Number(Value(q, "page")) ?? 1));
    }

    /// <summary>The query string of this query on another page.</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("source", Source); Add("speaker", Speaker); Add("actor", Actor); Add("flag", Flag); Add("band", Band);
        Add("credibility", Credibility?.ToString(CultureInfo.InvariantCulture));
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("q", Text); Add("sort", Sort == "source" ? null : Sort); Add("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
        return "/claims" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    /// <summary>Whether a claim carries one of <see cref="Flags"/>.</summary>
    public static bool HasFlag(Findings f, Claim c, string flag) => flag switch
    {
        "hedged" => c.Hedged,
        "boosted" => c.Boosted,
        "unverified" => c.Unverified,
        "prediction" => c.Prediction,
        "vaguely_sourced" => c.VaguelySourced,
        "retracted" => f.Corroboration.IsRetracted(c.Id),
        _ => f.Corroboration.ContradictionsOf(c.Id).Any(),
    };
}

/// <summary>The claims of one page, and how many claims the filters let through in all.</summary>
public sealed record ClaimPage(IReadOnlyList<Claim> Claims, int Total);
