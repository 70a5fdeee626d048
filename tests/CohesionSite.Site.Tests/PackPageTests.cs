using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Site.Pages.Pack;

namespace CohesionSite.Site.Tests;

/// <summary>The board pack page: its counts are the analysis' reporting status, nothing unreported is filled in, and a baseline's comparison is shown.</summary>
public sealed class PackPageTests : IClassFixture<GoldenTests.DemoSite>
{
    private readonly GoldenTests.DemoSite _site;

    public PackPageTests(GoldenTests.DemoSite site) => _site = site;

    [Fact]
    public void Pack_DemoFixture_CountTablesAreReportingStatusCounts()
    {
        using var temp = new TempDir();
        var content = Fixture.Load(Fixture.Write(temp.Path));
        var demo = content.StrategyById["demo"];
        var status = StrategyAnalysis.Of(demo, content.National).StatusAt(Fixture.Report(content).AsOfFor("demo"));
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/pack/index.html"));

        var tables = doc.QuerySelectorAll("table.pack-count").ToArray();
        int[][] expected =
        [
            [.. status.ActionsByStatus.Select(c => c.Count)],
            [.. status.ActionsByRag.Select(c => c.Count)],
            [.. status.Milestones.Select(c => c.Count)],
            [.. status.Indicators.Select(c => c.Count)],
        ];
        Assert.Equal(expected.Length, tables.Length);
        for (var t = 0; t < tables.Length; t++)
        {
            Assert.Equal(expected[t], tables[t].QuerySelectorAll("tbody td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        var past = status.Milestones.First(m => m.Key == Analysis.Status.MilestoneState.Past).Members;
        Assert.Equal(past.Select(m => m.Action.Id), doc.QuerySelectorAll("table.pack-past tbody th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void Pack_EveryStrategy_InSitemapAndLinkedFromOverview()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        var overview = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/index.html"));

        Assert.Contains("/strategies/demo/pack/</loc>", sitemap, StringComparison.Ordinal);
        Assert.NotNull(overview.QuerySelector("main a[href='/strategies/demo/pack/']"));
    }

    [Fact]
    public void Pack_DemoFixture_PrintSheetRunningHeadsAndPlaceInTitle()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/pack/index.html"));

        Assert.NotNull(doc.QuerySelector("link[rel=stylesheet][href='/assets/pack.css']"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets/pack.css")));
        Assert.Contains("@page pack", doc.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Board pack – ", doc.Title, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("main script"));
        // Without a baseline the pack says it cannot say what changed; it never claims "no changes".
        Assert.Contains("No earlier gap report was given", doc.QuerySelector("#pack-changes")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ShippedWalsall_NoStatusReportedSaidPlainly()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "out");
        Fixture.Build(temp.Path, output, withShipped: true);
        var text = SiteFiles.Parse(Path.Combine(output, "strategies/walsall-2008/pack/index.html")).QuerySelector("main")!.TextContent;

        Assert.Contains("No status and no RAG rating is reported for any of its 36 actions.", text, StringComparison.Ordinal);
        Assert.Contains("No status reported", text, StringComparison.Ordinal);
        Assert.DoesNotContain("36 not started", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_BaselineMarks_NewAndResolvedByRule()
    {
        using var temp = new TempDir();
        var content = Fixture.Load(Fixture.Write(temp.Path));
        var report = Fixture.Report(content);
        var marked = report with
        {
            HasBaseline = true,
            Findings = [.. report.Findings.Select((f, i) => f with { BaselineState = i == 0 ? BaselineState.New : BaselineState.Unchanged })],
            Resolved = [report.Findings[1] with { RuleId = "outcome-no-indicator", BaselineState = BaselineState.Resolved }, report.Findings[1] with { Strategy = "other", BaselineState = BaselineState.Resolved }],
        };

        var changes = PackChanges.Of(marked, marked.Findings, "demo");

        Assert.True(changes.HasBaseline);
        Assert.Equal(1, changes.NewCount);
        Assert.Equal("Action rated red", changes.New[0].Title);
        Assert.Equal(1, changes.ResolvedCount);
        Assert.Equal("Outcome without an indicator", changes.Resolved[0].Title);
        Assert.Equal(report.Findings.Count - 1, changes.Unchanged);
    }

    [Theory]
    [InlineData("Walsall: board pack", "\"Walsall\\3A  board pack\"")]
    [InlineData("a\"; } body { x", "\"a\\22 \\3B  \\7D  body \\7B  x\"")]
    [InlineData("</style><script>", "\"\\3C \\2F style\\3E \\3C script\\3E \"")]
    public void Quote_AnyText_OnlyLettersDigitsSpacesUnescaped(string text, string css)
    {
        Assert.Equal(css, PackRunningHeads.Quote(text));
    }
}
