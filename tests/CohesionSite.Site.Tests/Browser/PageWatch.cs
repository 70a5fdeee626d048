using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>Records what a page did wrong: console errors, script errors, dialogs and any request that leaves the served site.</summary>
public sealed class PageWatch
{
    public PageWatch(IPage page, string origin)
    {
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Problems.Enqueue($"console: {m.Text}");
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                Problems.Enqueue($"HTTP {r.Status}: {r.Url}");
            }
        };
        page.PageError += (_, e) => Problems.Enqueue($"script error: {e}");
        page.Dialog += async (_, d) =>
        {
            Problems.Enqueue($"dialog: {d.Message}");
            await d.DismissAsync();
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Problems.Enqueue($"external request: {r.Url}");
            }
        };
    }

    public System.Collections.Concurrent.ConcurrentQueue<string> Problems { get; } = new();
}
