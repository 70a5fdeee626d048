using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;

namespace CohesionSite.Site.Tests;

/// <summary>
/// Every chart of the shipped site (plus the demo fixture) against the table beside it: one mark
/// per figure with a number, titled as its row; a legend naming exactly the series drawn; period
/// ticks only when there is more than one period; lines only through dated marks.
/// </summary>
public sealed partial class ChartTests : IClassFixture<ShippedSite>
{
    private readonly ShippedSite _site;

    public ChartTests(ShippedSite site) => _site = site;

    [Fact]
    public void Charts_ShippedSite_EveryFigureWithANumberIsOneMarkTitledAsItsTableRow()
    {
        var checkedMarks = 0;
        foreach (var (strategy, indicator, section) in _site.Sections())
        {
            // The table rows as "Kind, area, period: value", the wording each mark's title must repeat.
            var rows = section.QuerySelectorAll("table tbody tr").Select(tr =>
            {
                var cells = tr.Children.Select(c => c.TextContent.Trim()).ToArray();
                return string.Join(", ", new[] { cells[0], cells[2], cells[1] }.Where(c => c.Length > 0)) + ": " + cells[3];
            }).ToList();
            var marks = section.QuerySelectorAll("svg.chart .mark").Select(m => m.QuerySelector("title")?.TextContent ?? "(untitled)").ToArray();
            var numeric = new[] { indicator.Baseline }.Concat(indicator.Measurements).Concat(indicator.Targets)
                .Count(p => p is { Value: not null, ToBeDetermined: false });

            Assert.True(numeric == marks.Length, $"{strategy}/{indicator.Id}: {numeric} figures with a number but {marks.Length} marks");
            foreach (var m in marks)
            {
                Assert.True(rows.Remove(m), $"{strategy}/{indicator.Id}: mark '{m}' matches no (unused) table row; rows: {string.Join(" | ", rows)}");
            }

            checkedMarks += marks.Length;
        }

        // The shipped content has dozens of figures (Worcestershire's Place Survey tables alone 26).
        Assert.True(checkedMarks > 40, $"only {checkedMarks} marks checked");
    }

    [Fact]
    public void Charts_ShippedSite_LegendNamesExactlyTheSeriesDrawn()
    {
        foreach (var (strategy, indicator, section) in _site.Sections())
        {
            foreach (var svg in section.QuerySelectorAll("svg.chart"))
            {
                var drawn = svg.QuerySelectorAll(".mark").Select(SeriesOf).ToHashSet();
                var legend = svg.QuerySelectorAll(".legend-item").Select(SeriesOf).ToList();
                Assert.True(legend.Count == legend.Distinct().Count(), $"{strategy}/{indicator.Id}: a series is in the legend twice");
                if (drawn.Count > 1 || legend.Count > 0)
                {
                    Assert.True(drawn.SetEquals(legend), $"{strategy}/{indicator.Id}: marks of series [{string.Join(", ", drawn)}], legend [{string.Join(", ", legend)}]");
                }
            }
        }
    }

    [Fact]
    public void Charts_ShippedSite_LegendKeyHasTheShapeOfItsSeriesMarks()
    {
        var keys = 0;
        foreach (var (strategy, indicator, section) in _site.Sections())
        {
            foreach (var svg in section.QuerySelectorAll("svg.chart"))
            {
                foreach (var item in svg.QuerySelectorAll(".legend-item"))
                {
                    var series = SeriesOf(item);
                    var key = item.QuerySelector(".key");
                    Assert.True(key is not null, $"{strategy}/{indicator.Id}: legend item {series} has no key");
                    // A reader matches the key to the marks by outline and colour, so both must be those of every mark of the series.
                    var marks = svg.QuerySelectorAll($".mark.{series}").Select(Look).Distinct().ToArray();
                    Assert.True(marks.Length == 1 && marks[0] == Look(key), $"{strategy}/{indicator.Id}: key of {series} is {Look(key)}, its marks are [{string.Join(", ", marks)}]");
                    keys++;
                }
            }
        }

        Assert.True(keys > 5, $"only {keys} legend keys checked");
    }

