using CohesionSite.Preview;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Preview.Tests;

/// <summary>The preview's pieces without a process: what a changed path rebuilds, how findings are spliced, what a page gets.</summary>
public sealed class ServeUnitTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "cohesion-classify");
    private static readonly string Content = Path.Combine(Root, "content");
    private static readonly string Config = Path.Combine(Root, "statiq.json");
    private static readonly string Rules = Path.Combine(Root, "rules");

    private static ChangeScope Classify(params string[] relative) =>
        ChangeClassifier.Classify(relative.Select(r => Path.Combine(Root, r)), Content, Config, [Rules], id => id is "walsall-2008" or "wrexham-2011-14");

    [Fact]
    public void Classify_StrategyFile_RebuildsOnlyThatStrategy()
    {
        var scope = Classify("content/walsall-2008/actions.yaml");
        Assert.False(scope.Full);
        Assert.Equal(["walsall-2008"], scope.Strategies);
    }

    [Fact]
    public void Classify_TwoStrategiesFiles_RebuildsBoth()
    {
        var scope = Classify("content/walsall-2008/actions.yaml", "content/wrexham-2011-14/strategy.yaml");
        Assert.False(scope.Full);
        Assert.Equal(["walsall-2008", "wrexham-2011-14"], scope.Strategies.Order());
    }

    [Theory]
    [InlineData("content/national/frameworks.yaml")]
    [InlineData("statiq.json")]
    [InlineData("rules/coverage.yaml")]
    [InlineData("content/new-strategy/strategy.yaml")]
    public void Classify_SharedInputOrNewStrategy_IsAFullRebuild(string path) => Assert.True(Classify(path).Full);

    [Theory]
    [InlineData("content/walsall-2008/.actions.yaml.swp")]
    [InlineData("content/walsall-2008/actions.yaml~")]
    [InlineData("content/walsall-2008/4913")]
    [InlineData("output/index.html")]
    public void Classify_EditorScratchOrUnwatchedFile_RebuildsNothing(string path) => Assert.True(Classify(path).IsEmpty);

    [Fact]
    public void Splice_OneStrategysFindings_ReplacesThemInPlaceAndKeepsTheOthers()
    {
        var findings = new[] { F("a", 1), F("b", 1), F("b", 2), F("c", 1) };
        var spliced = PreviewSession.Splice(findings, "b", [F("b", 9), F("b", 3)]);
        Assert.Equal(["a:1", "b:3", "b:9", "c:1"], spliced.Select(f => $"{f.Strategy}:{f.Mark.Line}"));
    }

    [Fact]
    public void Splice_StrategyWithoutFindingsBefore_InsertsInOrder()
    {
        var spliced = PreviewSession.Splice([F("a", 1), F("c", 1)], "b", [F("b", 1)]);
        Assert.Equal(["a", "b", "c"], spliced.Select(f => f.Strategy));
        Assert.Equal(["a", "c", "d"], PreviewSession.Splice([F("a", 1), F("c", 1)], "d", [F("d", 1)]).Select(f => f.Strategy));
    }

    [Fact]
    public void Inject_WithErrors_AddsEscapedOverlayAndScriptBeforeBody()
    {
        var html = PageInjector.Inject("<html><body><main>x</main></body></html>", ["content/x/a.yaml:3:8: error: <script>bad</script>"], 7);
        Assert.Contains("<aside id=\"cohesion-overlay\"", html);
        Assert.Contains("content/x/a.yaml:3:8: error: &lt;script&gt;bad&lt;/script&gt;", html);
        Assert.Contains("<script src=\"/__cohesion/reload.js\" data-version=\"7\" defer></script>\n</body>", html);
    }

    [Fact]
    public void Inject_WithoutErrors_AddsOnlyTheScript()
    {
        var html = PageInjector.Inject("<html><body></body></html>", [], 1);
        Assert.DoesNotContain("cohesion-overlay", html);
        Assert.Contains("/__cohesion/reload.js", html);
    }

    private static Finding F(string strategy, int line) => new()
    {
        RuleId = "r", Severity = Severity.Warning, Strategy = strategy, TargetKind = TargetKind.Action, Target = "t" + line,
        Mark = new SourceMark($"content/{strategy}/actions.yaml", line, 1), Message = "m",
    };
}
