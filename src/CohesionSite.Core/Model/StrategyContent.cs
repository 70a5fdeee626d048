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
        Commitments = AllPriorities.SelectMany(p => p.Commitments.Select(c => (p, c))).ToArray();
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

    /// <summary>
    /// The strategy's translations (<c>translations/LANG.yaml</c>), one per further language, in
    /// language order; empty for a strategy in one language.
    /// </summary>
    public IReadOnlyList<TranslationFile> Translations { get; init; } = [];

    /// <summary>File kind → path of the file it was read from (<c>content/walsall-2008/actions.yaml</c>).</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    // The lookups are built on first use: freezing them costs ~3 % of loading 100k actions, and
    // validate never reads them. The content is immutable, so two threads building one at once
    // build equal lookups and either may win.

    /// <summary>Parent of a tree node (absent for top-level nodes).</summary>
    public FrozenDictionary<string, PriorityNode> ParentOf => field ??= AllPriorities
        .SelectMany(p => p.Children.Select(c => (c.Id, p)))
        .GroupBy(x => x.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().p, StringComparer.Ordinal);

    /// <summary>Tree nodes by id.</summary>
    public FrozenDictionary<string, PriorityNode> PriorityById => field ??= NationalSet.Index(AllPriorities, p => p.Id);

    /// <summary>Outcomes by id.</summary>
    public FrozenDictionary<string, Outcome> OutcomeById => field ??= NationalSet.Index(Outcomes, o => o.Id);

    /// <summary>Indicators by id.</summary>
    public FrozenDictionary<string, Indicator> IndicatorById => field ??= NationalSet.Index(Indicators, i => i.Id);

    /// <summary>Actions by ref.</summary>
    public FrozenDictionary<string, ActionItem> ActionById => field ??= NationalSet.Index(Actions, a => a.Id);

    /// <summary>Partners by id.</summary>
    public FrozenDictionary<string, Partner> PartnerById => field ??= NationalSet.Index(Strategy.Partners, p => p.Id);

    /// <summary>Principles by id.</summary>
    public FrozenDictionary<string, Principle> PrincipleById => field ??= NationalSet.Index(Strategy.Principles, p => p.Id);

    /// <summary>Shared values by id.</summary>
    public FrozenDictionary<string, SharedValue> ValueById => field ??= NationalSet.Index(Strategy.Values, v => v.Id);

    /// <summary>Groups by id.</summary>
    public FrozenDictionary<string, Group> GroupById => field ??= NationalSet.Index(Strategy.Groups, g => g.Id);

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
