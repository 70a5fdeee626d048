using AngleSharp.Dom;

namespace CohesionSite.Site.Tests;

/// <summary>A fixture with script tags, javascript: links and quote-breaking text in every content field renders inert.</summary>
public sealed class XssTests : IClassFixture<XssTests.HostileSite>
{
    private readonly HostileSite _site;

    public XssTests(HostileSite site) => _site = site;

    public sealed class HostileSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public HostileSite()
        {
            Output = Path.Combine(_temp.Path, "out");
            Fixture.Build(_temp.Path, Output, hostile: true);
        }

        public string Output { get; }

        public void Dispose() => _temp.Dispose();
    }

    public static TheoryData<string> PageFiles()
    {
        var data = new TheoryData<string>();
        foreach (var page in new[] { "index.html", "404.html", "search/index.html", "data/index.html", "accessibility/index.html" })
        {
            data.Add(page);
        }

        foreach (var (segment, _) in Pipeline.SitePaths.Sections)
        {
            data.Add(Pipeline.SitePaths.FileOf(Pipeline.SitePaths.Strategy("demo", segment)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageFiles))]
    public void Page_HostileContent_HasNoScriptHandlersOrUnsafeLinks(string file)
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, file));

        foreach (var script in doc.QuerySelectorAll("script"))
        {
            Assert.StartsWith("/assets/", script.GetAttribute("src") ?? string.Empty);
            Assert.Equal(string.Empty, script.TextContent);
        }

        Assert.Empty(doc.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Select(e => e.OuterHtml));
        Assert.Empty(doc.QuerySelectorAll("img, iframe, object, embed, style, base, meta[http-equiv]"));
        foreach (var link in SiteFiles.Links(doc))
        {
            Assert.True(link.StartsWith('/') || link.StartsWith('#') || link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal), link);
            Assert.DoesNotContain("javascript:", link, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Overview_HostileContent_IsShownAsText()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/index.html"));
        var text = doc.QuerySelector("main")!.TextContent;

        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("{{ page.title }}", text, StringComparison.Ordinal);
        Assert.Contains("Demo Cohesion Strategy", doc.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Single(doc.QuerySelectorAll("h1"));
    }

    [Fact]
    public void ActionPlan_HostileContent_KeepsEveryRowAndAttributes()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/actions/index.html"));
        var rows = doc.QuerySelectorAll("#actions-table tbody tr");

        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Equal(["data-rag", "data-status", "id"], r.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void HostileUrl_StaysInsideItsAttribute()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/toolkit/index.html"));
        var link = doc.QuerySelectorAll("a").Single(a => (a.GetAttribute("href") ?? string.Empty).Contains("evil.example", StringComparison.Ordinal));

        Assert.Equal(["href"], link.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void SearchIndex_HostileContent_CannotCloseTheScript()
    {
        var js = SearchFiles.AllText(_site.Output);

        Assert.DoesNotContain("</script", js, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", js, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", js, StringComparison.Ordinal);
    }
}
