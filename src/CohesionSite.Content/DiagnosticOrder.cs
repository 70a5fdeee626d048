using CohesionSite.Core.Diagnostics;

namespace CohesionSite.Content;

/// <summary>How every load reports its diagnostics: once each, by file, line and column; and which of them make the model unusable.</summary>
internal static class DiagnosticOrder
{
    /// <summary>Distinct diagnostics ordered by file, line, column, severity (a note after the error it explains), then message (deterministic output).</summary>
    public static Diagnostic[] Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Mark.File, StringComparer.Ordinal)
            .ThenBy(d => d.Mark.Line)
            .ThenBy(d => d.Mark.Column)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();

    /// <summary>True when an error other than an integrity error (which the gap rules report) is present.</summary>
    public static bool HasStructuralError(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError && !DiagnosticCodes.Integrity.Contains(d.Code));
}
