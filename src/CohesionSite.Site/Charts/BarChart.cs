using System.Globalization;
using System.Text;

namespace CohesionSite.Site.Charts;

/// <summary>
/// Figures of one period (or of no stated period) as horizontal bars, one per table row, each
/// labelled with its area above the bar and its value at the end: no x axis of periods, nothing
/// stacked on one position, every row readable on a phone.
/// </summary>
internal static partial class BarChart
{
    private const int Row = 44, BarHeight = 14, ValueRoom = 64;

    public static void Render(StringBuilder sb, string id, string title, IReadOnlyList<ChartPoint> points, string? unit, string direction, Localization.UiText text)
    {
        // One shared period is said once above the bars; mixed ones (a dated figure beside one
        // whose period the source does not state) are said on each bar instead.
        var shared = points.Select(p => p.Period).Distinct().Count() == 1;
        var period = points[0].Period;
        var series = points.Select(p => p.BarSeries).Distinct().ToArray();
        var legendNames = series.Length > 1 ? series : [];
        var (legendAt, legendHeight) = ChartSvg.LegendLayout(legendNames);
        var head = 22 + legendHeight + (legendHeight > 0 ? 6 : 0);
        var height = head + (points.Count * Row) + 4;
        var description = (shared && period is not null ? text.Format("charts.figures_for", period) : string.Empty) + string.Join(" ", points.Select(p => p.Title + ".")) + direction;
        ChartSvg.Open(sb, id, height, title, description);
        var note = !shared ? text["charts.by_area_and_period"] : period is null ? text["charts.no_period"] : text.Format("charts.all_figures", period);
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"note\" x=\"4\" y=\"16\">{ChartSvg.Esc(note)}</text>");
        for (var i = 0; i < legendNames.Length; i++)
        {
            var s = Array.IndexOf(series, legendNames[i]);
            ChartSvg.LegendItem(sb, s, $"<rect class=\"key\" x=\"{{x}}\" y=\"{{y}}\" width=\"12\" height=\"12\" transform=\"translate(-6 -6)\" fill=\"{ChartSvg.Colour(s)}\"/>", legendAt[i].X, 22 + 10 + legendAt[i].Y, legendNames[i]);
        }

        var max = points.Max(p => p.Value);
        var min = Math.Min(0, points.Min(p => p.Value));
        var (top, _) = ChartSvg.Scale(min, max);
        var plot = ChartSvg.Width - 8 - ValueRoom;
        double X(double v) => 4 + (plot * (v - min) / (top - min));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var s = Array.IndexOf(series, p.BarSeries);
            var y = head + (i * Row);
            var name = p.Kind == "Measurement" ? p.AreaLabel : p.KindLabel;
            var label = shared ? name : text.Format("charts.bar_period", name, p.Period ?? text["charts.period_not_stated"]);
            Bar(sb, y, label, X(Math.Min(0, p.Value)), X(Math.Max(0, p.Value)), s, p.Title, Short(p, unit));
        }

        sb.Append("</svg>");
    }

    // One labelled row: the label above the bar, the bar from x0 to x1 titled like its table row, the value after it.
    private static void Bar(StringBuilder sb, int y, string label, double x0, double x1, int series, string title, string value)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"{y + 15}\">{ChartSvg.Esc(label)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"mark series-{series}\" x=\"{ChartSvg.F(x0)}\" y=\"{y + 21}\" width=\"{ChartSvg.F(Math.Max(x1 - x0, 1))}\" height=\"{BarHeight}\" fill=\"{ChartSvg.Colour(series)}\"><title>{ChartSvg.Esc(title)}</title></rect>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{ChartSvg.F(x1 + 6)}\" y=\"{y + 33}\">{ChartSvg.Esc(value)}</text>");
    }

    /// <summary>The value beside a bar: the source's text when short ("72%"), else the number.</summary>
    internal static string Short(ChartPoint p, string? unit) =>
        p.Point.Text is { Length: > 0 and <= 7 } t ? t
        : Pages.Labels.Number(p.Value) + (unit == "percent" ? "%" : string.Empty);
}
