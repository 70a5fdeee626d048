using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>The "About this page's source" block and the place-named heading as a reader sees them: phone, desktop and paper.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Browser)]
[Collection("browser")]
public sealed class SourceBlockBrowserTests(BrowserSite site)
{
    [Theory]
    [InlineData(320, "screen")]
    [InlineData(1280, "screen")]
    [InlineData(1280, "print")]
    public async Task SourceBlock_WalsallPriorities_AfterTheBodyLabelledAndWithinTheWidth(int width, string media)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.EmulateMediaAsync(new() { Media = media == "print" ? Media.Print : Media.Screen });
        await page.GotoAsync(site.Site.Origin + "/strategies/walsall-2008/priorities/");
        var aside = page.Locator("main aside.source-notes");

        Assert.True(await aside.IsVisibleAsync());
        Assert.Equal("About this page's source", await aside.Locator("h2").InnerTextAsync());
        Assert.Equal("Priorities: Borough of Walsall", await page.Locator("h1").InnerTextAsync());
        var box = (await aside.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the block runs from {box.X} to {box.X + box.Width} at {width} px");
        // Last in main: nothing of the body comes after it.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').lastElementChild.matches('aside.source-notes')"));
        await aside.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, $"source-block-{width}-{media}.png") });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, $"walsall-priorities-top-{width}-{media}.png") });
        await page.CloseAsync();
    }
}
