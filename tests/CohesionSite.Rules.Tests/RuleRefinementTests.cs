namespace CohesionSite.Rules.Tests;

/// <summary>Cases found by checking the shipped content against the seeds, where a rule first reported something that is not a gap.</summary>
public sealed class RuleRefinementTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Check_ReportWithoutPlan_IsNotAStrategyWithoutAPlan()
    {
        _fixture.Edit("demo/strategy.yaml", "area: Demo\n", "area: Demo\ndocumentType: report\n").Write("demo/actions.yaml", "plan: { state: none }\n");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "strategy-no-action-plan");
    }

    [Fact]
    public void Check_VariantNamingTheNationalItem_IsNotATitleInconsistency()
    {
        _fixture
            .Edit("demo/priorities.yaml", "title: \"Building Mutual Respect\"", "title: \"Leadership and Engagement\"")
            .Edit("demo/priorities.yaml", "        commitments:", "        national: [white-paper-2006/leadership-and-engagement]\n        commitments:");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "title-inconsistent");
    }
}
