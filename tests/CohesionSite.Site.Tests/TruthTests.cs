using CohesionSite.Core.Model;

namespace CohesionSite.Site.Tests;

/// <summary>Nothing invented: what the source does not say is shown as not reported, never as a default value.</summary>
public sealed class TruthTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void ActionPlan_SourceGivesNoStatusOrRag_SaysNotReported()
    {
        // Walsall's 36 actions: the source gives neither a status nor a RAG rating for any.
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "walsall-2008", "actions", "index.html"));
        var rows = doc.QuerySelectorAll("#actions-table tbody tr").ToArray();

        Assert.Equal(site.Content.StrategyById["walsall-2008"].Actions.Count, rows.Length);
        Assert.All(rows, r =>
        {
            var cells = r.Children.Select(c => c.TextContent.Trim()).ToArray();
            Assert.Equal("No status reported", cells[5]);
            Assert.StartsWith("No rating reported", cells[6], StringComparison.Ordinal);
        });
        Assert.DoesNotContain("Not started", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not rated", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionPlan_EveryShippedAction_StatusCellMatchesTheSource()
    {
        foreach (var s in site.Content.Strategies.Where(s => s.Actions.Count > 0))
        {
            var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", s.Id, "actions", "index.html"));
            foreach (var a in s.Actions)
            {
                var row = doc.GetElementById(Pipeline.Links.Anchor("action", a.Id))!;
                var expected = a.Status == ActionStatus.NotReported ? "No status reported" : Pages.Labels.Humanize(a.Status);
                Assert.Equal(expected, row.Children[5].TextContent.Trim());
            }
        }
    }

    [Fact]
    public void Indicators_SourceGivesNoBaseline_NotCalledToBeDetermined()
    {
        var checkedCount = 0;
        foreach (var (strategy, indicator, section) in site.Sections().Where(x => x.Indicator.Baseline is null))
        {
            Assert.True(section.QuerySelector(".tbd") is null, $"{strategy}/{indicator.Id}: no baseline in the source, but the page says it is to be determined");
            var baselineRow = section.QuerySelectorAll("tbody tr").First(r => r.Children[0].TextContent.Trim() == "Baseline");
            Assert.Equal("None given in the source", baselineRow.Children[3].TextContent.Trim());
            checkedCount++;
        }

        Assert.True(checkedCount > 0);
    }
}
