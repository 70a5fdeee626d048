using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CohesionSite.Preview.Tests;

/// <summary><c>cohesion serve</c> end to end: a real process, a real browser (Debian's chromium), real file edits.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Browser)]
public sealed class ServeTests
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Long enough for a slow CI machine; the page changes as soon as the rebuild is done.</summary>
    private static readonly float WaitMs = 60_000;

    [Fact]
    public async Task Serve_EditBreakAndFixYaml_PageFollowsAndOverlayShowsTheError()
    {
        await using var serve = await ServeProcess.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.Url("strategies/walsall-2008/"));
        var heading = page.Locator("h1");
        await Expect(heading).ToHaveTextAsync("Borough of Walsall: Community Cohesion Strategy");
        await Expect(page.Locator("#cohesion-overlay")).ToHaveCountAsync(0);

        // An edit shows up in the open page without the test reloading it.
        serve.EditLine("walsall-2008/strategy.yaml", "title:", "title: Edited while previewing");
        await Expect(heading).ToHaveTextAsync("Borough of Walsall: Edited while previewing", new() { Timeout = WaitMs });

        // A broken edit keeps the last good page and lays the error, with file:line:column, over it.
        serve.EditLine("walsall-2008/strategy.yaml", "title:", "title: [broken");
        var overlay = page.Locator("#cohesion-overlay");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await Expect(overlay).ToContainTextAsync(new Regex(@"content/walsall-2008/strategy\.yaml:3:\d+: error: invalid YAML"));
        await Expect(heading).ToHaveTextAsync("Borough of Walsall: Edited while previewing");
        Assert.Matches(@"content/walsall-2008/strategy\.yaml:3:\d+: error: invalid YAML", serve.Stderr);

        // Fixing it removes the overlay and shows the fixed content.
        serve.EditLine("walsall-2008/strategy.yaml", "title:", "title: Fixed while previewing");
        await Expect(heading).ToHaveTextAsync("Borough of Walsall: Fixed while previewing", new() { Timeout = WaitMs });
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = WaitMs });

        // Ctrl+C stops it cleanly, and the published output folder was never written.
        Assert.Equal(0, await serve.Interrupt());
        Assert.Contains("stopped", serve.Stdout);
        Assert.False(Directory.Exists(Path.Combine(serve.Repo, "published")));
        var preview = Regex.Match(serve.Stdout, @"preview files in (\S+)\)").Groups[1].Value;
        Assert.False(Directory.Exists(preview), preview);
    }

    [Fact]
    public async Task Serve_LinkRoot_ServesTheSiteUnderItWithLinksThatKeepIt()
    {
        await using var serve = await ServeProcess.Start("--link-root", "/preview/");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var root = await http.GetAsync(serve.Url());
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/preview/", root.Headers.Location?.OriginalString);

        var html = await http.GetStringAsync(serve.Url("preview/strategies/walsall-2008/actions/"));
        Assert.Contains("href=\"/preview/assets/site.css\"", html);
        Assert.Contains("<script src=\"/__cohesion/reload.js\"", html);
        Assert.DoesNotContain("id=\"cohesion-overlay\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(serve.Url("strategies/walsall-2008/"))).StatusCode);
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsTwoWithAClearMessage()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var repo = ServeProcess.NewRepo();
        try
        {
            using var process = ServeProcess.StartCli(repo, ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--config", Path.Combine(repo, "statiq.json")]);
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(2, process.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}: the port is already in use", await stderr);
            Assert.DoesNotContain("serving", await stdout);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }
}
