using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>The built site in a real browser (Debian's chromium through Playwright), served from 127.0.0.1.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Browser)]
[Collection("browser")]
public sealed class BrowserTests(BrowserSite site)
{
    /// <summary>Every page type, on the demo strategy where a strategy is needed.</summary>
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "/" },
        { "overview", "/strategies/demo/" },
        { "priorities", "/strategies/demo/priorities/" },
        { "actions", "/strategies/demo/actions/" },
        { "outcomes", "/strategies/demo/outcomes/" },
        { "indicators", "/strategies/demo/indicators/" },
        { "action", "/strategies/demo/actions/1.1.1/" },
        { "indicator", "/strategies/demo/indicators/getting-on-well/" },
        { "toolkit", "/strategies/demo/toolkit/" },
        { "practice", "/strategies/demo/practice/" },
        { "evidence", "/strategies/demo/evidence/" },
        { "gaps", "/strategies/demo/gaps/" },
        { "status", "/strategies/demo/status/" },
        { "status-all", "/status/" },
        { "national", "/national/" },
        { "national-framework", "/national/frameworks/demo-priorities/" },
        { "national-indicators", "/national/indicators/" },
        { "pack", "/strategies/demo/pack/" },
        { "search", "/search/?q=twin+schools" },
        { "data", "/data/" },
        { "accessibility", "/accessibility/" },
        { "notfound", "/404.html" },
    };

    /// <summary>The axe rules of WCAG 2.2 AA, for every browser test that runs axe.</summary>
    internal static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task PageType_Loads_NoConsoleErrorsNoExternalRequestsOneH1(string name, string path)
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page, site.Site.Origin);
        var response = await page.GotoAsync(site.Site.Origin + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, name + ".png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, name + "-phone.png") });
        Assert.True(watch.Problems.IsEmpty, string.Join("\n", watch.Problems));
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task PageType_Axe_NoWcag22AaViolations(string name, string path)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var result = await page.RunAxe(WcagAa);

        Assert.True(result.Violations.Length == 0, name + ": " + Describe(result));
        await page.CloseAsync();
    }

    [Fact]
    public async Task EverySitemapPage_AxeAndConsole_Clean()
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page, site.Site.Origin);
        var failures = new List<string>();
        var paths = site.SitemapPaths();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Site.Origin + path, new() { WaitUntil = WaitUntilState.Load });
            var result = await page.RunAxe(WcagAa);
            if (result.Violations.Length > 0)
            {
                failures.Add(path + ": " + Describe(result));
            }
        }

        // Home, search, open data and accessibility, plus every section page a strategy has (and no other),
        // the site-wide reporting status and the national pages (index, one per framework, the indicator set).
        var strategyPages = Directory.GetFiles(Path.Combine(site.SiteFolder, "strategies"), "index.html", SearchOption.AllDirectories).Length;
        var nationalPages = Directory.GetFiles(Path.Combine(site.SiteFolder, "national"), "index.html", SearchOption.AllDirectories).Length;
        // The Welsh mirror (the shipped Wrexham declares Welsh): every page of it is in the sitemap and checked too.
        var welshPages = Directory.GetFiles(Path.Combine(site.SiteFolder, "cy"), "index.html", SearchOption.AllDirectories).Length;
        Assert.True(welshPages > 10, $"only {welshPages} Welsh pages");
        Assert.Equal(4 + strategyPages + 1 + nationalPages + welshPages, paths.Count);
        Assert.Contains("/cy/strategies/wrexham-2011-14/gaps/", paths);
        Assert.Contains("/status/", paths);
        Assert.Contains("/national/frameworks/white-paper-2006/", paths);
        Assert.Empty(failures);
        Assert.True(watch.Problems.IsEmpty, string.Join("\n", watch.Problems));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/cy/strategies/wrexham-2011-14/gaps/", "/strategies/wrexham-2011-14/gaps/")]
    [InlineData("/cy/", "/")]
    [InlineData("/cy/strategies/wrexham-2011-14/indicators/pv-get-along/", "/strategies/wrexham-2011-14/indicators/pv-get-along/")]
    public async Task LanguageSwitch_WelshPage_RoundTripsToTheSamePageInEnglishAndBack(string welsh, string english)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + welsh);
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        // What the Welsh page shows in English (no translation yet) says so, and nothing else does
        // (a chart's SVG title among it: text content, as it is no HTML element).
        foreach (var marked in await page.QuerySelectorAllAsync("main [lang=en]"))
        {
            Assert.False(string.IsNullOrWhiteSpace(await marked.TextContentAsync()));
        }

        await page.ClickAsync(".language-switch a[hreflang=en-GB], .language-switch a[hreflang=en]");
        Assert.Equal(site.Site.Origin + english, page.Url);
        Assert.StartsWith("en", await page.GetAttributeAsync("html", "lang"), StringComparison.Ordinal);
        await page.ClickAsync(".language-switch a[hreflang=cy]");
        Assert.Equal(site.Site.Origin + welsh, page.Url);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ActionPlan_WithScript_FiltersByRagStatusAndText()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/actions/");
        var visible = page.Locator("#actions-table tbody tr:visible");
        Assert.Equal(3, await visible.CountAsync());

        await page.GetByLabel("RAG rating", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Red: very off track" });
        Assert.Equal(1, await visible.CountAsync());
        Assert.Equal("1.2.2", await visible.Locator("th").InnerTextAsync());
        Assert.Equal("Showing 1 of 3 actions", await page.Locator("#filter-count").InnerTextAsync());

        await page.GetByLabel("RAG rating", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "All" });
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Complete" });
        Assert.Equal("1.2.1", await visible.Locator("th").InnerTextAsync());

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "All" });
        await page.GetByLabel("Contains text").FillAsync("twin schools");
        Assert.Equal("1.1.1", await visible.Locator("th").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task ActionPlan_WithoutScript_TableCompleteAndNoDeadControls()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/actions/");

        Assert.Equal(3, await page.Locator("#actions-table tbody tr:visible").CountAsync());
        Assert.False(await page.Locator("#action-filter").IsVisibleAsync());
        Assert.Equal(0, await page.GetByLabel("RAG rating", new() { Exact = true }).CountAsync());
        Assert.Contains("Amber: slightly off track", await page.Locator("#action-1\\.1\\.1").InnerTextAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Toolkit_WithoutScript_CheckboxesTickAndGuidanceOpens()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/toolkit/");
        var question = page.GetByLabel("Do you know who uses your service?");

        Assert.False(await question.IsCheckedAsync());
        await page.GetByText("Do you know who uses your service?").ClickAsync();
        Assert.True(await question.IsCheckedAsync());
        await question.PressAsync("Space");
        Assert.False(await question.IsCheckedAsync());

        var guidance = page.GetByText("Look at your monitoring data.");
        Assert.False(await guidance.IsVisibleAsync());
        await page.Locator("summary").First.ClickAsync();
        Assert.True(await guidance.IsVisibleAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Toolkit_Print_ShowsGuidanceAndHidesNavigation()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/toolkit/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await page.GetByText("Look at your monitoring data.").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".strategy-nav").IsVisibleAsync());
        await page.PdfAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, "toolkit-print.pdf") });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Search_KnownAction_FoundAndLinksToItsPage()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/search/");
        await page.GetByLabel("Search strategies, priorities, actions and indicators").FillAsync("twin schools");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var hit = page.Locator("#search-results a", new() { HasText = "Action 1.1.1" });
        // Results arrive once the word shards have loaded.
        await hit.First.WaitForAsync(new() { Timeout = 5000 });
        Assert.Equal(1, await hit.CountAsync());
        await hit.ClickAsync();
        await page.WaitForURLAsync("**/strategies/demo/actions/1.1.1/");
        Assert.Contains("Action 1.1.1", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task SkipLink_Keyboard_MovesFocusToMain()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task HostileFixture_EveryPage_RunsNoInjectedScript()
    {
        var page = await site.Browser.NewPageAsync();
        var watch = new PageWatch(page, site.Hostile.Origin);
        foreach (var (_, path) in PageTypes().Select(r => ((string)r[0], (string)r[1])))
        {
            await page.GotoAsync(site.Hostile.Origin + path, new() { WaitUntil = WaitUntilState.Load });
            // Fire every mouse event an injected handler could listen for.
            await page.EvaluateAsync("document.querySelectorAll('*').forEach(e => ['mouseover', 'mouseenter', 'focus', 'load', 'error'].forEach(t => e.dispatchEvent(new Event(t))))");
        }

        await page.GotoAsync(site.Hostile.Origin + "/search/?q=script");
        await page.Locator("#search-results li").First.WaitForAsync(new() { Timeout = 5000 });
        Assert.True(watch.Problems.IsEmpty, string.Join("\n", watch.Problems));
        await page.CloseAsync();
    }

    private static string Describe(AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
}
