namespace CohesionSite.Workspace.Tests;

/// <summary>The rules compiled once, and a broken rule turned into data in one place.</summary>
public sealed class GapRulesTests : IDisposable
{
    private readonly TempRepo _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Load_RepositoryWithoutRulesFolder_FallsBackToNothingAndSaysSo()
    {
        Directory.Delete(_copy["rules"], recursive: true);
        var ws = _copy.Open();
        // The test host carries no built-in rules beside it, so the configured folder is what is reported missing.
        Assert.Null(ws.RulesFolder);
        var load = GapRules.Load(ws);
        Assert.Null(load.Rules);
        Assert.Contains(load.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void CheckOne_OneStrategy_GivesOnlyItsFindingsSameAsTheWholeRun()
    {
        var ws = _copy.Open();
        var loaded = ws.Load([]);
        var rules = GapRules.Load(ws).Rules!;
        var all = rules.Check(loaded.Content!, loaded.Diagnostics).Run!.Report.Findings.Where(f => f.Strategy == "walsall-2008").ToArray();
        var walsall = loaded.Content!.StrategyById["walsall-2008"];
        var one = rules.CheckOne(loaded.Content, walsall, loaded.Diagnostics.Where(d => d.Mark.File.Contains("walsall-2008", StringComparison.Ordinal)).ToArray()).Run!.Report.Findings;
        Assert.Equal(all.Select(f => (f.RuleId, f.Target)), one.Select(f => (f.RuleId, f.Target)));
    }

    [Fact]
    public void Check_RuleThatThrows_ReturnsTheRuleErrorAsDataNotAnException()
    {
        File.WriteAllText(_copy["rules/zz-throws.yaml"], """
            group: toolkit
            rules:
              - id: zz-divides-by-zero
                severity: info
                fact: toolkit-principle
                title: Divides by zero
                expression: 1 / (fact.QuestionCount - fact.QuestionCount) == 1
                message: "never"
                rationale: a test
                motivatedBy: a test

            """);
        var ws = _copy.Open();
        var loaded = ws.Load([]);
        var load = GapRules.Load(ws);
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        var outcome = load.Rules!.Check(loaded.Content!, loaded.Diagnostics);
        Assert.Null(outcome.Run);
        Assert.StartsWith("rules/zz-throws.yaml:", outcome.RuleError);
        Assert.Contains("rule 'zz-divides-by-zero' failed", outcome.RuleError);
    }
}
