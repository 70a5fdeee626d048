using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A declared group (protected characteristic or community).</summary>
public sealed class GroupFact : Fact
{
    internal GroupFact(RuleContext context, Group g)
        : base(context, g, g.Id, g.Title)
    {
        NationalRef = g.Ref ?? string.Empty;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Group;

    /// <summary>The national protected characteristic it is, empty when none.</summary>
    public string NationalRef { get; }
}
