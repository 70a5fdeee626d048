using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Status;

/// <summary>Where a milestone stands at a strategy's reporting date.</summary>
public enum MilestoneState
{
    /// <summary>Its action is reported complete, so the milestone is taken as met.</summary>
    Done,

    /// <summary>Not done, and its due date is on or after the reporting date.</summary>
    Due,

    /// <summary>Not done, and its due date ended before the reporting date.</summary>
    Past,

    /// <summary>Not done, and the source gives it no date (or only words such as "ongoing").</summary>
    Undated,
}

/// <summary>Works out <see cref="MilestoneState"/>: the one place "past its date" is decided for pages, packs and counts.</summary>
public static class MilestoneStates
{
    /// <summary>
    /// The state of <paramref name="milestone"/> of <paramref name="action"/> at <paramref name="asOf"/>.
    /// The model has no per-milestone completion, so a milestone is done only when its action is
    /// complete; "due November 2008" runs to the end of November, so it is past only from December.
    /// </summary>
    public static MilestoneState Of(ActionItem action, Milestone milestone, PartialDate asOf) =>
        action.Status == ActionStatus.Complete ? MilestoneState.Done
        : milestone.Due is not { } due ? MilestoneState.Undated
        : due.End < asOf.Start ? MilestoneState.Past
        : MilestoneState.Due;

    /// <summary>The state's name as pages and data files spell it (<c>done</c>, <c>due</c>, <c>past</c>, <c>undated</c>).</summary>
    public static string Name(this MilestoneState state) => state switch
    {
        MilestoneState.Done => "done",
        MilestoneState.Due => "due",
        MilestoneState.Past => "past",
        _ => "undated",
    };
}
