using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>An outcome (or the RBA result).</summary>
public sealed class OutcomeFact : Fact
{
    internal OutcomeFact(RuleContext context, Outcome o, int indicatorCount)
        : base(context, o, o.Id, o.Title)
    {
        IsResult = o.IsResult;
        ActionCount = context.ActionsForOutcome(o.Id);
        IndicatorCount = indicatorCount;
        MeasureCount = o.Measures.Count;
    }

    /// <inheritdoc/>
    public override string TargetKind => "outcome";

    /// <summary>True for the overall RBA result.</summary>
    public bool IsResult { get; }

    /// <summary>Actions serving it directly or through a priority that aims at it.</summary>
    public int ActionCount { get; }

    /// <summary>Indicators measuring it (listed by the outcome or naming it).</summary>
    public int IndicatorCount { get; }

    /// <summary>"What this will look like" measures.</summary>
    public int MeasureCount { get; }
}
