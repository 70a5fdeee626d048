using AngleSharp.Dom;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Tests;

/// <summary>The shipped content plus the demo fixture, built once for the tests that read the built pages.</summary>
public sealed class ShippedSite : IDisposable
{
    private readonly TempDir _temp = new();

    public ShippedSite()
    {
        Output = Path.Combine(_temp.Path, "out");
        Content = Fixture.Load(Fixture.Write(_temp.Path, withShipped: true));
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.ShippedSettings(), Content = Content, Report = Fixture.Report(Content), Updated = Fixture.Dates, Today = Fixture.Today }, Output);
        Assert.True(result.Success, string.Join("\n", result.Errors));
    }

    public string Output { get; }

    public ContentSet Content { get; }

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Every indicator with the main element of its own page, reached the way a reader reaches it:
    /// its row on the strategy's indicators index, then that row's link.
    /// </summary>
    public IEnumerable<(string Strategy, Indicator Indicator, IElement Section)> Sections()
    {
        foreach (var s in Content.Strategies.Where(s => s.Indicators.Count > 0))
        {
            var index = SiteFiles.Parse(Path.Combine(Output, "strategies", s.Id, "indicators", "index.html"));
            foreach (var i in s.Indicators)
            {
                var row = index.GetElementById(Links.Anchor("indicator", i.Id));
                Assert.True(row is not null, $"{s.Id}: no row for indicator {i.Id} on the indicators page");
                var href = row!.QuerySelector("th a")?.GetAttribute("href");
                Assert.True(href is not null && href.StartsWith('/') && href.EndsWith('/'), $"{s.Id}: the row for indicator {i.Id} links to '{href}'");
                var page = SiteFiles.Parse(Path.Combine(Output, href![1..], "index.html"));
                yield return (s.Id, i, page.QuerySelector("main")!);
            }
        }
    }
}
