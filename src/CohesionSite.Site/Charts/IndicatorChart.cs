using System.Globalization;
using System.Net;
using System.Text;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Charts;

/// <summary>
/// Draws an indicator as an accessible SVG line chart: measurements per area, the baseline, the
/// targets and the dashed line from baseline to target. The SVG carries a title and a description
/// that states every figure, and the page shows the same numbers in a table beside it.
/// </summary>
public static class IndicatorChart
{
    private const int Width = 640, Height = 320, Left = 56, Right = 16, Top = 16, Bottom = 56;
    private const int MaxSeries = 6;

    // Dark, distinct colours (each ≥ 3:1 against white); series also differ by marker shape.
    private static readonly string[] Colours = ["#1d5c96", "#8a3b12", "#2f6b2f", "#6b3d8f", "#7a5c00", "#005f5f"];

    /// <summary>A data point's value as text ("74%", "To be determined").</summary>
    public static string ValueText(DataPoint p) =>
        p.ToBeDetermined ? "To be determined"
        : p.Text is { Length: > 0 } t ? t
        : p.Value is { } v ? Labels.Number(v)
        : "Not stated";

    /// <summary>The chart, or a sentence saying why there is none.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="id">A page-unique id prefix for the title and description.</param>
    public static HtmlString Render(Indicator indicator, string id)
    {
        var baseline = indicator.Baseline is { ToBeDetermined: false, Value: not null } b ? b : null;
        var targets = indicator.Targets.Where(t => t.Value is not null && !t.ToBeDetermined).ToArray();
        var series = indicator.Measurements.Where(m => m.Value is not null && !m.ToBeDetermined)
            .GroupBy(m => m.Area ?? "Measured")
            .Take(MaxSeries)
            .Select(g => (Name: g.Key, Points: g.ToArray()))
            .ToArray();
        var all = series.SelectMany(s => s.Points).Concat(targets).Concat(baseline is null ? [] : [baseline]).ToArray();
        if (all.Length == 0)
        {
            var why = indicator.Baseline is { ToBeDetermined: true } ? "The baseline is to be determined and" : "There is no baseline and";
            return new HtmlString($"<p class=\"chart-none\">No chart: {Esc(why)} there are no figures to plot yet.</p>");
        }

        var periods = all.Select(p => p.Period ?? string.Empty).Distinct().Order(StringComparer.Ordinal).ToArray();
        var max = all.Max(p => p.Value!.Value);
        var min = Math.Min(0, all.Min(p => p.Value!.Value));
        var (top, step) = Scale(min, max);
        double X(string? period)
        {
            var i = Array.IndexOf(periods, period ?? string.Empty);
            // Inset the first and last period so their labels and markers are not clipped.
            const double inset = 36;
            var plot = Width - Left - Right - (2 * inset);
            return periods.Length == 1 ? Left + inset + (plot / 2.0) : Left + inset + (plot * i / (periods.Length - 1.0));
        }

        double Y(double v) => Top + (Height - Top - Bottom) * (1 - (v - min) / (top - min));

        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" focusable=\"false\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Esc(indicator.Title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{Esc(Describe(indicator, baseline, targets, series))}</desc>");

        // Axes and gridlines.
        for (var v = min; v <= top + step / 2; v += step)
        {
            var y = Y(v);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Esc(Labels.Number(v))}</text>");
        }

        foreach (var p in periods)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(X(p))}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Esc(p)}</text>");
        }

        // The line from baseline to target(s): where the indicator should be heading.
        if (baseline is not null && targets.Length > 0)
        {
            var path = string.Join(" ", new[] { baseline }.Concat(targets).Select(p => $"{F(X(p.Period))},{F(Y(p.Value!.Value))}"));
            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trajectory\" points=\"{path}\"/>");
        }

        for (var s = 0; s < series.Length; s++)
        {
            var colour = Colours[s % Colours.Length];
            var pts = series[s].Points.OrderBy(p => p.Period, StringComparer.Ordinal).ToArray();
            if (pts.Length > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" stroke=\"{colour}\" points=\"{string.Join(" ", pts.Select(p => $"{F(X(p.Period))},{F(Y(p.Value!.Value))}"))}\"/>");
            }

            foreach (var p in pts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(p.Period))}\" cy=\"{F(Y(p.Value!.Value))}\" r=\"{4 + (s % 3)}\" fill=\"{colour}\"/>");
            }
        }

        if (baseline is not null)
        {
            var (x, y) = (X(baseline.Period), Y(baseline.Value!.Value));
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"baseline\" x=\"{F(x - 5)}\" y=\"{F(y - 5)}\" width=\"10\" height=\"10\"/>");
        }

        foreach (var t in targets)
        {
            var (x, y) = (X(t.Period), Y(t.Value!.Value));
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"target\" d=\"M{F(x)} {F(y - 7)} L{F(x + 7)} {F(y)} L{F(x)} {F(y + 7)} L{F(x - 7)} {F(y)} Z\"/>");
        }

        // Legend, in text, under the axis.
        var lx = (double)Left;
        var ly = Height - 14;
        void Legend(string marker, string label)
        {
            sb.Append(marker.Replace("{x}", F(lx), StringComparison.Ordinal).Replace("{y}", F(ly), StringComparison.Ordinal));
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{F(lx + 12)}\" y=\"{F(ly + 4)}\">{Esc(label)}</text>");
            lx += 24 + label.Length * 6.5;
        }

        if (baseline is not null)
        {
            Legend("<rect class=\"baseline\" x=\"{x}\" y=\"{y}\" width=\"8\" height=\"8\" transform=\"translate(-4 -4)\"/>", "Baseline");
        }

        if (targets.Length > 0)
        {
            Legend("<circle class=\"target\" cx=\"{x}\" cy=\"{y}\" r=\"4\"/>", "Target");
        }

        for (var s = 0; s < series.Length && lx < Width - 60; s++)
        {
            Legend($"<circle cx=\"{{x}}\" cy=\"{{y}}\" r=\"4\" fill=\"{Colours[s % Colours.Length]}\"/>", series[s].Name);
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static string Describe(Indicator i, DataPoint? baseline, DataPoint[] targets, (string Name, DataPoint[] Points)[] series)
    {
        var parts = new List<string>
        {
            baseline is null ? "Baseline to be determined." : $"Baseline {ValueText(baseline)} ({baseline.Period}).",
        };
        if (targets.Length > 0)
        {
            parts.Add("Targets: " + string.Join(", ", targets.Select(t => $"{ValueText(t)} by {t.Period}")) + ".");
        }

        foreach (var (name, points) in series)
        {
            parts.Add($"{name}: " + string.Join(", ", points.Select(p => $"{ValueText(p)} in {p.Period}")) + ".");
        }

        if (series.Length == 0)
        {
            parts.Add("No measurements yet.");
        }

        parts.Add(i.Direction switch { Direction.Higher => "Higher is better.", Direction.Lower => "Lower is better.", _ => string.Empty });
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static (double Top, double Step) Scale(double min, double max)
    {
        var range = Math.Max(max - min, 1e-9);
        var raw = range / 5;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * mag).First(s => s >= raw);
        return (min + step * Math.Ceiling((max - min) / step + 0.0001), step);
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
}
