using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// An integrity problem the loader found (it keeps the model, so the gap rules report it). The
/// target is the quoted value the message names (<c>walsal-council</c>), or the file and line.
/// </summary>
public sealed class DiagnosticFact : Fact
{
    internal DiagnosticFact(RuleContext context, Diagnostic d)
        : base(context, new Anchor { Mark = d.Mark }, TargetOf(d), TargetOf(d))
    {
        Code = d.Code;
        Text = d.Message;
    }

    /// <inheritdoc/>
    public override string TargetKind => "reference";

    /// <summary>The loader's code (<c>ref-unknown</c>, <c>id-duplicate</c>, <c>date-invalid</c>, <c>period-order</c>).</summary>
    public string Code { get; }

    /// <summary>The loader's message.</summary>
    public string Text { get; }

    private static string TargetOf(Diagnostic d)
    {
        var start = d.Message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : d.Message.IndexOf('\'', start + 1);
        return end > start + 1 ? d.Message[(start + 1)..end] : $"{Path.GetFileName(d.Mark.File)}:{d.Mark.Line}";
    }

    /// <summary>A node that only carries a mark (the diagnostic's place).</summary>
    private sealed record Anchor : Node;
}
