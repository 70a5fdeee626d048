using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A shared value.</summary>
public sealed class ValueFact : Fact
{
    internal ValueFact(RuleContext context, SharedValue v)
        : base(context, v, v.Id, v.Title) => ActionCount = context.ActionsForValue(v.Id);

    /// <inheritdoc/>
    public override string TargetKind => "value";

    /// <summary>Actions that promote it.</summary>
    public int ActionCount { get; }
}
