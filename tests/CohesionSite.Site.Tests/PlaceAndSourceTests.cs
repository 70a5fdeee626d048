using System.Text.Json;
using System.Text.RegularExpressions;

namespace CohesionSite.Site.Tests;

/// <summary>
/// Every title names its place; editorial and provenance notes sit in the "About this page's
/// source" block, never in the body; only the sections a strategy has are pages, tabs and sitemap entries.
/// </summary>
public sealed partial class PlaceAndSourceTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private IEnumerable<(string Area, string File)> StrategyPages() =>
        site.Content.Strategies.SelectMany(s => Directory.GetFiles(Path.Combine(site.Output, "strategies", s.Id), "index.html", SearchOption.AllDirectories)
            .Select(f => (s.Strategy.Area, f)));

    [Fact]
    public void StrategyPages_TitleH1AndBreadcrumb_NameThePlace()
    {
        foreach (var (area, file) in StrategyPages())
        {
            var doc = SiteFiles.Parse(file);
            var crumb = doc.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent;
            foreach (var (what, text) in new[] { ("title", doc.Title ?? string.Empty), ("h1", doc.QuerySelector("h1")!.TextContent), ("breadcrumb", crumb) })
            {
                Assert.True(text.Contains(area, StringComparison.OrdinalIgnoreCase), $"{file}: {what} '{text}' does not name {area}");
            }
        }
    }

    [Fact]
    public void SearchIndexAndOpenData_StrategyEntries_NameThePlace()
    {
        var entries = SearchFiles.Entries(site.Output);
        foreach (var s in site.Content.Strategies)
        {
            var own = entries.Where(e => e.GetProperty("u").GetString()!.Contains($"/strategies/{s.Id}/", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(own);
            Assert.All(own, e => Assert.Contains(s.Strategy.Area, e.GetProperty("t").GetString()!, StringComparison.OrdinalIgnoreCase));
        }

        var data = SiteFiles.Parse(Path.Combine(site.Output, "data", "index.html"));
        var headings = data.QuerySelectorAll("main h2").Select(h => h.TextContent).ToArray();
        Assert.All(site.Content.Strategies, s => Assert.Contains(headings, h => h.Contains(s.Strategy.Area, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void StrategyPages_EditorialNotes_OnlyInTheSourceBlock()
    {
        string[] editorial = ["In heading:", "The seed has only", "Captured from the source document", "see hyperlink"];
        foreach (var (_, file) in StrategyPages())
        {
            var doc = SiteFiles.Parse(file);
            var aside = doc.QuerySelector("main aside.source-notes");
            Assert.True(aside is not null, $"{file}: no source block");
            Assert.Equal("About this page's source", aside!.QuerySelector("h2")!.TextContent);
            Assert.Contains("Captured from the source document", aside.TextContent, StringComparison.Ordinal);

            aside.Remove();
            var body = doc.QuerySelector("main")!.TextContent;
            foreach (var e in editorial)
            {
                Assert.False(body.Contains(e, StringComparison.OrdinalIgnoreCase), $"{file}: '{e}' in the body text");
            }

            var doubled = Doubled().Match(body);
            Assert.False(doubled.Success, $"{file}: doubled name '{doubled.Value}'");
        }

        // The notes did not vanish: Walsall's really different headings and missing hyperlink are in its
        // block; headings spelt the same everywhere (bar capitals or a cut) are not claimed to differ.
        var walsall = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "walsall-2008", "priorities", "index.html")).QuerySelector("aside.source-notes")!.TextContent;
        Assert.Contains("“Planning for and coping with the unexpected”", walsall, StringComparison.Ordinal);
        Assert.Contains("“Long term workforce planning”", walsall, StringComparison.Ordinal);
        Assert.Contains("see hyperlink", walsall, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2 Developing community leadership is headed differently", walsall, StringComparison.Ordinal);
        Assert.DoesNotContain("“PEOPLE”", walsall, StringComparison.Ordinal);
    }

    [Fact]
    public void StrategySections_OnlyThoseWithContent_ArePagesTabsAndSitemapEntries()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        string[] empty = ["This strategy has no toolkit", "does not describe good-practice", "publishes no evidence", "does not set out outcomes", "does not list indicators", "This strategy has no action plan", "does not set out themes"];
        var missing = 0;
        foreach (var s in site.Content.Strategies)
        {
            foreach (var (segment, label) in Pipeline.SitePaths.Sections)
            {
                var has = segment switch
                {
                    "priorities" => s.AllPriorities.Count > 0,
                    "actions" => s.Actions.Count > 0,
                    "outcomes" => s.Outcomes.Count > 0,
                    "indicators" => s.Indicators.Count > 0,
                    "toolkit" => s.Toolkit is not null,
                    "practice" => s.Cases.Count > 0,
                    "evidence" => s.Tables.Count > 0 || s.Figures.Count > 0,
                    "status" => s.Indicators.Count > 0 || s.Actions.Count > 0,
                    _ => true,
                };
                var path = Pipeline.SitePaths.Strategy(s.Id, segment);
                Assert.Equal(has, File.Exists(Path.Combine(site.Output, Pipeline.SitePaths.FileOf(path))));
                Assert.Equal(has, sitemap.Contains($"/{path}</loc>", StringComparison.Ordinal));
                var overview = SiteFiles.Parse(Path.Combine(site.Output, "strategies", s.Id, "index.html"));
                Assert.Equal(has, overview.QuerySelectorAll(".strategy-nav a").Any(a => a.TextContent == label));
                missing += has ? 0 : 1;
            }
        }

        Assert.True(missing > 5, "the shipped strategies lack several sections");
        foreach (var (_, file) in StrategyPages())
        {
            var main = SiteFiles.Parse(file).QuerySelector("main")!.TextContent;
            Assert.DoesNotContain(empty, e => main.Contains(e, StringComparison.Ordinal));
        }
    }

    // "whg (whg)", "(NCompass) (NCompass)": a name followed by itself in brackets.
    [GeneratedRegex(@"(\(?\b[\w&]+\)?) \(\1\)|\((\w+)\) \(\2\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Doubled();
}
