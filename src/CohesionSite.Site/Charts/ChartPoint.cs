using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Charts;

/// <summary>
/// One plottable figure of an indicator: a baseline, target or measurement with a number. Its
/// <see cref="Title"/> is the same wording as the figure's row in the table beside the chart, so
/// a reader (and a test) can match every mark with its row.
/// </summary>
/// <param name="Kind">"Baseline", "Measurement" or "Target": what the figure is (not shown; <see cref="KindLabel"/> is).</param>
/// <param name="Point">The figure.</param>
/// <param name="Series">The series (legend entry) the mark belongs to, in the page's words.</param>
/// <param name="Text">The page's interface text.</param>
internal sealed record ChartPoint(string Kind, DataPoint Point, string Series, UiText Text)
{
    /// <summary>The kind in the page's words, as the table's first column says it.</summary>
    public string KindLabel => Text["charts." + Kind.ToLowerInvariant()];

    /// <summary>The label of a measurement's bar: its area, or the word for a measurement of no named area.</summary>
    public string AreaLabel => Point.Area ?? Text["charts.measured"];

    /// <summary>
    /// The series of a bar: bars are labelled by area one by one, so colour only needs to tell the
    /// source's groups apart ("Neighbouring Counties"); an area without a group is its own series.
    /// </summary>
    public string BarSeries => Kind == "Measurement" ? Point.Group ?? AreaLabel : KindLabel;

    /// <summary>The number (only points with one are plotted).</summary>
    public double Value => Point.Value!.Value;

    /// <summary>The period, or null when the source gives none: such a point is never joined into a trend.</summary>
    public string? Period => string.IsNullOrEmpty(Point.Period) ? null : Point.Period;

    /// <summary>"Measurement, Redditch, 2008: 72%": kind, area and period as the table row has them, then the value.</summary>
    public string Title => string.Join(", ", new[] { KindLabel, Point.Area, Period }.Where(s => !string.IsNullOrEmpty(s)))
        + ": " + IndicatorChart.ValueText(Point, Text);

    /// <summary>The figures of an indicator that have a number, in table order (baseline, measurements, targets).</summary>
    public static IReadOnlyList<ChartPoint> From(Indicator indicator, UiText text)
    {
        var list = new List<ChartPoint>();
        if (indicator.Baseline is { } b && Plottable(b))
        {
            list.Add(new ChartPoint("Baseline", b, text["charts.baseline"], text));
        }

        list.AddRange(indicator.Measurements.Where(Plottable).Select(m => new ChartPoint("Measurement", m, m.Area ?? text["charts.measured"], text)));
        list.AddRange(indicator.Targets.Where(Plottable).Select(t => new ChartPoint("Target", t, text["charts.target"], text)));
        return list;
    }

    private static bool Plottable(DataPoint p) => p.Value is not null && !p.ToBeDetermined;
}
