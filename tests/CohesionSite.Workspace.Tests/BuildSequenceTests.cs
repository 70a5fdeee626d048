using CohesionSite.Site;

namespace CohesionSite.Workspace.Tests;

/// <summary>Load → check → build as one sequence: what stopped it, and every problem, come back as data.</summary>
public sealed class BuildSequenceTests : IDisposable
{
    private readonly TempRepo _copy = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), "cohesion-workspace-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _copy.Dispose();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private BuildOutcome Run(out GapRules? rules)
    {
        var ws = _copy.Open();
        return BuildSequence.Run(ws, ws.Settings, request => SiteBuilder.Build(request, _output), out rules);
    }

    [Fact]
    public void Run_ShippedContent_BuildsWithTheReportAndEveryTime()
    {
        var outcome = Run(out var rules);
        Assert.True(outcome.Success, string.Join('\n', outcome.ErrorLines));
        Assert.NotNull(rules);
        Assert.NotEmpty(outcome.Report!.Findings);
        Assert.True(outcome.Site!.Pages > 0);
        Assert.True(outcome.Times.RulesCompile > TimeSpan.Zero && outcome.Times.RulesRun > TimeSpan.Zero && outcome.Times.Site > TimeSpan.Zero);
        Assert.Empty(outcome.ErrorLines);
    }

    [Fact]
    public void Run_YamlSyntaxError_StopsAtLoadWithTheDiagnosticAndNoSite()
    {
        File.AppendAllText(_copy["content/walsall-2008/actions.yaml"], "\n  - [unclosed\n");
        var outcome = Run(out var rules);
        Assert.Equal(BuildStep.Load, outcome.Stopped);
        Assert.Null(rules);
        Assert.Null(outcome.Site);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("content/walsall-2008/actions.yaml:", StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void Run_BrokenRulesFile_StopsAtRulesWithTheRulesFileDiagnostic()
    {
        File.WriteAllText(_copy["rules/zz-broken.yaml"], "rules:\n  - id: broken\n    severity: warning\n    when: [unclosed\n");
        var outcome = Run(out var rules);
        Assert.Equal(BuildStep.Rules, outcome.Stopped);
        Assert.Null(rules);
        Assert.Null(outcome.RuleError);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("rules/zz-broken.yaml:", StringComparison.Ordinal));
        // Lines are diagnostics only: no "N errors" count line for a host to filter out again.
        Assert.DoesNotContain(outcome.ErrorLines, l => l.EndsWith(" errors", StringComparison.Ordinal) || l.EndsWith(" error", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SiteError_StopsAtSiteWithPrefixedErrors()
    {
        File.WriteAllText(_copy["statiq.json"], File.ReadAllText(_copy["statiq.json"]).Replace("\"RulesPath\": \"rules\"", "\"RulesPath\": \"rules\", \"TemplatesPath\": \"theme\"", StringComparison.Ordinal));
        Directory.CreateDirectory(_copy["theme"]);
        File.WriteAllText(_copy["theme/layout.sbn"], "{{ for }}");
        var outcome = Run(out _);
        Assert.Equal(BuildStep.Site, outcome.Stopped);
        Assert.NotNull(outcome.Report);
        Assert.All(outcome.ErrorLines, l => Assert.StartsWith("error: ", l));
        Assert.NotEmpty(outcome.ErrorLines);
    }
}
