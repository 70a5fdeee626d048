using System.Net;
using System.Text;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Charts;

/// <summary>
/// Draws an indicator as accessible SVG: every figure of the table beside it is one mark whose
/// title repeats the table row. One period (or none stated) gives labelled bars, one per area;
/// several periods give a line chart with one series per area; several periods with more areas
/// than colours can tell apart give small multiples, one bar chart per period.
/// </summary>
public static class IndicatorChart
{
    // More area series than this cannot be told apart by colour and shape in one line chart.
    private const int MaxSeries = 6;

    /// <summary>A data point's value as text ("74%", "To be determined"), in English.</summary>

    /// <summary>A data point's value as text, its missing value in the words of <paramref name="text"/>.</summary>
    public static string ValueText(DataPoint p, UiText text) =>
        p.ToBeDetermined ? text["charts.to_be_determined"]
        : p.Text is { Length: > 0 } t ? t
        : p.Value is { } v ? Labels.Number(v)
        : text["charts.not_stated"];

    /// <summary>The chart(s), or a sentence saying why there is none.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="id">A page-unique id prefix for the titles and descriptions.</param>
    /// <param name="direction">The direction it is judged in (the analysis': its own or its national indicator's).</param>
    /// <param name="text">The page's interface text, for every word the chart writes (English when none is given).</param>
    public static HtmlString Render(Indicator indicator, string id, Direction direction, UiText? text = null)
    {
        var words = text ?? UiText.For("en");
        var points = ChartPoint.From(indicator, words);
        if (points.Count == 0)
        {
            var none = words[indicator.Baseline is { ToBeDetermined: true } ? "charts.no_chart_tbd" : "charts.no_chart"];
            return new HtmlString($"<p class=\"chart-none\">{WebUtility.HtmlEncode(none)}</p>");
        }

        var periods = points.Where(p => p.Period is not null).Select(p => p.Period!).Distinct().Order(StringComparer.Ordinal).ToArray();
        var areas = points.Where(p => p.Kind == "Measurement").Select(p => p.Series).Distinct().Count();
        var better = direction switch { Direction.Higher => words["charts.higher"], Direction.Lower => words["charts.lower"], _ => string.Empty };
        var sb = new StringBuilder(4096);
        if (periods.Length <= 1)
        {
            BarChart.Render(sb, id, indicator.Title, points, indicator.Unit, better, words);
        }
        else if (areas <= MaxSeries)
        {
            LineChart.Render(sb, id, indicator.Title, points, periods, better, words);
        }
        else
        {
            // Small multiples: one panel per period (undated figures in their own panel), so no
            // figure is dropped and no panel needs more colours than it has rows.
            var panels = points.GroupBy(p => p.Period).OrderBy(g => g.Key is null ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
            for (var k = 0; k < panels.Length; k++)
            {
                var panel = panels[k];
                BarChart.Render(sb, $"{id}-{k + 1}", words.Format("charts.panel_title", indicator.Title, panel.Key ?? words["charts.period_not_stated"]), panel.ToArray(), indicator.Unit, better, words);
            }
        }

        return new HtmlString(sb.ToString());
    }
}
