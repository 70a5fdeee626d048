using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A shared value.</summary>
public sealed class ValueFact : Fact
{
    internal ValueFact(RuleContext context, SharedValue v)
        : base(context, v, v.Id, v.Title)
    {
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Value;
}
