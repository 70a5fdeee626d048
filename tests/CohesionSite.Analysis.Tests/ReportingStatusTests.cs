using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Tests;

/// <summary>The one count of how a strategy is doing, read by the status pages and the board pack.</summary>
public sealed class ReportingStatusTests : IDisposable
{
    private static readonly PartialDate March2010 = new(2010, 3, 1, DatePrecision.Month);
    private readonly MatrixStrategy _strategy = new();

    public void Dispose() => _strategy.Dispose();

    [Fact]
    public void Milestones_DueTheMonthBeforeTheReportingDate_PastWhileDueInThatMonthIsStillDue()
    {
        var status = WithMilestones("""
                milestones:
                  - { text: Forum set up, due: 2010-02 }
                  - { text: Forum meets, due: 2010-03 }
                  - { text: Forum reviewed, dueText: ongoing }
            """).StatusAt(March2010);

        Assert.Equal(["Forum set up"], Members(status, MilestoneState.Past));
        Assert.Equal(["Forum meets"], Members(status, MilestoneState.Due));
        Assert.Equal(["Forum reviewed"], Members(status, MilestoneState.Undated));
        Assert.Empty(Members(status, MilestoneState.Done));
    }

    [Fact]
    public void Milestones_ActionReportedComplete_EveryMilestoneDoneWhateverItsDate()
    {
        var status = WithMilestones("""
                status: complete
                milestones:
                  - { text: Forum set up, due: 2009-02 }
            """).StatusAt(March2010);

        Assert.Equal(["Forum set up"], Members(status, MilestoneState.Done));
        Assert.Equal(0, status.Milestones.Single(c => c.Key == MilestoneState.Past).Count);
    }

    [Fact]
    public void Actions_NoStatusOrRatingInTheSource_AllNotReportedAndNotRated()
    {
        var status = _strategy.Analyse().StatusAt(March2010);

        Assert.Equal(1, status.ActionsByStatus.Single(c => c.Key == ActionStatus.NotReported).Count);
        Assert.Equal(1, status.ActionsByRag.Single(c => c.Key is null).Count);
        Assert.False(status.AnyActionReported);
        Assert.Equal([Rag.Red, Rag.Amber, Rag.Green, null], status.ActionsByRag.Select(c => c.Key));
    }

    [Fact]
    public void Indicators_BaselineToBeDetermined_CountedAsNoBaselineAndWithoutTarget()
    {
        var status = _strategy.Edit("demo/indicators.yaml", "national: ni-1", "national: ni-1\n    baseline: { toBeDetermined: true }").Analyse().StatusAt(March2010);

        Assert.Equal(1, status.Indicators.Single(c => c.Key == IndicatorState.NoBaseline).Count);
        Assert.Single(status.WithoutTarget);
    }

    [Fact]
    public void Indicators_BaselineAndTargetButNoMeasurement_BaselineOnlyWithATarget()
    {
        var status = _strategy.Edit("demo/indicators.yaml", "national: ni-1", "national: ni-1\n    baseline: { period: '2008', value: 60 }\n    targets:\n      - { period: '2011', value: 65 }")
            .Analyse().StatusAt(March2010);

        Assert.Equal(1, status.Indicators.Single(c => c.Key == IndicatorState.BaselineOnly).Count);
        Assert.Empty(status.WithoutTarget);
    }

    private StrategyAnalysis WithMilestones(string yaml) =>
        _strategy.Edit("demo/actions.yaml", "    text: Youth forum\n", "    text: Youth forum\n" + yaml + "\n").Analyse();

    private static string[] Members(ReportingStatus status, MilestoneState state) =>
        status.Milestones.Single(c => c.Key == state).Members.Select(m => m.Milestone.Text).ToArray();
}
