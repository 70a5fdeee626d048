using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// How an indicator is tied to the priority tree, built once per strategy: an indicator measures a
/// priority node when it names the node (<c>priorities:</c>), or measures an outcome the node aims at
/// (the indicator names the outcome, or the outcome names the indicator; the node or an ancestor lists
/// the outcome, or the outcome names the node). A node's branch is its ancestors, itself and every node
/// below it: an indicator of the theme measures its priorities, and one of a priority measures part of its theme.
/// </summary>
public sealed class IndicatorMeasures
{
    private readonly Dictionary<string, string[]> _branch = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _branchOutcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _outcomesOfIndicator = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outcomesOfPriorities = new(StringComparer.Ordinal);

    /// <summary>Ties each indicator of <paramref name="s"/> to the priority tree, using the priority paths the analysis made.</summary>
    internal IndicatorMeasures(StrategyContent s, PriorityPaths paths)
    {
        foreach (var node in s.AllPriorities)
        {
            var below = new List<string>();
            Collect(node, below);
            _branch[node.Id] = [.. paths.PathOf(node.Id), .. below.Skip(1)];
            _branchOutcomes[node.Id] = below.SelectMany(paths.OutcomesOf).Distinct(StringComparer.Ordinal).ToArray();
            _outcomesOfPriorities.UnionWith(paths.OutcomesOf(node.Id));
        }

        foreach (var i in s.Indicators)
        {
            _outcomesOfIndicator[i.Id] = i.Outcomes.Concat(s.Outcomes.Where(o => o.Indicators.Contains(i.Id, StringComparer.Ordinal)).Select(o => o.Id))
                .Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>The node's ancestors, the node and every node below it.</summary>
    public string[] BranchOf(string node) => _branch.GetValueOrDefault(node) ?? [];

    /// <summary>The outcomes any node of <see cref="BranchOf"/>'s lower part aims at (with what they inherit).</summary>
    public string[] BranchOutcomesOf(string node) => _branchOutcomes.GetValueOrDefault(node) ?? [];

    /// <summary>The outcomes the indicator measures, named from either side.</summary>
    public string[] OutcomesOf(string indicator) => _outcomesOfIndicator.GetValueOrDefault(indicator) ?? [];

    /// <summary>True when some priority node aims at the outcome.</summary>
    public bool ServedByAPriority(string outcome) => _outcomesOfPriorities.Contains(outcome);

    private static void Collect(PriorityNode node, List<string> into)
    {
        into.Add(node.Id);
        foreach (var child in node.Children)
        {
            Collect(child, into);
        }
    }
}
