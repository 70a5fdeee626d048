using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>
/// Every page of the served site (the sitemap plus the 404 page) at a phone, a tablet and a desktop
/// width: nothing scrolls sideways, and axe finds no WCAG 2.2 AA violation at that width.
/// One browser page per width, reused for every path, keeps the run short.
/// </summary>
[Collection("browser")]
public sealed class ResponsiveBrowserTests(BrowserSite site)
{
    // The page's own overflow and, to say what caused it, the deepest elements whose right edge
    // passes the viewport and that are not inside a box that scrolls on its own.
    private const string Overflow = """
        () => {
          const w = document.documentElement.clientWidth;
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 1 && !scrolls(e));
          const leaves = wide.filter(e => !wide.some(o => o !== e && e.contains(o)));
          return { scrollWidth: document.documentElement.scrollWidth, clientWidth: w,
                   culprits: leaves.slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"') };
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task EveryPage_AtWidth_NoSidewaysScrollAndAxeClean(int width)
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var problems = new List<string>();
        var paths = site.SitemapPaths().Append("/404.html").ToArray();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Site.Origin + path, new() { WaitUntil = WaitUntilState.Load });
            var o = await page.EvaluateAsync<OverflowResult>(Overflow);
            if (o.ScrollWidth > o.ClientWidth)
            {
                problems.Add($"{path}: {o.ScrollWidth} px wide in {o.ClientWidth} px ({string.Join("; ", o.Culprits)})");
            }

            var axe = await page.RunAxe(BrowserTests.WcagAa);
            problems.AddRange(axe.Violations.Select(v => $"{path}: axe {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }

        Assert.True(paths.Length > 30, $"only {paths.Length} pages");
        Assert.True(problems.Count == 0, $"{problems.Count} problems at {width} px:\n" + string.Join("\n", problems.Take(40)));
        await page.CloseAsync();
    }

    /// <summary>What the overflow probe returns.</summary>
    public sealed class OverflowResult
    {
        public int ScrollWidth { get; set; }

        public int ClientWidth { get; set; }

        public string[] Culprits { get; set; } = [];
    }
}
