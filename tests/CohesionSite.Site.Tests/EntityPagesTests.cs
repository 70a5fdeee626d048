using System.Text;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Tests;

/// <summary>The page of every action and every indicator: there, linked, indexed, and saying only what the content says.</summary>
public sealed class EntityPagesTests : IClassFixture<GoldenTests.DemoSite>
{
    private readonly string _output;

    public EntityPagesTests(GoldenTests.DemoSite site) => _output = site.Output;

    [Theory]
    [InlineData("actions/1.1.1")]
    [InlineData("actions/1.2.1")]
    [InlineData("actions/1.2.2")]
    [InlineData("indicators/getting-on-well")]
    [InlineData("indicators/influence")]
    public void Build_DemoFixture_EntityPageInSitemapAndSearchWithPlaceInTitle(string page)
    {
        var path = $"strategies/demo/{page}/";
        var doc = SiteFiles.Parse(Path.Combine(_output, path, "index.html"));

        Assert.Contains($"<loc>https://example.org/{path}</loc>", File.ReadAllText(Path.Combine(_output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains($"\"u\":\"/{path}\"", SearchFiles.AllText(_output), StringComparison.Ordinal);
        Assert.Contains("Demoshire", doc.Title, StringComparison.Ordinal);
        Assert.Contains("Demoshire", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Demoshire", doc.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector(".page-updated time"));
    }

    [Fact]
    public void ActionPlan_EveryRow_LinksToItsActionPage()
    {
        var doc = SiteFiles.Parse(Path.Combine(_output, "strategies/demo/actions/index.html"));
        var rows = doc.QuerySelectorAll("#actions-table tbody tr").ToArray();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal($"/strategies/demo/actions/{r.Id!["action-".Length..]}/", r.QuerySelector("th a")!.GetAttribute("href")));
    }

    [Fact]
    public void ActionPage_Milestones_StateAtTheReportingDateFromTheAnalysis()
    {
        var past = SiteFiles.Parse(Path.Combine(_output, "strategies/demo/actions/1.1.1/index.html"));
        var done = SiteFiles.Parse(Path.Combine(_output, "strategies/demo/actions/1.2.1/index.html"));

        // The fixture is judged at 1 April 2010: November 2008 is past for an action in progress, done for a complete one.
        Assert.Contains("1 April 2010", past.QuerySelector(".milestones-table caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["milestone-state milestone-past", "milestone-state milestone-undated"], past.QuerySelectorAll(".milestone-state").Select(e => e.ClassName!).ToArray());
        Assert.Equal("milestone-state milestone-done", done.QuerySelector(".milestone-state")!.ClassName);
        Assert.Contains("Half the schools met", past.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("/strategies/demo/actions/1.2.1/", SiteFiles.Links(past));
        Assert.Contains("/strategies/demo/actions/1.1.1/", SiteFiles.Links(done)); // 1.1.1 refers to it: related both ways
        Assert.Contains("/strategies/demo/indicators/getting-on-well/", SiteFiles.Links(past));
    }

    [Fact]
    public void ActionPage_NoMilestoneNoNotes_SaysSoAndInventsNothing()
    {
        var doc = SiteFiles.Parse(Path.Combine(_output, "strategies/demo/actions/1.2.2/index.html"));
        var main = doc.QuerySelector("main")!.TextContent;

        Assert.Contains("This action has no milestone.", main, StringComparison.Ordinal);
        Assert.Contains("No progress notes reported.", main, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".timeline"));
    }

    [Fact]
    public void IndicatorPage_Track_MatchesTheAnalysisJudgement()
    {
        var doc = SiteFiles.Parse(Path.Combine(_output, "strategies/demo/indicators/getting-on-well/index.html"));
        var track = doc.QuerySelector(".track")!.TextContent;

        // Baseline 74 (2007/08), target 77 (2009/10), latest 78 (2009/10) in Demoshire: ahead of the line, which expects 77.
        Assert.Contains("78% (2009/10)", track, StringComparison.Ordinal);
        Assert.Contains("on or ahead of the line", track, StringComparison.Ordinal);
        Assert.Contains("expects 77", track, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("figure svg"));
        Assert.NotNull(doc.QuerySelector(".chart-and-table table"));
    }

    [Fact]
    public void IndicatorPage_Downloads_CsvWithBomAndJsonOfThatIndicatorOnly()
    {
        var folder = Path.Combine(_output, "strategies/demo/indicators/getting-on-well");
        var csv = File.ReadAllBytes(Path.Combine(folder, "demo-getting-on-well.csv"));
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "demo-getting-on-well.json")));
        var links = SiteFiles.Links(SiteFiles.Parse(Path.Combine(folder, "index.html"))).ToArray();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length); // header, baseline, two measurements, two targets
        Assert.All(lines.Skip(1), l => Assert.StartsWith("demo,getting-on-well,", l, StringComparison.Ordinal));
        Assert.Equal("getting-on-well", json.RootElement.GetProperty("indicators")[0].GetProperty("id").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("indicators").GetArrayLength());
        Assert.Contains("/strategies/demo/indicators/getting-on-well/demo-getting-on-well.csv", links);
        Assert.Contains("/strategies/demo/indicators/getting-on-well/demo-getting-on-well.json", links);
    }

    [Fact]
    public void EntitySegments_UnsafeOrCollidingIds_OneSafeDistinctFolderEach()
    {
        var segments = new EntitySegments(["1.1.1", "../etc", "..", "A b", "a-b", ".hidden"]);
        var names = new[] { "1.1.1", "../etc", "..", "A b", "a-b", ".hidden" }.Select(id => segments.Of(id)!).ToArray();

        Assert.Equal("1.1.1", names[0]);
        Assert.All(names, n => Assert.True(SitePaths.IsSegment(n), n));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Null(segments.Of("unknown"));
    }

    [Theory]
    [InlineData(75.0, false)] // expected 75 at 2008/09: on the line
    [InlineData(74.5, true)]
    public void IndicatorTrack_Of_JudgesAgainstTheStraightLine(double latest, bool offTrack)
    {
        var i = new Indicator
        {
            Id = "x",
            Title = "x",
            Baseline = new DataPoint { Period = "2007/08", Value = 74 },
            Targets = [new DataPoint { Period = "2009/10", Value = 76 }],
            Measurements = [new DataPoint { Period = "2008/09", Value = latest }, new DataPoint { Period = "2009/10", Area = "Elsewhere", Value = 1 }],
        };

        var track = IndicatorTrack.Of(i, "Here", Direction.Higher)!;

        Assert.Equal(offTrack, track.OffTrack);
        Assert.Equal("75", track.ExpectedText);
        Assert.Equal("2008/09", track.Latest.Period); // another area's figure is not this strategy's
    }
}
