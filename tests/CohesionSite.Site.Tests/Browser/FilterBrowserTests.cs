namespace CohesionSite.Site.Tests.Browser;

/// <summary>The action plan's filters offer only values the plan has.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Browser)]
[Collection("browser")]
public sealed class FilterBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task ActionPlan_EveryRowSameStatusAndRag_NoStatusOrRagFilter()
    {
        // Walsall reports no status or rating for any action: a filter would offer "All" and one value.
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/walsall-2008/actions/");

        Assert.True(await page.Locator("#action-filter").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("#filter-text").CountAsync());
        Assert.Equal(0, await page.Locator("#filter-status").CountAsync());
        Assert.Equal(0, await page.Locator("#filter-rag").CountAsync());
        Assert.Equal("Showing 36 of 36 actions", await page.Locator("#filter-count").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task ActionPlan_SeveralValues_FilterOffersExactlyThose()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Site.Origin + "/strategies/demo/actions/");
        var present = (await page.Locator("#actions-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.rag)")).Distinct().Order(StringComparer.Ordinal);
        var offered = await page.Locator("#filter-rag option").AllInnerTextsAsync();

        Assert.Equal(new[] { "All" }.Concat(present), offered);
        await page.CloseAsync();
    }
}
