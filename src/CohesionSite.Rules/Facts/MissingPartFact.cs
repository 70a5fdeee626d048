using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A part the document announces but does not contain; target <c>missing-N</c> (1-based, in list order).</summary>
public sealed class MissingPartFact : Fact
{
    internal MissingPartFact(RuleContext context, MissingPart part, int index)
        : base(context, part, $"missing-{index + 1}", part.Title)
    {
        Section = part.Source?.Section ?? string.Empty;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.MissingPart;

    /// <summary>The section that announces it, empty when not recorded.</summary>
    public string Section { get; }
}
