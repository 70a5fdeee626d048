using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A principle of the strategy.</summary>
public sealed class PrincipleFact : Fact
{
    internal PrincipleFact(RuleContext context, Principle p)
        : base(context, p, p.Id, p.Title)
    {
        Outcomes = p.Outcomes;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Principle;

    /// <summary>The outcomes the principle points at (an action serving one addresses the principle).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>How many outcomes it points at.</summary>
    public int OutcomeCount => Outcomes.Count;
}
