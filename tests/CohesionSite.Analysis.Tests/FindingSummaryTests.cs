using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Tests;

/// <summary>The one summary and the one rule order the report writers and the site share.</summary>
public sealed class FindingSummaryTests
{
    [Fact]
    public void GapCounts_Of_WaivedCountedApartFromTheirSeverity()
    {
        Finding[] findings = [F("a", Severity.Error), F("b", Severity.Warning), F("b", Severity.Warning, waived: true), F("c", Severity.Info)];

        Assert.Equal(new GapCounts(1, 1, 1, 1), GapCounts.Of(findings));
        Assert.Equal(4, GapCounts.Of(findings).Total);
    }

    [Fact]
    public void GapSummary_ByStrategy_SameCountsAsTheSiteGetsForThatStrategy()
    {
        var findings = new[] { F("a", Severity.Error, "x"), F("b", Severity.Warning, "y"), F("b", Severity.Info, "y", waived: true) };
        var report = new GapReport([], findings, new PartialDate(2010, 1, 1, DatePrecision.Day));

        var summary = new GapSummary(report);

        Assert.Equal([("x", GapCounts.Of(findings.Where(f => f.Strategy == "x"))), ("y", GapCounts.Of(findings.Where(f => f.Strategy == "y")))], summary.ByStrategy);
        Assert.Equal((1, 1, 0, 1), (summary.Errors, summary.Warnings, summary.Infos, summary.Waived));
    }

    [Fact]
    public void RuleGroup_Of_MostSevereRuleFirstThenById()
    {
        Finding[] findings = [F("z-info", Severity.Info), F("b-warning", Severity.Warning), F("a-warning", Severity.Warning), F("y-error", Severity.Error)];

        var groups = RuleGroup.Of(findings, [new RuleInfo { Id = "a-warning", Severity = Severity.Warning, Group = "g", Title = "A title", Rationale = "r" }]);

        Assert.Equal(["y-error", "a-warning", "b-warning", "z-info"], groups.Select(g => g.RuleId));
        Assert.Equal("A title", groups[1].Title);
        Assert.Equal("b-warning", groups[2].Title);
    }

    private static Finding F(string rule, Severity severity, string strategy = "s", bool waived = false) => new()
    {
        RuleId = rule,
        Severity = severity,
        Strategy = strategy,
        TargetKind = TargetKind.Action,
        Target = Guid.NewGuid().ToString("N"),
        Mark = default,
        Message = "m",
        Waiver = waived ? new Waiver { Rule = rule, Target = "t", Reason = "accepted", Owner = "board" } : null,
    };
}
