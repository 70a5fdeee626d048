using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A declared group (protected characteristic or community).</summary>
public sealed class GroupFact : Fact
{
    internal GroupFact(RuleContext context, Group g)
        : base(context, g, g.Id, g.Title)
    {
        ActionCount = context.ActionsForGroup(g.Id);
        NationalRef = g.Ref ?? string.Empty;
    }

    /// <inheritdoc/>
    public override string TargetKind => "group";

    /// <summary>Actions that name the group, or its national protected characteristic.</summary>
    public int ActionCount { get; }

    /// <summary>The national protected characteristic it is, empty when none.</summary>
    public string NationalRef { get; }
}
