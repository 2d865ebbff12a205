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

    /// <summary>A calibration plot: forecast probability across, how often it came true up, the diagonal where a perfectly
    /// calibrated source would lie; each point is a band, its size the number of forecasts in it.</summary>
    public static string Calibration(IReadOnlyList<(string Band, double Forecast, double Observed, int Count)> points)
    {
        const int size = 300, pad = 44;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size + pad + 16} {size + pad + 16}\" role=\"img\" aria-label=\"Calibration plot\" class=\"chart calibration\">");
        double X(double p) => pad + p * size;
        double Y(double p) => 8 + (1 - p) * size;
        sb.Append(Inv, $"<rect x=\"{pad}\" y=\"8\" width=\"{size}\" height=\"{size}\" fill=\"none\" stroke=\"#c9d0d8\"/>");
        sb.Append(Inv, $"<line x1=\"{N(X(0))}\" y1=\"{N(Y(0))}\" x2=\"{N(X(1))}\" y2=\"{N(Y(1))}\" stroke=\"#9aa5b1\" stroke-dasharray=\"4 4\"/>");
        foreach (var t in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            sb.Append(Inv, $"<text x=\"{N(X(t))}\" y=\"{size + 26}\" text-anchor=\"middle\" class=\"label\">{N(t * 100)}%</text>");
            sb.Append(Inv, $"<text x=\"{pad - 6}\" y=\"{N(Y(t) + 4)}\" text-anchor=\"end\" class=\"label\">{N(t * 100)}%</text>");
        }
        sb.Append(Inv, $"<text x=\"{N(X(0.5))}\" y=\"{size + 44}\" text-anchor=\"middle\" class=\"legend\">forecast probability</text>");
        foreach (var (band, forecast, observed, count) in points)
        {
            var r = 4 + Math.Sqrt(count) * 3;
            sb.Append(Inv, $"<circle cx=\"{N(X(forecast))}\" cy=\"{N(Y(observed))}\" r=\"{N(r)}\" fill=\"#3f6fa8\" fill-opacity=\"0.75\"><title>{Escape($"{band}: {count} forecasts, mean {forecast:P0}, came true {observed:P0}")}</title></circle>");
        }
        return sb.Append("</svg>").ToString();
    }

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
