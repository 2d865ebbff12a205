using System.Globalization;

namespace Tessera.Output;

/// <summary>How every output writes numbers, dates and clipped text: invariantly, so a table reads the same on any machine.</summary>
public static class Format
{
    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Num(double value, int decimals) => value.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>An optional number: empty when there is none.</summary>
    public static string Num(double? value, int decimals) => value is { } v ? Num(v, decimals) : "";

    /// <summary>A number with at most <paramref name="decimals"/> decimals and no trailing zeros ("3.4", "2").</summary>
    public static string Short(double value, int decimals = 2) => value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 date (YYYY-MM-DD), or empty.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Text on one line, runs of whitespace made one space, cut to <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int length)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= length ? t : t[..(length - 1)] + "…";
    }
}
