using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>The commitments and actions of one strategy tagged with one national item, in content order.</summary>
/// <param name="Commitments">Commitments whose effective tags hold the item.</param>
/// <param name="Actions">Actions whose effective tags hold the item.</param>
public sealed record NationalTagged(IReadOnlyList<Commitment> Commitments, IReadOnlyList<ActionItem> Actions)
{
    /// <summary>Nothing tagged with the item.</summary>
    public static NationalTagged None { get; } = new([], []);
}

/// <summary>
/// Which commitments and actions carry each national item (<c>framework/item</c>), from one pass over
/// their effective tags. A framework page asks this of every strategy for every item; asking each
/// entity of each strategy per item made one preview edit at 10k pages spend ~60 ms on six pages.
/// </summary>
internal sealed class NationalTagIndex
{
    private readonly Dictionary<string, (List<Commitment> Commitments, List<ActionItem> Actions)> _byItem = new(StringComparer.Ordinal);

    public NationalTagIndex(StrategyContent content, StrategyAnalysis analysis)
    {
        foreach (var (_, c) in content.Commitments)
        {
            foreach (var item in analysis.TagsOf(c).National.Distinct(StringComparer.Ordinal))
            {
                Of(item).Commitments.Add(c);
            }
        }

        foreach (var a in content.Actions)
        {
            foreach (var item in analysis.TagsOf(a).National.Distinct(StringComparer.Ordinal))
            {
                Of(item).Actions.Add(a);
            }
        }
    }

    public NationalTagged Tagged(string item) =>
        _byItem.TryGetValue(item, out var found) ? new NationalTagged(found.Commitments, found.Actions) : NationalTagged.None;

    private (List<Commitment> Commitments, List<ActionItem> Actions) Of(string item)
    {
        if (!_byItem.TryGetValue(item, out var lists))
        {
            _byItem[item] = lists = ([], []);
        }

        return lists;
    }
}
