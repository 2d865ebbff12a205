using System.Globalization;
using System.Text;

namespace Tessera.Output.Brief;

/// <summary>Small SVG charts drawn by Tessera itself: fixed sizes, system fonts, every label escaped.</summary>
public static class Svg
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Escape(string text) => Html.Escape(text);

    private static string N(double v) => v.ToString("0.##", Inv);

    /// <summary>Horizontal stacked bars: one row per label, one segment per series, with a legend.</summary>
    public static string StackedBars(string title, IReadOnlyList<string> rows, IReadOnlyList<(string Name, string Colour)> series, IReadOnlyList<IReadOnlyList<int>> values)
    {
        const int labelWidth = 210, barWidth = 480, rowHeight = 26, top = 34;
        var max = Math.Max(1, values.Select(v => v.Sum()).DefaultIfEmpty(0).Max());
        var height = top + rows.Count * rowHeight + 16;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {labelWidth + barWidth + 60} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" class=\"chart\">");
        var x = 0.0;
        foreach (var (name, colour) in series)
        {
            sb.Append(Inv, $"<rect x=\"{N(x)}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{N(x + 16)}\" y=\"14\" class=\"legend\">{Escape(name)}</text>");
            x += 24 + name.Length * 7.2;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + r * rowHeight;
            sb.Append(Inv, $"<text x=\"{labelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"label\">{Escape(Shorten(rows[r], 30))}</text>");
            var offset = (double)labelWidth;
            for (var s = 0; s < series.Count; s++)
            {
                var w = values[r][s] * (double)barWidth / max;
                if (w <= 0) continue;
                sb.Append(Inv, $"<rect x=\"{N(offset)}\" y=\"{y + 3}\" width=\"{N(w)}\" height=\"{rowHeight - 8}\" fill=\"{series[s].Colour}\"><title>{Escape($"{rows[r]}: {values[r][s]} {series[s].Name}")}</title></rect>");
                offset += w;
            }
            sb.Append(Inv, $"<text x=\"{N(offset + 6)}\" y=\"{y + 15}\" class=\"value\">{values[r].Sum()}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
