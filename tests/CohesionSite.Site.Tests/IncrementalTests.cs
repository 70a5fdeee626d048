using CohesionSite.Content;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Incremental;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Tests;

/// <summary>The preview's dependency tracking: which documents an edit makes again, and that the result equals a full build.</summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("strategies/demo/index.html", "strategy:demo")]
    [InlineData("strategies/demo/actions/index.html", "strategy:demo")]
    [InlineData("data/demo/demo-actions.csv", "strategy:demo")]
    [InlineData("strategies/demo/actions/1.1.1/index.html", "strategy:demo")]
    [InlineData("strategies/demo/indicators/getting-on-well/demo-getting-on-well.csv", "strategy:demo")]
    [InlineData("index.html", DependencyKeys.Summaries)]
    [InlineData("data/index.html", DependencyKeys.Listing)]
    [InlineData("404.html", DependencyKeys.Listing)]
    [InlineData("status/index.html", DependencyKeys.CrossStrategy)]
    [InlineData("strategies/demo/status/index.html", "strategy:demo")]
    [InlineData("national/index.html", DependencyKeys.CrossStrategy)]
    [InlineData("national/frameworks/white-paper-2006/index.html", DependencyKeys.CrossStrategy)]
    [InlineData("national/indicators/index.html", DependencyKeys.CrossStrategy)]
    [InlineData("data/model.json", DependencyKeys.Aggregates)]
    [InlineData("assets/search-index.js", DependencyKeys.Aggregates)]
    [InlineData("assets/cy/search-index.js", DependencyKeys.Aggregates)]
    [InlineData("assets/cy/search/terms-ab.js", DependencyKeys.Aggregates)]
    [InlineData("cy/strategies/wrexham-2011-14/gaps/index.html", "strategy:wrexham-2011-14")]
    [InlineData("cy/status/index.html", DependencyKeys.CrossStrategy)]
    [InlineData("cy/index.html", DependencyKeys.Summaries)]
    [InlineData("sitemap.xml", DependencyKeys.PageSet)]
    [InlineData("search/index.html", DependencyKeys.Static)]
    [InlineData("accessibility/index.html", DependencyKeys.Static)]
    [InlineData("assets/site.css", DependencyKeys.Static)]
    public void PageDependencies_Of_MapsEachOutputToItsInput(string destination, string key) =>
        Assert.Equal(key, PageDependencies.Of(destination));

    [Fact]
    public void PagePlanner_EveryKey_MakesExactlyTheFullBuildsDocumentsOfThatKey()
    {
        var (site, content) = BuildPreview();
        var context = Context(content, Fixture.Report(content));
        var keys = new[] { DependencyKeys.Summaries, DependencyKeys.Listing, DependencyKeys.CrossStrategy }
            .Concat(content.Strategies.Select(s => DependencyKeys.Strategy(s.Id)));
        foreach (var key in keys)
        {
            var planned = PagePlanner.Plan(context, new HashSet<string> { key }).Select(d => d.Destination).Order(StringComparer.Ordinal);
            var built = site.Destinations.Where(d => PageDependencies.Of(d) == key).Order(StringComparer.Ordinal);
            Assert.Equal(built, planned);
        }
    }

    [Fact]
    public void Update_ActionTextEdit_RendersOnlyThatStrategyAndLeavesHomeAlone()
    {
        var (site, content) = BuildPreview();
        var edited = Edit(content, "demo/actions.yaml", "Twin schools from different faiths", "Twin schools across the borough");
        var update = site.Update(edited, Fixture.Report(edited), "demo");

        Assert.True(update.Success, string.Join("\n", update.Errors));
        Assert.Equal(new HashSet<string> { "strategy:demo", DependencyKeys.Aggregates, DependencyKeys.CrossStrategy }, update.Keys);
        Assert.All(update.Rendered, d => Assert.Contains(PageDependencies.Of(d), new[] { "strategy:demo", DependencyKeys.CrossStrategy }));
        Assert.DoesNotContain("index.html", update.Rendered);
        Assert.Contains("strategies/demo/actions/index.html", update.Written);
        Assert.Contains("data/demo/demo-actions.csv", update.Written);
        Assert.DoesNotContain("strategies/demo/toolkit/index.html", update.Written); // rendered, same bytes: not written
        Assert.Contains("Twin schools across the borough", File.ReadAllText(Path.Combine(site.Folder, "strategies/demo/actions/index.html")));
    }

    [Fact]
    public void Update_ActionAndIndicatorEdit_RewritesTheirOwnPagesAndDownloadsOnly()
    {
        var (site, content) = BuildPreview();
        var edited = Edit(content, "demo/actions.yaml", "Twin schools from different faiths", "Twin schools across the borough");
        edited = Edit(edited, "demo/indicators.yaml", "value: 74", "value: 73");
        var update = site.Update(edited, Fixture.Report(edited), "demo");

        Assert.True(update.Success, string.Join("\n", update.Errors));
        // The edited action's page and the pages that show the action's text change; an untouched action's page is made again but not written.
        Assert.Contains("strategies/demo/actions/1.1.1/index.html", update.Written);
        Assert.Contains("strategies/demo/actions/1.2.1/index.html", update.Rendered);
        Assert.DoesNotContain("strategies/demo/actions/1.2.2/index.html", update.Written);
        Assert.Contains("Twin schools across the borough", File.ReadAllText(Path.Combine(site.Folder, "strategies/demo/actions/1.1.1/index.html")));
        Assert.Contains("strategies/demo/indicators/getting-on-well/index.html", update.Written);
        Assert.Contains("strategies/demo/indicators/getting-on-well/demo-getting-on-well.csv", update.Written);
        Assert.DoesNotContain("strategies/demo/indicators/influence/demo-influence.csv", update.Written);
        Assert.Contains(",73,", File.ReadAllText(Path.Combine(site.Folder, "strategies/demo/indicators/getting-on-well/demo-getting-on-well.csv")));
    }

    [Fact]
    public void Update_RagEdit_RewritesSiteAndStrategyStatusPagesAndRendersNationalPages()
    {
        var (site, content) = BuildPreview();
        var edited = Edit(content, "demo/actions.yaml", "rag: red", "rag: green");
        var update = site.Update(edited, Fixture.Report(edited), "demo");

        Assert.True(update.Success, string.Join("\n", update.Errors));
        Assert.Contains(DependencyKeys.CrossStrategy, update.Keys);
        Assert.Contains("status/index.html", update.Written);
        Assert.Contains("strategies/demo/status/index.html", update.Written);
        Assert.Contains("national/index.html", update.Rendered);
        Assert.Contains("national/indicators/index.html", update.Rendered);
        Assert.Contains("national/frameworks/white-paper-2006/index.html", update.Rendered);
        var status = File.ReadAllText(Path.Combine(site.Folder, "strategies/demo/status/index.html"));
        Assert.Contains("Red: very off track: 0.", status, StringComparison.Ordinal);
        Assert.Contains("Green: on track: 2.", status, StringComparison.Ordinal);
        Assert.Empty(site.RefreshAggregates());
    }

    [Fact]
    public void Update_TitleEdit_AlsoRendersHomeDataAnd404()
    {
        var (site, content) = BuildPreview();
        var title = content.StrategyById["demo"].Strategy.Title;
        var edited = Edit(content, "demo/strategy.yaml", $"title: \"{title}\"", "title: Renamed demo strategy");
        var update = site.Update(edited, Fixture.Report(edited), "demo");

        Assert.True(update.Success, string.Join("\n", update.Errors));
        Assert.Contains(DependencyKeys.Summaries, update.Keys);
        Assert.Contains(DependencyKeys.Listing, update.Keys);
        Assert.Contains("index.html", update.Written);
        Assert.Contains("data/index.html", update.Written);
        Assert.Contains("404.html", update.Written);
        Assert.DoesNotContain(update.Rendered, d => d.StartsWith("strategies/", StringComparison.Ordinal) && !d.StartsWith("strategies/demo/", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_GapSummaryChange_RendersHome()
    {
        var (site, content) = BuildPreview();
        var report = Fixture.Report(content);
        var fewer = report with { Findings = report.Findings.Skip(1).ToArray() };
        var update = site.Update(content, fewer, "demo");

        Assert.Contains(DependencyKeys.Summaries, update.Keys);
        Assert.DoesNotContain(DependencyKeys.Listing, update.Keys);
        Assert.Contains("index.html", update.Written);
    }

    [Fact]
    public void Update_ThenRefreshAggregates_EqualsAFullBuildOfTheNewContentByteForByte()
    {
        var (site, content) = BuildPreview();
        var edited = Edit(content, "demo/strategy.yaml", $"title: \"{content.StrategyById["demo"].Strategy.Title}\"", "title: Renamed demo strategy");
        edited = Edit(edited, "demo/actions.yaml", "Twin schools from different faiths", "Twin schools across the borough");
        Assert.True(site.Update(edited, Fixture.Report(edited), "demo").Success);
        Assert.Empty(site.RefreshAggregates());

        AssertSameAsFullBuild(site, edited);
    }

    [Fact]
    public void Update_TwiceThenRefreshAggregates_EqualsAFullBuildByteForByte()
    {
        // The second edit builds the framework pages from the uses the first edit kept for the
        // strategies it did not touch (NationalUse.OfItem, keep: true): they must read as a full build's.
        var (site, content) = BuildPreview();
        var edited = Edit(content, "demo/actions.yaml", "Twin schools from different faiths", "Twin schools across the borough");
        Assert.True(site.Update(edited, Fixture.Report(edited), "demo").Success);
        // A commitment the framework pages list (c-1, under a priority tagged with a framework item): the
        // edited strategy's kept uses must not outlive its old content.
        edited = Edit(edited, "demo/priorities.yaml", "Twin schools across the borough", "Twin schools in every town");
        Assert.True(site.Update(edited, Fixture.Report(edited), "demo").Success);
        Assert.Empty(site.RefreshAggregates());
        Assert.Contains("Twin schools in every town", File.ReadAllText(Path.Combine(site.Folder, "national/frameworks/demo-principles/index.html")));

        AssertSameAsFullBuild(site, edited);
    }

    [Fact]
    public void Update_UnknownStrategy_Throws()
    {
        var (site, content) = BuildPreview();
        Assert.Throws<ArgumentException>(() => site.Update(content, Fixture.Report(content), "no-such-strategy"));
    }

    /// <summary>The preview's folder holds exactly the files of a full build of <paramref name="content"/>, byte for byte.</summary>
    private void AssertSameAsFullBuild(PreviewSite site, ContentSet content)
    {
        var full = Path.Combine(_temp.Path, "full");
        var built = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content) }, full);
        Assert.True(built.Success, string.Join("\n", built.Errors));
        // The output marker says who wrote the folder; it is not a page of the site.
        var expected = Directory.GetFiles(full, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(full, f))
            .Where(f => f != Output.OutputMarker.FileName).Order(StringComparer.Ordinal).ToArray();
        var actual = Directory.GetFiles(site.Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Folder, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        Assert.Contains(expected, f => f.StartsWith("national/frameworks/", StringComparison.Ordinal));
        Assert.All(expected, f => Assert.True(File.ReadAllBytes(Path.Combine(full, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(site.Folder, f))), f));
    }

    private (PreviewSite Site, ContentSet Content) BuildPreview()
    {
        var content = Fixture.Load(Fixture.Write(Path.Combine(_temp.Path, "repo"), withShipped: true));
        var (site, result) = PreviewSite.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content) }, Path.Combine(_temp.Path, "preview"));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return (site!, content);
    }

    /// <summary>Edits one file of the written fixture and re-reads only its strategy, as the preview does.</summary>
    private ContentSet Edit(ContentSet content, string file, string from, string to)
    {
        var root = Path.Combine(_temp.Path, "repo", "content");
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        var id = file.Split('/')[0];
        var loaded = StrategyLoader.Load(root, id, content.National, "content");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return new ContentSet(content.National, content.Strategies.Select(s => s.Id == id ? loaded.Strategy! : s).ToArray());
    }

    private static SiteContext Context(ContentSet content, GapReport report)
    {
        var context = new SiteContext(Fixture.Settings(), content, report, Path.GetTempPath());
        context.Model = new SiteModel(content, report, context.Links);
        // As the read-model stage does: the planner makes a bilingual strategy's mirror pages too.
        context.Mirrors = CohesionSite.Site.Mirror.SiteMirror.For(content, report, context.Links, context.Settings, context.Updated, context.Today);
        return context;
    }
}
