using CohesionSite.Content;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Tests;

/// <summary>The gap page speaks to the public first (plain words, counts), then to reviewers (rules, file:line, edit links) in a separate part.</summary>
public sealed class GapAudienceTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void GapsPage_Demo_PublicSummaryBeforeReviewersDetail()
    {
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "demo", "gaps", "index.html"));
        var main = doc.QuerySelector("main")!;
        var publicPart = main.QuerySelector("section.gap-public")!;
        var reviewers = main.QuerySelector("section.gap-reviewers")!;

        // The public part names no rule id, file or line; the reviewers' part carries them.
        Assert.True(publicPart.CompareDocumentPosition(reviewers).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.DoesNotContain("action-rag-red", publicPart.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(".yaml", publicPart.TextContent, StringComparison.Ordinal);
        Assert.Contains("Action rated red: 2 of its 3 actions.", Collapse(publicPart.TextContent), StringComparison.Ordinal);
        Assert.Contains("action-rag-red", reviewers.TextContent, StringComparison.Ordinal);
        Assert.Contains(".yaml:", reviewers.TextContent, StringComparison.Ordinal);
        // Rule ids are not in headings.
        Assert.All(main.QuerySelectorAll("h2, h3, h4"), h => Assert.DoesNotContain("action-rag-red", h.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void GapsPage_MessageWithCodeMarksAndIsoDate_RenderedAsTextWithDateInWords()
    {
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "demo", "gaps", "index.html"));
        var main = doc.QuerySelector("main")!;
        var item = main.QuerySelectorAll("ul.findings > li").Single(li => li.TextContent.Contains("has no milestone", StringComparison.Ordinal));

        Assert.DoesNotContain("`", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("due:", item.QuerySelector("code")!.TextContent);
        Assert.Contains("on 22 October 2008", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2008-10-22", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void GapsPage_NoPlan_MatrixSaysSoOnceWithoutRedCells()
    {
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "northamptonshire-2007", "gaps", "index.html"));
        var main = doc.QuerySelector("main")!;

        Assert.Empty(main.QuerySelectorAll("td.cell-gap"));
        Assert.Equal(32, main.QuerySelectorAll("table.matrix td.cell-none").Length);
        Assert.Single(main.QuerySelectorAll("p"), p => p.TextContent.Contains("There is no action plan, so no cell has an action", StringComparison.Ordinal));
        var plan = main.QuerySelector("p.gap-plan")!.TextContent;
        Assert.Contains("were still to be agreed", plan, StringComparison.Ordinal);
        Assert.Contains($"none of its {site.Content.StrategyById["northamptonshire-2007"].AllPriorities.Count} priorities", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanSentence_EachShippedStrategy_SaysWhatTheMissingPlanMeans()
    {
        var c = site.Content.StrategyById;
        Assert.Null(GapPublicSummary.PlanSentence(c["walsall-2008"], Localization.UiText.For("en")));
        Assert.StartsWith("There is no action plan for this strategy, so none of its ", GapPublicSummary.PlanSentence(c["worcestershire-2010"], Localization.UiText.For("en")), StringComparison.Ordinal);
        Assert.Contains($"{c["wrexham-2011-14"].Outcomes.Count} outcomes has an action saying who will deliver it", GapPublicSummary.PlanSentence(c["wrexham-2011-14"], Localization.UiText.For("en")), StringComparison.Ordinal);
        Assert.Equal("This is a report with a toolkit, not a strategy: it has no action plan and does not promise one.", GapPublicSummary.PlanSentence(c["east-midlands-2009"], Localization.UiText.For("en")));
    }

    [Fact]
    public void GapsPage_EditRootUnset_NoEditLinksButFileAndLine()
    {
        using var temp = new TempDir();
        var content = Fixture.Load(Fixture.Write(temp.Path));
        var output = Path.Combine(temp.Path, "out");
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings() with { EditRoot = null }, Content = content, Report = Fixture.Report(content) }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        var main = SiteFiles.Parse(Path.Combine(output, "strategies", "demo", "gaps", "index.html")).QuerySelector("main")!;
        Assert.DoesNotContain(main.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Edit", StringComparison.Ordinal));
        Assert.Contains(main.QuerySelectorAll(".where"), w => w.TextContent.Contains("actions.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedSettings_EditRoot_UnsetSoNoPlaceholderLinks()
    {
        // The shipped statiq.json named a repository that does not exist; a build links to YAML only when a real one is set.
        var (settings, diagnostics) = SettingsLoader.Load(Path.Combine(Fixture.RepoRoot, "statiq.json"));
        Assert.Empty(diagnostics);
        Assert.Null(settings!.EditRoot);
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
