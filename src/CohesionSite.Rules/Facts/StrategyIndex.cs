using System.Collections.Frozen;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// What each node of a strategy's priority tree passes down to the actions and commitments under it
/// (its path to the root, the outcomes it aims at, the national items it is tagged with), built once
/// per strategy. Facts read it to know where they sit; which entity covers which is left to the
/// rules' joins.
/// </summary>
internal sealed class StrategyIndex
{
    private readonly FrozenDictionary<string, string[]> _pathByNode;
    private readonly FrozenDictionary<string, string[]> _outcomesByNode;
    private readonly FrozenDictionary<string, string[]> _nationalByNode;

    public StrategyIndex(StrategyContent s)
    {
        ActionCount = s.Actions.Count;
        Partners = s.PartnerById.Keys.ToFrozenSet(StringComparer.Ordinal);

        // Outcomes each priority node serves: its own and its ancestors' outcomes, plus outcomes that name the node (or an ancestor).
        var outcomesNaming = s.Outcomes.SelectMany(o => o.Priorities.Select(p => (p, o.Id))).ToLookup(x => x.p, x => x.Id, StringComparer.Ordinal);
        var paths = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var served = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var national = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var node in s.AllPriorities)
        {
            var path = new List<string>();
            var outcomes = new HashSet<string>(StringComparer.Ordinal);
            var items = new HashSet<string>(StringComparer.Ordinal);
            for (PriorityNode? n = node; n is not null; n = s.ParentOf.GetValueOrDefault(n.Id))
            {
                path.Add(n.Id);
                outcomes.UnionWith(n.Outcomes);
                outcomes.UnionWith(outcomesNaming[n.Id]);
                items.UnionWith(n.National);
            }

            paths[node.Id] = path.ToArray();
            served[node.Id] = outcomes.ToArray();
            national[node.Id] = items.ToArray();
        }

        _pathByNode = paths.ToFrozenDictionary(StringComparer.Ordinal);
        _outcomesByNode = served.ToFrozenDictionary(StringComparer.Ordinal);
        _nationalByNode = national.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int ActionCount { get; }

    public FrozenSet<string> Partners { get; }

    /// <summary>The node and its ancestors (empty for an unknown id).</summary>
    public string[] PathOf(string node) => _pathByNode.GetValueOrDefault(node) ?? [];

    /// <summary>The outcomes the node or an ancestor aims at.</summary>
    public string[] OutcomesServedBy(string node) => _outcomesByNode.GetValueOrDefault(node) ?? [];

    /// <summary>The national framework items the node or an ancestor is tagged with.</summary>
    public string[] NationalOf(string node) => _nationalByNode.GetValueOrDefault(node) ?? [];
}
