using CohesionSite.Content;

namespace CohesionSite.Site.Tests;

/// <summary>Every page says when it was last updated; a strategy whose period has ended says it is historic.</summary>
public sealed class PageDateTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void EveryPage_ContentDates_ShowsLastUpdated()
    {
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = SiteFiles.Parse(file);
            var time = doc.QuerySelector("main p.page-updated time");
            Assert.True(time is not null, $"{file}: no last-updated date");
            var strategyPage = file.Contains("/strategies/demo/", StringComparison.Ordinal);
            var welsh = Path.GetRelativePath(site.Output, file).StartsWith("cy", StringComparison.Ordinal);
            // A strategy's pages show its own date; the site-wide pages and other strategies (no date given) the site's, in the page's language.
            Assert.Equal(strategyPage ? "2010-05-06" : "2010-06-07", time!.GetAttribute("datetime"));
            Assert.Equal(strategyPage ? "6 May 2010" : welsh ? "7 Mehefin 2010" : "7 June 2010", time.TextContent);
        }
    }

    [Fact]
    public void StrategyPages_PeriodEnded_HistoricNoticeOnEveryPage()
    {
        var demo = Directory.GetFiles(Path.Combine(site.Output, "strategies", "demo"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(demo);
        Assert.All(demo, f => Assert.Contains("covered 2008 to 2011, and that period has ended", SiteFiles.Parse(f).QuerySelector("main .notice.historic")!.TextContent, StringComparison.Ordinal));
        // East Midlands states no period: no notice; the home page is no strategy's.
        Assert.Null(SiteFiles.Parse(Path.Combine(site.Output, "strategies", "east-midlands-2009", "index.html")).QuerySelector(".notice.historic"));
        Assert.Null(SiteFiles.Parse(Path.Combine(site.Output, "index.html")).QuerySelector(".notice.historic"));
    }

    [Fact]
    public void StrategyPage_PeriodNotEnded_NoHistoricNotice()
    {
        using var temp = new TempDir();
        var content = Fixture.Load(Fixture.Write(temp.Path));
        var output = Path.Combine(temp.Path, "out");
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content), Today = new DateOnly(2011, 12, 31) }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        var doc = SiteFiles.Parse(Path.Combine(output, "strategies", "demo", "index.html"));
        Assert.Null(doc.QuerySelector(".notice.historic"));
        // No dates given (a library caller): no last-updated line rather than an invented one.
        Assert.Null(doc.QuerySelector(".page-updated"));
    }
}
