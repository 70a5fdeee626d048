using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Core.Tests;

/// <summary>Load problems print the way compilers do, so terminals and editors link them to the spot.</summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData(DiagnosticSeverity.Error, "content/x/actions.yaml:42:7: error: unknown partner 'a'")]
    [InlineData(DiagnosticSeverity.Warning, "content/x/actions.yaml:42:7: warning: unknown partner 'a'")]
    [InlineData(DiagnosticSeverity.Note, "content/x/actions.yaml:42:7: note: unknown partner 'a'")]
    public void ToString_EachSeverity_IsFileLineColumnSeverityMessage(DiagnosticSeverity severity, string expected)
    {
        var d = new Diagnostic(DiagnosticCodes.RefUnknown, severity, new SourceMark("content/x/actions.yaml", 42, 7), "unknown partner 'a'");
        Assert.Equal(expected, d.ToString());
        Assert.Equal(severity == DiagnosticSeverity.Error, d.IsError);
    }

    [Fact]
    public void SourceMark_None_IsUnknownAndSaysSo()
    {
        Assert.False(SourceMark.None.IsKnown);
        Assert.Equal("(unknown)", SourceMark.None.ToString());
        Assert.True(new SourceMark("a.yaml", 1, 1).IsKnown);
    }

    [Fact]
    public void Integrity_HoldsExactlyTheCodesThatLeaveTheModelUsable()
    {
        Assert.Equal(
            [DiagnosticCodes.DateInvalid, DiagnosticCodes.IdDuplicate, DiagnosticCodes.PeriodOrder, DiagnosticCodes.RefUnknown],
            DiagnosticCodes.Integrity.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(DiagnosticCodes.YamlSyntax, DiagnosticCodes.Integrity);
    }
}
