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

    [Fact]
    public void Indicators_DirectionOnlyFromTheNationalIndicator_ShownOnPageAndInTheJsonDownload()
    {
        // Northamptonshire's NI 2, 5, 17 and 23 state no direction; the national set does, and the rules judge them by it.
        // (They have no figures yet, so they have no chart and no indicators.csv row: one row per figure.)
        var s = site.Content.StrategyById["northamptonshire-2007"];
        var inherited = s.Indicators
            .Where(i => i.Direction == Direction.Unknown && i.National is { } n && site.Content.National.IndicatorById[n].Direction != Direction.Unknown)
            .ToDictionary(i => i.Id, i => site.Content.National.IndicatorById[i.National!].Direction);
        Assert.Equal(4, inherited.Count);
        var sections = site.Sections().Where(x => x.Strategy == s.Id).ToDictionary(x => x.Indicator.Id, x => x.Section);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", s.Id, $"{s.Id}-indicators.json")));
        var jsonDirection = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("direction").GetString());

        foreach (var (id, direction) in inherited)
        {
            var words = direction == Direction.Higher ? "Higher is better" : "Lower is better";
            var dd = sections[id].QuerySelectorAll("dt").Single(dt => dt.TextContent == "Direction").NextElementSibling!;
            Assert.Equal($"{words} (the national indicator's direction)", dd.TextContent);
            Assert.Equal(direction.ToString().ToLowerInvariant(), jsonDirection[id]);
        }
    }
}
