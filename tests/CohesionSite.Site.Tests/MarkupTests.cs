using System.Text.RegularExpressions;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Tests;

/// <summary>The built pages' markup: heading order, row headers, the toolkit's checklist, the action plan's phone form and its dates.</summary>
public sealed partial class MarkupTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void Render_H3ThenH5AtLevel2_BecomeH2ThenH3()
    {
        var html = MarkdownRenderer.Render("### What is this?\n\ntext\n\n##### Why?\n\nmore\n\n### Next", 2).Html;

        Assert.Equal(["h2", "h3", "h2"], Heading().Matches(html).Select(m => "h" + m.Groups[1].Value));
    }

    [Fact]
    public void Render_DefaultLevel_ShallowestHeadingIsH3()
    {
        var html = MarkdownRenderer.Render("#### Deep\n\n###### Deeper").Html;

        Assert.Equal(["h3", "h4"], Heading().Matches(html).Select(m => "h" + m.Groups[1].Value));
    }

    [Fact]
    public void EveryPage_Headings_NeverSkipALevel()
    {
        var problems = new List<string>();
        foreach (var file in SiteFiles.Pages(site.Output))
        {
            var previous = 0;
            foreach (var h in SiteFiles.Parse(file).QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = h.LocalName[1] - '0';
                if (level > previous + 1)
                {
                    problems.Add($"{Path.GetRelativePath(site.Output, file)}: h{level} \"{h.TextContent.Trim()}\" after h{previous}");
                }

                previous = level;
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void EveryPage_RowHeaders_NoneEmpty()
    {
        var empty = SiteFiles.Pages(site.Output)
            .SelectMany(f => SiteFiles.Parse(f).QuerySelectorAll("th").Where(th => th.TextContent.Trim().Length == 0).Select(_ => Path.GetRelativePath(site.Output, f)))
            .ToArray();

        Assert.True(empty.Length == 0, $"{empty.Length} empty header cells: {string.Join(", ", empty.Distinct())}");
    }

    [Fact]
    public void Evidence_RowsContinuingAGroup_SpannedByTheGroupHeader()
    {
        // East Midlands' funding table names each region once, on the first of its rows.
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "east-midlands-2009", "evidence", "index.html"));
        var header = doc.QuerySelectorAll("th[scope=rowgroup]").First(th => th.TextContent.Trim() == "East Midlands");

        Assert.Equal("5", header.GetAttribute("rowspan"));
        Assert.Equal(5, header.ParentElement!.ParentElement!.Children.Length);
    }

    [Fact]
    public void EvidenceRows_FirstRowWithoutHeader_StartsItsOwnGroup()
    {
        var groups = EvidenceRows.Of([["", "a"], ["X", "b"], ["", "c"]]);

        Assert.Equal([("", 1), ("X", 2)], groups.Select(g => (g.Head, g.Rows.Count)));
    }

    [Fact]
    public void Toolkit_Checklist_IsAListOfCheckboxesNotAForm()
    {
        foreach (var s in site.Content.Strategies.Where(s => s.Toolkit is not null))
        {
            var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", s.Id, "toolkit", "index.html"));

            Assert.Empty(doc.QuerySelectorAll("main form"));
            Assert.Equal(s.Toolkit!.Principles.Sum(p => p.Questions.Count), doc.QuerySelectorAll(".checklist .questions input[type=checkbox]").Length);
        }
    }

    [Fact]
    public void ActionPlan_Table_NoScrollBoxAndEveryCellNamesItsColumn()
    {
        foreach (var s in site.Content.Strategies.Where(s => s.Actions.Count > 0))
        {
            var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", s.Id, "actions", "index.html"));
            var table = doc.GetElementById("actions-table")!;

            Assert.Null(table.Closest(".table-wrap"));
            Assert.Contains("table-stack", table.ClassList);
            var labels = table.QuerySelectorAll("tbody tr").Select(r => string.Join(",", r.Children.Select(c => c.GetAttribute("data-label")))).Distinct();
            Assert.Equal(["Action,,Milestones,Lead,Outcome,Status,RAG"], labels);
        }
    }

    [Fact]
    public void ActionPlan_MilestoneTextEndsWithItsDate_DateShownOnce()
    {
        // Walsall's milestones end with their own date ("… November 2008"); it used to be repeated in brackets.
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "strategies", "walsall-2008", "actions", "index.html"));
        var items = doc.QuerySelectorAll(".milestones li").Select(li => li.TextContent.Trim()).ToArray();

        Assert.Contains(items, t => t.EndsWith("November 2008", StringComparison.Ordinal));
        Assert.DoesNotContain(items, t => Doubled().IsMatch(t));
    }

    [Fact]
    public void MilestoneView_TextEndsWithDueDate_DateTakenOutOfTheText()
    {
        var m = new Core.Model.Milestone { Text = "Mapping work undertaken November 2008", Due = new Core.Model.PartialDate(2008, 11, 1, Core.Model.DatePrecision.Month) };

        var view = MilestoneView.Of(m);

        Assert.Equal(("Mapping work undertaken", "November 2008", true), (view.Text, view.Due, view.DateInText));
    }

    [GeneratedRegex("<h([1-6])")]
    private static partial Regex Heading();

    // "November 2008 (November 2008)": a date followed by the same date in brackets.
    [GeneratedRegex(@"(\w+ \d{4})\s*\(\1\)")]
    private static partial Regex Doubled();
}
