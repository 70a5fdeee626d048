using System.Globalization;
using System.Text;

namespace CohesionSite.Site.Charts;

/// <summary>
/// Figures over several periods: periods on the x axis, one series per area, the baseline
/// (square), targets (diamonds) and the dashed line from baseline to target. A figure whose period
/// the source does not state sits in its own "Not stated" column and is never joined into a line.
/// </summary>
internal static class LineChart
{
    private const int Left = 44, Right = 16, Top = 12, PlotHeight = 170;

    public static void Render(StringBuilder sb, string id, string title, IReadOnlyList<ChartPoint> points, IReadOnlyList<string> periods, string direction, Localization.UiText text)
    {
        // A null slot is the column of figures whose period is not stated (first, when there are any).
        var slots = (points.Any(p => p.Period is null) ? new string?[] { null } : []).Concat(periods).ToArray();
        var series = points.Select(p => p.Series).Distinct().ToArray();
        // The areas are the measurements' series, known by kind rather than by name (the baseline's and target's names are the page's words).
        var areas = points.Where(p => p.Kind == "Measurement").Select(p => p.Series).Distinct().ToArray();
        var stagger = slots.Length > 4;
        var axisBottom = Top + PlotHeight;
        var legendTop = axisBottom + (stagger ? 48 : 30) + 8;
        var (legendAt, legendHeight) = ChartSvg.LegendLayout(series);
        ChartSvg.Open(sb, id, legendTop + legendHeight + 4, title, string.Join(" ", points.Select(p => p.Title + ".")) + direction);

        var max = points.Max(p => p.Value);
        var min = Math.Min(0, points.Min(p => p.Value));
        var (top, step) = ChartSvg.Scale(min, max);
        double X(string? period)
        {
            var i = Array.IndexOf(slots, period);
            const double inset = 30;
            var plot = ChartSvg.Width - Left - Right - (2 * inset);
            return Left + inset + (plot * i / (slots.Length - 1.0));
        }

        double Y(double v) => Top + (PlotHeight * (1 - ((v - min) / (top - min))));

        for (var v = min; v <= top + (step / 2); v += step)
        {
            var y = Y(v);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{ChartSvg.Width - Right}\" y1=\"{ChartSvg.F(y)}\" y2=\"{ChartSvg.F(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{ChartSvg.F(y + 5)}\" text-anchor=\"end\">{ChartSvg.Esc(Pages.Labels.Number(v))}</text>");
        }

        for (var i = 0; i < slots.Length; i++)
        {
            var y = axisBottom + 22 + (stagger && i % 2 == 1 ? 18 : 0);
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick period\" x=\"{ChartSvg.F(X(slots[i]))}\" y=\"{y}\" text-anchor=\"middle\">{ChartSvg.Esc(slots[i] ?? text["charts.undated"])}</text>");
        }

        // Lines join dated figures of one series only, in period order.
        void Line(string css, string? stroke, IEnumerable<ChartPoint> pts)
        {
            var dated = pts.Where(p => p.Period is not null).OrderBy(p => p.Period, StringComparer.Ordinal).ToArray();
            if (dated.Length > 1)
            {
                var coords = string.Join(" ", dated.Select(p => $"{ChartSvg.F(X(p.Period))},{ChartSvg.F(Y(p.Value))}"));
                sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{css}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\"")} points=\"{coords}\"/>");
            }
        }

        Line("trajectory", null, points.Where(p => p.Kind != "Measurement"));
        foreach (var a in areas)
        {
            Line("series", ChartSvg.Colour(Array.IndexOf(areas, a)), points.Where(p => p.Series == a));
        }

        foreach (var p in points)
        {
            var s = Array.IndexOf(series, p.Series);
            var (css, fill, shape) = Style(p, areas);
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"mark series-{s}{css}\"{fill} transform=\"translate({ChartSvg.F(X(p.Period))} {ChartSvg.F(Y(p.Value))})\" d=\"{shape}\"><title>{ChartSvg.Esc(p.Title)}</title></path>");
        }

        for (var s = 0; s < series.Length; s++)
        {
            var sample = points.First(p => p.Series == series[s]);
            var (css, fill, shape) = Style(sample, areas);
            ChartSvg.LegendItem(sb, s, $"<path class=\"key{css}\"{fill} transform=\"translate({{x}} {{y}})\" d=\"{shape}\"/>", legendAt[s].X, legendTop + 10 + legendAt[s].Y, series[s]);
        }

        sb.Append("</svg>");
    }

    // The marker of a point: a black square for the baseline, a white diamond for a target, a
    // coloured shape per area. Returns extra classes, a fill attribute and the outline.
    private static (string Css, string Fill, string Shape) Style(ChartPoint p, string[] areas)
    {
        switch (p.Kind)
        {
            case "Baseline":
                return (" baseline", string.Empty, ChartSvg.Square);
            case "Target":
                return (" target", string.Empty, ChartSvg.Diamond);
            default:
                var a = Array.IndexOf(areas, p.Series);
                return (string.Empty, $" fill=\"{ChartSvg.Colour(a)}\"", ChartSvg.Shape(a));
        }
    }
}
