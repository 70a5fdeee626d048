using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// One strategy as a whole, inserted into its session and readable by rules as <c>ctx</c>: its id, its
/// reporting date and its partner list. Which entity covers which is asked by joins in the rules,
/// not here.
/// </summary>
[DynamicLinqType] // lets expressions call its look-up methods (ctx.IsPartner(id)); it has no static members
public sealed class RuleContext
{
    private readonly StrategyContent? _strategy;

    internal RuleContext(string strategyId, PartialDate asOf, Period? period, StrategyContent? strategy, StrategyStatus? status = null)
    {
        _strategy = strategy;
        Status = status;
        StrategyId = strategyId;
        AsOf = asOf;
        Period = period;
        ActionCount = strategy?.Actions.Count ?? 0;
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

    /// <summary>The strategy's status (drafted for approval, adopted, published) with its date, when given.</summary>
    internal StrategyStatus? Status { get; }

    /// <summary>The dated status as messages say it (<c>draft 2008-10-22 (Cabinet)</c>), empty when undated.</summary>
    internal string StatusText => Status is { Date: { } d } s ? $"{Shapes.Kebab(s.State)} {d}{(s.Body is { } b ? $" ({b})" : string.Empty)}" : string.Empty;

    /// <summary>True when the id is one of the strategy's partners.</summary>
    public bool IsPartner(string id) => id is not null && _strategy is not null && _strategy.PartnerById.ContainsKey(id);
}
