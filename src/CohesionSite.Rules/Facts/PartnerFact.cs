using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A partner of the strategy: a body it names. Target: the partner id.</summary>
public sealed class PartnerFact : Fact
{
    internal PartnerFact(RuleContext context, Partner p)
        : base(context, p, p.Id, p.Name)
    {
        Name = p.Name;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Partner;

    /// <summary>The partner's name as the strategy's partner list gives it.</summary>
    public string Name { get; }
}
