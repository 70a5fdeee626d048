using CohesionSite.Analysis;
using CohesionSite.Analysis.Status;

namespace CohesionSite.Site.Tests;

/// <summary>The reporting-status and national pages of the shipped content plus the demo fixture: counts from the analysis, nothing invented.</summary>
public sealed class StatusPagesTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private string Page(string path) => Path.Combine(site.Output, path, "index.html");

    [Fact]
    public void StatusPage_Demo_TableCountsEqualReportingStatusAndChartDescriptionRepeatsThem()
    {
        var demo = site.Content.StrategyById["demo"];
        var asOf = Fixture.Report(site.Content).AsOfFor("demo");
        var status = StrategyAnalysis.Of(demo, site.Content.National).StatusAt(asOf);
        var doc = SiteFiles.Parse(Page("strategies/demo/status"));

        var rows = doc.QuerySelectorAll("#status-rag-h ~ .chart-and-table tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), int.Parse(r.QuerySelectorAll("td")[0].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.Equal(status.ActionsByRag.Select(c => c.Count), rows.Select(r => r.Item2));
        var desc = doc.QuerySelector("#status-rag-chart-d")!.TextContent;
        Assert.All(rows, r => Assert.Contains($"{r.Item1}: {r.Item2}.", desc, StringComparison.Ordinal));
        Assert.Contains(asOf.ToDisplay(), doc.QuerySelector(".status-asof")!.TextContent, StringComparison.Ordinal);
        // Members link to the action's own page.
        Assert.NotNull(doc.QuerySelector("#status-rag-h ~ .chart-and-table a[href='/strategies/demo/actions/1.2.2/']"));
    }

    [Fact]
    public void StatusPage_WalsallPlanWithoutStatus_SaysSoAndDrawsNoStatusOrRagBars()
    {
        var doc = SiteFiles.Parse(Page("strategies/walsall-2008/status"));
        var text = doc.QuerySelector("main")!.TextContent;

        Assert.Contains("The plan reports no status for its actions.", text, StringComparison.Ordinal);
        Assert.Contains("The plan reports no RAG rating for its actions.", text, StringComparison.Ordinal);
        Assert.Null(doc.GetElementById("status-status-chart-t"));
        Assert.Null(doc.GetElementById("status-rag-chart-t"));
        Assert.DoesNotContain("Done (its action is complete)", text, StringComparison.Ordinal);
        Assert.NotNull(doc.GetElementById("status-milestones-chart-t"));
        Assert.NotNull(doc.GetElementById("status-indicators-chart-t"));
    }

    [Fact]
    public void StatusPages_StrategyWithNothingToCount_NoOwnPageButSaysSoOnSiteWidePage()
    {
        Assert.False(File.Exists(Page("strategies/east-midlands-2009/status")));
        var doc = SiteFiles.Parse(Page("status"));
        var rows = doc.QuerySelectorAll("table.status-by-strategy tbody tr");
        Assert.Equal(site.Content.Strategies.Count, rows.Length);

        // East Midlands has no status page: its row links to its overview and says it has no plan.
        var eastMidlands = rows.Single(r => r.QuerySelector("th a")!.TextContent.Contains("East Midlands", StringComparison.Ordinal));
        Assert.Equal("/strategies/east-midlands-2009/", eastMidlands.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("No action plan", eastMidlands.TextContent, StringComparison.Ordinal);
        Assert.Equal(["0", "0", "0"], eastMidlands.QuerySelectorAll("td.num").Take(3).Select(c => c.TextContent));

        // Walsall has a status page, and its row's milestone cells add up to its milestones.
        var walsall = rows.Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/strategies/walsall-2008/status/");
        var counts = walsall.QuerySelectorAll("td.num").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var milestones = site.Content.Strategies.Single(s => s.Id == "walsall-2008").Actions.Sum(a => a.Milestones.Count);
        Assert.Equal(milestones, counts[^4..].Sum());

        // The totals are the sums of the rows.
        var totals = doc.QuerySelectorAll("#site-status-milestones-h ~ .chart-and-table tbody td").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).Sum();
        Assert.Equal(site.Content.Strategies.Sum(s => s.Actions.Sum(a => a.Milestones.Count)), totals);
        Assert.Empty(doc.QuerySelectorAll("main section li"));
    }

    [Fact]
    public void NationalPages_WhitePaperAndIndicators_ListTheStrategiesThatUseEachItem()
    {
        var wp = SiteFiles.Parse(Page("national/frameworks/white-paper-2006"));
        var leadership = wp.GetElementById("item-leadership-and-engagement")!;
        Assert.NotNull(leadership.QuerySelector("a[href='/strategies/northamptonshire-2007/']"));

        var ni = SiteFiles.Parse(Page("national/indicators"));
        var ni1 = ni.GetElementById("ni-ni-1")!;
        Assert.NotNull(ni1.QuerySelector("a[href^='/strategies/walsall-2008/indicators/']:not([href$='/indicators/'])"));
        Assert.NotNull(ni1.QuerySelector("a[href^='/strategies/worcestershire-2010/indicators/']:not([href$='/indicators/'])"));

        var index = SiteFiles.Parse(Page("national"));
        Assert.Equal(site.Content.National.Frameworks.Count, index.QuerySelectorAll("#frameworks ~ .cards > li").Length);
    }

    [Fact]
    public void StrategyNav_StatusTab_OnlyWhereThereIsSomethingToCount()
    {
        var walsall = SiteFiles.Parse(Page("strategies/walsall-2008"));
        var eastMidlands = SiteFiles.Parse(Page("strategies/east-midlands-2009"));

        Assert.NotNull(walsall.QuerySelector(".strategy-nav a[href='/strategies/walsall-2008/status/']"));
        Assert.Empty(eastMidlands.QuerySelectorAll(".strategy-nav a[href$='/status/']"));
    }
}
