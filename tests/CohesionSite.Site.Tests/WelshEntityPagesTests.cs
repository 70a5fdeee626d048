using System.Text.RegularExpressions;
using CohesionSite.Site.Localization;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Tests;

/// <summary>
/// The action plan, action, indicators and indicator pages written in Welsh: every word of theirs
/// comes from cy.yaml, so none of the English wording of their sections is left on the page (the
/// content itself stays as the source wrote it).
/// </summary>
public sealed partial class WelshEntityPagesTests : IClassFixture<WelshEntityPagesTests.WelshSite>
{
    private static readonly string[] Sections = ["actions", "action", "indicators", "indicator", "charts", "downloads"];

    private readonly WelshSite _site;

    public WelshEntityPagesTests(WelshSite site) => _site = site;

    /// <summary>The demo fixture built with Welsh as the site's language.</summary>
    public sealed class WelshSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public WelshSite()
        {
            Output = Path.Combine(_temp.Path, "out");
            var content = Fixture.Load(Fixture.Write(_temp.Path));
            var settings = Fixture.Settings() with { Language = "cy-GB" };
            var result = SiteBuilder.Build(new SiteBuildRequest { Settings = settings, Content = content, Report = Fixture.Report(content), Updated = Fixture.Dates, Today = Fixture.Today }, Output);
            Assert.True(result.Success, string.Join("\n", result.Errors));
        }

        public string Output { get; }

        public void Dispose() => _temp.Dispose();
    }

    [Theory]
    [InlineData("actions")]
    [InlineData("actions/1.1.1")]
    [InlineData("actions/1.2.2")]
    [InlineData("indicators")]
    [InlineData("indicators/getting-on-well")]
    [InlineData("indicators/influence")]
    public void Page_Welsh_NoEnglishInterfaceText(string page)
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo", page, "index.html"));
        // The chart's title and description are read out, so they count as the page's text too.
        var text = doc.QuerySelector("main")!.TextContent;
        var en = UiText.For("en");
        var cy = UiText.For("cy");

        var left = en.Keys.Where(k => Sections.Contains(k.Split('.')[0]) && en.Pattern(k) != cy.Pattern(k))
            .Select(k => (Key: k, Words: Longest(en.Pattern(k))))
            .Where(x => x.Words.Length >= 10 && x.Words.Contains(' ', StringComparison.Ordinal) && text.Contains(x.Words, StringComparison.Ordinal))
            .Select(x => $"{x.Key}: “{x.Words}”")
            .ToArray();

        Assert.Empty(left);
        Assert.Equal("cy-GB", doc.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void IndicatorChart_Welsh_MarksTitledLikeTheirRows()
    {
        var doc = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/indicators/getting-on-well/index.html"));
        var marks = doc.QuerySelectorAll("figure svg .mark title").Select(t => t.TextContent).ToArray();
        var kinds = doc.QuerySelectorAll("table tbody th[scope=row]").Select(t => t.TextContent).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m.Split(',', ':')[0], kinds));
        Assert.Contains(UiText.For("cy")["charts.baseline"], kinds);
    }

    [Fact]
    public void StrategyPages_TextOfAnotherLanguageThanItsView_Refused()
    {
        var content = Fixture.Load(Fixture.Write(_site.Output + "-content"));
        var links = new Pipeline.Links("/");
        var model = new SiteModel(content, Fixture.Report(content), links);

        var e = Assert.Throws<ArgumentException>(() => StrategyPages.Build(model.Strategies[0], links, Fixture.Report(content), null, UiText.For("cy")));

        Assert.Contains("'cy'", e.Message, StringComparison.Ordinal);
    }

    // The longest run of a pattern's words between its placeholders ("{0} actions. Each reference …" gives " actions. Each reference …").
    private static string Longest(string pattern) => Placeholder().Split(pattern).Select(s => s.Trim()).MaxBy(s => s.Length) ?? string.Empty;

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
