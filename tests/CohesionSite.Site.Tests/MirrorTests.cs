using AngleSharp.Dom;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Tests;

/// <summary>
/// The Welsh mirror of the shipped site: Wrexham declares Welsh and English, so every page of it and
/// every site-wide page has a twin under /cy/ with the Welsh interface, hreflang both ways and a
/// switch that lands on the same page; what has no Welsh text yet is marked as English.
/// </summary>
public sealed class MirrorTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const string Wrexham = "strategies/wrexham-2011-14/";

    private IDocument Page(string path) => SiteFiles.Parse(Path.Combine(site.Output, path, "index.html"));

    private static string RelativeFolder(string output, string file) =>
        Path.GetRelativePath(output, Path.GetDirectoryName(file)!).Replace('\\', '/') is "." ? string.Empty : Path.GetRelativePath(output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";

    [Fact]
    public void Mirror_EveryWrexhamAndSitePage_HasAWelshTwinAndNoOtherStrategyHasOne()
    {
        var own = SiteFiles.Pages(site.Output).Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => RelativeFolder(site.Output, f))
            .Where(p => !p.StartsWith("cy/", StringComparison.Ordinal)).ToArray();
        var mirrored = own.Where(p => p.StartsWith(Wrexham, StringComparison.Ordinal) || !p.StartsWith("strategies/", StringComparison.Ordinal)).ToArray();
        Assert.Contains(Wrexham + "gaps/", mirrored);
        Assert.Contains(Wrexham + "indicators/pv-get-along/", mirrored);
        Assert.All(mirrored, p => Assert.True(File.Exists(Path.Combine(site.Output, "cy", p, "index.html")), $"no Welsh page for /{p}"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy", "strategies", "walsall-2008")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy", "strategies", "demo")));
        // Downloads exist once, in no language.
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "cy"), "*.csv", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(Wrexham)]
    [InlineData(Wrexham + "outcomes/")]
    [InlineData(Wrexham + "gaps/")]
    [InlineData("")]
    [InlineData("national/")]
    public void Hreflang_OwnAndWelshPage_PointAtEachOtherWithEnglishTheDefault(string path)
    {
        var english = Page(path);
        var welsh = Page("cy/" + path);

        Assert.Equal("en-GB", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));
        foreach (var doc in new[] { english, welsh })
        {
            var alternates = doc.QuerySelectorAll("link[rel=alternate]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal("https://example.org/" + path, alternates["en-GB"]);
            Assert.Equal("https://example.org/" + path, alternates["x-default"]);
            Assert.Equal("https://example.org/cy/" + path, alternates["cy"]);
        }
    }

    [Fact]
    public void SiteTitle_WelshPages_InWelshFromTheSettingsAndUnmarked()
    {
        var home = Page("cy/");
        var title = home.QuerySelector(".site-title")!;

        Assert.Equal("Strategaethau cydlyniant cymunedol", title.TextContent);
        Assert.Null(title.QuerySelector("[lang]"));
        Assert.Equal("Strategaethau cydlyniant cymunedol", home.QuerySelector("h1")!.TextContent);
        Assert.Contains("Strategaethau cydlyniant cymunedol", home.QuerySelector(".site-footer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Community cohesion strategies", Page("").QuerySelector(".site-title")!.TextContent);
        // The settings' Welsh known issue stands in for the English one.
        var statement = Page("cy/accessibility/").QuerySelector("main")!.TextContent;
        Assert.Contains("3.1.5 Lefel Darllen", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading Level", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_WelshIndicatorPage_MarksOnlyTheEnglishItQuotes()
    {
        var h1 = Page("cy/" + Wrexham + "indicators/pv-ethnic-differences-respected/").QuerySelector("h1")!;
        var english = h1.QuerySelectorAll("span[lang=en]").Select(e => e.TextContent).ToArray();

        Assert.StartsWith("Dangosydd ", h1.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Residents' views of whether ethnic differences are respected", "Wrexham County Borough"], english);
        // The breadcrumbs quote the same English, marked the same way.
        Assert.Contains(Page("cy/" + Wrexham + "indicators/pv-ethnic-differences-respected/").QuerySelectorAll(".breadcrumbs span[lang=en]"), e => e.TextContent == "Wrexham County Borough");
    }

    [Fact]
    public void Breadcrumbs_EveryWelshPage_StartAtTheWelshHome()
    {
        var pages = SiteFiles.Pages(Path.Combine(site.Output, "cy")).Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).ToArray();
        var crumbs = pages.Select(f => (File: f, Home: SiteFiles.Parse(f).QuerySelector(".breadcrumbs a"))).Where(x => x.Home is not null).ToArray();

        Assert.True(crumbs.Length >= 20, $"only {crumbs.Length} Welsh pages with breadcrumbs");
        Assert.All(crumbs, x => Assert.True((x.Home!.TextContent, x.Home.GetAttribute("href")) == ("Hafan", "/cy/"), $"{x.File}: the first crumb is “{x.Home.TextContent}” ({x.Home.GetAttribute("href")})"));
    }

    [Fact]
    public void Switch_EveryPairedPage_LandsOnItsTwinAndBack()
    {
        var checkedPages = 0;
        foreach (var file in SiteFiles.Pages(Path.Combine(site.Output, "cy")).Where(f => f.EndsWith("index.html", StringComparison.Ordinal)))
        {
            var path = RelativeFolder(Path.Combine(site.Output, "cy"), file);
            var there = Page("cy/" + path).QuerySelector(".language-switch a");
            Assert.True(there is not null, $"/cy/{path} has no language switch");
            Assert.Equal(("/" + path, "English", "en-GB"), (there!.GetAttribute("href"), there.TextContent, there.GetAttribute("lang")));
            var back = Page(path).QuerySelector(".language-switch a")!;
            Assert.Equal(("/cy/" + path, "Cymraeg", "cy"), (back.GetAttribute("href"), back.TextContent, back.GetAttribute("lang")));
            checkedPages++;
        }

        Assert.True(checkedPages >= 20, $"only {checkedPages} Welsh pages");
        // A page in one language offers no switch.
        Assert.Null(Page("strategies/walsall-2008/").QuerySelector(".language-switch"));
        Assert.Empty(Page("strategies/walsall-2008/").QuerySelectorAll("link[rel=alternate]"));
    }

    [Fact]
    public void Links_WelshPages_StayInWelshWhereThereIsAPageAndGoHomeOtherwise()
    {
        var home = Page("cy/");
        var links = SiteFiles.Links(home).ToArray();
        Assert.Contains("/cy/strategies/wrexham-2011-14/", links);
        Assert.Contains("/strategies/walsall-2008/", links);
        Assert.DoesNotContain("/cy/strategies/walsall-2008/", links);
        Assert.Contains("/assets/site.css", links);
        // The indicator downloads stay where they are.
        Assert.Contains(SiteFiles.Links(Page("cy/" + Wrexham + "indicators/pv-get-along/")), l => l.StartsWith("/" + Wrexham + "indicators/pv-get-along/", StringComparison.Ordinal) && l.EndsWith(".csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Untranslated_WelshPage_MarksEachEnglishFieldAndTheEnglishPageMarksNothing()
    {
        var wrexham = site.Content.StrategyById["wrexham-2011-14"];
        var welsh = Page("cy/" + Wrexham);
        foreach (var p in wrexham.Strategy.Principles)
        {
            var title = welsh.GetElementById("principle-" + p.Id)!.QuerySelector("strong span[lang]");
            Assert.True(title is not null, $"principle {p.Id}'s title is not marked");
            Assert.Equal(("en", p.Title), (title!.GetAttribute("lang"), title.TextContent));
        }

        var definition = welsh.QuerySelector("#definition + div[lang=en]");
        Assert.NotNull(definition);
        Assert.Contains(wrexham.Strategy.Definition!.Text!.Split('.')[0], definition!.TextContent, StringComparison.Ordinal);
        // The interface around them is Welsh, and never marked.
        Assert.Equal("Neidio i'r prif gynnwys", welsh.QuerySelector(".skip-link")!.TextContent);
        Assert.Empty(Page(Wrexham).QuerySelectorAll("main [lang]"));
        // No lang attribute lands inside another tag's attribute.
        Assert.DoesNotContain("&lt;span", File.ReadAllText(Path.Combine(site.Output, "cy", Wrexham, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_EveryPairedPage_ListsBothLanguages()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap, StringComparison.Ordinal);
        Assert.Contains("<url><loc>https://example.org/cy/strategies/wrexham-2011-14/</loc><xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"https://example.org/strategies/wrexham-2011-14/\"/><xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://example.org/cy/strategies/wrexham-2011-14/\"/></url>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<url><loc>https://example.org/strategies/walsall-2008/</loc></url>", sitemap, StringComparison.Ordinal);
        var doc = System.Xml.Linq.XDocument.Parse(sitemap);
        Assert.NotNull(doc.Root);
    }
}

/// <summary>A strategy with part of its Welsh written: the Welsh page shows it, unmarked, and the rest marked English.</summary>
public sealed class TranslatedMirrorTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_WelshTitleAndPrinciple_ShownInWelshOnTheWelshPageOnly()
    {
        var root = Fixture.Write(_temp.Path, withShipped: true);
        var folder = Path.Combine(root, "wrexham-2011-14", "translations");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cy.yaml"), """
            # yaml-language-server: $schema=../../../schemas/translation.schema.json
            language: cy
            texts:
              - field: strategy/title
                text: Strategaeth Cydlyniant Cymunedol 2011-14
              - field: principle/young-people/title
                text: Cydnabod bod pobl ifanc yn bwysig i ddyfodol Wrecsam
            """);
        var content = Fixture.Load(root);
        var output = Path.Combine(_temp.Path, "out");
        var result = CohesionSite.Site.SiteBuilder.Build(new CohesionSite.Site.SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content), Updated = Fixture.Dates, Today = Fixture.Today }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        var welsh = SiteFiles.Parse(Path.Combine(output, "cy", "strategies", "wrexham-2011-14", "index.html"));
        var english = SiteFiles.Parse(Path.Combine(output, "strategies", "wrexham-2011-14", "index.html"));
        var principle = welsh.GetElementById("principle-young-people")!.QuerySelector("strong")!;
        Assert.Contains("Cydnabod bod pobl ifanc yn bwysig i ddyfodol Wrecsam", principle.TextContent, StringComparison.Ordinal);
        Assert.Null(principle.QuerySelector("[lang]"));
        Assert.NotNull(welsh.GetElementById("principle-local-community")!.QuerySelector("strong span[lang=en]"));
        Assert.Contains("Strategaeth Cydlyniant Cymunedol 2011-14", welsh.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Community Cohesion Strategy 2011-14", english.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Cydnabod", english.Body!.TextContent, StringComparison.Ordinal);
    }
}
