namespace CohesionSite.Rules.Tests;

/// <summary>Every rule of the shipped catalogue, opened and nearly opened on the small fixture.</summary>
public sealed class RuleCatalogueTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(RuleCases.Ids), MemberType = typeof(RuleCases))]
    public void Check_GapOpened_ReportsTheRuleOnItsTarget(string rule)
    {
        var (target, open, _) = RuleCases.All[rule];
        open(_fixture);
        var report = _fixture.Check();
        var hits = report.Findings.Where(f => f.RuleId == rule).ToArray();
        Assert.True(hits.Length > 0, $"{rule} not reported; findings: {string.Join("; ", report.Findings.Select(f => f.RuleId + " " + f.Target))}");
        Assert.Contains(hits, f => f.Target == target || f.Mark.ToString().Contains(target, StringComparison.Ordinal) || f.Message.Contains(target, StringComparison.Ordinal));
        Assert.All(hits, f => Assert.True(f.Mark.IsKnown && f.Mark.Line > 0, $"{rule} finding has no position"));
    }

    [Theory]
    [MemberData(nameof(RuleCases.Ids), MemberType = typeof(RuleCases))]
    public void Check_NearMiss_DoesNotReportTheRule(string rule)
    {
        RuleCases.All[rule].NearMiss(_fixture);
        var report = _fixture.Check();
        Assert.DoesNotContain(report.Findings, f => f.RuleId == rule);
    }

    [Fact]
    public void Catalogue_EveryRule_HasPositiveAndNegativeCase()
    {
        Assert.Equal(Repo.Rules.Rules.Select(r => r.Info.Id).Order(StringComparer.Ordinal), RuleCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalogue_IssueIds_AreAllPresent()
    {
        string[] ids =
        [
            "ref-unknown", "id-duplicate", "date-invalid", "period-order", "strategy-no-action-plan", "priority-no-action", "outcome-no-action",
            "principle-not-addressed", "value-not-promoted", "matrix-cell-empty", "commitment-no-action", "group-no-action", "outcome-no-indicator",
            "action-no-lead", "action-lead-unknown", "action-no-milestone", "milestone-no-date", "milestone-outside-period", "milestone-overdue",
            "action-no-outcome", "action-rag-red", "action-rag-amber", "indicator-no-baseline", "indicator-no-target", "indicator-target-direction",
            "indicator-no-owner", "indicator-stale", "indicator-off-track", "toolkit-principle-no-questions", "toolkit-principle-no-actions",
            "count-mismatch", "title-inconsistent",
        ];
        var loaded = Repo.Rules.Rules.Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(string.Empty, string.Join(", ", ids.Where(id => !loaded.Contains(id))));
    }
}
