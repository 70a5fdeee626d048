using System.Collections.Frozen;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// What each node of a strategy's priority tree passes down to the actions and commitments under
/// it: its path to the root, the outcomes it (or an ancestor) aims at or that name it, and the
/// national items it (or an ancestor) is tagged with.
/// </summary>
internal sealed class PriorityPaths
{
    private readonly FrozenDictionary<string, (string[] Path, string[] Outcomes, string[] National)> _byNode;

    public PriorityPaths(StrategyContent s)
    {
        var outcomesNaming = s.Outcomes.SelectMany(o => o.Priorities.Select(p => (p, o.Id))).ToLookup(x => x.p, x => x.Id, StringComparer.Ordinal);
        var byNode = new Dictionary<string, (string[], string[], string[])>(StringComparer.Ordinal);
        foreach (var node in s.AllPriorities)
        {
            var path = new List<string>();
            var outcomes = new List<string>();
            var national = new List<string>();
            for (PriorityNode? n = node; n is not null && !path.Contains(n.Id); n = s.ParentOf.GetValueOrDefault(n.Id))
            {
                path.Add(n.Id);
                AddNew(outcomes, n.Outcomes);
                AddNew(outcomes, outcomesNaming[n.Id]);
                AddNew(national, n.National);
            }

            byNode.TryAdd(node.Id, (path.ToArray(), outcomes.ToArray(), national.ToArray()));
        }

        _byNode = byNode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The node and its ancestors (empty for an unknown or absent id).</summary>
    public string[] PathOf(string? node) => Of(node).Path;

    /// <summary>The outcomes the node or an ancestor aims at.</summary>
    public string[] OutcomesOf(string? node) => Of(node).Outcomes;

    /// <summary>The national items the node or an ancestor is tagged with.</summary>
    public string[] NationalOf(string? node) => Of(node).National;

    internal static void AddNew(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item, StringComparer.Ordinal))
            {
                list.Add(item);
            }
        }
    }

    private (string[] Path, string[] Outcomes, string[] National) Of(string? node) =>
        node is not null && _byNode.TryGetValue(node, out var entry) ? entry : ([], [], []);
}
