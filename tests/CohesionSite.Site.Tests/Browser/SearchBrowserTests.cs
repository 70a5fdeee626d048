using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>Full-text search in a real browser: deep words found with place and snippet, the header's box, and no script.</summary>
[Collection("browser")]
public sealed partial class SearchBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Search_WordFromTheEndOfALongPage_FoundWithPlaceAndSnippet()
    {
        // The last long word of Worcestershire's overview body, far past the old 400-character index.
        var html = SiteFiles.Parse(Path.Combine(site.SiteFolder, "strategies", "worcestershire-2010", "index.html"));
        var body = html.QuerySelector("main")!.Clone() as AngleSharp.Dom.IElement;
        body!.QuerySelector(".source-notes")?.Remove();
        var text = body.TextContent;
        var word = LongWord().Matches(text).Last().Value;
        Assert.True(text.LastIndexOf(word, StringComparison.Ordinal) > 5000, $"'{word}' is not deep in the page");

        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/search/?q=" + Uri.EscapeDataString(word));
        var hit = page.Locator("#search-results li", new() { Has = page.Locator("a[href='/strategies/worcestershire-2010/']") });
        await hit.First.WaitForAsync(new() { Timeout = 5000 });

        Assert.Equal(1, await hit.CountAsync());
        Assert.Equal(word.ToLowerInvariant(), (await hit.Locator(".snippet mark").InnerTextAsync()).ToLowerInvariant());
        Assert.Contains("Worcestershire", await hit.InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSearch_WithScript_LeadsToResults()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/actions/");
        await page.Locator("header").GetByLabel("Search this site").FillAsync("twin schools");
        await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await page.WaitForURLAsync("**/search/?q=twin+schools");
        // Results arrive once the word shards have loaded.
        await page.Locator("#search-results a", new() { HasText = "action 1.1.1" }).First.WaitForAsync(new() { Timeout = 5000 });
        await page.CloseAsync();
    }

    [Fact]
    public async Task HeaderSearch_WithoutScript_LeadsToThePageThatSaysWhatToDo()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/");
        await page.Locator("header").GetByLabel("Search this site").FillAsync("cohesion");
        await page.Locator("header").GetByLabel("Search this site").PressAsync("Enter");

        await page.WaitForURLAsync("**/search/?q=cohesion", new() { WaitUntil = WaitUntilState.Load });
        await page.GetByText("Search needs JavaScript").WaitForAsync(new() { Timeout = 5000 });
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "list of strategies" }).IsVisibleAsync());
        await context.CloseAsync();
    }

    [GeneratedRegex(@"\b[A-Za-z]{10,}\b")]
    private static partial Regex LongWord();
}
