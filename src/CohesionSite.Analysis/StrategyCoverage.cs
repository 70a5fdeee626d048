using System.Collections.Frozen;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// Which actions deliver each priority, outcome, principle, shared value and group of a strategy,
/// read off the actions' effective tags. A commitment is a promise, not delivery: only actions
/// count here (commitments are reported apart, on the matrix).
/// </summary>
public sealed class StrategyCoverage
{
    private readonly FrozenDictionary<string, ActionItem[]> _byPriority;
    private readonly FrozenDictionary<string, ActionItem[]> _byOutcome;
    private readonly FrozenDictionary<string, ActionItem[]> _byPrinciple;
    private readonly FrozenDictionary<string, ActionItem[]> _byValue;
    private readonly FrozenDictionary<string, ActionItem[]> _byGroup;

    internal StrategyCoverage(StrategyAnalysis analysis)
    {
        var c = analysis.Content;
        var tagged = c.Actions.Select(a => (Action: a, Tags: analysis.TagsOf(a))).ToArray();
        _byPriority = Index(tagged, t => t.PriorityPath);
        _byOutcome = Index(tagged, t => t.Outcomes);
        _byPrinciple = Index(tagged, t => t.Principles);
        _byValue = Index(tagged, t => t.Values);
        var groupRefs = c.Strategy.Groups.Where(g => g.Ref is { Length: > 0 }).ToLookup(g => g.Ref!, g => g.Id, StringComparer.Ordinal);
        _byGroup = Index(tagged, t => t.Groups.Concat(t.National.SelectMany(n => groupRefs[n])));
    }

    /// <summary>Actions on the priority or a node below it, in plan order.</summary>
    public IReadOnlyList<ActionItem> OfPriority(string id) => _byPriority.GetValueOrDefault(id) ?? [];

    /// <summary>Actions serving the outcome (named, or through their priority path), in plan order.</summary>
    public IReadOnlyList<ActionItem> OfOutcome(string id) => _byOutcome.GetValueOrDefault(id) ?? [];

    /// <summary>Actions addressing the principle (named, or through an outcome it points at), in plan order.</summary>
    public IReadOnlyList<ActionItem> OfPrinciple(string id) => _byPrinciple.GetValueOrDefault(id) ?? [];

    /// <summary>Actions promoting the shared value, in plan order.</summary>
    public IReadOnlyList<ActionItem> OfValue(string id) => _byValue.GetValueOrDefault(id) ?? [];

    /// <summary>Actions reaching the group (named, or tagged with the national item it is), in plan order.</summary>
    public IReadOnlyList<ActionItem> OfGroup(string id) => _byGroup.GetValueOrDefault(id) ?? [];

    private static FrozenDictionary<string, ActionItem[]> Index((ActionItem Action, ItemTags Tags)[] tagged, Func<ItemTags, IEnumerable<string>> keys)
    {
        var lists = new Dictionary<string, List<ActionItem>>(StringComparer.Ordinal);
        foreach (var (action, tags) in tagged)
        {
            foreach (var key in keys(tags).Distinct(StringComparer.Ordinal))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(action);
            }
        }

        return lists.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
