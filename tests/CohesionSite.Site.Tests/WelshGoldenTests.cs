using CohesionSite.Core.Findings;

namespace CohesionSite.Site.Tests;

/// <summary>
/// The Welsh twins of the golden pages: the demo fixture declared bilingual, with a few fields in
/// Welsh, one rule worded in Welsh and one finding's message in Welsh. They pin the Welsh interface
/// text, what is marked English (and what is not) and the gap report in Welsh. Set UPDATE_GOLDEN=1
/// to rewrite them after an intended change.
/// </summary>
public sealed class WelshGoldenTests : IClassFixture<WelshGoldenTests.BilingualDemoSite>
{
    private readonly BilingualDemoSite _site;

    public WelshGoldenTests(BilingualDemoSite site) => _site = site;

    /// <summary>The demo fixture publishing in English and Welsh, built once.</summary>
    public sealed class BilingualDemoSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public BilingualDemoSite()
        {
            Output = Path.Combine(_temp.Path, "out");
            var root = Fixture.Write(_temp.Path);
            var strategy = Path.Combine(root, "demo", "strategy.yaml");
            File.WriteAllText(strategy, File.ReadAllText(strategy).Replace("id: demo\n", "id: demo\nlanguages: [en, cy]\n", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.Combine(root, "demo", "translations"));
            File.WriteAllText(Path.Combine(root, "demo", "translations", "cy.yaml"), """
                language: cy
                texts:
                  - { field: strategy/title, text: "Strategaeth Cydlyniant Enghreifftiol", from: Demo Cohesion Strategy }
                  - { field: strategy/subtitle, text: Byw'n dda gyda'n gilydd }
                  - { field: priority/1/title, text: Pobl }
                  - { field: priority/1.1/title, text: Meithrin parch at ein gilydd }
                  - { field: action/1.1.1/text, text: Gefeillio ysgolion o wahanol ffydd }
                """);
            var content = Fixture.Load(root);
            var english = Fixture.Report(content);
            var rules = english.Rules.Select(r => r.Id == "action-rag-red"
                ? r with { Texts = new Dictionary<string, RuleText> { ["cy"] = new("Cam gweithredu â sgôr coch", "Mae cam gweithredu coch ymhell oddi ar y trywydd.") } }
                : r).ToArray();
            var findings = english.Findings.Select(f => (f.RuleId, f.Target) switch
            {
                ("action-rag-red", "1.2.2") => f with { Messages = new Dictionary<string, string> { ["cy"] = "Mae cam gweithredu 1.2.2 â sgôr coch; dywedwch beth fydd yn ei roi yn ôl ar y trywydd." } },
                // A Welsh message quoting an English title: the title is marked English inside it.
                ("outcome-no-indicator", _) => f with { Messages = new Dictionary<string, string> { ["cy"] = "Nid oes dangosydd yn mesur y canlyniad 'Outcome without indicator'." } },
                _ => f,
            }).ToArray();
            var report = new GapReport(rules, findings, english.AsOf);
            var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = report, Updated = Fixture.Dates, Today = Fixture.Today }, Output);
            Assert.True(result.Success, string.Join("\n", result.Errors));
        }

        public string Output { get; }

        public void Dispose() => _temp.Dispose();
    }

    [Theory]
    [InlineData("home", "cy/index.html")]
    [InlineData("overview", "cy/strategies/demo/index.html")]
    [InlineData("priorities", "cy/strategies/demo/priorities/index.html")]
    [InlineData("actions", "cy/strategies/demo/actions/index.html")]
    [InlineData("action", "cy/strategies/demo/actions/1.1.1/index.html")]
    [InlineData("outcomes", "cy/strategies/demo/outcomes/index.html")]
    [InlineData("indicators", "cy/strategies/demo/indicators/index.html")]
    [InlineData("indicator", "cy/strategies/demo/indicators/getting-on-well/index.html")]
    [InlineData("toolkit", "cy/strategies/demo/toolkit/index.html")]
    [InlineData("practice", "cy/strategies/demo/practice/index.html")]
    [InlineData("evidence", "cy/strategies/demo/evidence/index.html")]
    [InlineData("gaps", "cy/strategies/demo/gaps/index.html")]
    [InlineData("status", "cy/strategies/demo/status/index.html")]
    [InlineData("status-all", "cy/status/index.html")]
    [InlineData("national", "cy/national/index.html")]
    [InlineData("pack", "cy/strategies/demo/pack/index.html")]
    [InlineData("accessibility", "cy/accessibility/index.html")]
    [InlineData("layout", "cy/strategies/demo/practice/index.html")]
    public void Page_BilingualDemoFixture_MatchesWelshGolden(string name, string file) =>
        GoldenTests.AssertGolden(_site.Output, file, "cy/" + name);

    [Fact]
    public void GapMessage_WelshQuotingAnEnglishTitle_MarksOnlyTheTitle()
    {
        var gaps = SiteFiles.Parse(Path.Combine(_site.Output, "cy/strategies/demo/gaps/index.html"));
        var message = gaps.QuerySelectorAll(".findings li").First(e => e.TextContent.Contains("Nid oes dangosydd yn mesur y canlyniad", StringComparison.Ordinal));

        var english = message.QuerySelectorAll("span[lang=en]").ToArray();
        Assert.Equal("Outcome without indicator", english[0].TextContent);
        Assert.StartsWith("Nid oes dangosydd yn mesur y canlyniad '", english[0].ParentElement!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void GapsIntro_DayPrecisionDate_WordedTheWelshWay()
    {
        var gaps = SiteFiles.Parse(Path.Combine(_site.Output, "cy/strategies/demo/gaps/index.html"));

        var intro = gaps.QuerySelectorAll("main p").First(p => p.TextContent.StartsWith("Beth sydd ar goll", StringComparison.Ordinal));
        Assert.EndsWith("fel yr oedd ar 1 Ebrill 2010.", intro.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_EnglishTwin_ShowsNoWelsh()
    {
        var english = SiteFiles.Parse(Path.Combine(_site.Output, "strategies/demo/index.html"));

        Assert.DoesNotContain("Enghreifftiol", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll("main [lang]"));
    }
}
