using System.Collections.Frozen;

namespace CohesionSite.Core.Model;

/// <summary>
/// One strategy folder, loaded and resolved: the strategy and its priorities, outcomes,
/// indicators, action plan, toolkit, good practice and evidence, with lookups by id.
/// Every reference in it has been checked against these lookups by the loader.
/// </summary>
public sealed class StrategyContent
{
    /// <summary>Creates the content and builds its lookups.</summary>
    public StrategyContent(
        Strategy strategy,
        IReadOnlyList<PriorityNode> priorities,
        IReadOnlyList<Outcome> outcomes,
        IReadOnlyList<Indicator> indicators,
        ActionPlanInfo? plan,
        IReadOnlyList<ActionItem> actions,
        Toolkit? toolkit,
        IReadOnlyList<CaseStudy> cases,
        IReadOnlyList<EvidenceTable> tables,
        IReadOnlyList<Figure> figures,
        IReadOnlyDictionary<string, string> files)
    {
        Strategy = strategy;
        Priorities = priorities;
        Outcomes = outcomes;
        Indicators = indicators;
        Plan = plan;
        Actions = actions;
        Toolkit = toolkit;
        Cases = cases;
        Tables = tables;
        Figures = figures;
        Files = files;

        AllPriorities = Flatten(priorities, p => p.Children).ToArray();
        AllSections = Flatten(strategy.Sections, s => s.Children).ToArray();
        ParentOf = AllPriorities
            .SelectMany(p => p.Children.Select(c => (c.Id, p)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().p, StringComparer.Ordinal);
        Commitments = AllPriorities.SelectMany(p => p.Commitments.Select(c => (p, c))).ToArray();
        PriorityById = NationalSet.Index(AllPriorities, p => p.Id);
        OutcomeById = NationalSet.Index(outcomes, o => o.Id);
        IndicatorById = NationalSet.Index(indicators, i => i.Id);
        ActionById = NationalSet.Index(actions, a => a.Id);
        PartnerById = NationalSet.Index(strategy.Partners, p => p.Id);
        PrincipleById = NationalSet.Index(strategy.Principles, p => p.Id);
        ValueById = NationalSet.Index(strategy.Values, v => v.Id);
        GroupById = NationalSet.Index(strategy.Groups, g => g.Id);
    }

    /// <summary>The strategy's id (its folder name).</summary>
    public string Id => Strategy.Id;

    /// <summary>The strategy document.</summary>
    public Strategy Strategy { get; }

    /// <summary>Top level of the priorities tree.</summary>
    public IReadOnlyList<PriorityNode> Priorities { get; }

    /// <summary>Every node of the tree, depth first in document order.</summary>
    public IReadOnlyList<PriorityNode> AllPriorities { get; }

    /// <summary>Every narrative section and subsection, depth first in document order.</summary>
    public IReadOnlyList<Section> AllSections { get; }

    /// <summary>Every commitment with the node it belongs to, in document order.</summary>
    public IReadOnlyList<(PriorityNode Priority, Commitment Commitment)> Commitments { get; }

    /// <summary>Outcomes.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; }

    /// <summary>Indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>What the source says about the action plan (null when there is no actions.yaml).</summary>
    public ActionPlanInfo? Plan { get; }

    /// <summary>Actions, in plan order.</summary>
    public IReadOnlyList<ActionItem> Actions { get; }

    /// <summary>The toolkit, where the strategy has one.</summary>
    public Toolkit? Toolkit { get; }

    /// <summary>Good-practice case studies.</summary>
    public IReadOnlyList<CaseStudy> Cases { get; }

    /// <summary>Evidence tables.</summary>
    public IReadOnlyList<EvidenceTable> Tables { get; }

    /// <summary>Single figures.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>File kind → path of the file it was read from (<c>content/walsall-2008/actions.yaml</c>).</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Parent of a tree node (absent for top-level nodes).</summary>
    public FrozenDictionary<string, PriorityNode> ParentOf { get; }

    /// <summary>Tree nodes by id.</summary>
    public FrozenDictionary<string, PriorityNode> PriorityById { get; }

    /// <summary>Outcomes by id.</summary>
    public FrozenDictionary<string, Outcome> OutcomeById { get; }

    /// <summary>Indicators by id.</summary>
    public FrozenDictionary<string, Indicator> IndicatorById { get; }

    /// <summary>Actions by ref.</summary>
    public FrozenDictionary<string, ActionItem> ActionById { get; }

    /// <summary>Partners by id.</summary>
    public FrozenDictionary<string, Partner> PartnerById { get; }

    /// <summary>Principles by id.</summary>
    public FrozenDictionary<string, Principle> PrincipleById { get; }

    /// <summary>Shared values by id.</summary>
    public FrozenDictionary<string, SharedValue> ValueById { get; }

    /// <summary>Groups by id.</summary>
    public FrozenDictionary<string, Group> GroupById { get; }

    private static IEnumerable<T> Flatten<T>(IEnumerable<T> nodes, Func<T, IEnumerable<T>> children)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Flatten(children(node), children))
            {
                yield return child;
            }
        }
    }
}
