using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>Every chart of the served site as drawn by chromium: readable text on a phone, nothing cut off.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Browser)]
[Collection("browser")]
public sealed class ChartBrowserTests(BrowserSite site)
{
    // For every text of every chart: its rendered size (font size × the SVG's scale) and whether
    // it lies inside its chart (a label past the edge is cut off).
    private const string Measure = """
        () => [...document.querySelectorAll('svg.chart text')].map(t => {
          const svg = t.ownerSVGElement.getBoundingClientRect(), r = t.getBoundingClientRect();
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                   inside: r.left >= svg.left - 1 && r.right <= svg.right + 1 };
        })
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task ChartText_EveryIndicatorAndStatusPage_AtLeast12CssPxAndInsideTheChart(int width)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var problems = new List<string>();
        var measured = 0;
        // The charts live on each indicator's own page and on the status pages (the indicators
        // page is an index without charts).
        foreach (var path in site.SitemapPaths().Where(IsChartPage))
        {
            await page.GotoAsync(site.Site.Origin + path, new() { WaitUntil = WaitUntilState.Load });
            var texts = await page.EvaluateAsync<ChartText[]>(Measure);
            measured += texts.Length;
            problems.AddRange(texts.Where(t => t.Px < 12).Select(t => $"{path}: '{t.Text}' is {t.Px:0.0} px"));
            problems.AddRange(texts.Where(t => !t.Inside).Select(t => $"{path}: '{t.Text}' runs outside its chart"));
            if (width == 320)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Screenshots, "charts-320-" + path.Replace("/", "_", StringComparison.Ordinal).Trim('_') + ".png"), FullPage = true });
            }
        }

        Assert.True(measured > 100, $"only {measured} chart texts measured");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        await page.CloseAsync();
    }

    private static bool IsChartPage(string path) =>
        path.EndsWith("/status/", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(path, "/strategies/[^/]+/indicators/[^/]+/$");

    /// <summary>One chart text as measured in the page.</summary>
    public sealed class ChartText
    {
        public string Text { get; set; } = string.Empty;

        public double Px { get; set; }

        public bool Inside { get; set; }
    }
}
