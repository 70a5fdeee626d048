using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A principle of the strategy.</summary>
public sealed class PrincipleFact : Fact
{
    internal PrincipleFact(RuleContext context, Principle p)
        : base(context, p, p.Id, p.Title)
    {
        DirectActionCount = context.ActionsForPrinciple(p.Id);
        OutcomeCount = p.Outcomes.Count;
        ViaOutcomeActionCount = p.Outcomes.Distinct().Sum(context.ActionsForOutcome);
    }

    /// <inheritdoc/>
    public override string TargetKind => "principle";

    /// <summary>Actions that name the principle.</summary>
    public int DirectActionCount { get; }

    /// <summary>Outcomes the principle points at.</summary>
    public int OutcomeCount { get; }

    /// <summary>Action links to the outcomes the principle points at.</summary>
    public int ViaOutcomeActionCount { get; }

    /// <summary>True when an action addresses it, directly or through an outcome it points at.</summary>
    public bool IsAddressed => DirectActionCount + ViaOutcomeActionCount > 0;
}
