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

    /// <summary>A strip of days: one column per dated day, its height the number of claims, a darker cap for events.</summary>
    public static string TimelineStrip(IReadOnlyList<(DateOnly Day, int Claims, int Events)> days)
    {
        const int width = 820, height = 150, left = 30, bottom = 118, top = 14;
        var first = days.Min(d => d.Day.DayNumber);
        var last = days.Max(d => d.Day.DayNumber);
        var span = Math.Max(1, last - first);
        var max = Math.Max(1, days.Max(d => d.Claims));
        double X(DateOnly d) => left + (d.DayNumber - first) * (double)(width - 2 * left) / span;
        var bar = Math.Max(4, Math.Min(22, (width - 2 * left) / (double)(span + 1) * 0.7));
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Timeline\" class=\"chart timeline\">");
        sb.Append(Inv, $"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{width - left}\" y2=\"{bottom}\" stroke=\"#9aa5b1\"/>");
        foreach (var (day, claims, events) in days.OrderBy(d => d.Day))
        {
            var h = claims * (double)(bottom - top) / max;
            var e = Math.Min(h, events * (double)(bottom - top) / max);
            var x = X(day) - bar / 2;
            sb.Append(Inv, $"<rect x=\"{N(x)}\" y=\"{N(bottom - h)}\" width=\"{N(bar)}\" height=\"{N(h)}\" fill=\"#9bb7d9\"><title>{Escape($"{day:d MMMM yyyy}: {claims} claims, {events} events")}</title></rect>");
            if (e > 0) sb.Append(Inv, $"<rect x=\"{N(x)}\" y=\"{N(bottom - e)}\" width=\"{N(bar)}\" height=\"{N(e)}\" fill=\"#1f4e79\"/>");
            sb.Append(Inv, $"<text x=\"{N(X(day))}\" y=\"{bottom + 14}\" text-anchor=\"middle\" class=\"label\">{day.Day}</text>");
        }
        sb.Append(Inv, $"<text x=\"{left}\" y=\"{bottom + 30}\" class=\"legend\">{Escape(DateOnly.FromDayNumber(first).ToString("MMMM yyyy", Inv))}: claims per day, events darker</text>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The actor network on a circle: node size by ties, edges coloured by kind, arrows pointing from actor to target.</summary>
    public static string Network(IReadOnlyList<(string Actor, int Degree)> nodes, IReadOnlyList<(string Source, string Target, string Kind, double Weight)> edges)
    {
        // Room on both sides for the labels of the actors on the left and right of the circle.
        const int size = 560, width = size + 240, cx = width / 2, cy = size / 2, radius = 200;
        var shown = nodes.OrderByDescending(n => n.Degree).ThenBy(n => n.Actor, StringComparer.Ordinal).Take(16).OrderBy(n => n.Actor, StringComparer.Ordinal).ToList();
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < shown.Count; i++)
        {
            var angle = 2 * Math.PI * i / shown.Count - Math.PI / 2;
            at[shown[i].Actor] = (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
        }
        var maxWeight = Math.Max(1, edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {size}\" role=\"img\" aria-label=\"Actor network\" class=\"chart network\">");
        sb.Append("<defs>");
        foreach (var (kind, colour) in EdgeColours)
            sb.Append(Inv, $"<marker id=\"arrow-{kind}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>");
        sb.Append("</defs>");
        foreach (var (source, target, kind, weight) in edges)
        {
            if (!at.TryGetValue(source, out var a) || !at.TryGetValue(target, out var b)) continue;
            var colour = EdgeColours.TryGetValue(kind, out var c) ? c : "#9aa5b1";
            var dx = b.X - a.X; var dy = b.Y - a.Y; var len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            var end = (X: b.X - dx / len * 12, Y: b.Y - dy / len * 12);
            sb.Append(Inv, $"<line x1=\"{N(a.X)}\" y1=\"{N(a.Y)}\" x2=\"{N(end.X)}\" y2=\"{N(end.Y)}\" stroke=\"{colour}\" stroke-width=\"{N(1 + 3 * weight / maxWeight)}\" stroke-opacity=\"0.8\" marker-end=\"url(#arrow-{Escape(kind)})\"><title>{Escape($"{source} → {target}: {kind}")}</title></line>");
        }
        foreach (var (actor, degree) in shown)
        {
            var (x, y) = at[actor];
            var r = 5 + Math.Sqrt(degree) * 2.5;
            var anchor = x < cx - 10 ? "end" : x > cx + 10 ? "start" : "middle";
            var lx = x + (anchor == "end" ? -r - 4 : anchor == "start" ? r + 4 : 0);
            var ly = y + (anchor == "middle" ? (y < cy ? -r - 6 : r + 14) : 4);
            sb.Append(Inv, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"#1f4e79\"/><text x=\"{N(lx)}\" y=\"{N(ly)}\" text-anchor=\"{anchor}\" class=\"label\">{Escape(Shorten(actor, 28))}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static readonly Dictionary<string, string> EdgeColours = new(StringComparer.Ordinal)
    {
        ["cooperation"] = "#2e8b57", ["conflict"] = "#c0392b", ["mixed"] = "#d68910", ["neutral"] = "#9aa5b1",
    };

    /// <summary>A heat map of an ACH matrix: evidence down the side, hypotheses across, each cell coloured by its rating
    /// (greens consistent, reds inconsistent, grey neutral, white not applicable).</summary>
    public static string Heatmap(IReadOnlyList<string> rows, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> ratings)
    {
        const int labelWidth = 70, cell = 34, top = 24;
        var width = labelWidth + columns.Count * cell + 10;
        var height = top + rows.Count * (cell - 8) + 8;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"ACH matrix\" class=\"chart heatmap\">");
        for (var c = 0; c < columns.Count; c++)
            sb.Append(Inv, $"<text x=\"{labelWidth + c * cell + cell / 2}\" y=\"16\" text-anchor=\"middle\" class=\"label\">{Escape(columns[c])}</text>");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + r * (cell - 8);
            sb.Append(Inv, $"<text x=\"{labelWidth - 6}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"label\">{Escape(rows[r])}</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var rating = ratings[r][c];
                var (fill, ink) = RatingColours.TryGetValue(rating, out var colours) ? colours : ("#ffffff", "#a0a8b2");
                sb.Append(Inv, $"<rect x=\"{labelWidth + c * cell + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{cell - 10}\" fill=\"{fill}\"><title>{Escape($"{rows[r]} against {columns[c]}: {rating}")}</title></rect>");
                sb.Append(Inv, $"<text x=\"{labelWidth + c * cell + cell / 2}\" y=\"{y + 17}\" text-anchor=\"middle\" fill=\"{ink}\" class=\"rating\">{Escape(rating)}</text>");
            }
        }
        return sb.Append("</svg>").ToString();
    }

    private static readonly Dictionary<string, (string Fill, string Ink)> RatingColours = new(StringComparer.Ordinal)
    {
        ["CC"] = ("#1e7a46", "#ffffff"), ["C"] = ("#9ed3ae", "#1d232b"), ["N"] = ("#f1f3f5", "#6b7480"),
        ["I"] = ("#f2b3aa", "#1d232b"), ["II"] = ("#b3261e", "#ffffff"), ["NA"] = ("#ffffff", "#a0a8b2"),
    };

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
