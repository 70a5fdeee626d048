using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A toolkit principle and its checklist.</summary>
public sealed class ToolkitPrincipleFact : Fact
{
    internal ToolkitPrincipleFact(RuleContext context, ToolkitPrinciple p)
        : base(context, p, p.Id, p.Title)
    {
        QuestionCount = p.Questions.Count;
        ActionCount = p.Actions.Count;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.ToolkitPrinciple;

    /// <summary>Checklist questions.</summary>
    public int QuestionCount { get; }

    /// <summary>Actions to take.</summary>
    public int ActionCount { get; }
}
