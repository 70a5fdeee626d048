using System.Collections.Frozen;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// Counts built in one pass over a strategy's actions (and its small trees), so every coverage
/// question afterwards is a look-up. Built once per strategy, then frozen.
/// </summary>
internal sealed class StrategyIndex
{
    public StrategyIndex(StrategyContent s)
    {
        ActionCount = s.Actions.Count;
        Partners = s.PartnerById.Keys.ToFrozenSet(StringComparer.Ordinal);

        // Outcomes each priority node serves: its own and its ancestors' outcomes, plus outcomes that name the node (or an ancestor).
        var outcomesNaming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var o in s.Outcomes)
        {
            foreach (var p in o.Priorities)
            {
                Add(outcomesNaming, p, o.Id);
            }
        }

        var servedByNode = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nationalByNode = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var node in s.AllPriorities)
        {
            var outcomes = new HashSet<string>(StringComparer.Ordinal);
            var national = new HashSet<string>(StringComparer.Ordinal);
            for (PriorityNode? n = node; n is not null; n = s.ParentOf.GetValueOrDefault(n.Id))
            {
                outcomes.UnionWith(n.Outcomes);
                if (outcomesNaming.TryGetValue(n.Id, out var naming))
                {
                    outcomes.UnionWith(naming);
                }

                national.UnionWith(n.National);
            }

            servedByNode[node.Id] = outcomes.ToArray();
            nationalByNode[node.Id] = national.ToArray();
        }

        NationalByNode = nationalByNode;
        var byPriority = new Dictionary<string, int>(StringComparer.Ordinal);
        var byOutcome = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPrinciple = new Dictionary<string, int>(StringComparer.Ordinal);
        var byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        var byGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var byNational = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupsByRef = s.Strategy.Groups.Where(g => g.Ref is not null).ToLookup(g => g.Ref!, g => g.Id, StringComparer.Ordinal);
        var outcomeSet = new HashSet<string>(StringComparer.Ordinal);
        var groupSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in s.Actions)
        {
            // The whole subtree counts: an action on 1.1 is an action of theme 1 too.
            for (var p = a.Priority is null ? null : s.PriorityById.GetValueOrDefault(a.Priority); p is not null; p = s.ParentOf.GetValueOrDefault(p.Id))
            {
                Increment(byPriority, p.Id);
            }

            outcomeSet.Clear();
            outcomeSet.UnionWith(a.Outcomes);
            if (a.Priority is not null && servedByNode.TryGetValue(a.Priority, out var served))
            {
                outcomeSet.UnionWith(served);
            }

            foreach (var o in outcomeSet)
            {
                Increment(byOutcome, o);
            }

            foreach (var p in a.Principles.Distinct())
            {
                Increment(byPrinciple, p);
            }

            foreach (var v in a.Values.Distinct())
            {
                Increment(byValue, v);
            }

            groupSet.Clear();
            groupSet.UnionWith(a.Groups);
            foreach (var item in a.National)
            {
                groupSet.UnionWith(groupsByRef[item]);
            }

            foreach (var g in groupSet)
            {
                Increment(byGroup, g);
            }
        }

        ActionsByPrioritySubtree = byPriority.ToFrozenDictionary(StringComparer.Ordinal);
        ActionsByOutcome = byOutcome.ToFrozenDictionary(StringComparer.Ordinal);
        ActionsByPrinciple = byPrinciple.ToFrozenDictionary(StringComparer.Ordinal);
        ActionsByValue = byValue.ToFrozenDictionary(StringComparer.Ordinal);
        ActionsByGroup = byGroup.ToFrozenDictionary(StringComparer.Ordinal);
        MatrixCells = BuildMatrixCells(s, nationalByNode);
    }

    public int ActionCount { get; }

    public FrozenSet<string> Partners { get; }

    public IReadOnlyDictionary<string, string[]> NationalByNode { get; }

    public FrozenDictionary<string, int> ActionsByPrioritySubtree { get; }

    public FrozenDictionary<string, int> ActionsByOutcome { get; }

    public FrozenDictionary<string, int> ActionsByPrinciple { get; }

    public FrozenDictionary<string, int> ActionsByValue { get; }

    public FrozenDictionary<string, int> ActionsByGroup { get; }

    /// <summary>(row item, column item) → (actions, commitments) that fill the cell.</summary>
    public IReadOnlyDictionary<(string Row, string Column), (int Actions, int Commitments)> MatrixCells { get; }

    private static Dictionary<(string, string), (int, int)> BuildMatrixCells(StrategyContent s, Dictionary<string, string[]> nationalByNode)
    {
        var cells = new Dictionary<(string, string), (int, int)>();
        if (s.Strategy.Matrix is not { } matrix)
        {
            return cells;
        }

        var rowPrefix = matrix.Rows + "/";
        var columnPrefix = matrix.Columns + "/";

        // An item tagged on a priority node counts for every action and commitment under it.
        void Fill(IEnumerable<string> own, string? priority, bool isAction)
        {
            var items = new HashSet<string>(own, StringComparer.Ordinal);
            if (priority is not null && nationalByNode.TryGetValue(priority, out var inherited))
            {
                items.UnionWith(inherited);
            }

            foreach (var row in items.Where(i => i.StartsWith(rowPrefix, StringComparison.Ordinal)))
            {
                foreach (var column in items.Where(i => i.StartsWith(columnPrefix, StringComparison.Ordinal)))
                {
                    var (a, c) = cells.GetValueOrDefault((row, column));
                    cells[(row, column)] = isAction ? (a + 1, c) : (a, c + 1);
                }
            }
        }

        foreach (var a in s.Actions)
        {
            Fill(a.National, a.Priority, isAction: true);
        }

        foreach (var (priority, commitment) in s.Commitments)
        {
            Fill(commitment.National, priority.Id, isAction: false);
        }

        return cells;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static void Increment(Dictionary<string, int> map, string key) =>
        map[key] = map.GetValueOrDefault(key) + 1;
}
