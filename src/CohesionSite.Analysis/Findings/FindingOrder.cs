using CohesionSite.Core.Findings;

namespace CohesionSite.Analysis.Findings;

/// <summary>The one order of findings every output uses: strategy, file, line, column, rule, target (ordinal).</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The comparer.</summary>
    public static FindingOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Strategy, y.Strategy);
        c = c != 0 ? c : string.CompareOrdinal(x.Mark.File, y.Mark.File);
        c = c != 0 ? c : x.Mark.Line.CompareTo(y.Mark.Line);
        c = c != 0 ? c : x.Mark.Column.CompareTo(y.Mark.Column);
        c = c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
        return c != 0 ? c : string.CompareOrdinal(x.Target, y.Target);
    }
}
