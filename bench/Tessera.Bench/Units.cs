using System.Globalization;

namespace Tessera.Bench;

/// <summary>Number formatting for the tables: fixed culture, binary megabytes (MiB), as the corpus sizes are given.</summary>
internal static class Units
{
    public const double Mebibyte = 1024.0 * 1024.0;

    public static string Mb(long bytes) => (bytes / Mebibyte).ToString("N1", CultureInfo.InvariantCulture);
    public static string N0(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
    public static string F(double v, int digits) => v.ToString("F" + digits, CultureInfo.InvariantCulture);
}
