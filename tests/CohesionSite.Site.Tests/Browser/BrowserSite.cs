using Microsoft.Playwright;

namespace CohesionSite.Site.Tests.Browser;

/// <summary>
/// One browser and two served sites for every browser test: the shipped content plus the demo
/// fixture (every page type filled), and the hostile XSS fixture. Debian's chromium, never a downloaded one.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempDir _temp = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public StaticServer Site { get; private set; } = null!;

    public StaticServer Hostile { get; private set; } = null!;

    public string SiteFolder => Path.Combine(_temp.Path, "site", "out");

    /// <summary>Where screenshots go for review (next to the test assembly).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/test.sh (it installs Debian's chromium) or apt-get install -y chromium");
        Fixture.Build(Path.Combine(_temp.Path, "site"), SiteFolder, withShipped: true);
        Fixture.Build(Path.Combine(_temp.Path, "hostile"), Path.Combine(_temp.Path, "hostile", "out"), hostile: true);
        Site = new StaticServer(SiteFolder);
        Hostile = new StaticServer(Path.Combine(_temp.Path, "hostile", "out"));
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        Site.Dispose();
        Hostile.Dispose();
        _temp.Dispose();
    }

    /// <summary>How many strategies the served site has (the shipped ones plus the demo).</summary>
    public int StrategyCount => Directory.GetDirectories(Path.Combine(_temp.Path, "site", "content")).Count(d => Path.GetFileName(d) != "national");

    /// <summary>Every page of the served site, from its sitemap.</summary>
    public IReadOnlyList<string> SitemapPaths() =>
        System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(SiteFolder, "sitemap.xml")), "<loc>https://example.org(/[^<]*)</loc>")
            .Select(m => m.Groups[1].Value).ToArray();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>;