    private static string Look(IElement e) =>
        $"{e.GetAttribute("d")} fill={e.GetAttribute("fill")} {string.Join(' ', e.ClassList.Where(c => c is "baseline" or "target"))}";

    [Fact]
    public void Charts_ShippedSite_PeriodAxisOnlyWithSeveralPeriods()
    {
        foreach (var (strategy, indicator, section) in _site.Sections())
        {
            var periods = ChartPeriods(indicator);
            var ticks = section.QuerySelectorAll("svg.chart .period").Select(t => t.TextContent).Where(t => t != "Not stated").ToArray();
            if (periods.Count <= 1)
            {
                Assert.True(ticks.Length == 0, $"{strategy}/{indicator.Id}: one period but an x axis of periods [{string.Join(", ", ticks)}]");
            }
            else
            {
                Assert.Equal(periods.Order(StringComparer.Ordinal), ticks.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Render_UndatedFigureBesideSeveralPeriods_NotJoinedIntoTheLine()
    {
        var indicator = new Indicator
        {
            Id = "x",
            Title = "Meet and talk",
            Measurements =
            [
                new DataPoint { Value = 60, Text = "60%" },
                new DataPoint { Period = "2005", Value = 31, Text = "31%" },
                new DataPoint { Period = "2009", Value = 41, Text = "41%" },
            ],
        };
        var svg = Svg(IndicatorChart.Render(indicator, "c", indicator.Direction).Html).Single();
        var undatedX = svg.QuerySelectorAll(".period").Single(t => t.TextContent == "Not stated").GetAttribute("x");
        var vertices = svg.QuerySelectorAll("polyline").SelectMany(l => l.GetAttribute("points")!.Split(' ')).ToArray();
        var marks = svg.QuerySelectorAll(".mark").Select(m => Translate().Match(m.GetAttribute("transform")!)).Select(m => $"{m.Groups[1].Value},{m.Groups[2].Value}").ToHashSet();

        Assert.Equal(3, marks.Count);
        Assert.Equal(2, vertices.Length);
        Assert.All(vertices, v => Assert.Contains(v, marks));
        Assert.DoesNotContain(vertices, v => v.StartsWith(undatedX + ",", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyAreasOverTwoPeriods_SmallMultiplesWithEveryFigure()
    {
        var indicator = new Indicator
        {
            Id = "x",
            Title = "Get on well",
            Measurements = [.. Enumerable.Range(1, 8).SelectMany(a => new[] { "2008", "2010" }.Select(p => new DataPoint { Period = p, Area = $"Area {a}", Value = 50 + a }))],
        };
        var svgs = Svg(IndicatorChart.Render(indicator, "c", indicator.Direction).Html);

        Assert.Equal(2, svgs.Length);
        Assert.All(svgs, s => Assert.Equal(8, s.QuerySelectorAll(".mark").Length));
        Assert.Empty(svgs.SelectMany(s => s.QuerySelectorAll(".period")));
    }

    private static string SeriesOf(IElement e) =>
        e.ClassList.SingleOrDefault(c => c.StartsWith("series-", StringComparison.Ordinal)) ?? "(none)";

    private static List<string> ChartPeriods(Indicator i) =>
        new[] { i.Baseline }.Concat(i.Measurements).Concat(i.Targets)
            .Where(p => p is { Value: not null, ToBeDetermined: false } && !string.IsNullOrEmpty(p.Period))
            .Select(p => p!.Period!).Distinct().ToList();

    private static IElement[] Svg(string html) =>
        [.. new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").QuerySelectorAll("svg.chart")];

    [GeneratedRegex(@"translate\(([-\d.]+) ([-\d.]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Translate();
}
