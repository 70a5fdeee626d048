using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// An integrity problem the loader found (it keeps the model, so the gap rules report it). Its
/// target is the one the loader set where it made the diagnostic (the unknown partner
/// <c>walsal-council</c>, the duplicated action, the field with a bad date, or <c>file:line</c>), never
/// read back out of the message's wording.
/// </summary>
public sealed class DiagnosticFact : Fact
{
    internal DiagnosticFact(RuleContext context, Diagnostic d)
        : base(context, new Anchor { Mark = d.Mark }, TargetOf(d).Id, TargetOf(d).Id)
    {
        TargetKind = TargetOf(d).Kind;
        Code = d.Code;
        Text = d.Message;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind { get; }

    /// <summary>The loader's code (<c>ref-unknown</c>, <c>id-duplicate</c>, <c>date-invalid</c>, <c>period-order</c>).</summary>
    public string Code { get; }

    /// <summary>The loader's message.</summary>
    public string Text { get; }

    // Integrity diagnostics always carry a target; one without (a future code) still points at its place.
    private static DiagnosticTarget TargetOf(Diagnostic d) =>
        d.Target ?? new DiagnosticTarget(TargetKind.Place, $"{Path.GetFileName(d.Mark.File)}:{d.Mark.Line}");

    /// <summary>A node that only carries a mark (the diagnostic's place).</summary>
    private sealed record Anchor : Node;
}
