using System.Collections.Frozen;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// The read-only indices of one strategy, built once and passed to every rule as <c>ctx</c>, so a
/// cross-fact question ("does any action point at this outcome?") is a dictionary look-up, never a
/// scan of all actions per fact. The fact builders read the same indices for their precomputed counts.
/// </summary>
[DynamicLinqType] // lets expressions call its look-up methods (ctx.ActionsForOutcome(id)); it has no static members
public sealed class RuleContext
{
    private static readonly FrozenDictionary<string, int> NoCounts = FrozenDictionary<string, int>.Empty;
    private readonly FrozenDictionary<string, int> _actionsByPriority;
    private readonly FrozenDictionary<string, int> _actionsByOutcome;
    private readonly FrozenDictionary<string, int> _actionsByPrinciple;
    private readonly FrozenDictionary<string, int> _actionsByValue;
    private readonly FrozenDictionary<string, int> _actionsByGroup;
    private readonly FrozenSet<string> _partners;

    internal RuleContext(string strategyId, PartialDate asOf, Period? period, StrategyIndex? index)
    {
        StrategyId = strategyId;
        AsOf = asOf;
        Period = period;
        ActionCount = index?.ActionCount ?? 0;
        _actionsByPriority = index?.ActionsByPrioritySubtree ?? NoCounts;
        _actionsByOutcome = index?.ActionsByOutcome ?? NoCounts;
        _actionsByPrinciple = index?.ActionsByPrinciple ?? NoCounts;
        _actionsByValue = index?.ActionsByValue ?? NoCounts;
        _actionsByGroup = index?.ActionsByGroup ?? NoCounts;
        _partners = index?.Partners ?? FrozenSet<string>.Empty;
    }

    /// <summary>The strategy id (empty for national content).</summary>
    public string StrategyId { get; }

    /// <summary>The year of the reporting date.</summary>
    public int AsOfYear => AsOf.Year;

    /// <summary>The number of actions in the strategy's plan.</summary>
    public int ActionCount { get; }

    /// <summary>True when the strategy has at least one action.</summary>
    public bool HasActions => ActionCount > 0;

    internal PartialDate AsOf { get; }

    internal Period? Period { get; }

    /// <summary>Actions whose priority is this node or one below it.</summary>
    public int ActionsForPriority(string id) => Get(_actionsByPriority, id);

    /// <summary>Actions serving this outcome, directly or through a priority that aims at it.</summary>
    public int ActionsForOutcome(string id) => Get(_actionsByOutcome, id);

    /// <summary>Actions that name this principle directly.</summary>
    public int ActionsForPrinciple(string id) => Get(_actionsByPrinciple, id);

    /// <summary>Actions that name this shared value.</summary>
    public int ActionsForValue(string id) => Get(_actionsByValue, id);

    /// <summary>Actions that name this group (or its national protected characteristic).</summary>
    public int ActionsForGroup(string id) => Get(_actionsByGroup, id);

    /// <summary>True when the id is one of the strategy's partners.</summary>
    public bool IsPartner(string id) => id is not null && _partners.Contains(id);

    private static int Get(FrozenDictionary<string, int> map, string id) =>
        id is not null && map.TryGetValue(id, out var n) ? n : 0;
}
