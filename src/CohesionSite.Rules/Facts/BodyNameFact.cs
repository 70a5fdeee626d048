using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// One other way the strategy writes a partner's name (see <see cref="BodyNames"/>): where it is and
/// how it is written. Target: <c>PARTNER/name-N</c>.
/// </summary>
public sealed class BodyNameFact : Fact
{
    internal BodyNameFact(RuleContext context, Node node, SourceMark mark, string partner, int index, string variant, string place)
        : base(context, node, $"{partner}/name-{index + 1}", $"\u201c{variant}\u201d ({place})", mark)
    {
        Partner = partner;
        Variant = variant;
        Place = place;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.BodyName;

    /// <summary>The partner id it names.</summary>
    public string Partner { get; }

    /// <summary>The name as written there.</summary>
    public string Variant { get; }

    /// <summary>Where: <c>aliases</c>, or the passage (<c>OWNER/field</c>).</summary>
    public string Place { get; }
}
