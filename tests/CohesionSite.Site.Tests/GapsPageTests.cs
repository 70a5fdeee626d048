namespace CohesionSite.Site.Tests;

/// <summary>The gap page shows a finding with members as one item with its list, each member linked to its page and its YAML line.</summary>
public sealed class GapsPageTests : IClassFixture<GoldenTests.DemoSite>
{
    private readonly GoldenTests.DemoSite _site;

    public GapsPageTests(GoldenTests.DemoSite site) => _site = site;

    [Fact]
    public void GapsPage_FindingWithMembers_OneItemWithItsList()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/gaps/index.html"));
        var items = doc.QuerySelectorAll("li").Where(li => li.TextContent.Contains("The announced plan is missing", StringComparison.Ordinal)).ToArray();
        var item = Assert.Single(items);
        var members = item.QuerySelectorAll("details.members li").ToArray();
        Assert.Equal(2, members.Length);
        Assert.Contains("2 left uncovered", item.QuerySelector("details.members summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(members, m => m.QuerySelector("a")!.GetAttribute("href")!.Contains("outcomes/", StringComparison.Ordinal) && m.TextContent.Contains("An outcome nobody measures", StringComparison.Ordinal));
        Assert.All(members, m => Assert.Contains(m.QuerySelectorAll("a"), x => x.GetAttribute("href")!.StartsWith("https://example.org/repo/blob/main/", StringComparison.Ordinal)));
    }
}
