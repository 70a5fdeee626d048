using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// How many of each kind of thing a strategy holds, counted in one place: <c>validate</c>'s table,
/// the gap page's "3 of its 9 indicators" and the reporting pages all read these numbers.
/// </summary>
/// <param name="Priorities">Every node of the priority tree (themes, priorities, objectives).</param>
/// <param name="Outcomes">Outcomes.</param>
/// <param name="Commitments">Commitments under the priorities.</param>
/// <param name="Actions">Actions of the plan.</param>
/// <param name="Milestones">Milestones of all actions.</param>
/// <param name="Indicators">Indicators.</param>
/// <param name="Principles">Principles.</param>
public sealed record StrategyCensus(int Priorities, int Outcomes, int Commitments, int Actions, int Milestones, int Indicators, int Principles)
{
    /// <summary>The counts of <paramref name="content"/>.</summary>
    public static StrategyCensus Of(StrategyContent content) => new(
        content.AllPriorities.Count,
        content.Outcomes.Count,
        content.Commitments.Count,
        content.Actions.Count,
        content.Actions.Sum(a => a.Milestones.Count),
        content.Indicators.Count,
        content.Strategy.Principles.Count);

    /// <summary>How many targets of <paramref name="kind"/> there are; 0 for a kind not counted here.</summary>
    public int Of(TargetKind kind) => kind switch
    {
        TargetKind.Indicator => Indicators,
        TargetKind.Outcome => Outcomes,
        TargetKind.Action => Actions,
        TargetKind.Commitment => Commitments,
        TargetKind.Priority => Priorities,
        TargetKind.Principle => Principles,
        TargetKind.Milestone => Milestones,
        _ => 0,
    };
}
