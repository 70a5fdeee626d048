using System.Globalization;
using System.Text;

namespace CohesionSite.Site.Charts;

/// <summary>Counts drawn with the indicator bars' layout (reporting status: how many items are in each state).</summary>
internal static partial class BarChart
{
    /// <summary>
    /// One bar per count, labelled above and valued at its end, on a scale starting at zero. The
    /// description repeats every row of the table beside it ("With data: 3."), so the chart says
    /// nothing the table does not.
    /// </summary>
    public static void RenderCounts(StringBuilder sb, Localization.UiText text, string id, string title, string note, IReadOnlyList<(string Label, int Count)> bars)
    {
        const int head = 26;
        var height = head + (bars.Count * Row) + 4;
        var description = string.Join(" ", bars.Select(b => text.Format("charts.count_desc", b.Label, b.Count.ToString(CultureInfo.InvariantCulture))));
        ChartSvg.Open(sb, id, height, title, description);
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"note\" x=\"4\" y=\"16\">{ChartSvg.Esc(note)}</text>");
        var (top, _) = ChartSvg.Scale(0, Math.Max(1, bars.Max(b => b.Count)));
        var plot = ChartSvg.Width - 8 - ValueRoom;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count) = bars[i];
            var x1 = 4 + (plot * count / top);
            var value = count.ToString(CultureInfo.InvariantCulture);
            // An empty state still gets its row (and a hairline), so every row of the table has its mark.
            Bar(sb, head + (i * Row), label, 4, x1, 0, text.Format("charts.count_title", label, value), value);
        }

        sb.Append("</svg>");
    }
}
