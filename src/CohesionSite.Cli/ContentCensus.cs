using CohesionSite.Analysis;
using System.Globalization;
using CohesionSite.Core.Model;

namespace CohesionSite.Cli;

/// <summary>What <c>validate</c> prints about a clean load: a compact table of what was loaded.</summary>
internal static class ContentCensus
{
    /// <summary>The most strategy rows <see cref="Lines"/> lists before it only counts the rest.</summary>
    public const int Rows = 20;

    /// <summary>
    /// One row per strategy (the first <see cref="Rows"/>) and a total row, columns aligned, so a
    /// large repository still reads in one screen.
    /// </summary>
    public static IReadOnlyList<string> Lines(ContentSet content)
    {
        var rows = content.Strategies
            .Select(s => (Name: s.Id, Census: StrategyCensus.Of(s)))
            .Select(r => (r.Name, Counts: new[] { r.Census.Priorities, r.Census.Actions, r.Census.Indicators, r.Census.Outcomes }))
            .ToList();
        var total = (Name: "total", Counts: Enumerable.Range(0, 4).Select(i => rows.Sum(r => r.Counts[i])).ToArray());
        string[] headers = ["priorities", "actions", "indicators", "outcomes"];
        var shown = rows.Take(Rows).Append(total).ToArray();
        var nameWidth = Math.Max("strategy".Length, shown.Max(r => r.Name.Length));
        var widths = headers.Select((h, i) => Math.Max(h.Length, shown.Max(r => Number(r.Counts[i]).Length))).ToArray();
        string Row(string name, IEnumerable<string> cells) =>
            "  " + name.PadRight(nameWidth) + string.Concat(cells.Select((c, i) => "  " + c.PadLeft(widths[i])));
        var lines = new List<string> { Row("strategy", headers) };
        lines.AddRange(rows.Take(Rows).Select(r => Row(r.Name, r.Counts.Select(Number))));
        if (rows.Count > Rows)
        {
            lines.Add($"  … and {rows.Count - Rows} more");
        }

        lines.Add(Row(total.Name, total.Counts.Select(Number)));
        return lines;
    }

    /// <summary>"1 strategy", "5 strategies".</summary>
    public static string Strategies(int count) => Rules.Reporting.ExitReason.Plural(count, "strategy", "strategies");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
