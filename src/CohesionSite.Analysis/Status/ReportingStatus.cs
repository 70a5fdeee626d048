using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Status;

/// <summary>
/// How a strategy is doing at a reporting date, counted once for the reporting-status pages, the
/// board pack and the home page alike: indicators by <see cref="IndicatorState"/> (and how many have
/// no target), actions by status and by RAG rating, milestones by <see cref="MilestoneState"/>.
/// Every count keeps its members so a page can list what it counts.
/// </summary>
public sealed class ReportingStatus
{
    private ReportingStatus(StrategyContent content, PartialDate asOf)
    {
        AsOf = asOf;
        Indicators = Group(content.Indicators, IndicatorStates.Of, Enum.GetValues<IndicatorState>());
        WithoutTarget = content.Indicators.Where(i => !IndicatorStates.HasTarget(i)).ToArray();
        ActionsByStatus = Group(content.Actions, a => a.Status, Enum.GetValues<ActionStatus>());
        ActionsByRag = Group(content.Actions, a => a.Rag, [Core.Model.Rag.Red, Core.Model.Rag.Amber, Core.Model.Rag.Green, null]);
        var milestones = content.Actions.SelectMany(a => a.Milestones.Select(m => new MilestoneAt(a, m, MilestoneStates.Of(a, m, asOf)))).ToArray();
        Milestones = Group(milestones, m => m.State, Enum.GetValues<MilestoneState>());
    }

    /// <summary>The date the counts are taken at.</summary>
    public PartialDate AsOf { get; }

    /// <summary>Indicators by state, every state present (possibly with no members), in enum order.</summary>
    public IReadOnlyList<StatusCount<IndicatorState, Indicator>> Indicators { get; }

    /// <summary>Indicators with no given target (across every state).</summary>
    public IReadOnlyList<Indicator> WithoutTarget { get; }

    /// <summary>Actions by reported status, every status present, in enum order (not reported first).</summary>
    public IReadOnlyList<StatusCount<ActionStatus, ActionItem>> ActionsByStatus { get; }

    /// <summary>Actions by RAG rating: red, amber, green, then not rated (a null key).</summary>
    public IReadOnlyList<StatusCount<Rag?, ActionItem>> ActionsByRag { get; }

    /// <summary>Milestones by state at <see cref="AsOf"/>, every state present, in enum order.</summary>
    public IReadOnlyList<StatusCount<MilestoneState, MilestoneAt>> Milestones { get; }

    /// <summary>True when the source reports any action's status or RAG rating (else the counts say only "not reported").</summary>
    public bool AnyActionReported => ActionsByStatus.Any(c => c.Key != ActionStatus.NotReported && c.Count > 0)
        || ActionsByRag.Any(c => c.Key is not null && c.Count > 0);

    /// <summary>The counts for <paramref name="content"/> at <paramref name="asOf"/>.</summary>
    public static ReportingStatus Of(StrategyContent content, PartialDate asOf) => new(content, asOf);

    private static StatusCount<TKey, TItem>[] Group<TKey, TItem>(IEnumerable<TItem> items, Func<TItem, TKey> key, IEnumerable<TKey> order)
    {
        var all = items.ToArray();
        return order.Select(k => new StatusCount<TKey, TItem>(k, all.Where(i => EqualityComparer<TKey>.Default.Equals(key(i), k)).ToArray())).ToArray();
    }
}

/// <summary>One bar of a status chart: a state and the items in it.</summary>
/// <typeparam name="TKey">The state.</typeparam>
/// <typeparam name="TItem">What is counted.</typeparam>
/// <param name="Key">The state.</param>
/// <param name="Members">The items in that state, in content order.</param>
public sealed record StatusCount<TKey, TItem>(TKey Key, IReadOnlyList<TItem> Members)
{
    /// <summary>How many items are in the state.</summary>
    public int Count => Members.Count;
}

/// <summary>A milestone with its action and its state at the reporting date.</summary>
/// <param name="Action">The action the milestone belongs to.</param>
/// <param name="Milestone">The milestone.</param>
/// <param name="State">Where it stands.</param>
public sealed record MilestoneAt(ActionItem Action, Milestone Milestone, MilestoneState State);
