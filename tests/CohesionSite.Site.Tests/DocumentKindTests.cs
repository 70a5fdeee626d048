namespace CohesionSite.Site.Tests;

/// <summary>East Midlands is a report with a toolkit, commissioned by the EHRC and written by a consultancy: the site says so and never calls the consultancy its partnership.</summary>
public sealed class DocumentKindTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void Overview_ReportWithToolkit_SaysItIsNotAStrategyAndWhoCommissionedAndWroteIt()
    {
        var main = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "east-midlands-2009", "index.html")).QuerySelector("main")!;

        Assert.Contains("A report with a toolkit, not a strategy", main.QuerySelector(".notice.document-kind")!.TextContent, StringComparison.Ordinal);
        var facts = main.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Equality and Human Rights Commission (EHRC)", facts["Commissioned by"]);
        Assert.Equal("Waterhouse Consulting Group (WCG)", facts["Written by"]);
        Assert.False(facts.ContainsKey("Partnership"));
        Assert.DoesNotContain("Waterhouse", main.QuerySelector("p.caption")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_ReportAndStrategies_OnlyTheReportIsMarkedNotAStrategy()
    {
        var cards = SiteFiles.Parse(Path.Combine(site.Output, "index.html")).QuerySelectorAll("li.card").ToArray();
        var report = cards.Single(c => c.TextContent.Contains("East Midlands", StringComparison.Ordinal));

        Assert.Contains("A report with a toolkit, not a strategy", report.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Waterhouse", report.TextContent, StringComparison.Ordinal);
        Assert.All(cards.Except([report]), c => Assert.DoesNotContain("not a strategy", c.TextContent, StringComparison.Ordinal));
    }
}
